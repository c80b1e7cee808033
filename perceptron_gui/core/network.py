"""A fully connected network whose parameters live in one flat float64 vector.

Each layer's parameters are a view of that vector shaped units × (1 + inputs): column 0 is
the bias w0 (the lecture's weight of the constant input x0 = 1), columns 1… the weights, so a
layer computes a = f(W·[1, x]). A maxout layer has `pieces` such matrices and outputs the
largest piece. One flat vector lets an optimizer update every parameter in a few numpy calls.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np

from perceptron_gui.core.activations import Activation, make_activation
from perceptron_gui.core.cells import OneModel


@dataclass(frozen=True)
class LayerSpec:
    inputs: int
    units: int
    activation: str
    pieces: int = 1

    @property
    def shape(self) -> tuple[int, ...]:
        """Shape of this layer's parameters, bias in column 0."""
        base = (self.units, self.inputs + 1)
        return (self.pieces, *base) if self.pieces > 1 else base

    @property
    def size(self) -> int:
        return int(np.prod(self.shape))


class Network:
    """Layers of `LayerSpec`, parameters in `params`, a view of it per layer in `layer_params`."""

    def __init__(self, specs: list[LayerSpec], elu_alpha: float = 1.0) -> None:
        self.specs = specs
        self.elu_alpha = elu_alpha
        self.activations: list[Activation] = [make_activation(s.activation, elu_alpha) for s in specs]
        self.params = np.zeros(sum(s.size for s in specs))
        self.layer_params = split_flat(self.params, specs)

    @classmethod
    def build(
        cls,
        sizes: list[int],
        hidden_activation: str,
        output_activation: str,
        maxout_pieces: int = 2,
        elu_alpha: float = 1.0,
    ) -> Network:
        """A network of the given sizes [inputs, hidden..., outputs], parameters all zero."""
        specs = []
        for i, (n_in, n_out) in enumerate(itertools.pairwise(sizes)):
            name = output_activation if i == len(sizes) - 2 else hidden_activation
            specs.append(LayerSpec(n_in, n_out, name, maxout_pieces if name == "maxout" else 1))
        return cls(specs, elu_alpha)

    @property
    def sizes(self) -> list[int]:
        return [self.specs[0].inputs] + [s.units for s in self.specs]

    @property
    def n_inputs(self) -> int:
        return self.specs[0].inputs

    @property
    def n_outputs(self) -> int:
        return self.specs[-1].units

    def copy(self) -> Network:
        twin = Network(self.specs, self.elu_alpha)
        twin.params[:] = self.params
        return twin

    def initialize(self, scheme: str, rng: np.random.Generator) -> None:
        """Fill the parameters: 'uniform' [0, 1) (the lecture's, bias too), 'xavier', 'he', 'zeros'."""
        for spec, w in zip(self.specs, self.layer_params):
            if scheme == "uniform":
                w[...] = rng.random(w.shape)
                continue
            w[...] = 0.0
            weights = w[..., 1:]
            if scheme == "xavier":  # Glorot uniform: U(−a, a), a = √(6 / (fan_in + fan_out))
                bound = np.sqrt(6.0 / (spec.inputs + spec.units))
                weights[...] = rng.uniform(-bound, bound, weights.shape)
            elif scheme == "he":  # He normal: N(0, 2 / fan_in)
                weights[...] = rng.normal(0.0, np.sqrt(2.0 / spec.inputs), weights.shape)
            elif scheme != "zeros":
                raise ValueError(f"unknown weight init {scheme!r}")

    def workspace(self, n_rows: int) -> Workspace:
        return Workspace(self, n_rows)

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Outputs for input rows `x` (rows × inputs), a new array."""
        return self.layer_outputs(x)[-1]

    def layer_outputs(self, x: np.ndarray) -> list[np.ndarray]:
        """Every layer's output a = f(z) for input rows `x`, new arrays (the last one is ŷ)."""
        x = np.atleast_2d(np.asarray(x, dtype=np.float64))
        ws = self.workspace(len(x))
        ws.inputs[:, 1:] = x
        self.forward(ws)
        return [layer.output.copy() for layer in ws.layers]

    def forward(self, ws: Workspace) -> None:
        """Feed forward: from ws.inputs (with its column of ones) to ws.output."""
        for layer in ws.layers:
            if layer.pieces > 1:
                np.matmul(layer.inputs, layer.weights.transpose(0, 2, 1), out=layer.piece_z)
                np.argmax(layer.piece_z, axis=0, out=layer.winner)
                np.max(layer.piece_z, axis=0, out=layer.z)
            else:
                layer.inputs.dot(layer.weights_t, layer.z)
            layer.activate(layer.z, layer.output)

    def backward(self, ws: Workspace) -> None:
        """Back propagation: from ws.layers[-1].delta (∂E/∂z of the output) to every ∂E/∂w,
        written into ws.grad (shaped like `layer_params`; ws.grad_flat is all of it)."""
        for layer, below in ws.backward_order:
            if layer.pieces > 1:  # only the winning piece of each unit gets the gradient
                self._maxout_backward(layer, below)
            else:
                layer.delta_t.dot(layer.inputs, layer.grad)
                if below is not None:
                    layer.delta.dot(layer.weights_in, layer.back)
            if below is not None:  # chain rule: δ_below = f'(z_below) ⊙ (δ · W)
                below.derive(below.z, below.output, below.delta)
                below.delta *= layer.back

    @staticmethod
    def _maxout_backward(layer: LayerBuffers, below: LayerBuffers | None) -> None:
        layer.back.fill(0.0)
        for k in range(layer.pieces):
            np.multiply(layer.delta, layer.winner == k, layer.piece_delta)
            np.dot(layer.piece_delta.T, layer.inputs, out=layer.grad[k])
            if below is not None:
                layer.back += layer.piece_delta @ layer.weights[k, :, 1:]


def parameter_name(network: Network, layer: int, unit: int, k: int, piece: int = 0) -> str:
    """w0, w1, w2 for the perceptron (the lecture's names); with layers, w[layer]unit,k (0-based
    arguments; k = 0 is the bias), maxout's pieces as w[layer]p1,unit,k."""
    if len(network.specs) == 1 and network.n_outputs == 1:
        return f"w{k}"
    piece_label = f"p{piece + 1}," if network.specs[layer].pieces > 1 else ""
    return f"w[{layer + 1}]{piece_label}{unit + 1},{k}"


class LayerBuffers:
    """Preallocated arrays of one layer for a batch of `n` rows, and views of its weights."""

    def __init__(self, spec: LayerSpec, activation: Activation, weights: np.ndarray,
                 grad: np.ndarray, n: int, output: np.ndarray) -> None:
        self.inputs: np.ndarray  # n × (1 + inputs), column 0 all ones; set by Workspace
        self.pieces = spec.pieces
        self.weights = weights
        self.weights_t = weights.T  # views, made once: the hot loop creates none
        self.weights_in = weights[..., 1:]  # the weights without the bias column
        self.activate, self.derive = activation.forward, activation.derivative
        self.grad = grad
        self.z = np.zeros((n, spec.units))
        self.output = output
        self.delta = np.zeros((n, spec.units))
        self.delta_t = self.delta.T
        self.back = np.zeros((n, spec.inputs))  # ∂E/∂(this layer's inputs)
        if spec.pieces > 1:
            self.piece_z = np.zeros((spec.pieces, n, spec.units))
            self.winner = np.zeros((n, spec.units), dtype=np.intp)
            self.piece_delta = np.zeros((n, spec.units))


class Workspace:
    """Every buffer a forward and backward pass needs for `n` rows, allocated once.

    Layer i's output is a view into layer i+1's input buffer (the columns after the ones),
    so no pass copies activations.
    """

    def __init__(self, network: Network, n: int) -> None:
        specs = network.specs
        augmented = [np.ones((n, s.inputs + 1)) for s in specs]
        self.output = np.zeros((n, specs[-1].units))
        outputs = [a[:, 1:] for a in augmented[1:]] + [self.output]
        self.grad_flat = np.zeros_like(network.params)
        self.grad = split_flat(self.grad_flat, specs)
        self.layers = [
            LayerBuffers(spec, act, w, g, n, out)
            for spec, act, w, g, out in zip(specs, network.activations, network.layer_params,
                                            self.grad, outputs)
        ]
        below = [None, *self.layers[:-1]]
        self.backward_order = list(zip(self.layers, below))[::-1]
        for layer, a in zip(self.layers, augmented):
            layer.inputs = a
        self.inputs = augmented[0]
        self.cells = OneModel(self.output.shape)
        self.error = self.cells.error  # ŷ − y, written by the loss


def split_flat(flat: np.ndarray, specs: list[LayerSpec]) -> list[np.ndarray]:
    """Views of `flat`, one per layer, each shaped like that layer's parameters."""
    views, start = [], 0
    for spec in specs:
        views.append(flat[start : start + spec.size].reshape(spec.shape))
        start += spec.size
    return views

"""One epoch of back propagation, number by number, as the lecture writes it, from the engine itself.

`inspect(snapshot)` runs the engine's own forward pass, loss and backward pass over the whole
table at the snapshot's weights and keeps every intermediate array, then trains a replayed copy
one epoch for the weights after. Per row i it reports the lecture's terms: z, ŷ, ŷ − y, f'(z),
δ_i = ∂E_i/∂z and ∂E_i/∂w_k = δ_i·x_k (for the perceptron: (ŷ_i − y_i)·ŷ_i·(1 − ŷ_i)·x_k), then
the average ∂E/∂w = (1/N)·Σ_i ∂E_i/∂w and the update. N counts the target cells that take part
(rows × outputs, without "don't care"), which is the number of rows for one output.

`gradient_check(snapshot)` compares the engine's ∂E/∂w with central finite differences.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from perceptron_gui.core.losses import Targets
from perceptron_gui.core.network import Network
from perceptron_gui.core.timeline import Snapshot
from perceptron_gui.core.trainer import Trainer

MAX_CHECKED_PARAMS = 400  # a gradient check of a bigger model samples this many parameters
CHECK_STEP = 1e-6


@dataclass(frozen=True)
class LayerStep:
    """One layer in one epoch, row by row. Weight arrays are shaped like the layer's parameters:
    [pieces ×] units × (1 + inputs), column 0 the bias w0."""

    activation: str
    inputs: np.ndarray  # rows × (1 + inputs): x0 = 1, then what the layer reads
    z: np.ndarray  # rows × units (maxout: the winning piece's z)
    output: np.ndarray  # rows × units: a = f(z)
    derivative: np.ndarray  # rows × units: f'(z)
    upstream: np.ndarray  # rows × units: ŷ − y for the output layer, Σ_j δ_j·w_j from above for a hidden one
    delta: np.ndarray  # rows × units: δ_i = ∂E_i/∂z
    winner: np.ndarray | None  # rows × units: maxout's winning piece
    row_gradients: np.ndarray  # rows × [pieces ×] units × (1 + inputs): ∂E_i/∂w = δ_i·x
    gradient: np.ndarray  # ∂E/∂w = (1/N)·Σ_i ∂E_i/∂w, the engine's
    weights_before: np.ndarray
    weights_after: np.ndarray

    @property
    def update(self) -> np.ndarray:
        return self.weights_after - self.weights_before


@dataclass(frozen=True)
class EpochStep:
    """The step from epoch `epoch` to epoch `epoch` + 1: the forward pass, the loss and the back
    propagation of the weights of epoch `epoch` (those after `epoch` updates), and the update it
    made (`updates` of them with mini-batches; none if the run stopped before it)."""

    epoch: int
    loss_before: float  # E of the weights of epoch `epoch`
    loss_after: float  # E of the weights of epoch `epoch` + 1, the ones the step led to
    counted: int  # N: target cells in the loss
    targets: np.ndarray  # rows × outputs, NaN for "don't care"
    layers: list[LayerStep]
    loss_name: str
    optimizer: str
    learning_rate: float
    updates: int
    state_after: str  # the trainer's state after this epoch


def backprop_latex(step: EpochStep, layer: int) -> str:
    """The lecture's formulas of back propagation for `layer` of `step`, as LaTeX: its δ (the
    chain rule as this loss, activation and layer make it), ∂E_i/∂w_k = δ_i·x_k, and the update."""
    spec = step.layers[layer]
    is_output = layer == len(step.layers) - 1
    x = "x_k" if layer == 0 else "a_k"
    if not is_output:
        delta = r"\delta_i = f'(z_i)\sum_j \delta_j\,w_j"
    elif step.loss_name == "bce" and spec.activation == "sigmoid":
        delta = r"\delta_i = \hat{y}_i - y_i"
    elif spec.activation == "sigmoid":
        delta = r"\delta_i = (\hat{y}_i - y_i)\,\hat{y}_i\,(1 - \hat{y}_i)"
    else:
        delta = r"\delta_i = (\hat{y}_i - y_i)\,f'(z_i)"
    mean = r"\frac{1}{N}\sum_{i=1}^{N}\frac{\partial E_i}{\partial w_k}"
    # gradient descent's update; another optimizer steps by ∂E/∂w in its own way
    if step.optimizer == "gd":
        last = rf"w_k \leftarrow w_k - \alpha\,{mean}"
    else:
        last = rf"\frac{{\partial E}}{{\partial w_k}} = {mean}"
    return rf"{delta},\quad \frac{{\partial E_i}}{{\partial w_k}} = \delta_i\,{x},\quad {last}"


def inspect(snapshot: Snapshot) -> EpochStep:
    """Every number of the epoch that starts at `snapshot`."""
    trainer = Trainer.resume(snapshot, 2)  # room for one more epoch, so the copy's state_after is
    # "running" where the run went on, not the end of the copy's own short run
    network, table, config = trainer.network, snapshot.table, snapshot.config
    targets = Targets(table.targets)
    ws = network.workspace(table.n_rows)
    ws.inputs[:, 1:] = table.inputs
    network.forward(ws)
    loss = trainer.loss_function.evaluate(ws, targets)
    network.backward(ws)
    scale = float(targets.count)  # the engine's δ carries the 1/N of the mean; a row's does not
    captured = []
    for i, (layer, spec) in enumerate(zip(ws.layers, network.specs)):
        derivative = np.empty_like(layer.z)
        network.activations[i].derivative(layer.z, layer.output, derivative)
        above = ws.layers[i + 1] if i + 1 < len(ws.layers) else None
        delta = layer.delta * scale
        winner = layer.winner.copy() if spec.pieces > 1 else None
        if winner is None:
            row_gradients = delta[:, :, None] * layer.inputs[:, None, :]
        else:  # only the winning piece of a unit gets its row's gradient
            chosen = winner[:, None, :] == np.arange(spec.pieces)[None, :, None]
            row_gradients = (delta[:, None, :] * chosen)[..., None] * layer.inputs[:, None, None, :]
        captured.append(dict(
            activation=spec.activation, inputs=layer.inputs.copy(), z=layer.z.copy(),
            output=layer.output.copy(), derivative=derivative,
            upstream=ws.error.copy() if above is None else above.back * scale, delta=delta,
            winner=winner, row_gradients=row_gradients, gradient=layer.grad.copy(),
            weights_before=layer.weights.copy()))
    trainer.step(1)  # the engine's own update, on the replayed copy; trainer.loss is then E after it
    layers = [LayerStep(**fields, weights_after=after.copy())
              for fields, after in zip(captured, network.layer_params)]
    size = {"full": table.n_rows, "sgd": 1}.get(config.batch, config.batch_size)
    return EpochStep(
        epoch=snapshot.epoch, loss_before=loss, loss_after=trainer.loss, counted=targets.count,
        targets=table.targets.copy(),
        layers=layers, loss_name=config.loss, optimizer=config.optimizer,
        learning_rate=config.learning_rate, updates=-(-table.n_rows // size), state_after=trainer.state)


class LossProbe:
    """The loss of `snapshot`'s table and loss function at any parameter vector."""

    def __init__(self, snapshot: Snapshot) -> None:
        trainer = Trainer.resume(snapshot, 1)
        self.network: Network = trainer.network
        self._loss = trainer.loss_function
        self._targets = Targets(snapshot.table.targets)
        self._ws = self.network.workspace(snapshot.table.n_rows)
        self._ws.inputs[:, 1:] = snapshot.table.inputs

    def loss_at(self, params: np.ndarray) -> float:
        self.network.params[:] = params
        with np.errstate(over="ignore", invalid="ignore"):
            self.network.forward(self._ws)
            return self._loss.evaluate(self._ws, self._targets, gradient=False)

    def gradient_at(self, params: np.ndarray) -> np.ndarray:
        self.loss_at(params)
        self._loss.evaluate(self._ws, self._targets)
        self.network.backward(self._ws)
        return self._ws.grad_flat.copy()


@dataclass(frozen=True)
class GradientCheck:
    indices: np.ndarray  # which parameters were checked (all of a small model)
    analytic: np.ndarray  # back propagation's ∂E/∂θ
    numeric: np.ndarray  # (E(θ + h) − E(θ − h)) / 2h
    relative_error: np.ndarray  # |a − n| / max(|a|, |n|), 0 where both are below 1e-10

    @property
    def max_relative_error(self) -> float:
        return float(self.relative_error.max(initial=0.0))


def gradient_check(snapshot: Snapshot, seed: int = 0) -> GradientCheck:
    """Back propagation against central differences at the snapshot's weights."""
    probe = LossProbe(snapshot)
    params = snapshot.params.copy()
    analytic_all = probe.gradient_at(params)
    indices = np.arange(params.size)
    if params.size > MAX_CHECKED_PARAMS:
        indices = np.sort(np.random.default_rng(seed).choice(params.size, MAX_CHECKED_PARAMS, replace=False))
    numeric = np.empty(indices.size)
    for n, k in enumerate(indices):
        shifted = params.copy()
        shifted[k] += CHECK_STEP
        up = probe.loss_at(shifted)
        shifted[k] -= 2 * CHECK_STEP
        numeric[n] = (up - probe.loss_at(shifted)) / (2 * CHECK_STEP)
    analytic = analytic_all[indices]
    size = np.maximum(np.abs(analytic), np.abs(numeric))
    relative = np.where(size < 1e-10, 0.0, np.abs(analytic - numeric) / np.maximum(size, 1e-300))
    return GradientCheck(indices, analytic, numeric, relative)

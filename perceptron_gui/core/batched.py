"""Many models of one topology trained together: one vectorized numpy computation per epoch.

`BatchedTrainer` trains M models side by side — same table, same layers and activations,
same loss and optimizer, each with its own learning rate, seed (initial weights) and target
loss — and computes for each exactly what `Trainer` computes for that model's config (full
batch): the same losses, stopping rules and final weights, to rounding (≈1e-15 an epoch).

Layout: the model index is the *last* axis of every array, so every numpy call runs one long,
contiguous inner loop over the models. A layer's weights are (1 + inputs) × units × M (row 0
the bias); activations are rows × units × M. The first layer's inputs are the table's rows, all
2ⁿ combinations of 0 and 1 in binary order and shared by every model, so its z is built as the
table doubles — the bias in row 0, then for each input the rows where it is 1 from the rows where
it is 0 plus its weight (n + 1 calls, one pass over z) — and its gradient sums δ over the halves.
Deeper layers sum over their inputs in a Python loop over *units* (never over models). The loop
calls no BLAS: OpenBLAS spreads products this size over both cores, and stalls for milliseconds
when the other core is busy (with the GUI thread).

A model stops the way the single `Trainer` stops — converged (loss ≤ its target loss) or
diverged (a non-finite loss, or a non-finite weight after an update: the last finite weights are
kept) — and is then frozen with a mask: its weights are set aside, and its slot trains on zero
weights with a zero learning rate, which changes nothing and cannot overflow.

Limits: full batch only (per-sample SGD and mini-batches shuffle rows per model: use `Trainer`);
no maxout (its per-piece winners would multiply the buffers by the pieces: use `Trainer`); all
models share the epoch count and the optimizer with its momentum/β/ε. Each is refused with a
`ConfigError` that says so.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

import numpy as np

from perceptron_gui.core import stopping
from perceptron_gui.core.accuracy import share_right
from perceptron_gui.core.activations import Activation
from perceptron_gui.core.cells import ManyModels
from perceptron_gui.core.config import ConfigError, TrainingConfig
from perceptron_gui.core.losses import Targets, make_loss
from perceptron_gui.core.network import LayerSpec, Network
from perceptron_gui.core.optimizers import make_optimizer
from perceptron_gui.core.trainer import new_network
from perceptron_gui.core.truth_table import TruthTable

STATE_NAMES = stopping.STATES  # state_codes index this: ready, running, then the finished states
_STATE_CODES = {name: code for code, name in enumerate(STATE_NAMES)}
DEFAULT_HISTORY_POINTS = 512
# Settings every model of a batch shares: what builds the network, the loss, the optimizer.
SHARED_SETTINGS = ("hidden_layers", "hidden_activation", "output_activation", "loss", "elu_alpha",
                   "maxout_pieces", "optimizer", "momentum", "beta1", "beta2", "epsilon", "epochs", "batch")

def batch_key(config: TrainingConfig) -> tuple:
    """Configs with equal keys can train in one batch (they differ only in learning rate, seed,
    init and target loss)."""
    return tuple(getattr(config, name) for name in SHARED_SETTINGS)


def bytes_per_model(table: TruthTable, config: TrainingConfig,
                    history_points: int | None = DEFAULT_HISTORY_POINTS) -> int:
    """About how much memory one model of a batch takes (buffers, optimizer state, history)."""
    sizes = config.sizes(table.n_inputs, table.n_outputs)
    n = table.n_rows
    layers = list(itertools.pairwise(sizes))
    params = sum((i + 1) * u for i, u in layers)
    # the output and its cells (ŷ − y and two scratch arrays; the hit mask is an eighth of one)
    buffers = sum(n * (3 * u + 3 * (i + 1)) for i, u in layers) + 4 * n * sizes[-1]
    points = config.epochs if history_points is None else min(config.epochs, history_points)
    return 8 * (7 * params + buffers + points)


class _Layer:
    """Buffers of one layer for n rows and M models, and views of its weights and gradient."""

    def __init__(self, spec: LayerSpec, activation: Activation, n: int, m: int, weights: np.ndarray,
                 grad: np.ndarray, inputs: np.ndarray | None, output: np.ndarray) -> None:
        self.units = spec.units
        self.weights, self.grad = weights, grad  # (1 + inputs) × units × M views
        self.inputs = inputs  # rows × (1 + inputs) × M, row 0 all ones; None: the table's inputs
        self.activate, self.derive = activation.forward, activation.derivative
        self.z = np.zeros((n, spec.units, m))
        self.output = output
        self.delta = np.zeros((n, spec.units, m))
        self.tmp = np.zeros((n, spec.units, m))
        self.back = np.zeros((n, spec.inputs, m)) if inputs is not None else None
        self.back_tmp = np.zeros((n, spec.inputs, m)) if inputs is not None and spec.units > 1 else None
        # views made once: the hot loop creates as few as it can
        if inputs is None:  # the table's rows: input i is 1 in rows[:, 1] of this view
            self.weights_2d = weights.reshape(spec.inputs + 1, -1)
            self.grad_2d = grad.reshape(spec.inputs + 1, -1)
            self.z_2d = self.z.reshape(n, -1)
            self.delta_2d = self.delta.reshape(n, -1)
            k = spec.inputs
            # z row by row as the table doubles: the rows whose inputs after x_i are all 0, those
            # with x_i = 0 (already summed) and those with x_i = 1 (the same plus w_i)
            with_zeros_after = [self.z_2d.reshape(2**i, 2 ** (k - i), -1)[:, 0] for i in range(1, k + 1)]
            self.z_doubling = [(rows[0::2], rows[1::2]) for rows in with_zeros_after]
            self.delta_where_one = [self.delta_2d.reshape(2 ** (i - 1), 2, 2 ** (k - i), -1)[:, 1]
                                    for i in range(1, k + 1)]
        else:
            self.input_rows = [inputs[:, i, None, :] for i in range(1, spec.inputs + 1)]
            self.weight_rows = [weights[i][None] for i in range(1, spec.inputs + 1)]
            self.delta_units = [self.delta[:, u, None, :] for u in range(spec.units)]
            self.back_weights = [weights[None, 1:, u, :] for u in range(spec.units)]


class BatchedTrainer:
    """Trains `configs` (one model each, M in all) on `table`, full batch, all in step.

    `history_points` bounds the stored loss curves: the loss of every `history_stride`-th epoch
    is kept, stride = ⌈epochs / history_points⌉, in a points × M float64 array (512 points ×
    10,000 models = 41 MB); None keeps every epoch (then `loss_history(i)` equals
    `Trainer.loss_history`). `threshold` (optional) records each model's first epoch with a
    loss ≤ threshold in `first_below`.
    """

    def __init__(self, table: TruthTable, configs: Sequence[TrainingConfig], *,
                 history_points: int | None = DEFAULT_HISTORY_POINTS, threshold: float | None = None) -> None:
        if not configs:
            raise ConfigError("a batch needs at least one model")
        first = configs[0]
        key = batch_key(first)
        for config in configs:
            if batch_key(config) != key:
                differs = next(n for n, a, b in zip(SHARED_SETTINGS, batch_key(config), key) if a != b)
                raise ConfigError(f"{differs}: every model of a batch needs the same {differs}; "
                                  "run one batch per value")
        if first.batch != "full":
            raise ConfigError("batch: the batched engine trains full batch only; "
                              "use the single Trainer for sgd or mini-batches")
        if "maxout" in (first.output_activation, first.hidden_activation if first.hidden_layers else ""):
            raise ConfigError("maxout: the batched engine does not train maxout layers; "
                              "use the single Trainer")
        self.table, self.configs = table, list(configs)
        m = self.n_models = len(configs)
        self.epochs = first.epochs
        self._shape_network = Network.build(first.sizes(table.n_inputs, table.n_outputs),
                                            first.hidden_activation, first.output_activation,
                                            first.maxout_pieces, first.elu_alpha)
        specs = self._shape_network.specs
        self.params = np.zeros((sum(s.size for s in specs), m))  # parameters × models
        self.layer_params = _split(self.params, specs)
        self._load_initial_weights()
        self._build(specs, m)
        self._targets = Targets(table.targets[..., None])  # broadcast over the models
        self._loss_fn = make_loss(first.loss, self._shape_network.activations[-1])
        self.learning_rates = np.array([c.learning_rate for c in configs], dtype=np.float64)
        # the single engine's optimizer, with a learning rate per model (0 for frozen models)
        self.optimizer = make_optimizer(first, self.params.shape, self.learning_rates.copy())
        self._target = np.array([-math.inf if c.target_loss is None else c.target_loss for c in configs])
        self._has_target = bool(np.isfinite(self._target).any())
        self.threshold = threshold
        self._threshold = np.full(m, -math.inf if threshold is None else threshold)
        self.first_below = np.full(m, -1, dtype=np.int64)
        self._hit = np.zeros(m, dtype=bool)
        self._last_good = np.zeros_like(self.params)
        self._kept = np.zeros_like(self.params)  # the final weights of frozen models
        self._sumsq = np.zeros(m)
        self.live = np.ones(m, dtype=bool)
        self.epoch = 0
        self.epochs_run = np.zeros(m, dtype=np.int64)
        self.state_codes = np.full(m, _STATE_CODES[stopping.READY], dtype=np.int8)
        stride = 1 if history_points is None else max(1, -(-self.epochs // history_points))
        self.history_stride = stride
        self.history = np.full((-(-self.epochs // stride), m), np.nan)
        self._measure()

    # --- set-up ----------------------------------------------------------------------------
    def _load_initial_weights(self) -> None:
        """Each model's weights from `new_network(table, config)`, as the single Trainer gets them."""
        made: dict[tuple[int, str], Network] = {}
        for i, config in enumerate(self.configs):
            key = (config.seed, config.resolved_init())
            if key not in made:
                made[key] = new_network(self.table, config)
            for view, w in zip(self.layer_params, made[key].layer_params):
                view[..., i] = w.T

    def _build(self, specs: list[LayerSpec], m: int) -> None:
        n = self.table.n_rows
        augmented = [np.ones((n, s.inputs + 1, m)) for s in specs[1:]]
        self.output = np.zeros((n, specs[-1].units, m))
        outputs = [a[:, 1:] for a in augmented] + [self.output]
        self._grad = np.zeros_like(self.params)
        grads = _split(self._grad, specs)
        activations = self._shape_network.activations
        self.layers = [
            _Layer(spec, act, n, m, w, g, a, out)
            for spec, act, w, g, a, out in zip(specs, activations, self.layer_params, grads,
                                               [None, *augmented], outputs)
        ]
        self.cells = ManyModels(self.output.shape)  # ŷ − y (0 where "don't care") and the loss's scratch
        self.loss = self.cells.value  # per model: after step(), the loss of its current (or final) weights
        self._params_flat = self.params.reshape(-1)

    # --- what callers read -----------------------------------------------------------------
    @property
    def states(self) -> list[str]:
        """Each model's state, with the single Trainer's names."""
        return [STATE_NAMES[c] for c in self.state_codes]

    @property
    def finished(self) -> bool:
        return self.epoch >= self.epochs or not self.live.any()

    def loss_history(self, i: int) -> np.ndarray:
        """Model i's stored losses (each measured before its epoch's update), up to where it stopped."""
        points = -(-int(self.epochs_run[i]) // self.history_stride)
        return self.history[:points, i].copy()

    def network(self, i: int) -> Network:
        """Model i's current weights (its final ones once it stopped) as a single-model Network."""
        net = self._shape_network.copy()
        source = self.params if self.live[i] else self._kept
        for view, w in zip(_split(source, net.specs), net.layer_params):
            w[...] = view[..., i].T
        return net

    # --- driving ---------------------------------------------------------------------------
    def step(self, epochs: int) -> int:
        """Run up to `epochs` epochs of every live model; returns the epochs run.

        Afterwards `loss`, `accuracy`, `predictions`, `epochs_run` and `states` describe each
        model's current weights (its final ones if it stopped).
        """
        epochs = min(epochs, self.epochs - self.epoch)
        if self.finished or epochs <= 0:
            return 0
        before = self.epoch
        self.state_codes[self.live] = _STATE_CODES[stopping.RUNNING]
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            self._run(epochs)
            if self.live.any():  # as Trainer.step: a last update whose loss overflows is undone now
                self._forward()
                self._loss_fn.evaluate(self, self._targets, gradient=False)
                overflowed = ~np.isfinite(self.loss) & self.live
                if overflowed.any():
                    self._stop(overflowed, stopping.LOSS_NOT_FINITE)
            if self.epoch >= self.epochs:
                self._stop(self.live.copy(), stopping.LIMIT_REACHED)
            self._measure()
        return self.epoch - before

    def _run(self, epochs: int) -> None:
        loss, hit, stride, history = self.loss, self._hit, self.history_stride, self.history
        track = self.threshold is not None
        params_flat = self._params_flat
        for _ in range(epochs):
            self._forward()
            self._loss_fn.evaluate(self, self._targets)
            stopped = not math.isfinite(loss.sum()) or (
                self._has_target and np.less_equal(loss, self._target, out=hit).any()
            )
            if stopped:
                self._stop_on_loss()
                if not self.live.any():
                    return
            if self.epoch % stride == 0:
                np.copyto(history[self.epoch // stride], loss, where=self.live)
            if track and np.less_equal(loss, self._threshold, out=hit).any():
                self.first_below[hit] = self.epoch
                self._threshold[hit] = -math.inf
            np.copyto(self._last_good, self.params)
            self._backward()
            self.optimizer.update(self.params, self._grad)
            if stopped:  # this epoch's gradients of the models just frozen may be NaN: clear again
                self._clear(~self.live)
            if not math.isfinite(np.einsum("i,i->", params_flat, params_flat)):
                self._stop_on_params()
                if not self.live.any():
                    return
            self.epoch += 1

    # --- one epoch -------------------------------------------------------------------------
    def _forward(self) -> None:
        first = self.layers[0]
        # b + w_1·x_1 + … + w_k·x_k, added in that order, each sum made once: the bias in row 0, then
        # for each input the rows where it is 1 from those where it is 0 (one pass over z in all)
        np.copyto(first.z_2d[0], first.weights_2d[0])
        for (without, with_input), w in zip(first.z_doubling, first.weights_2d[1:]):
            np.add(without, w, with_input)
        first.activate(first.z, first.output)
        for layer in self.layers[1:]:
            z, tmp = layer.z, layer.tmp
            np.copyto(z, layer.weights[0][None])  # the bias: weight of the constant input 1
            for a, w in zip(layer.input_rows, layer.weight_rows):
                np.multiply(a, w, out=tmp)
                z += tmp
            layer.activate(z, layer.output)

    def _backward(self) -> None:
        """From the output layer's delta (set by the loss) to every gradient, in `_grad`."""
        for index in range(len(self.layers) - 1, 0, -1):
            layer, below = self.layers[index], self.layers[index - 1]
            delta, tmp, grad = layer.delta, layer.tmp, layer.grad
            np.add.reduce(delta, axis=0, out=grad[0])
            for i, a in enumerate(layer.input_rows, start=1):
                np.multiply(a, delta, out=tmp)
                np.add.reduce(tmp, axis=0, out=grad[i])
            back = layer.back
            np.multiply(layer.delta_units[0], layer.back_weights[0], out=back)
            for d, w in zip(layer.delta_units[1:], layer.back_weights[1:]):
                np.multiply(d, w, out=layer.back_tmp)
                back += layer.back_tmp
            below.derive(below.z, below.output, below.delta)
            below.delta *= back
        first = self.layers[0]
        np.add.reduce(first.delta_2d, axis=0, out=first.grad_2d[0])
        for delta, grad in zip(first.delta_where_one, first.grad_2d[1:]):
            np.add.reduce(delta, axis=(0, 1), out=grad)

    # --- stopping: the rule of core.stopping, model by model --------------------------------
    def _stop_on_loss(self) -> None:
        bad = ~np.isfinite(self.loss) & self.live
        if bad.any():
            self._stop(bad, stopping.LOSS_NOT_FINITE)
        if self._has_target:
            reached = (self.loss <= self._target) & self.live
            if reached.any():
                self._stop(reached, stopping.TARGET_REACHED)

    def _stop_on_params(self) -> None:
        np.einsum("pm,pm->m", self.params, self.params, out=self._sumsq)
        self._stop(~np.isfinite(self._sumsq) & self.live, stopping.WEIGHTS_NOT_FINITE)

    def _stop(self, which: np.ndarray, stop: stopping.Stop) -> None:
        if stop.goes_back(self.epoch):
            self.params[:, which] = self._last_good[:, which]
        epochs_run = stop.epochs_kept(self.epoch)
        self.epochs_run[which] = epochs_run
        self.state_codes[which] = _STATE_CODES[stop.state]
        self.history[-(-epochs_run // self.history_stride):, which] = np.nan
        self._freeze(which)

    def _freeze(self, which: np.ndarray) -> None:
        """Set these models' weights aside; their slots then train on zeros at a zero rate, which
        leaves them at zero with finite values everywhere."""
        self._kept[:, which] = self.params[:, which]
        self._clear(which)
        self.optimizer.learning_rate[which] = 0.0
        self._target[which] = -math.inf
        self._threshold[which] = -math.inf
        self.live[which] = False

    def _clear(self, which: np.ndarray) -> None:
        self.params[:, which] = 0.0
        for buffer in self.optimizer.buffers():
            buffer[:, which] = 0.0

    def _measure(self) -> None:
        """Loss, accuracy and predictions of every model's current (or final) weights."""
        frozen = ~self.live
        if frozen.any():
            saved = self.params.copy()
            np.copyto(self.params, self._kept, where=frozen)
        self._forward()
        self._loss_fn.evaluate(self, self._targets, gradient=False)
        cells = self.cells
        self.accuracy = share_right(cells.error, self._targets, cells.scratch, cells.hit, cell_axes=(0, 1))
        self.predictions = np.ascontiguousarray(self.output.transpose(2, 0, 1))  # models × rows × outputs
        if self.threshold is not None:
            reached = (self.first_below < 0) & frozen & (self.loss <= self.threshold)
            reached &= self.state_codes != _STATE_CODES[stopping.DIVERGED]
            self.first_below[reached] = self.epochs_run[reached]
        if frozen.any():
            np.copyto(self.params, saved)


def _split(flat: np.ndarray, specs: list[LayerSpec]) -> list[np.ndarray]:
    """Views of the parameters × models array, one per layer, (1 + inputs) × units × models."""
    views, start = [], 0
    for spec in specs:
        block = flat[start : start + spec.size]
        views.append(block.reshape(spec.inputs + 1, spec.units, flat.shape[1]))
        start += spec.size
    return views

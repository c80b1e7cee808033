"""Training, epoch by epoch, in chunks a GUI worker can drive: `step(n)`.

One epoch is the lecture's two steps: feed forward, then back propagation and the weight
update. Loss and accuracy history live in preallocated arrays (8 + 2 bytes an epoch).
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np

from perceptron_gui.core import stopping
from perceptron_gui.core.accuracy import share_right
from perceptron_gui.core.config import ConfigError, TrainingConfig
from perceptron_gui.core.losses import Loss, Targets, make_loss
from perceptron_gui.core.network import Network, Workspace
from perceptron_gui.core.optimizers import Optimizer, make_optimizer
from perceptron_gui.core.stopping import (
    CONVERGED,
    DIVERGED,
    EPOCHS_DONE,
    FINISHED_STATES,
    READY,
    RUNNING,
    STATES,
)
from perceptron_gui.core.timeline import Snapshot, Timeline, nearest
from perceptron_gui.core.truth_table import TruthTable

ACCURACY_BLOCK, ACCURACY_BLOCK_BYTES = 512, 1 << 20  # epochs and bytes of errors kept for the accuracy
__all__ = ["CONVERGED", "DIVERGED", "EPOCHS_DONE", "FINISHED_STATES", "READY", "RUNNING", "STATES",
           "Trainer", "new_network", "replay"]


def new_network(table: TruthTable, config: TrainingConfig, initialize: bool = True) -> Network:
    """The network `config` describes for `table`, initialized from the config's seed (or all
    zero, without `initialize`)."""
    network = Network.build(
        config.sizes(table.n_inputs, table.n_outputs),
        config.hidden_activation,
        config.output_activation,
        config.maxout_pieces,
        config.elu_alpha,
    )
    if initialize:
        network.initialize(config.resolved_init(), np.random.default_rng(config.seed))
    return network


class Trainer:
    """Trains `network` on `table` with `config`; `epochs_before` counts epochs of an earlier run.

    With a `timeline`, the trainer snapshots itself as it goes, so any past epoch of the run can be
    replayed (`Trainer.resume`).
    """

    def __init__(
        self,
        table: TruthTable,
        config: TrainingConfig,
        network: Network | None = None,
        epochs_before: int = 0,
        timeline: Timeline | None = None,
    ) -> None:
        self.table = table
        self.timeline = timeline
        self.config = config
        self.network = network if network is not None else new_network(table, config)
        if self.network.sizes != config.sizes(table.n_inputs, table.n_outputs):
            raise ConfigError("the network's shape does not match the table and hidden layers")
        self.loss_function: Loss = make_loss(config.loss, self.network.activations[-1])
        self._targets = Targets(table.targets)
        self._workspaces: dict[int, Workspace] = {}  # per mini-batch size; never the full table's
        self._full = self.network.workspace(table.n_rows)
        self._full.inputs[:, 1:] = table.inputs
        self._last_good = np.zeros_like(self.network.params)
        # ŷ − y of the epochs of one step's block, whose accuracies are stored together
        block = max(1, min(ACCURACY_BLOCK, ACCURACY_BLOCK_BYTES // self._full.error.nbytes))
        self._errors = np.zeros((block, *self._full.error.shape))
        self._errors_scratch = np.zeros_like(self._errors)
        self._errors_hit = np.zeros(self._errors.shape, dtype=bool)
        self._pending = 0
        self.start_epoch = epochs_before
        self._restart(config)

    def _restart(self, config: TrainingConfig) -> None:
        self.optimizer: Optimizer = make_optimizer(config, self.network.params.size)
        self._shuffle_rng = np.random.default_rng([config.seed, 1])
        self.epochs_run = self.start_epoch
        self.targets_since = self.start_epoch  # the epoch the current targets took effect
        self._set_limits(config)
        self._loss = np.empty(config.epochs)
        self._accuracy = np.empty(config.epochs, dtype=np.float16)
        self.state = READY
        self._measure()
        if self.timeline is not None:
            self.timeline.clear()
            self.timeline.add(self.snapshot(pinned=True))

    @classmethod
    def resume(cls, snapshot: Snapshot, epochs: int = 1, timeline: Timeline | None = None) -> Trainer:
        """A trainer at `snapshot`, with room for `epochs` more: it repeats the original run
        bit for bit."""
        config = replace(snapshot.config, epochs=max(1, epochs))
        network = new_network(snapshot.table, config, initialize=False)
        network.params[:] = snapshot.params
        trainer = cls(snapshot.table, config, network, epochs_before=snapshot.epoch, timeline=timeline)
        trainer.optimizer.load_state(snapshot.optimizer_state)
        trainer._shuffle_rng.bit_generator.state = snapshot.shuffle_state
        if timeline is not None:  # its first snapshot with the state just loaded
            timeline.clear()
            timeline.add(trainer.snapshot(pinned=True))
        return trainer

    def snapshot(self, pinned: bool = False) -> Snapshot:
        """Everything the next epochs depend on, copied."""
        return Snapshot(self.epochs_run, self.table, self.config, self.network.params.copy(),
                        self.optimizer.state(), self._shuffle_rng.bit_generator.state, pinned)

    # --- what the views read -------------------------------------------------------------
    @property
    def loss_history(self) -> np.ndarray:
        """E at each epoch of this run so far: `loss_history[k]` is E of the weights after
        start_epoch + k updates ("epoch start_epoch + k"; epoch 0 is the initial weights), measured
        in the forward pass of the epoch that starts from them. `loss`, E of the weights after
        epochs_run updates, is the next value: history and `loss` give every epoch up to now."""
        return self._loss[: self.epochs_run - self.start_epoch]

    @property
    def accuracy_history(self) -> np.ndarray:
        """Share of counted cells that are right (core.accuracy), indexed as `loss_history`;
        `accuracy` is the next value."""
        return self._accuracy[: self.epochs_run - self.start_epoch]

    @property
    def finished(self) -> bool:
        return self.state in FINISHED_STATES

    # --- driving ---------------------------------------------------------------------------
    def step(self, epochs: int = 1) -> int:
        """Run up to `epochs` epochs; stop early at the target loss, the limit or divergence.

        Returns the number of epochs run. `loss`, `accuracy` and `predictions` then describe
        the current weights.
        """
        if self.finished or epochs <= 0:
            return 0
        before = self.epochs_run
        self.state = RUNNING
        end = min(self.epochs_run + epochs, self.epoch_limit)
        run = self._run_full_batch if self.config.batch == "full" else self._run_mini_batches
        # A diverging run overflows on the way; the checks below catch it, so numpy need not warn.
        with np.errstate(over="ignore", invalid="ignore"):
            while self.state == RUNNING and self.epochs_run < end:
                timeline = self.timeline
                due = end + 1 if timeline is None else timeline.next_due(self.epochs_run)
                first, self._pending = self.epochs_run - self.start_epoch, 0
                run(min(end, due, self.epochs_run + len(self._errors)) - self.epochs_run)
                self._store_accuracy(first)
                if timeline is not None and self.epochs_run == due and self.state == RUNNING:
                    timeline.add(self.snapshot())
            if self.state == RUNNING and self.epochs_run >= self.epoch_limit:
                self._stop(stopping.LIMIT_REACHED)
            self._measure()
            if not math.isfinite(self.loss) and self.epochs_run > before:
                # The last update left finite weights whose loss overflows: undo that epoch now,
                # rather than at the next call, so `loss` is always finite between calls.
                self._stop(stopping.LOSS_NOT_FINITE)
                self._measure()
            if self.state == DIVERGED and self.timeline is not None:
                self.timeline.truncate(self.epochs_run)
        return self.epochs_run - before

    def _run_full_batch(self, epochs: int) -> None:
        # the hot loop of the window and the CLI: bound methods and buffers looked up once
        ws, targets = self._full, self._targets
        params, grad, last_good = self.network.params, ws.grad_flat, self._last_good
        forward, backward = self.network.forward, self.network.backward
        evaluate, update, record = self.loss_function.evaluate, self.optimizer.update, self._record
        for _ in range(epochs):
            forward(ws)
            if not record(evaluate(ws, targets)):
                return
            last_good[...] = params  # (cheaper than np.copyto for a few weights)
            backward(ws)
            update(params, grad)
            if not self._params_finite():
                return
            self.epochs_run += 1

    def _run_mini_batches(self, epochs: int) -> None:
        size = 1 if self.config.batch == "sgd" else self.config.batch_size
        rows, n = self.table.inputs, self.table.n_rows
        for _ in range(epochs):
            self.network.forward(self._full)
            if not self._record(self.loss_function.evaluate(self._full, self._targets, False)):
                return
            np.copyto(self._last_good, self.network.params)
            order = self._shuffle_rng.permutation(n)
            for start in range(0, n, size):
                chosen = order[start : start + size]
                targets = self._targets.rows(chosen)
                if targets.count == 0:
                    continue
                ws = self._workspace(len(chosen))
                ws.inputs[:, 1:] = rows[chosen]
                self.network.forward(ws)
                self.loss_function.evaluate(ws, targets)
                self.network.backward(ws)
                self.optimizer.update(self.network.params, ws.grad_flat)
                if not self._params_finite():
                    return
            self.epochs_run += 1

    def _record(self, loss: float) -> bool:
        """Log an epoch's loss and accuracy; False when the run must stop here (core.stopping)."""
        if not math.isfinite(loss):
            self._stop(stopping.LOSS_NOT_FINITE)
            return False
        index = self.epochs_run - self.start_epoch
        self._loss[index] = loss
        self._errors[self._pending] = self._full.cells.error  # its accuracy: `_store_accuracy`
        self._pending += 1
        if loss <= self._target_loss:
            self._stop(stopping.TARGET_REACHED)
            return False
        return True

    def _store_accuracy(self, first: int) -> None:
        """The accuracy of the epochs recorded since index `first`, from their errors, all at once
        (a few numpy calls for the block rather than a few an epoch)."""
        n = self._pending
        if n:
            self._accuracy[first : first + n] = share_right(
                self._errors[:n], self._targets, self._errors_scratch[:n], self._errors_hit[:n], (1, 2))

    def _params_finite(self) -> bool:
        """After an update: keep it if every weight is finite (and below 1e154); else stop."""
        params = self.network.params
        if math.isfinite(params.dot(params)):
            return True
        self._stop(stopping.WEIGHTS_NOT_FINITE)
        return False

    def _stop(self, stop: stopping.Stop) -> None:
        epoch = self.epochs_run - self.start_epoch
        if stop.goes_back(epoch):
            np.copyto(self.network.params, self._last_good)
        self.epochs_run = self.start_epoch + stop.epochs_kept(epoch)
        self.state = stop.state

    def _measure(self) -> None:
        """Loss, accuracy and predictions of the current weights."""
        self.network.forward(self._full)
        self.loss = self.loss_function.evaluate(self._full, self._targets, gradient=False)
        cells = self._full.cells
        self.accuracy = share_right(cells.error, self._targets, cells.scratch, cells.hit)
        self.predictions = self._full.output.copy()

    def _workspace(self, n_rows: int) -> Workspace:
        """Buffers for a mini-batch of `n_rows` (its own, even when it is as big as the table: the
        full table's workspace keeps the rows in order for measuring)."""
        if n_rows not in self._workspaces:
            self._workspaces[n_rows] = self.network.workspace(n_rows)
        return self._workspaces[n_rows]

    # --- changes while a run goes on -------------------------------------------------------
    def set_targets(self, targets: np.ndarray) -> None:
        """New targets for the same table shape; the next epoch learns them."""
        table = TruthTable(self.table.input_names, self.table.output_names, targets)
        self.table = table
        self._targets = Targets(table.targets)
        self.targets_since = self.epochs_run
        if self.state == CONVERGED:
            self.state = RUNNING
        self._measure()
        self._pin()

    def set_config(self, config: TrainingConfig) -> None:
        """Apply hyperparameters that keep the network (learning rate, epochs, optimizer, ...)."""
        if not config.shapes_model_like(self.config):
            raise ConfigError("this change needs a new network: build a new Trainer")
        old, self.config = self.config, config
        if (old.optimizer, old.momentum, old.beta1, old.beta2, old.epsilon) != (
            config.optimizer, config.momentum, config.beta1, config.beta2, config.epsilon
        ):
            self.optimizer = make_optimizer(config, self.network.params.size)
        self.optimizer.set_learning_rate(config.learning_rate)
        self._set_limits(config)
        if config.epochs > self._loss.size:
            self._loss = grown(self._loss, config.epochs)
            self._accuracy = grown(self._accuracy, config.epochs)
        if self.epochs_run >= self.epoch_limit:
            self.state = EPOCHS_DONE
        elif self.state == EPOCHS_DONE or (
            self.state == CONVERGED and (config.target_loss is None or self.loss > config.target_loss)
        ):
            self.state = RUNNING
        self._pin()

    def _set_limits(self, config: TrainingConfig) -> None:
        self.epoch_limit = self.start_epoch + config.epochs
        self._target_loss = -1.0 if config.target_loss is None else config.target_loss

    def _pin(self) -> None:
        """A change of table or hyperparameters: replay from before it would not repeat the run."""
        if self.timeline is not None:
            self.timeline.add(self.snapshot(pinned=True))

    def reset(self) -> None:
        """New initial weights from the seed; the run starts over."""
        self.network.initialize(self.config.resolved_init(), np.random.default_rng(self.config.seed))
        self.start_epoch = 0
        self._restart(self.config)


def grown(history: np.ndarray, size: int) -> np.ndarray:
    """A longer preallocated array that starts with `history`."""
    longer = np.empty(size, dtype=history.dtype)
    longer[: history.size] = history
    return longer


def replay(snapshots: tuple[Snapshot, ...], epoch: int) -> Trainer:
    """A trainer at `epoch` of the run `snapshots` come from, trained on from the latest snapshot
    before it: bit-identical to the original run."""
    snapshot = nearest(snapshots, epoch)
    if snapshot is None:
        raise ValueError(f"no snapshot at or before epoch {epoch}")
    trainer = Trainer.resume(snapshot, epoch - snapshot.epoch)
    trainer.step(epoch - snapshot.epoch)
    return trainer

"""The state of the app and the rules of a run, without Qt: what the window shows and trains.

The session holds the table (immutable: an edit is a new table), the intended hyperparameters,
where the model came from (core/starting_point.py), the run's state machine (core/run_state.py),
the latest progress, its timeline and loss record, and the epoch on show. The window forwards the
user's actions to it; it decides what they do (what Train does on a finished run, which edits
start a new model), sends the training process its commands through a `TrainingLink`, takes the
process's progress, and tells the views what changed through plain-callback events (core/events.py).
"""

from __future__ import annotations

from typing import Protocol

import numpy as np

from perceptron_gui.core.config import TrainingConfig
from perceptron_gui.core.diagnostics import dead_units
from perceptron_gui.core.events import Event
from perceptron_gui.core.loss_record import LossRecord
from perceptron_gui.core.network import Network
from perceptron_gui.core.run_history import RunHistory
from perceptron_gui.core.run_state import Run
from perceptron_gui.core.separability import PLATEAU_EPOCHS, plateaued, separable_outputs
from perceptron_gui.core.starting_point import EXPLORER_CELL, StartingPoint
from perceptron_gui.core.timeline import Snapshot, Timeline
from perceptron_gui.core.trainer import CONVERGED, EPOCHS_DONE, READY, Trainer, replay
from perceptron_gui.core.training_loop import Progress
from perceptron_gui.core.truth_table import TruthTable
from perceptron_gui.core.weights_file import SavedModel


class TrainingLink(Protocol):
    """The training process, as the session commands it (ui/training_process.py's connection)."""

    def load(self, trainer: Trainer, generation: int) -> None: ...
    def start(self) -> None: ...
    def pause(self) -> None: ...
    def step(self, epochs: int = 1) -> None: ...
    def set_targets(self, targets: np.ndarray) -> None: ...
    def set_config(self, config: TrainingConfig) -> None: ...
    def set_speed(self, epochs_per_second: float | None) -> None: ...


class Session:
    """Events, each a list of plain callbacks (`session.progressed.connect(view.method)`):
    - model_loaded(trainer): a new model, at its first epoch (the views start over);
    - weights_shown(running): `shown` and `shown_predictions` are new (the latest or an earlier epoch);
    - table_changed(table): the targets were edited (same shape; the model trains on);
    - progressed(progress): the training process reported; `run` and `record` follow it;
    - epoch_shown(epoch): an earlier epoch on show, or None: following training again;
    - run_changed(run): Train, Pause or Step moved the run's state.
    """

    def __init__(self, table: TruthTable, config: TrainingConfig | None = None) -> None:
        self.table = table
        self.config = config if config is not None else TrainingConfig()
        self.link: TrainingLink | None = None
        self.speed: float | None = None  # epochs per second the training process animates at
        self.run = Run()
        self.record = LossRecord()
        self.starting_point = StartingPoint.from_seed()
        self.generation = 0  # which model: progress of an earlier one is dropped
        self.network: Network | None = None  # the weights on show: a copy, updated as they change
        self.last_progress: Progress | None = None
        self.snapshots: tuple[Snapshot, ...] = ()  # the run's timeline, from the latest progress
        self.start_epoch = 0
        self.run_epochs = self.config.epochs
        self.shown_epoch: int | None = None  # an earlier epoch on show; None follows training
        self.shown: Snapshot | None = None  # the weights on show, with all they depend on
        self.shown_predictions: np.ndarray | None = None
        self._separable: tuple[TruthTable, list[bool]] | None = None  # a table's, as last tested
        self._loaded = (0, np.nan)  # the loaded model's (epochs_run, loss), until it reports
        self.model_loaded, self.weights_shown, self.table_changed = Event(), Event(), Event()
        self.progressed, self.epoch_shown, self.run_changed = Event(), Event(), Event()

    # --- the training process ----------------------------------------------------------------
    def connect(self, link: TrainingLink) -> None:
        """Train through `link` from now on (a new training process): at the speed chosen."""
        self.link = link
        link.set_speed(self.speed)

    def set_speed(self, epochs_per_second: float | None) -> None:
        """Animation speed in epochs per second; None trains flat out."""
        self.speed = epochs_per_second
        if self.link is not None:
            self.link.set_speed(epochs_per_second)

    def turn_training_off(self) -> None:
        """The training process cannot start: the run is off for good."""
        self.run.turn_off()
        self.run_changed.emit(self.run)

    # --- where a model starts ----------------------------------------------------------------
    def new_model(self, origin: str | None = None) -> None:
        """Start over: new initial weights from the seed, for the current table and config; a
        finished run then starts here again."""
        self.starting_point = StartingPoint.from_seed(*(() if origin is None else (origin,)))
        self._start_from(self.starting_point)

    def reload_model(self) -> None:
        """The model from its starting point again, for a training process connected after it was
        made; a Train pressed before then trains it."""
        running = self.run.running
        self._start_from(self.starting_point)
        if running:
            self.train()

    def open_model(self, saved: SavedModel) -> None:
        """An opened file's table, hyperparameters and weights; Train after a finished run starts
        from its weights and epoch count again."""
        self.table, self.config = saved.table, saved.config
        self.starting_point = StartingPoint.from_file(saved)
        self._start_from(self.starting_point)

    def take_cell(self, config: TrainingConfig) -> None:
        """An explorer's cell: its hyperparameters, a new model from the seed."""
        self.config = config
        self.new_model(EXPLORER_CELL)

    def set_up(self, table: TruthTable, config: TrainingConfig) -> None:
        """A lesson step's state: this table and these hyperparameters, a new model from the seed."""
        self.table, self.config = table, config
        self.new_model()

    def set_weight(self, layer: int, index: tuple[int, ...], value: float) -> None:
        """One weight of the weights on show typed by hand (`index` into that layer's parameters:
        [piece,] unit, input with 0 the bias): a new run from these weights at epoch 0, which Train
        after a finished run starts from again."""
        assert self.network is not None
        network = self.network.copy()
        network.layer_params[layer][index] = value
        self.starting_point = StartingPoint.by_hand(network)
        self._start_from(self.starting_point)

    def _start_from(self, point: StartingPoint) -> None:
        self.load_trainer(point.trainer(self.table, self.config, Timeline()), point.history)

    def load_trainer(self, trainer: Trainer, history: RunHistory | None = None) -> None:
        """Hand a new trainer to the training process; progress of the previous one is dropped from
        now. The loss record holds `history` (the run before the trainer's start), or starts empty."""
        self.generation += 1
        self.network = trainer.network.copy()
        self.last_progress = None
        self.run_epochs = trainer.config.epochs
        self._loaded = (trainer.epochs_run, trainer.loss)
        if history is None:
            self.record.clear(trainer.start_epoch)
        else:
            self.record.load(history)
        self.record.set_latest(trainer.loss, trainer.accuracy)  # the point at the first epoch
        self.run.load(trainer.epochs_run)
        self.follow_training()
        self.snapshots, self.start_epoch = (), trainer.start_epoch
        self.model_loaded.emit(trainer)
        self._show(trainer.snapshot(), trainer.predictions.copy(), running=False)
        if self.link is not None:
            self.link.load(trainer, self.generation)

    # --- edits ---------------------------------------------------------------------------------
    def replace_table(self, table: TruthTable) -> None:
        """A new table (a preset, a size, a file): a new model from the seed."""
        self.table = table
        self.new_model()

    def edit_targets(self, table: TruthTable) -> None:
        """The same table with other targets: the model trains on them from its next epoch."""
        self.table = table
        if self.link is not None:
            self.link.set_targets(table.targets)
        self.table_changed.emit(table)
        self.follow_training()

    def change_config(self, config: TrainingConfig) -> None:
        """New hyperparameters: a new model if they shape another network (or, before the first
        epoch, other initial weights); else the run goes on with them from its next chunk."""
        old, self.config = self.config, config
        if not config.shapes_model_like(old) or (
                self.epochs_run == 0 and (config.seed, config.init) != (old.seed, old.init)):
            self.new_model()
            return
        self.run_epochs = config.epochs
        if self.link is not None:
            self.link.set_config(config)
        self.follow_training()

    # --- Train, Pause, Step --------------------------------------------------------------------
    def train(self) -> None:
        """Train on; after a finished run, run it again from its starting point (the seed's
        initial weights, or the opened file's weights and epoch count)."""
        if self.run.finished:
            self._start_from(self.starting_point)
        self.follow_training()
        if self.run.start() and self.link is not None:
            self.link.start()
        self.run_changed.emit(self.run)

    def toggle_pause(self) -> None:
        if not self.run.running:
            self.train()
            return
        if self.link is not None:
            self.link.pause()
        self.run.pause()
        self.run_changed.emit(self.run)

    def step(self) -> bool:
        """One epoch, then wait; False (nothing done) when the run has finished."""
        if not self.run.step():
            return False
        self.follow_training()
        if self.link is not None:
            self.link.step(1)
        self.run_changed.emit(self.run)
        return True

    # --- progress ------------------------------------------------------------------------------
    def take_progress(self, progress: Progress) -> bool:
        """The training process's report; False if it is of a model replaced since."""
        if progress.generation != self.generation:
            return False
        self.last_progress = progress
        # Always: an empty list after a rolled-back epoch shortens the record by that epoch.
        self.record.append(progress.first_index, progress.new_losses, progress.new_accuracy)
        self.record.set_latest(progress.loss, progress.accuracy)  # epoch n: E after n updates
        self.snapshots = progress.snapshots
        self.run.follow(progress.state, progress.running, progress.epochs_run)
        self.progressed.emit(progress)
        return True

    @property
    def epochs_run(self) -> int:
        return self.last_progress.epochs_run if self.last_progress else self._loaded[0]

    def latest(self) -> tuple[int, float, float, str]:
        """The latest epochs run, loss, epochs per second and trainer state (the loaded model's
        until it reports)."""
        progress = self.last_progress
        if progress is None:
            return (*self._loaded, 0.0, READY)
        return progress.epochs_run, progress.loss, progress.epochs_per_second, progress.state

    # --- the weights on show: the latest, or an earlier epoch ----------------------------------
    def show_latest(self) -> None:
        """The latest progress's weights, when following training."""
        progress = self.last_progress
        if progress is not None and self.shown_epoch is None:
            self._show(progress.snapshot, progress.predictions, progress.running)

    def show_epoch(self, epoch: int) -> Trainer | None:
        """Show an earlier epoch of a stopped run, replayed from the nearest snapshot (bit-identical);
        the replayed trainer, or None (running, no timeline, or the latest epoch: follow it)."""
        progress = self.last_progress
        if progress is None or progress.running or not self.snapshots:
            return None
        if epoch >= progress.epochs_run:
            self.follow_training()
            return None
        trainer = replay(self.snapshots, epoch)
        self.shown_epoch = epoch
        self.epoch_shown.emit(epoch)
        self._show(trainer.snapshot(), trainer.predictions, running=False)
        return trainer

    def follow_training(self) -> None:
        """Show the latest epoch again, and follow training from now on."""
        if self.shown_epoch is None:
            return
        self.shown_epoch = None
        self.epoch_shown.emit(None)

    def _show(self, snapshot: Snapshot, predictions: np.ndarray, running: bool) -> None:
        assert self.network is not None
        self.shown, self.shown_predictions = snapshot, predictions
        self.network.params[:] = snapshot.params
        self.weights_shown.emit(running)

    def inspected_epoch(self, snapshot: Snapshot) -> tuple[Snapshot, bool]:
        """Where the inspector's epoch starts: the one that led to `snapshot` (the last one run), or
        else the first one to come (then True)."""
        earlier = tuple(s for s in self.snapshots if s.epoch < snapshot.epoch)
        if not earlier:
            return snapshot, True
        return replay(earlier, snapshot.epoch - 1).snapshot(), False

    def path(self, snapshot: Snapshot, limit: int | None) -> tuple[np.ndarray, np.ndarray]:
        """Epochs and weights from the timeline up to `snapshot` (which comes last), at most `limit`
        of them."""
        earlier = [s for s in self.snapshots if s.epoch < snapshot.epoch]
        if limit is not None and len(earlier) > limit:
            earlier = [earlier[int(i)] for i in np.linspace(0, len(earlier) - 1, limit)]
        epochs = np.array([s.epoch for s in earlier] + [snapshot.epoch], dtype=np.float64)
        return epochs, np.array([s.params for s in earlier] + [snapshot.params])

    # --- what the run tells about the model ----------------------------------------------------
    @property
    def separable(self) -> list[bool]:
        """For each output of the table on show: can a single perceptron learn it (an exact LP test)."""
        if self._separable is None or self._separable[0] is not self.table:  # (tables are immutable)
            self._separable = (self.table, separable_outputs(self.table))
        return self._separable[1]

    def not_separable(self) -> list[str]:
        """Names of the outputs of the table on show that a single perceptron cannot learn."""
        return [name for name, ok in zip(self.table.output_names, self.separable) if not ok]

    def stalled_outputs(self) -> list[str]:
        """The outputs a single perceptron has stopped learning because they are not linearly
        separable: only once PLATEAU_EPOCHS epochs have run on the table on show (not on the one
        before an edit), and the run ended or its loss stopped falling ([] otherwise)."""
        outputs, progress = self.not_separable(), self.last_progress
        if self.config.hidden_layers or not outputs or progress is None or progress.state == CONVERGED:
            return []
        trained_on = progress.snapshot.table.targets  # the process may not have taken an edit yet
        if not np.array_equal(trained_on, self.table.targets, equal_nan=True) or (
                progress.epochs_run - progress.targets_since < PLATEAU_EPOCHS):
            return []
        if progress.state == EPOCHS_DONE or (
                progress.running and plateaued(self.record.recent_losses(PLATEAU_EPOCHS))):
            return outputs
        return []

    def dead_units(self) -> list[tuple[int, int]]:
        """The ReLU units of the weights on show that output 0 on every row."""
        assert self.network is not None
        return dead_units(self.network, self.table.inputs)

    def saved_model(self) -> SavedModel:
        """The latest weights (not an earlier epoch on show), the table, the hyperparameters and the
        run's history, as a weights file keeps them."""
        progress = self.last_progress
        assert self.network is not None
        network = self.network.copy()
        if progress is not None:
            network.params[:] = progress.params
        loss = progress.loss if progress is not None and np.isfinite(progress.loss) else None
        return SavedModel(self.table, self.config, network, self.epochs_run, loss,
                          progress.state if progress else READY, self.record.history())

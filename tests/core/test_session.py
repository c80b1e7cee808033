"""The session's rules of a run, without Qt: a fake training link trains in this process and
reports as the training loop does."""

from __future__ import annotations

import numpy as np
import pytest

from perceptron_gui.core.config import TrainingConfig
from perceptron_gui.core.run_state import RunState
from perceptron_gui.core.session import Session
from perceptron_gui.core.starting_point import BY_HAND, EXPLORER_CELL, NEW, OPENED_FILE
from perceptron_gui.core.timeline import Timeline
from perceptron_gui.core.trainer import CONVERGED, EPOCHS_DONE, Trainer, replay
from perceptron_gui.core.training_loop import Progress
from perceptron_gui.core.truth_table import preset
from perceptron_gui.core.weights_file import SavedModel


class FakeLink:
    """The training process's end of the session: it records the commands and trains on request."""

    def __init__(self) -> None:
        self.commands: list[tuple] = []
        self.trainer: Trainer | None = None
        self.generation = 0
        self.sent = 0  # loss history already reported

    def load(self, trainer: Trainer, generation: int) -> None:
        self.commands.append(("load", generation, trainer.epochs_run))
        self.trainer = Trainer.resume(trainer.snapshot(), trainer.config.epochs, timeline=Timeline())
        self.generation, self.sent = generation, 0

    def start(self) -> None:
        self.commands.append(("start",))

    def pause(self) -> None:
        self.commands.append(("pause",))

    def step(self, epochs: int = 1) -> None:
        self.commands.append(("step", epochs))

    def set_targets(self, targets: np.ndarray) -> None:
        self.commands.append(("targets",))
        self.trainer.set_targets(targets)

    def set_config(self, config: TrainingConfig) -> None:
        self.commands.append(("config", config))
        self.trainer.set_config(config)

    def set_speed(self, epochs_per_second: float | None) -> None:
        self.commands.append(("speed", epochs_per_second))

    def train(self, epochs: int, running: bool = False) -> Progress:
        """Run `epochs` epochs, and the report the loop would send."""
        trainer = self.trainer
        trainer.step(epochs)
        first, self.sent = self.sent, len(trainer.loss_history)
        return Progress(self.generation, trainer.epochs_run, first, trainer.loss_history[first:].copy(),
                        trainer.accuracy_history[first:].astype(np.float64), trainer.loss, trainer.accuracy,
                        trainer.snapshot(), trainer.timeline.snapshots, trainer.predictions.copy(),
                        trainer.state, running and not trainer.finished, 0.0, 0.0, trainer.targets_since)

    def kinds(self) -> list[str]:
        return [command[0] for command in self.commands]


@pytest.fixture
def session() -> Session:
    session = Session(preset("and"), TrainingConfig(epochs=200))
    session.connect(FakeLink())
    session.new_model()
    return session


def link_of(session: Session) -> FakeLink:
    assert isinstance(session.link, FakeLink)
    return session.link


def finish(session: Session) -> Progress:
    link = link_of(session)
    session.train()
    progress = link.train(10_000)
    assert session.take_progress(progress) and session.run.finished
    return progress


def test_a_new_session_loads_a_model_from_the_seed(session):
    link = link_of(session)
    assert link.kinds() == ["speed", "load"] and session.generation == 1
    assert session.run.state is RunState.READY and session.starting_point.origin == NEW
    assert np.array_equal(session.network.params, Trainer(preset("and"), session.config).network.params)


def test_train_pause_and_step_command_the_process_and_move_the_run(session):
    link = link_of(session)
    runs = []
    session.run_changed.connect(lambda run: runs.append(run.state))
    session.train()
    assert link.kinds()[-1] == "start" and session.run.running
    session.take_progress(link.train(5, running=True))
    session.toggle_pause()
    assert link.kinds()[-1] == "pause" and session.run.state is RunState.PAUSED
    assert session.step() and link.commands[-1] == ("step", 1)
    assert runs == [RunState.RUNNING, RunState.PAUSED, RunState.PAUSED]


def test_train_on_a_finished_run_runs_it_again_from_the_seed(session):
    link = link_of(session)
    initial = session.network.params.copy()
    final = finish(session)
    assert final.state in (CONVERGED, EPOCHS_DONE)
    session.train()
    assert session.generation == 2 and link.commands[-2] == ("load", 2, 0) and link.kinds()[-1] == "start"
    assert np.array_equal(session.network.params, initial) and session.last_progress is None
    again = link.train(10_000)
    assert session.take_progress(again)
    np.testing.assert_array_equal(again.params, final.params)  # the same run, bit for bit


def test_step_on_a_finished_run_is_refused(session):
    finish(session)
    sent = list(link_of(session).commands)
    assert not session.step() and link_of(session).commands == sent


def test_train_after_open_starts_from_the_files_weights_and_epochs(session):
    link = link_of(session)
    trainer = Trainer(preset("or"), TrainingConfig(epochs=300, seed=3))
    trainer.step(300)
    saved = SavedModel.of(trainer)
    session.open_model(saved)
    point = session.starting_point
    assert point.origin == OPENED_FILE and point.epoch == 300 and session.table is saved.table
    assert session.epochs_run == 300 and session.run.can_resume
    assert np.array_equal(session.network.params, saved.network.params)
    finish(session)
    session.train()
    assert link.commands[-2] == ("load", session.generation, 300)
    assert np.array_equal(session.network.params, saved.network.params)


def test_an_explorer_cell_is_a_new_model_with_its_hyperparameters(session):
    cell = session.config.replace(learning_rate=2.5, hidden_layers=(2,))
    session.take_cell(cell)
    assert session.config is cell and session.starting_point.origin == EXPLORER_CELL
    assert session.epochs_run == 0 and link_of(session).commands[-1] == ("load", 2, 0)


def test_an_edit_of_the_targets_trains_on_and_keeps_the_old_table(session):
    link = link_of(session)
    session.train()
    session.take_progress(link.train(20, running=True))
    old = session.table
    edited = []
    session.table_changed.connect(edited.append)
    new = old.with_target(1, 0, 1.0)  # AND → y = x2: still separable
    session.edit_targets(new)
    assert session.table is new and edited == [new] and session.generation == 1
    assert link.kinds()[-1] == "targets" and old.targets[1, 0] == 0.0
    assert session.not_separable() == []


def test_a_new_table_is_a_new_model(session):
    session.replace_table(preset("xor"))
    assert session.generation == 2 and session.not_separable() == ["y"]


@pytest.mark.parametrize(("change", "restarts"), [
    ({"learning_rate": 0.3}, False),
    ({"epochs": 5000}, False),
    ({"hidden_layers": (3,)}, True),
    ({"seed": 7}, True),  # before the first epoch: other initial weights
])
def test_which_hyperparameters_start_a_new_model(session, change, restarts):
    link = link_of(session)
    config = session.config.replace(**change)
    session.change_config(config)
    assert session.config is config and (session.generation == 2) == restarts
    assert link.kinds()[-1] == ("load" if restarts else "config")


def test_a_new_seed_after_the_first_epoch_keeps_the_model(session):
    session.take_progress(link_of(session).train(3))
    session.change_config(session.config.replace(seed=7))
    assert session.generation == 1 and link_of(session).kinds()[-1] == "config"


def test_progress_of_a_replaced_model_is_dropped(session):
    link = link_of(session)
    stale = link.train(4)
    session.new_model()
    assert not session.take_progress(stale) and session.last_progress is None and session.epochs_run == 0


def test_an_earlier_epoch_on_show_is_replayed_bit_identically_and_live_follows_again(session):
    link = link_of(session)
    session.take_progress(link.train(50))
    shown = []
    session.epoch_shown.connect(shown.append)
    trainer = session.show_epoch(17)
    assert trainer is not None and session.shown_epoch == 17 and session.shown.epoch == 17
    np.testing.assert_array_equal(session.network.params, replay(session.snapshots, 17).network.params)
    session.train()
    assert session.shown_epoch is None and shown == [17, None]


def test_the_record_follows_the_reports_and_a_file_keeps_the_latest_weights(session):
    link = link_of(session)
    latest = link.train(40)
    session.take_progress(latest)
    session.show_epoch(10)
    saved = session.saved_model()
    assert session.record.count == 40 and saved.history.count == 40 and saved.epochs_run == 40
    np.testing.assert_array_equal(saved.network.params, latest.params)


def test_xor_stalls_on_a_single_perceptron_only_once_its_run_has_ended(session):
    link = link_of(session)
    session.replace_table(preset("xor"))
    session.take_progress(link.train(50))
    assert session.stalled_outputs() == []  # fewer than PLATEAU_EPOCHS epochs, still going
    session.take_progress(link.train(10_000))
    assert session.last_progress.state == EPOCHS_DONE and session.stalled_outputs() == ["y"]
    session.change_config(session.config.replace(hidden_layers=(4,)))
    assert session.stalled_outputs() == []


def test_training_off_is_final(session):
    session.turn_training_off()
    session.train()
    assert session.run.state is RunState.OFF and "start" not in link_of(session).kinds()


def test_a_lesson_s_set_up_is_a_new_model_of_its_table_and_hyperparameters(session):
    finish(session)  # a trained AND: set aside
    config = TrainingConfig(hidden_layers=(4,))
    session.set_up(preset("xor"), config)
    assert session.config is config and session.table.targets[:, 0].tolist() == [0, 1, 1, 0]
    assert session.epochs_run == 0 and session.starting_point.origin == NEW
    assert link_of(session).commands[-1] == ("load", 2, 0)
    assert np.array_equal(session.network.params, Trainer(preset("xor"), config).network.params)


def test_a_weight_set_by_hand_is_a_new_run_from_it_that_train_starts_again(session):
    link = link_of(session)
    finish(session)
    shown = session.network.params.copy()
    session.set_weight(0, (0, 1), -2.5)  # w1 of the perceptron's output unit
    expected = shown.copy()
    expected[1] = -2.5
    assert session.starting_point.origin == BY_HAND and session.epochs_run == 0
    assert np.array_equal(session.network.params, expected) and session.run.state is RunState.READY
    assert np.array_equal(session.shown.params, expected)  # the views draw the new weights
    assert session.shown_predictions[:, 0] == pytest.approx(
        1 / (1 + np.exp(-(expected[0] + preset("and").inputs @ expected[1:]))), abs=1e-15)
    finish(session)
    session.train()  # after the finished run: from the weights typed, again
    assert link.commands[-2] == ("load", session.generation, 0)
    assert np.array_equal(session.network.params, expected)


def test_a_process_connected_after_the_model_gets_it_and_a_train_pressed_before():
    """The window's training process starts after its first paint: the model made before it, and a
    Train pressed in between, reach it when it connects (`reload_model`)."""
    session = Session(preset("and"))
    session.new_model()
    session.train()  # no process yet: nothing is sent, the run is on
    link = FakeLink()
    session.connect(link)
    session.reload_model()
    assert [command[0] for command in link.commands] == ["speed", "load", "start"]
    assert link.commands[1] == ("load", session.generation, 0) and session.run.running
    quiet = Session(preset("and"))
    quiet.new_model()
    quiet.connect(other := FakeLink())
    quiet.reload_model()
    assert [command[0] for command in other.commands] == ["speed", "load"] and not quiet.run.running

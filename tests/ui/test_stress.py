"""Thread stress (issue 7): random sequences of what a student does, driven through the real window.

Each sequence is drawn from its own seeded `random.Random`, so the actions are the same on every
run; only the worker thread's timing varies. After every action the test waits (bounded) until
the window has caught up with the worker, then checks that what the window shows agrees with
itself: the epoch counter, the loss chart, the weights, the predictions, the buttons and the
scrubber. Qt warnings fail the action that caused them, and no training thread may outlive the test.

    PERCEPTRON_GUI_STRESS_SEQUENCES=1000 PERCEPTRON_GUI_STRESS_SEED=5000 \\
        .venv/bin/python -m pytest tests/ui/test_stress.py -s

runs more sequences, from another seed (a failure names its sequence's seed: run from there).
"""

from __future__ import annotations

import faulthandler
import math
import os
import random
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QDeadlineTimer, QElapsedTimer, QEvent, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QSlider, QTableView

from perceptron_gui.core import weights_file
from perceptron_gui.core.activations import ACTIVATIONS
from perceptron_gui.core.config import BATCH_MODES, OPTIMIZERS, TrainingConfig
from perceptron_gui.core.trainer import CONVERGED, DIVERGED, EPOCHS_DONE, Trainer, replay
from perceptron_gui.core.truth_table import TruthTable, format_output, preset
from perceptron_gui.ui.hyperparameter_panel import SPEEDS
from perceptron_gui.ui.main_window import MainWindow
from perceptron_gui.ui.training_process import threads_still_running
from tests.ui.conftest import WAIT_MS, click_cell, running, set_hidden_layers

SEQUENCES = int(os.environ.get("PERCEPTRON_GUI_STRESS_SEQUENCES", "100"))
FIRST_SEED = int(os.environ.get("PERCEPTRON_GUI_STRESS_SEED", "0"))
ACTIONS_PER_SEQUENCE = (3, 8)
POLL_MS = 2
HANG_SECONDS = 600  # a deadlock the bounded waits cannot catch (a join that never returns) ends the run
FINISHED = (CONVERGED, EPOCHS_DONE, DIVERGED)


# --- waiting for the window to catch up with the worker ----------------------------------------------
def worker_idle(window: MainWindow) -> bool:
    """The worker has taken every command and waits for the next one, so everything it will emit
    for them is already queued to the GUI thread."""
    return window.training.connection.idle()


def worker_took_news(window: MainWindow) -> bool:
    """Training on its own with every command taken."""
    return window.training.connection.training_on()


def drawn(window: MainWindow) -> bool:
    progress = window.session.last_progress
    return (progress is not None and progress.generation == window.session.generation
            and not window.views.frame_pending)


def wait_for(condition: Callable[[], bool], what: str, timeout_ms: int = WAIT_MS) -> None:
    """Run the event loop until `condition()` holds, checking it every POLL_MS (qtbot.waitUntil
    checks every 10 ms, which would be most of this test's time); fail after timeout_ms: a
    deadlock, or a signal that never came."""
    deadline = QDeadlineTimer(timeout_ms)
    loop = QEventLoop()
    tick = QTimer(singleShot=True, interval=POLL_MS)
    tick.timeout.connect(loop.quit)
    while not condition():
        if deadline.hasExpired():
            raise AssertionError(f"waited {timeout_ms / 1000:g} s for {what}")
        tick.start()
        loop.exec()


def settle(window: MainWindow) -> bool:
    """Wait (bounded) until the window shows the worker's state after every command sent so far:
    when the worker is idle, the last progress it emitted, drawn; while it trains on its own, a
    progress emitted after it took the last command, drawn. True if it was idle."""

    def idle_and_drawn() -> bool:
        if not worker_idle(window):
            return False
        QApplication.processEvents()  # deliver what it emitted
        return drawn(window)

    wait_for(lambda: worker_idle(window) or worker_took_news(window), "the worker to take the commands")
    if worker_idle(window):
        wait_for(idle_and_drawn, "the idle worker's progress to be drawn")
        return True
    QApplication.processEvents()  # whatever was emitted before it took the command
    seen = window.session.last_progress
    idle = False

    def caught_up() -> bool:
        nonlocal idle
        idle = idle_and_drawn()
        latest = window.session.last_progress
        return idle or (latest is not seen and drawn(window) and latest.running)

    wait_for(caught_up, "a progress of the running worker to be drawn")
    return idle


# --- what the window shows -----------------------------------------------------------------------------
def chart_epochs(window: MainWindow) -> int:
    """Epochs on the loss chart."""
    view = window.loss_view
    return view.count if hasattr(view, "count") else view.losses.size


def same_table(a: TruthTable, b: TruthTable) -> bool:
    return (a.input_names == b.input_names and a.output_names == b.output_names
            and np.array_equal(a.targets, b.targets, equal_nan=True))


def visible_message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def check_consistent(window: MainWindow, idle: bool) -> None:
    """What the window shows agrees with the latest progress and with itself; and, when the worker
    was `idle` as it was drawn, with what the worker trains."""
    progress = window.session.last_progress
    assert progress is not None and progress.generation == window.session.generation
    running, epochs = progress.running, progress.epochs_run
    # the epoch counter, the loss label and the progress bar
    assert window.epoch_label.text() == f"epoch {epochs:,}"
    assert math.isfinite(progress.loss) and window.loss_label.text() == f"loss {progress.loss:.6g}"
    assert window.progress_bar.value() == min(epochs - window.session.start_epoch, window.session.run_epochs)
    # the loss chart holds one point per epoch since its first (an opened file's history, then
    # this run), every one finite
    first = window.session.starting_point.history.start
    assert chart_epochs(window) == epochs - first, (chart_epochs(window), epochs, first)
    xs, ys = window.loss_view.loss_points()  # and ends at this epoch on the status bar's loss
    assert xs[-1] == epochs and ys[-1] == progress.loss
    for curve in (window.loss_view.loss_curve, window.loss_view.accuracy_curve):
        _, ys = curve.getData()
        assert ys is None or np.all(np.isfinite(ys))
    # the weights on show: the latest, or an earlier epoch replayed
    if window.session.shown_epoch is None:
        assert np.array_equal(window.session.network.params, progress.params)
        assert np.array_equal(window.table_editor.predictions.predictions, progress.predictions)
    else:
        assert not running and window.session.start_epoch <= window.session.shown_epoch < epochs
        session = window.session
        replayed = replay(session.snapshots, session.shown_epoch)
        assert np.array_equal(session.network.params, replayed.network.params)
    assert np.all(np.isfinite(window.session.network.params))
    # the predictions shown are the forward pass of the weights on show, and finite
    table = window.session.table
    shown = window.table_editor.predictions.predictions
    assert shown.shape == table.targets.shape and np.all(np.isfinite(shown))
    np.testing.assert_allclose(shown, window.session.network.predict(table.inputs), rtol=1e-9, atol=1e-12)
    model = window.table_editor.predictions
    for row in range(0, table.n_rows, max(1, table.n_rows // 8)):
        for column in range(table.n_outputs):
            assert model.data(model.index(row, column)) == format_output(shown[row, column])
    grid = window.surface_view.last_grid
    assert grid is not None and np.all(np.isfinite(grid[2]))
    # the buttons
    finished = progress.state in FINISHED
    can_resume = not running and epochs > 0 and not finished
    assert window.train_button.isEnabled() == (not running)
    assert window.pause_button.isEnabled() == (running or can_resume)
    assert window.pause_button.text() == ("Resume" if can_resume else "Pause")
    assert window.step_button.isEnabled() and window.reset_button.isEnabled()
    # the scrubber
    slider = window.scrubber.slider
    assert (slider.minimum(), slider.maximum()) == (window.session.start_epoch, epochs)
    assert slider.isEnabled() == (not running and epochs > window.session.start_epoch)
    assert slider.value() == (epochs if window.session.shown_epoch is None else window.session.shown_epoch)
    assert window.scrubber.live_button.isEnabled() == (window.session.shown_epoch is not None)
    # the form shows what trains
    assert window.panel.config() == window.session.config
    if idle:  # nothing in flight: the worker trains exactly the window's table and config
        assert same_table(progress.snapshot.table, table)
        assert progress.snapshot.config == window.session.config
        assert not running
    assert not visible_message_boxes()


# --- files to open -------------------------------------------------------------------------------------
def saved_models(folder: Path) -> list[tuple[Path, weights_file.SavedModel]]:
    """A handful of weights files: tables, topologies, optimizers and batch modes of every kind."""
    targets = np.random.default_rng(7).integers(0, 2, (16, 2)).astype(np.float64)
    targets[3, 1], targets[5, 0] = math.nan, 0.25
    custom = TruthTable.blank(4, 2).with_targets(targets)
    cases = [
        ("and-fresh", preset("and"), TrainingConfig(), 0),
        ("and-300", preset("and"), TrainingConfig(epochs=500), 300),
        ("xor-adam", preset("xor"), TrainingConfig(hidden_layers=(3,), optimizer="adam",
                                                   learning_rate=0.05), 200),
        ("adder-relu-sgd", preset("full-adder"), TrainingConfig(
            hidden_layers=(4, 4), hidden_activation="relu", optimizer="momentum", batch="sgd",
            learning_rate=0.1), 50),
        ("majority-mini", preset("majority3"), TrainingConfig(
            hidden_layers=(2,), hidden_activation="sigmoid", batch="mini", batch_size=3), 100),
        ("custom-leaky", custom, TrainingConfig(hidden_layers=(5,), hidden_activation="leaky_relu",
                                                output_activation="sigmoid", loss="bce",
                                                epochs=100), 100),
        ("or-maxout", preset("or"), TrainingConfig(hidden_layers=(2,), hidden_activation="maxout",
                                                   maxout_pieces=3, epochs=60), 60),
    ]
    files = []
    for name, table, config, epochs in cases:
        trainer = Trainer(table, config)
        trainer.step(epochs)
        path = folder / f"{name}.json"
        weights_file.save(path, trainer)
        files.append((path, weights_file.load(path)))
    return files


def broken_files(folder: Path) -> list[tuple[str, Path]]:
    """Weights files and CSV tables the window must refuse, each with one dialog."""
    good = (folder / "and-300.json").read_text()
    junk = bytes(random.Random(1).randrange(256) for _ in range(3000))
    files: list[tuple[str, Path]] = []

    def add(kind: str, name: str, content: str | bytes | None) -> None:
        path = folder / name
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        elif isinstance(content, bytes):
            path.write_bytes(content)
        files.append((kind, path))

    add("weights", "truncated.json", good[: len(good) // 2])
    add("weights", "junk.json", junk)
    add("weights", "empty.json", "")
    add("weights", "version.json", good.replace('"version": 2', '"version": 99'))
    add("weights", "nan.json", good.replace('"learning_rate": 1.0', '"learning_rate": NaN'))
    add("weights", "missing.json", None)
    (folder / "a-folder.json").mkdir()
    files.append(("weights", folder / "a-folder.json"))
    add("csv", "rows.csv", "x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n")
    add("csv", "junk.csv", junk)
    add("csv", "value.csv", "x1,y\n0,2\n1,0\n")
    add("csv", "names.csv", "x,x\n0,0\n1,1\n")
    add("csv", "missing.csv", None)
    return files


# --- the user ------------------------------------------------------------------------------------------
class Student:
    """Drives one window after another with random actions and checks after each."""

    def __init__(self, qtbot, qtlog, folder: Path) -> None:
        self.qtbot, self.qtlog = qtbot, qtlog
        self.files = saved_models(folder)
        self.broken = broken_files(folder)
        self.window = self.open_window()
        self.windows_opened = 1
        self.counts: Counter[str] = Counter()
        self.seconds: Counter[str] = Counter()
        self.log: list[str] = []
        self.rng = random.Random()
        self._warnings_seen = 0
        self.actions: dict[str, tuple[float, Callable[[], str]]] = {
            "train": (12, self.train),
            "pause": (10, self.pause),
            "step": (10, self.step),
            "reset": (4, self.reset),
            "cell": (10, self.click_cell),
            "hyperparameter": (16, self.change_hyperparameter),
            "open": (4, self.open_saved),
            "open broken": (5, self.open_broken),
            "scrub": (8, self.scrub),
            "live": (3, self.live),
            "dock": (5, self.switch_dock),
            "table": (3, self.change_table),
            "reopen": (0.8, self.reopen),
            "speed": (0, lambda: self.set_speed(self.rng.choice(SPEEDS))),
        }

    # --- windows --------------------------------------------------------------------------------
    def open_window(self) -> MainWindow:
        window = MainWindow()
        window.show()
        self.qtbot.waitExposed(window)
        wait_for(lambda: window.training is not None, "the training process (started after the first paint)")
        settle(window)
        return window

    def close_window(self) -> None:
        window = self.window
        window.close()  # joins the worker thread (the watchdog ends a join that never returns)
        assert window.training.thread.isFinished()
        assert threads_still_running() == []
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # its views, GL context and dialogs

    # --- a run ----------------------------------------------------------------------------------
    def sequence(self, seed: int) -> None:
        """The actions come from `seed` alone; each action draws its details (which cell, which
        value) from its own generator, so a detail that depends on timing (how far a run got)
        never changes the actions that follow."""
        plan = random.Random(seed)
        names = list(self.actions)
        weights = [weight for weight, _ in self.actions.values()]
        chosen = ["open", "speed"]  # a known start: a file's table, weights and settings
        chosen += plan.choices(names, weights, k=plan.randint(*ACTIONS_PER_SEQUENCE))
        self.log = [f"sequence seed {seed}"]
        for number, name in enumerate(chosen):
            self.rng = random.Random(seed * 1000 + number)
            self.do(name, self.actions[name][1])

    def do(self, name: str, action: Callable[[], str]) -> None:
        started = time.perf_counter()
        try:
            self.log.append(f"{name}: {action()}")
            check_consistent(self.window, settle(self.window))
            self.check_no_qt_warning()
        except Exception as exc:  # say which action of which sequence, and what came before
            raise AssertionError("after " + " → ".join(self.log[-20:]) + f"\n{type(exc).__name__}: "
                                 f"{exc}\nwindow: {self.describe()}") from exc
        self.counts[name] += 1
        self.seconds[name] += time.perf_counter() - started

    def describe(self) -> str:
        window, progress = self.window, self.window.session.last_progress
        if progress is None:
            return "no progress yet"
        return (f"epochs {progress.epochs_run} (from {window.session.start_epoch}), state {progress.state}, "
                f"running {progress.running}, shown epoch {window.session.shown_epoch}, chart "
                f"{chart_epochs(window)}, config {window.session.config}")

    def check_no_qt_warning(self) -> None:
        records = self.qtlog.records
        new, self._warnings_seen = records[self._warnings_seen:], len(records)
        warnings = [r.message for r in new if r.matches_level("WARNING") and not r.ignored]
        assert not warnings, f"Qt warned: {warnings}"

    def progress(self):
        progress = self.window.session.last_progress
        assert progress is not None
        return progress

    # --- the actions: each does what a student does and checks what it alone should change -------
    def train(self) -> str:
        enabled = self.window.train_button.isEnabled()
        self.qtbot.mouseClick(self.window.train_button, Qt.MouseButton.LeftButton)
        return "Train" if enabled else "Train (disabled)"

    def pause(self) -> str:
        button = self.window.pause_button
        text, enabled = button.text(), button.isEnabled()
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        if enabled and text == "Pause":
            settle(self.window)
            assert not self.progress().running
        return text if enabled else f"{text} (disabled)"

    def step(self) -> str:
        before = self.progress()
        was_idle = worker_idle(self.window)
        self.qtbot.mouseClick(self.window.step_button, Qt.MouseButton.LeftButton)
        settle(self.window)
        after = self.progress()
        assert not after.running
        if before.state in FINISHED:
            assert after is before  # a finished run does not step: the status bar says why
            return f"Step at the end of a run ({before.state})"
        if was_idle and not before.running:
            assert after.epochs_run == before.epochs_run + 1 or (
                after.state == DIVERGED and after.epochs_run == before.epochs_run), (before.epochs_run,
                                                                                    after.epochs_run)
        return f"Step from epoch {before.epochs_run} to {after.epochs_run}"

    def reset(self) -> str:
        self.qtbot.mouseClick(self.window.reset_button, Qt.MouseButton.LeftButton)
        settle(self.window)
        window = self.window
        fresh = Trainer(window.session.table.copy(), window.session.config)
        assert self.progress().epochs_run == 0 and window.session.start_epoch == 0
        assert chart_epochs(window) == 0
        assert np.array_equal(window.session.network.params, fresh.network.params)
        return "Reset"

    def click_cell(self) -> str:
        window, rng = self.window, self.rng
        table = window.session.table
        row, output = rng.randrange(table.n_rows), rng.randrange(table.n_outputs)
        view = window.findChild(QTableView, "truthTable")
        index = view.model().index(row, table.n_inputs + output)
        view.scrollTo(index)
        before = table.targets[row, output]
        click_cell(self.qtbot, view, row, table.n_inputs + output)
        assert window.session.table.targets[row, output] == (1.0 if before == 0.0 else 0.0)
        after = window.session.table.targets[row, output]
        return f"flip row {row + 1}, output {output + 1}: {before} → {after}"

    def change_hyperparameter(self) -> str:
        window, panel, rng = self.window, self.window.panel, self.rng
        kind = rng.choice(["learning rate", "epochs", "hidden layers", "activation", "output",
                           "loss", "optimizer", "batch", "speed"])
        if kind == "learning rate":
            value = rng.choice([0.01, 0.1, 0.5, 1.0, 3.0, 10.0, 1e3, 1e6])
            panel.learning_rate.setValue(value)
        elif kind == "epochs":
            value = rng.choice([5, 50, 400, 2000, 100_000])
            panel.epochs.setValue(value)
        elif kind == "hidden layers":
            value = rng.choice(["", "2", "4", "3,3", "8"])
            set_hidden_layers(self.qtbot, window, value)
        elif kind == "speed":
            value = rng.choice(SPEEDS)
            return self.set_speed(value)
        else:
            combo, values = {
                "activation": (panel.hidden_activation, ACTIVATIONS),
                "output": (panel.output_activation, ("sigmoid", "tanh", "linear", "relu")),
                "loss": (panel.loss, ("mse", "bce")),
                "optimizer": (panel.optimizer, OPTIMIZERS),
                "batch": (panel.batch, BATCH_MODES),
            }[kind]
            value = rng.choice(values)
            combo.setCurrentIndex(combo.findData(value))
            if kind == "batch" and value == "mini":
                panel.batch_size.setValue(rng.randint(1, window.session.table.n_rows))
        refused = panel.error_label.isVisibleTo(window)
        # the form shows what trains: the new value, or the old one and why not
        assert panel.config() == window.session.config
        return f"{kind} {value!r}" + (f" refused: {panel.error_label.text()}" if refused else "")

    def set_speed(self, value: float | None) -> str:
        panel = self.window.panel
        panel.speed.setCurrentIndex(panel.speed.findData(value))
        assert panel.speed_value() == value
        return f"speed {value or 'max'}"

    def open_saved(self) -> str:
        path, saved = self.rng.choice(self.files)
        window = self.window
        assert window.files.open_file(path)
        settle(window)
        progress = self.progress()
        assert same_table(window.session.table, saved.table) and window.session.config == saved.config
        assert np.array_equal(window.session.network.params, saved.network.params)
        assert progress.epochs_run == window.session.start_epoch == saved.epochs_run
        assert chart_epochs(window) == saved.history.count  # the file's curve
        assert window.files.current_file == path
        return f"open {path.name}"

    def open_broken(self) -> str:
        kind, path = self.rng.choice(self.broken)
        window = self.window
        session = window.session
        before = (session.table.copy(), session.config, session.network.params.copy(), session.generation,
                  window.files.current_file, session.last_progress)
        opened = window.files.open_file(path) if kind == "weights" else window.files.import_table(path)
        assert not opened
        boxes = visible_message_boxes()
        assert boxes == [window.error_dialog], boxes
        text = window.error_dialog.text()
        assert text and "\n" not in text and len(text) <= 400, text
        window.error_dialog.button(QMessageBox.StandardButton.Ok).click()
        assert not visible_message_boxes()
        assert same_table(window.session.table, before[0]) and window.session.config == before[1]
        assert (window.session.generation, window.files.current_file) == before[3:5]
        if not before[5].running:  # paused: nothing moved
            assert np.array_equal(window.session.network.params, before[2])
            assert window.session.last_progress is before[5]
        return f"open broken {path.name}: {text}"

    def scrub(self) -> str:
        window = self.window
        slider = window.findChild(QSlider, "epochSlider")
        if not slider.isEnabled():
            return "scrubber disabled"
        epoch = self.rng.randint(slider.minimum(), slider.maximum())
        slider.setValue(epoch)
        latest = self.progress().epochs_run
        wait_for(lambda: window.session.shown_epoch == (None if epoch >= latest else epoch), "the replay")
        return f"show epoch {epoch} of {latest}"

    def live(self) -> str:
        button = self.window.findChild(QPushButton, "liveButton")
        enabled = button.isEnabled()
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        settle(self.window)
        assert self.window.session.shown_epoch is None
        return "Live" if enabled else "Live (disabled)"

    def switch_dock(self) -> str:
        name = self.rng.choice(list(self.window.docks))
        self.window.docks[name].raise_()
        wait_for(lambda: not self.window.docks[name].visibleRegion().isEmpty(), f"the {name} dock on screen")
        return f"dock {name}"

    def change_table(self) -> str:
        editor, rng = self.window.table_editor, self.rng
        if rng.random() < 0.7:
            name = rng.choice(["and", "or", "xor", "nand", "majority3", "half-adder", "full-adder"])
            combo = editor.preset_combo
            combo.setCurrentIndex(combo.findData(name))
            combo.activated.emit(combo.currentIndex())
            assert same_table(self.window.session.table, preset(name))
            change = f"preset {name}"
        else:
            size = (self.window.session.table.n_inputs, self.window.session.table.n_outputs)
            inputs, outputs = rng.randint(1, 5), rng.randint(1, 3)
            editor.inputs_spin.setValue(inputs)
            editor.outputs_spin.setValue(outputs)
            table = self.window.session.table
            assert (table.n_inputs, table.n_outputs) == (inputs, outputs)
            if size == (inputs, outputs):
                return f"size {inputs} × {outputs} (unchanged)"
            change = f"size {inputs} × {outputs}"
        settle(self.window)
        assert self.progress().epochs_run == 0  # a new table is a new model
        return change

    def reopen(self) -> str:
        old = self.window
        table, config, speed = old.session.table.copy(), old.session.config, old.panel.speed_value()
        self.close_window()
        self.window = self.open_window()
        self.windows_opened += 1
        new = self.window
        # the new window remembers the table, the hyperparameters and the speed, with new weights
        assert same_table(new.session.table, table) and new.session.config == config
        assert new.panel.speed_value() == speed
        assert self.progress().epochs_run == 0
        return "close the window and open a new one"


def test_random_user_sequences_keep_the_window_consistent(qtbot, qtlog, tmp_path, capsys, record_property):
    with capsys.disabled():  # the real stderr, for the tracebacks of a hang
        hang_report = os.fdopen(os.dup(sys.stderr.fileno()), "w")
    faulthandler.dump_traceback_later(HANG_SECONDS, exit=True, file=hang_report)
    started = time.perf_counter()
    student = Student(qtbot, qtlog, tmp_path)
    try:
        for seed in range(FIRST_SEED, FIRST_SEED + SEQUENCES):
            student.sequence(seed)
    finally:
        if not student.window.training.thread.isFinished():
            student.close_window()
        faulthandler.cancel_dump_traceback_later()
        hang_report.close()
    assert threads_still_running() == []
    seconds = time.perf_counter() - started
    actions = sum(student.counts.values())
    summary = (f"thread stress: {SEQUENCES} sequences (seeds {FIRST_SEED}–{FIRST_SEED + SEQUENCES - 1}), "
               f"{actions} actions, {student.windows_opened} windows, failures 0, {seconds:.1f} s\n  "
               + ", ".join(f"{name} {n} ({student.seconds[name] / n * 1000:.0f} ms)"
                          for name, n in student.counts.most_common()))
    for key, value in (("sequences", SEQUENCES), ("actions", actions), ("seconds", round(seconds, 1))):
        record_property(key, value)
    with capsys.disabled():
        print("\n" + summary, file=sys.stderr)
    assert actions >= SEQUENCES * (ACTIONS_PER_SEQUENCE[0] + 2)
    assert all(student.counts[name] > 0 for name in student.actions) or SEQUENCES < 50


@pytest.mark.parametrize("dock", [
    "inspector",
    "landscape",
    "diagram",  # painted in 0.4 s, ten times a second, until 3902e8f (found by this test)
    "weights",  # 300,000 points at 45 ms a paint until MAX_POINTS was 40,000; 10,000, undashed, since
])
def test_the_largest_table_trains_at_max_speed_without_freezing_the_window(qtbot, tmp_path, dock):
    """8 inputs, 256 rows, 4 outputs, hidden layers [64, 64], flat out, with each of the docks on
    show: a 10 ms timer in the GUI thread keeps firing, and the charts keep drawing."""
    rng = np.random.default_rng(3)
    table = TruthTable.blank(8, 4).with_targets(rng.integers(0, 2, (256, 4)))
    path = tmp_path / "largest.csv"
    table.save_csv(path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # what comes after the first paint (the 3D view: PyOpenGL and its GL window) is not training's
    wait_for(lambda: window.deferred_build.is_finished, "the window to be fully built")
    assert window.files.import_table(path)
    set_hidden_layers(qtbot, window, "64,64")
    window.panel.epochs.setValue(10_000_000)
    window.set_speed(None)
    assert window.session.config.hidden_layers == (64, 64) and window.session.table.targets.shape == (256, 4)
    window.docks[dock].raise_()
    wait_for(lambda: window.insight.dock_showing(dock), f"the {dock} dock on screen")
    qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)
    wait_for(lambda: running(window) and window.session.epochs_run > 0, "training to start")
    # Each tick: when it fired, and how much CPU the window's process had used by then. A frozen
    # window is its GUI thread busy painting between ticks, or waiting for the GIL while the relay
    # thread works: CPU of this process either way. A machine busy with other work spreads the
    # ticks out in time, not in this process's CPU; a stall that uses no CPU at all (a lock, a
    # pipe) is caught by the loose bound on the wall time.
    ticks: list[tuple[float, float]] = []
    timer = QTimer(window, interval=10)
    timer.timeout.connect(lambda: ticks.append((time.perf_counter(), time.process_time())))
    clock = QElapsedTimer()
    epochs, frames = window.session.epochs_run, window.views.frames_drawn
    clock.start()
    timer.start()
    wait_for(lambda: clock.elapsed() >= 2000 and len(ticks) >= 40, "2 s and 40 ticks of the event loop")
    timer.stop()
    busy, waited = np.diff([cpu for _, cpu in ticks]), np.diff([wall for wall, _ in ticks])
    # Ideally a tick every 10 ms with a few ms of work between. The weights dock's dashed 40,000
    # points took 0.3 s a paint (6 ticks in 2 s); the diagram's thumbnails 0.4 s.
    assert busy.max() < 0.2 and waited.max() < 2.0, (len(ticks), busy.max(), waited.max())
    assert window.session.epochs_run > epochs and window.views.frames_drawn >= frames + 10, (
        window.session.epochs_run - epochs, window.views.frames_drawn - frames)
    assert running(window)
    qtbot.mouseClick(window.pause_button, Qt.MouseButton.LeftButton)
    idle = settle(window)
    assert not running(window) and window.pause_button.text() == "Resume"
    check_consistent(window, idle)
    window.close()
    assert window.training.thread.isFinished()
    assert threads_still_running() == []


def test_mini_batches_as_large_as_the_table_show_the_predictions_of_each_row(qtbot, window):
    """Found by the stress test (fixed in 95fd4ef): a mini-batch of the whole table shuffled the rows
    the trainer measured predictions, loss and accuracy on. AND, mini-batches of 4 rows, three Steps."""
    window.panel.batch.setCurrentIndex(window.panel.batch.findData("mini"))
    window.panel.batch_size.setValue(4)
    assert (window.session.config.batch, window.session.config.batch_size) == ("mini", 4)
    for epoch in (1, 2, 3):
        qtbot.mouseClick(window.step_button, Qt.MouseButton.LeftButton)
        settle(window)
        assert window.session.epochs_run == epoch
    shown = window.table_editor.predictions.predictions
    np.testing.assert_allclose(shown, window.session.network.predict(window.session.table.inputs), rtol=1e-9)

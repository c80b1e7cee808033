"""A bad weights file or CSV table opened in the window: one dialog that says what is wrong, and the
window keeps its table, hyperparameters, weights and run exactly as they were."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from perceptron_gui.core import weights_file
from perceptron_gui.core.config import TrainingConfig
from perceptron_gui.core.trainer import Trainer
from perceptron_gui.core.truth_table import TruthTable, preset
from perceptron_gui.ui.main_window import MainWindow
from tests.ui.conftest import WAIT_MS, running, set_hidden_layers, wait_drawn

JUNK = bytes(range(256)) * 4


def good_document(folder: Path) -> str:
    trainer = Trainer(preset("and"), TrainingConfig())
    trainer.step(10)
    path = folder / "good.json"
    weights_file.save(path, trainer)
    return path.read_text()


def shape_changed(text: str) -> str:
    document = json.loads(text)
    document["network"]["inputs"] = 3
    return json.dumps(document)


# (file name, content: text, bytes, a function of a good file's text, or None for no file; what the
# message must say)
BAD_WEIGHTS = [
    ("truncated.json", lambda good: good[: len(good) // 2], "not valid JSON"),
    ("empty.json", "", "not valid JSON"),
    ("junk.json", JUNK, "not UTF-8 text"),
    ("utf16.json", lambda good: good.encode("utf-16"), "not UTF-8 text"),
    ("version.json", lambda good: good.replace('"version": 2', '"version": 3'),
     "version: 3 is not supported"),
    ("nan.json", lambda good: good.replace('"learning_rate": 1.0', '"learning_rate": NaN'),
     "training.learning_rate"),
    ("shape.json", shape_changed, "network.inputs"),
    ("array.json", "[1, 2, 3]", "expected an object"),
    ("missing.json", None, "No such file"),
    ("folder.json", "folder", "not a regular file"),
]
BAD_TABLES = [
    ("rows.csv", "x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n", "2**n rows"),
    ("empty.csv", "", "needs a header row"),
    ("junk.csv", JUNK, "not UTF-8 text"),
    ("latin1.csv", "x1,ÿ\n0,0\n1,1\n".encode("latin-1"), "not UTF-8 text"),
    ("value.csv", "x1,y\n0,2\n1,0\n", "outside [0, 1]"),
    ("names.csv", "x,x\n0,0\n1,1\n", "distinct"),
    ("missing.csv", None, "No such file"),
    ("folder.csv", "folder", "not a regular file"),
]


def write(folder: Path, name: str, content) -> Path:
    path = folder / name
    if callable(content):
        content = content(good_document(folder))
    if content == "folder":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    return path


@dataclass
class Before:
    """Everything a failed open must leave alone."""

    table: TruthTable
    config: TrainingConfig
    form: TrainingConfig
    hidden_text: str
    params: np.ndarray
    epochs_run: int
    chart: int
    generation: int
    current_file: Path | None
    status: str

    @classmethod
    def of(cls, window: MainWindow) -> Before:
        view = window.loss_view
        session = window.session
        return cls(session.table.copy(), session.config, window.panel.config(),
                   window.panel.hidden_edit.text(),
                   session.network.params.copy(), window.session.epochs_run,
                   view.count if hasattr(view, "count") else view.losses.size, window.session.generation,
                   window.files.current_file, window.epoch_label.text())

    def assert_kept_by(self, window: MainWindow) -> None:
        after = Before.of(window)
        assert after.table.input_names == self.table.input_names
        assert after.table.output_names == self.table.output_names
        assert np.array_equal(after.table.targets, self.table.targets, equal_nan=True)
        assert (after.config, after.form, after.hidden_text) == (self.config, self.form, self.hidden_text)
        assert np.array_equal(after.params, self.params)
        assert (after.epochs_run, after.chart, after.generation) == (self.epochs_run, self.chart,
                                                                     self.generation)
        assert (after.current_file, after.status) == (self.current_file, self.status)


@pytest.fixture
def trained(qtbot, window: MainWindow, tmp_path: Path) -> MainWindow:
    """A window far from its defaults: an opened file, a custom table, a hidden layer, a learning
    rate, some epochs run and paused."""
    trainer = Trainer(preset("xor"), TrainingConfig(hidden_layers=(3,), optimizer="adam", learning_rate=0.05))
    trainer.step(40)
    opened = tmp_path / "xor.json"
    weights_file.save(opened, trainer)
    assert window.files.open_file(opened)
    window.panel.learning_rate.setValue(0.2)
    window.table_editor.model.setData(window.table_editor.model.index(3, 2), math.nan)  # don't care
    qtbot.mouseClick(window.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.epochs_run == 41, timeout=WAIT_MS)
    qtbot.mouseClick(window.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.epochs_run == 42 and not running(window), timeout=WAIT_MS)
    wait_drawn(window)
    assert window.session.config.learning_rate == 0.2 and window.session.config.hidden_layers == (3,)
    assert math.isnan(window.session.table.targets[3, 0]) and window.files.current_file == opened
    return window


def message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def assert_one_clear_dialog(window: MainWindow, title: str, says: str) -> None:
    assert message_boxes() == [window.error_dialog]
    dialog = window.error_dialog
    assert dialog.windowTitle() == title and dialog.icon() == QMessageBox.Icon.Warning
    assert dialog.parent() is window and dialog.windowModality() == Qt.WindowModality.WindowModal
    text = dialog.text()
    assert says in text, text
    assert text.strip() == text and "\n" not in text and len(text) <= 300 and "Traceback" not in text
    dialog.button(QMessageBox.StandardButton.Ok).click()
    assert message_boxes() == []


@pytest.mark.parametrize(("name", "content", "says"), BAD_WEIGHTS, ids=[case[0] for case in BAD_WEIGHTS])
def test_a_bad_weights_file_shows_one_dialog_and_changes_nothing(qtbot, trained, tmp_path, name, content,
                                                                  says):
    window = trained
    before = Before.of(window)
    assert not window.files.open_file(write(tmp_path, name, content))
    assert_one_clear_dialog(window, "Cannot open file", says)
    wait_drawn(window)
    before.assert_kept_by(window)
    # and the run goes on from where it was
    qtbot.mouseClick(window.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.epochs_run == before.epochs_run + 1, timeout=WAIT_MS)


@pytest.mark.parametrize(("name", "content", "says"), BAD_TABLES, ids=[case[0] for case in BAD_TABLES])
def test_a_bad_csv_table_shows_one_dialog_and_changes_nothing(qtbot, trained, tmp_path, name, content, says):
    window = trained
    before = Before.of(window)
    assert not window.files.import_table(write(tmp_path, name, content))
    assert_one_clear_dialog(window, "Cannot import table", says)
    wait_drawn(window)
    before.assert_kept_by(window)
    qtbot.mouseClick(window.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.epochs_run == before.epochs_run + 1, timeout=WAIT_MS)


def test_a_bad_file_opened_while_training_runs_leaves_the_run_going(qtbot, window, tmp_path):
    set_hidden_layers(qtbot, window, "4")
    window.table_editor.select_preset("xor")
    window.panel.epochs.setValue(10_000_000)
    window.set_speed(1000)
    config, targets = window.session.config, window.session.table.targets.copy()
    qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: running(window) and window.session.epochs_run > 0, timeout=WAIT_MS)
    generation = window.session.generation
    assert not window.files.open_file(write(tmp_path, "junk.json", JUNK))
    assert_one_clear_dialog(window, "Cannot open file", "not UTF-8 text")
    assert not window.files.import_table(write(tmp_path, "rows.csv", "a,b\n0,1\n0,1\n"))
    assert_one_clear_dialog(window, "Cannot import table", "appears twice")
    epochs = window.session.epochs_run
    qtbot.waitUntil(lambda: window.session.epochs_run > epochs + 50, timeout=WAIT_MS)  # still training
    assert running(window) and window.session.generation == generation
    assert window.session.config == config and np.array_equal(window.session.table.targets, targets)
    qtbot.mouseClick(window.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not running(window), timeout=WAIT_MS)

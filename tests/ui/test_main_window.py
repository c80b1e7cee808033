"""The main window as a student uses it: click the table, press the buttons, read the results."""

from __future__ import annotations

import dataclasses
import json
import math
from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtCore import QElapsedTimer, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDoubleSpinBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QTableView,
)

from perceptron_gui.core import weights_file
from perceptron_gui.core.config import TrainingConfig
from perceptron_gui.core.trainer import Trainer
from perceptron_gui.core.truth_table import preset
from perceptron_gui.ui.main_window import MainWindow
from perceptron_gui.ui.training_process import threads_still_running
from perceptron_gui.ui.truth_table_editor import WRONG
from tests.ui.conftest import (
    WAIT_MS,
    cell_center,
    click_cell,
    predictions_shown,
    running,
    set_hidden_layers,
    shown_window,
    state,
    train_to_the_end,
)

LECTURE_AND = [0.001, 0.082, 0.082, 0.903]


def test_and_converges_to_the_lecture_table(qtbot, window):
    assert window.table_editor.preset_combo.currentText() == "AND"
    train_to_the_end(qtbot, window)
    assert window.session.last_progress.state == "epochs_done"
    assert window.session.epochs_run == 2000
    assert predictions_shown(window) == pytest.approx(LECTURE_AND, abs=0.002)
    assert "2,000 epochs" in window.statusBar().currentMessage()
    assert window.train_button.isEnabled()
    assert not window.pause_button.isEnabled() and window.pause_button.text() == "Pause"
    assert window.loss_view.count == 2000
    _, losses = window.loss_view.loss_points()
    assert losses.size == 2001 and losses[-1] < losses[0]  # epochs 0 (the initial weights) to 2,000


def test_default_speed_animates_and_over_a_couple_of_seconds(qtbot, window):
    qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.epochs_run > 0, timeout=WAIT_MS)
    # 1,000 epochs/s: well before the end, the charts already show part of the run.
    qtbot.waitUntil(lambda: 0 < window.loss_view.count < 2000, timeout=WAIT_MS)
    assert window.session.last_progress.running
    assert window.session.last_progress.epochs_per_second < 5000


def test_the_chosen_speed_paces_training(qtbot, window):
    window.set_speed(100)
    qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.epochs_run >= 60, timeout=WAIT_MS)
    assert running(window)
    assert 0 < window.session.last_progress.epochs_per_second < 200  # flat out it would be ~100,000


def test_xor_needs_a_hidden_layer(qtbot, window):
    window.table_editor.preset_combo.setCurrentIndex(window.table_editor.preset_combo.findData("xor"))
    window.table_editor.select_preset("xor")
    train_to_the_end(qtbot, window)
    assert predictions_shown(window) == pytest.approx([0.5] * 4, abs=0.01)
    model = window.findChild(QTableView, "predictionTable").model()
    colours = {model.data(model.index(r, 0), Qt.ItemDataRole.BackgroundRole).color().name() for r in range(4)}
    assert colours == {WRONG.name()}  # 0.500 is undecided: wrong on every row
    set_hidden_layers(qtbot, window, "4")
    assert window.session.config.hidden_layers == (4,)
    assert window.session.epochs_run == 0  # a new topology is a new model
    train_to_the_end(qtbot, window)
    assert window.session.last_progress.loss < 0.01
    assert [round(p) for p in predictions_shown(window)] == [0, 1, 1, 0]


def test_a_cell_flipped_during_training_is_learned(qtbot, window):
    window.panel.epochs.setValue(1_000_000)
    window.set_speed(None)
    qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.epochs_run > 2000, timeout=WAIT_MS)
    assert predictions_shown(window)[1] < 0.5
    view = window.findChild(QTableView, "truthTable")
    click_cell(qtbot, view, 1, 2)  # row (0, 1), the output column: 0 → 1, so y = x2
    assert window.session.table.targets[:, 0].tolist() == [0, 1, 0, 1]
    qtbot.waitUntil(lambda: predictions_shown(window)[1] > 0.8 and predictions_shown(window)[3] > 0.8,
                    timeout=WAIT_MS)
    assert window.session.last_progress.running


def test_pause_step_resume_reset(qtbot, window):
    window.set_speed(100)
    initial = window.session.network.params.copy()
    qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.epochs_run >= 3, timeout=WAIT_MS)
    qtbot.mouseClick(window.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.last_progress is not None and not running(window), timeout=WAIT_MS)
    assert window.pause_button.text() == "Resume"
    paused_at = window.session.epochs_run
    qtbot.mouseClick(window.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.epochs_run == paused_at + 1, timeout=WAIT_MS)
    assert not window.session.last_progress.running
    qtbot.mouseClick(window.pause_button, Qt.MouseButton.LeftButton)  # resume
    qtbot.waitUntil(lambda: window.session.epochs_run > paused_at + 2, timeout=WAIT_MS)
    qtbot.mouseClick(window.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.last_progress is not None and window.session.epochs_run == 0,
                    timeout=WAIT_MS)
    assert np.array_equal(window.session.network.params, initial)
    assert window.loss_view.count == 0


def test_keyboard_shortcuts(qtbot, window):
    window.set_speed(100)
    window.train_button.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.session.epochs_run > 0 and running(window), timeout=WAIT_MS)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.session.last_progress is not None and not running(window), timeout=WAIT_MS)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.session.last_progress is not None and window.session.epochs_run == 0,
                    timeout=WAIT_MS)


def test_table_editing_by_click_key_menu_and_typing(qtbot, window):
    view = window.findChild(QTableView, "truthTable")
    click_cell(qtbot, view, 0, 0)  # an input cell: read-only
    assert window.session.table.targets[0, 0] == 0
    click_cell(qtbot, view, 3, 2)
    assert window.session.table.targets[3, 0] == 0
    assert window.table_editor.preset_combo.currentText() == "Custom"
    view.setCurrentIndex(view.model().index(2, 2))
    qtbot.keyClick(view, Qt.Key.Key_Asterisk)
    assert math.isnan(window.session.table.targets[2, 0])
    assert view.model().data(view.model().index(2, 2)) == "*"
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert window.session.table.targets[2, 0] == 1
    # A real double click is a click (which flips the cell) and then the double-click event.
    click_cell(qtbot, view, 0, 2)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell_center(view, 0, 2))
    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "0"  # the first click's flip was undone
    editor.selectAll()
    qtbot.keyClicks(editor, "0.25")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.table.targets[0, 0] == 0.25, timeout=WAIT_MS)  # commits queued
    qtbot.waitUntil(lambda: window.session.last_progress is not None, timeout=WAIT_MS)


def test_preset_and_size_reshape_the_table(qtbot, window):
    combo = window.table_editor.preset_combo
    combo.setCurrentIndex(combo.findData("full-adder"))
    combo.activated.emit(combo.currentIndex())
    assert (window.session.table.n_inputs, window.session.table.n_outputs) == (3, 2)
    assert window.findChild(QTableView, "predictionTable").model().columnCount() == 2
    window.table_editor.inputs_spin.setValue(5)
    assert window.session.table.n_rows == 32
    qtbot.waitUntil(lambda: window.session.last_progress is not None
                    and window.session.last_progress.predictions.shape == (32, 2), timeout=WAIT_MS)


def test_export_then_open_restores_weights_table_and_hyperparameters(qtbot, window, tmp_path):
    set_hidden_layers(qtbot, window, "3")
    window.table_editor.select_preset("xor")
    train_to_the_end(qtbot, window)
    path = tmp_path / "xor.json"
    window.files.export_weights(path)
    saved_params = window.session.network.params.copy()
    document = json.loads(path.read_text())
    assert document["training"]["epochs_run"] == 2000
    window.table_editor.select_preset("and")
    set_hidden_layers(qtbot, window, "")
    assert window.files.open_file(path)
    qtbot.waitUntil(lambda: window.session.last_progress is not None, timeout=WAIT_MS)
    assert np.array_equal(window.session.network.params, saved_params)
    assert window.session.table.targets[:, 0].tolist() == [0, 1, 1, 0]
    assert window.session.config.hidden_layers == (3,)
    assert window.panel.hidden_edit.text() == "3"
    assert window.session.epochs_run == 2000
    assert predictions_shown(window) == pytest.approx([row[0] for row in document["predictions"]], abs=5e-4)
    # and it keeps training from there
    qtbot.mouseClick(window.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.epochs_run == 2001, timeout=WAIT_MS)


def test_a_corrupt_file_leaves_the_window_unchanged(qtbot, window, tmp_path):
    window.table_editor.select_preset("or")
    qtbot.waitUntil(lambda: window.session.last_progress is not None, timeout=WAIT_MS)
    session = window.session
    before = (session.table.targets.copy(), session.network.params.copy(), session.config)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "perceptron-gui.weights", "version": 1, "network": ')
    assert not window.files.open_file(bad)
    assert window.error_dialog is not None and window.error_dialog.isVisible()
    assert "not valid JSON" in window.error_dialog.text()
    window.error_dialog.close()
    assert np.array_equal(window.session.table.targets, before[0])
    assert np.array_equal(window.session.network.params, before[1])
    assert window.session.config == before[2]


def test_an_impossible_combination_is_explained(qtbot, window):
    window.panel.output_activation.setCurrentIndex(window.panel.output_activation.findData("tanh"))
    window.panel.loss.setCurrentIndex(window.panel.loss.findData("bce"))
    assert window.panel.error_label.isVisibleTo(window)
    assert "sigmoid" in window.panel.error_label.text()
    assert window.session.config.loss == "mse"
    assert window.panel.loss.currentData() == "mse"  # the form shows what trains


def test_settings_are_remembered(qtbot, window, tmp_path):
    set_hidden_layers(qtbot, window, "5")
    window.panel.learning_rate.setValue(0.5)
    window.table_editor.select_preset("nand")
    window.set_speed(None)
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.session.config.hidden_layers == (5,)
    assert again.session.config.learning_rate == 0.5
    assert again.session.table.targets[:, 0].tolist() == [1, 1, 1, 0]
    assert again.panel.speed_value() is None
    again.close()
    assert again.training is None  # never on screen: its training process was never started


def test_every_remembered_setting_takes_effect_when_the_window_opens_again(qtbot, tmp_path, monkeypatch):
    """Speed (in the training process, not only in the panel), hyperparameters, table, docks, the
    last folder and the recent files, through a real close and a new window."""
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: first.training is not None, timeout=WAIT_MS)  # (started after the first paint)
    first.panel.epochs.setValue(100_000)
    first.table_editor.select_preset("or")
    first.set_speed(None)
    first.docks["diagram"].close()
    first.files.export_weights(tmp_path / "or.json")
    first.close()
    assert first.training.thread.wait(2000)

    again = shown_window(qtbot)
    assert again.panel.speed_value() is None
    assert again.session.config.epochs == 100_000
    assert again.session.table.targets[:, 0].tolist() == [0, 1, 1, 1]
    assert again.docks["diagram"].isHidden() and again.docks["inspector"].isVisible()
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: asked.append(args) or ("", ""))
    qtbot.keyClick(again, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert asked[0][2] == str(tmp_path.resolve())  # the dialog opens in the last folder
    assert [a.text() for a in again.recent_menu.actions()] == ["or.json"]
    clock = QElapsedTimer()
    clock.start()
    qtbot.mouseClick(again.train_button, Qt.MouseButton.LeftButton)
    # At the default 1,000 epochs/s these 100,000 epochs would take 100 s: the process runs flat out.
    qtbot.waitUntil(lambda: state(again) == "epochs_done", timeout=WAIT_MS)
    assert again.session.epochs_run > 1000 * clock.elapsed() / 1000 + 1000
    again.close()
    assert again.training.thread.wait(2000)


def test_a_corrupt_remembered_speed_keeps_the_other_settings(qtbot):
    QSettings().setValue("speed", "fast")
    QSettings().setValue("config", json.dumps(TrainingConfig(learning_rate=0.25).to_dict()))
    QSettings().setValue("table", preset("nor").to_csv())
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.panel.speed_value() == 1000
    assert w.session.config.learning_rate == 0.25 and w.session.table.targets[:, 0].tolist() == [1, 0, 0, 0]
    w.close()
    assert w.training is None


def test_closing_while_training_ends_the_process_within_a_second(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.panel.epochs.setValue(10_000_000)
    w.set_speed(None)
    qtbot.mouseClick(w.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.session.epochs_run > 1000, timeout=WAIT_MS)
    clock = QElapsedTimer()
    clock.start()
    w.close()
    assert clock.elapsed() < 1000  # asked to stop between two chunks of about 4 ms: not killed
    assert w.training.connection.process.exitcode == 0
    assert threads_still_running() == []


def test_learning_rate_steps_on_a_log_scale_and_log_y_toggles(qtbot, window):
    spin = window.findChild(QDoubleSpinBox, "learningRateSpin")
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.value() == 2.0 and window.session.config.learning_rate == 2.0
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert spin.value() == 0.5
    log_check = window.findChild(QCheckBox, "logYCheck")
    qtbot.mouseClick(log_check, Qt.MouseButton.LeftButton)
    assert window.loss_view.loss_plot.getPlotItem().ctrl.logYCheck.isChecked()


def test_save_writes_the_open_file_and_recent_files_remember_it(qtbot, window, tmp_path):
    path = tmp_path / "and.json"
    window.files.export_weights(path)
    assert window.files.open_file(path)
    qtbot.mouseClick(window.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.epochs_run == 1, timeout=WAIT_MS)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert json.loads(path.read_text())["training"]["epochs_run"] == 1
    recent = [action.text() for action in window.recent_menu.actions()]
    assert recent == ["and.json"]


@pytest.mark.parametrize(("typed", "value"), [("1e-3", 0.001), ("0.05", 0.05), ("2e3", 2000.0)])
def test_a_learning_rate_can_be_typed_in_scientific_notation(qtbot, window, typed, value):
    spin = window.findChild(QDoubleSpinBox, "learningRateSpin")
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), typed)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert spin.value() == value
    assert window.session.config.learning_rate == value


def test_one_input_and_back_to_two_still_trains(qtbot, window):
    window.table_editor.inputs_spin.setValue(1)
    window.table_editor.inputs_spin.setValue(2)
    window.table_editor.select_preset("and")
    assert window.surface_view.findChild(QLabel, "surfaceTitle").text().endswith("x1, x2")
    train_to_the_end(qtbot, window)
    assert predictions_shown(window) == pytest.approx(LECTURE_AND, abs=0.002)


def test_a_new_run_after_a_finished_one_keeps_the_chosen_speed(qtbot, window):
    train_to_the_end(qtbot, window)
    window.set_speed(100)
    qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)  # a new run, from the seed
    qtbot.waitUntil(lambda: running(window) and 60 <= window.session.epochs_run < 2000, timeout=WAIT_MS)
    assert 0 < window.session.last_progress.epochs_per_second < 200


def test_settings_the_form_does_not_show_survive_an_edit(qtbot, window, tmp_path):
    config = TrainingConfig(hidden_layers=(3,), hidden_activation="maxout", maxout_pieces=3,
                            optimizer="momentum", momentum=0.5)
    trainer = Trainer(preset("xor"), config)
    trainer.step(50)
    path = tmp_path / "maxout.json"
    weights_file.save(path, trainer)
    assert window.files.open_file(path)
    qtbot.waitUntil(lambda: window.session.last_progress is not None, timeout=WAIT_MS)
    weights = window.session.network.params.copy()
    window.panel.learning_rate.setValue(0.5)
    assert (window.session.config.maxout_pieces, window.session.config.momentum) == (3, 0.5)
    assert window.session.config.learning_rate == 0.5
    assert np.array_equal(window.session.network.params, weights)  # not a new model


def test_a_corrupt_remembered_speed_is_ignored(qtbot):
    QSettings().setValue("speed", "-5")
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.panel.speed_value() == 1000
    w.close()
    assert w.training is None


def test_a_failing_training_process_is_reported_and_replaced(qtbot, window):
    old_thread, old_process = window.training.thread, window.training.connection.process
    too_many = np.zeros(window.session.network.params.size + 1)  # weights for no network of this table
    broken = dataclasses.replace(window.session.shown, params=too_many)
    window.training.connection.load(SimpleNamespace(snapshot=lambda: broken), window.session.generation)
    qtbot.waitUntil(lambda: window.error_dialog is not None and window.error_dialog.isVisible(),
                    timeout=WAIT_MS)
    assert "ValueError" in window.error_dialog.detailedText()
    assert not old_process.is_alive() and old_thread.isFinished()
    assert window.training.connection.process.is_alive() and window.training.thread.isRunning()
    window.error_dialog.close()
    qtbot.mouseClick(window.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.epochs_run == 1, timeout=WAIT_MS)


def test_the_context_menu_marks_a_cell_dont_care(qtbot, window):
    view = window.findChild(QTableView, "truthTable")
    chosen = []

    def choose_dont_care():
        menu = QApplication.activePopupWidget()
        action = next(a for a in menu.actions() if a.text().startswith("Don't care"))
        chosen.append(action.text())
        action.trigger()
        menu.close()

    QTimer.singleShot(50, choose_dont_care)
    view.customContextMenuRequested.emit(cell_center(view, 3, 2))  # returns when the menu closes
    assert chosen == ["Don't care (*)"]
    assert math.isnan(window.session.table.targets[3, 0])


def test_ctrl_e_exports_to_the_chosen_file_and_remembers_its_folder(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    chosen = tmp_path / "exported.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(chosen), ""))
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert json.loads(chosen.read_text())["format"] == "perceptron-gui.weights"
    assert window.settings.value("lastFolder") == str(tmp_path.resolve())


def test_a_few_epochs_are_drawn_as_dots(qtbot, window):
    qtbot.mouseClick(window.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.epochs_run == 1, timeout=WAIT_MS)
    predictions_shown(window)  # drawn
    assert window.loss_view.loss_curve.opts["symbol"] == "o"  # one epoch: a line alone draws nothing
    train_to_the_end(qtbot, window)
    predictions_shown(window)
    assert window.loss_view.loss_curve.opts["symbol"] is None


def test_a_killed_training_process_is_reported_and_replaced(qtbot, window):
    old_process = window.training.connection.process
    old_process.kill()
    qtbot.waitUntil(lambda: window.error_dialog is not None and window.error_dialog.isVisible(),
                    timeout=WAIT_MS)
    assert "ended unexpectedly (exit code -9)" in window.error_dialog.detailedText()
    connection = window.training.connection
    assert connection.process is not old_process and connection.process.is_alive()
    window.error_dialog.close()
    qtbot.mouseClick(window.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.epochs_run == 1, timeout=WAIT_MS)


def test_a_click_on_a_target_gives_the_session_a_new_table_and_the_editor_follows_the_session(qtbot, window):
    """Tables are immutable: a flip is a new table, the old one (and every snapshot's) unchanged; a
    table the session takes from elsewhere (a script, a file) is the one the editor shows."""
    qtbot.waitUntil(lambda: window.session.last_progress is not None, timeout=WAIT_MS)
    before = window.session.table
    trained_on = window.session.last_progress.snapshot.table
    click_cell(qtbot, window.findChild(QTableView, "truthTable"), 0, 2)  # (0, 0): 0 → 1
    after = window.session.table
    assert after is not before and after is window.table_editor.table
    assert before.targets[0, 0] == 0.0 and trained_on.targets[0, 0] == 0.0 and after.targets[0, 0] == 1.0
    assert not after.targets.flags.writeable
    generation = window.session.generation
    window.session.replace_table(preset("xor"))
    assert window.session.generation == generation + 1
    assert window.table_editor.table is window.session.table
    assert window.table_editor.preset_combo.currentData() == "xor"

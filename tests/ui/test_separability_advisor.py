"""The separability advisor: what a single perceptron can learn, and the one-click fix."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView

from perceptron_gui.core.separability import PLATEAU_EPOCHS
from tests.ui.conftest import WAIT_MS, click_cell, train_to_the_end, wait_drawn


def test_and_is_separable_xor_is_not(qtbot, window):
    label = window.findChild(QLabel, "separabilityLabel")
    button = window.findChild(QPushButton, "addHiddenLayerButton")
    assert "y: linearly separable" in label.text() and button.isHidden()
    window.table_editor.select_preset("xor")
    assert "y: not linearly separable — needs a hidden layer" in label.text()
    assert button.isVisible()


def test_a_click_on_the_table_updates_the_advice(qtbot, window):
    label = window.findChild(QLabel, "separabilityLabel")
    view = window.findChild(QTableView, "truthTable")
    click_cell(qtbot, view, 3, 2)  # AND's (1, 1) → 0: all zeros, separable
    click_cell(qtbot, view, 0, 2)  # (0, 0) → 1: NOR, separable
    assert "linearly separable —" in label.text() and "not" not in label.text()
    click_cell(qtbot, view, 3, 2)  # (0,0) and (1,1) → 1: XNOR
    qtbot.waitUntil(lambda: "not linearly separable" in label.text())


def test_the_perceptron_stalls_on_xor_and_the_status_bar_says_why(qtbot, window):
    window.table_editor.select_preset("xor")
    train_to_the_end(qtbot, window)
    qtbot.waitUntil(lambda: "not linearly separable" in window.statusBar().currentMessage())
    assert "Add a hidden layer" in window.statusBar().currentMessage()


def test_one_click_adds_a_hidden_layer_that_learns_xor(qtbot, window):
    window.table_editor.select_preset("xor")
    button = window.findChild(QPushButton, "addHiddenLayerButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.findChild(QLineEdit, "hiddenLayersEdit").text() == "4"
    assert window.session.config.hidden_layers == (4,) and button.isHidden()
    train_to_the_end(qtbot, window)
    assert window.session.last_progress.accuracy == 1.0
    assert "not linearly separable" not in window.statusBar().currentMessage()


def test_the_stalled_loss_advice_waits_for_epochs_on_the_edited_table(qtbot, window):
    train_to_the_end(qtbot, window)  # AND, learned
    view = window.findChild(QTableView, "truthTable")
    for row in (1, 2, 3):  # AND → XOR, right after the run finished
        click_cell(qtbot, view, row, 2)
    assert window.session.table.targets[:, 0].tolist() == [0, 1, 1, 0]
    session = window.session
    qtbot.waitUntil(lambda: np.array_equal(session.last_progress.snapshot.table.targets,
                                           session.table.targets),
                    timeout=WAIT_MS)
    wait_drawn(window)
    assert "not linearly separable" in window.findChild(QLabel, "separabilityLabel").text()
    assert "stopped falling" not in window.statusBar().currentMessage()  # no epoch ran on XOR yet
    window.panel.epochs.setValue(2000 + PLATEAU_EPOCHS + 100)  # go on, on the new table
    qtbot.waitUntil(lambda: window.session.last_progress.state == "running", timeout=WAIT_MS)
    qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.last_progress.state == "epochs_done", timeout=WAIT_MS)
    wait_drawn(window)
    assert window.session.epochs_run == 2000 + PLATEAU_EPOCHS + 100
    assert "The loss has stopped falling" in window.statusBar().currentMessage()

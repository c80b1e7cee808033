"""The separability advisor: what a single perceptron can learn, and the one-click fix."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView

from tests.ui.conftest import click_cell, train_to_the_end


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
    assert window.config.hidden_layers == (4,) and button.isHidden()
    train_to_the_end(qtbot, window)
    assert window.last_progress.accuracy == 1.0
    assert "not linearly separable" not in window.statusBar().currentMessage()

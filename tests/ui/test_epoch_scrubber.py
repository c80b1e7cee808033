"""The epoch scrubber: any earlier epoch of a finished or paused run, exactly as it was."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSlider, QSpinBox

from perceptron_gui.core.config import TrainingConfig
from perceptron_gui.core.trainer import Trainer
from perceptron_gui.core.truth_table import preset
from tests.ui.conftest import (
    predictions_shown,
    set_hidden_layers,
    train_to_the_end,
    wait_drawn,
    wait_finished,
)


def headless(epochs: int, table: str = "and", **settings) -> Trainer:
    trainer = Trainer(preset(table), TrainingConfig(**settings))
    trainer.step(epochs)
    return trainer


def test_going_back_shows_that_epoch_exactly(qtbot, window):
    train_to_the_end(qtbot, window)
    wait_drawn(window)
    slider = window.findChild(QSlider, "epochSlider")
    assert slider.isEnabled() and (slider.minimum(), slider.maximum(), slider.value()) == (0, 2000, 2000)
    spin = window.findChild(QSpinBox, "epochSpin")
    spin.setValue(300)
    qtbot.waitUntil(lambda: window.session.shown_epoch == 300)
    then = headless(300)
    assert np.array_equal(window.session.network.params, then.network.params)  # bit for bit
    assert predictions_shown(window) == pytest.approx(then.predictions[:, 0].round(3), abs=1e-12)
    assert window.surface_view.last_grid is not None
    assert "Showing epoch 300" in window.statusBar().currentMessage()
    assert window.loss_view.marker.isVisible() and window.loss_view.marker.value() == 300
    summary = window.findChild(QLabel, "inspectorSummary").text()
    assert "Epoch 300" in summary  # the inspector shows the epoch that led to epoch 300's weights
    live = window.findChild(QPushButton, "liveButton")
    assert live.isEnabled()
    qtbot.mouseClick(live, Qt.MouseButton.LeftButton)
    wait_drawn(window)
    assert window.session.shown_epoch is None and not window.loss_view.marker.isVisible()
    assert np.array_equal(window.session.network.params, headless(2000).network.params)
    assert slider.value() == 2000 and not live.isEnabled()


def test_the_keyboard_steps_one_epoch_back(qtbot, window):
    window.table_editor.select_preset("xor")
    set_hidden_layers(qtbot, window, "4")
    window.panel.optimizer.setCurrentIndex(window.panel.optimizer.findData("adam"))
    train_to_the_end(qtbot, window)
    wait_drawn(window)
    slider = window.findChild(QSlider, "epochSlider")
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: window.session.shown_epoch == 1999)
    config = window.session.config
    trainer = Trainer(preset("xor"), config)
    trainer.step(1999)
    assert np.array_equal(window.session.network.params, trainer.network.params)


def test_training_on_returns_to_the_latest(qtbot, window):
    window.set_speed(None)
    window.panel.epochs.setValue(4000)
    train_to_the_end(qtbot, window)
    window.findChild(QSpinBox, "epochSpin").setValue(10)
    qtbot.waitUntil(lambda: window.session.shown_epoch == 10)
    qtbot.mouseClick(window.step_button, Qt.MouseButton.LeftButton)  # a finished run: nothing to step
    qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)  # a new run
    assert window.session.shown_epoch is None and not window.loss_view.marker.isVisible()
    wait_finished(qtbot, window)
    wait_drawn(window)
    assert window.findChild(QSlider, "epochSlider").value() == window.session.epochs_run == 4000


def test_the_slider_waits_while_training_runs(qtbot, window):
    window.set_speed(200)
    qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.epochs_run > 5)
    wait_drawn(window)
    assert not window.findChild(QSlider, "epochSlider").isEnabled()
    window.views.show_epoch(2)  # ignored while training runs
    assert window.session.shown_epoch is None
    qtbot.mouseClick(window.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.session.last_progress.running)
    wait_drawn(window)
    assert window.findChild(QSlider, "epochSlider").isEnabled()

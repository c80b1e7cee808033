"""The hyperparameter explorer, from the window: run a grid, read the map, load a cell, export."""

from __future__ import annotations

import csv

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QPushButton, QSpinBox

from perceptron_gui.ui.sweep_explorer import SweepExplorer
from tests.ui.conftest import WAIT_MS, set_hidden_layers, train_to_the_end, wait_drawn


@pytest.fixture
def explorer(qtbot, window) -> SweepExplorer:
    window.table_editor.select_preset("xor")
    set_hidden_layers(qtbot, window, "2")
    control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_E, control_shift)  # Training → Explore hyperparameters…
    qtbot.waitUntil(lambda: window.explorer is not None and window.explorer.isVisible())
    return window.explorer


def run(qtbot, explorer: SweepExplorer, x: str, y: str, epochs: int) -> None:
    explorer.findChild(QLineEdit, "sweepXEdit").setText(x)
    explorer.findChild(QLineEdit, "sweepYEdit").setText(y)
    explorer.findChild(QSpinBox, "sweepEpochsSpin").setValue(epochs)
    qtbot.mouseClick(explorer.findChild(QPushButton, "sweepRunButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not explorer.running and explorer.run_button.isEnabled(), timeout=WAIT_MS)


def click_cell(qtbot, explorer: SweepExplorer, ix: int, iy: int) -> None:
    view = explorer.heat_plot
    scene_point = view.getPlotItem().vb.mapViewToScene(QPointF(ix, iy))
    point = view.mapFromScene(scene_point)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))


def test_a_sweep_maps_the_grid_and_a_click_reruns_a_cell(qtbot, window, explorer):
    run(qtbot, explorer, "0.1:10:5", "3", 300)
    result = explorer.result
    assert result.final_loss.shape == (3, 5)
    assert np.allclose(explorer.heat_image.image, np.log10(np.clip(result.final_loss, 1e-12, 1e12)))
    heights = explorer.success_bars.opts["height"]
    assert np.array_equal(heights, result.success.mean(axis=0))
    assert f"{int(result.success.sum())} of 15 models" in explorer.findChild(QLabel, "sweepStatus").text()
    click_cell(qtbot, explorer, 4, 2)
    assert window.session.config == result.spec.config(4, 2)
    assert window.session.config.learning_rate == pytest.approx(10.0) and window.session.config.seed == 2
    assert window.findChild(QSpinBox, "epochsSpin").value() == 300
    train_to_the_end(qtbot, window)
    wait_drawn(window)
    assert window.session.last_progress.loss == pytest.approx(result.final_loss[2, 4], rel=1e-9)
    epochs, curve = window.loss_view.loss_points()  # the same curve, epoch by epoch
    swept = result.curves[2, 4]
    assert np.array_equal(epochs[:-1], result.curve_epochs[: curve.size - 1])  # epoch k: after k updates
    assert np.allclose(curve[:-1], swept[: curve.size - 1], rtol=1e-9)
    assert curve[-1] == window.session.last_progress.loss  # and E of the final weights comes last
    assert explorer.median_curve.getData()[0][0] == 0  # the explorer's curves start at epoch 0 too


def test_cancel_stops_the_sweep(qtbot, window, explorer):
    explorer.findChild(QLineEdit, "sweepXEdit").setText("0.01:10:40")
    explorer.findChild(QLineEdit, "sweepYEdit").setText("250")
    explorer.findChild(QSpinBox, "sweepEpochsSpin").setValue(100_000)
    qtbot.mouseClick(explorer.findChild(QPushButton, "sweepRunButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: explorer.progress.value() > 0, timeout=WAIT_MS)
    qtbot.mouseClick(explorer.findChild(QPushButton, "sweepCancelButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not explorer.running, timeout=WAIT_MS)
    assert explorer.thread.isFinished()
    assert explorer.findChild(QLabel, "sweepStatus").text() == "Cancelled."
    assert explorer.result is None and explorer.run_button.isEnabled()


def test_a_bad_axis_says_what_it_expects(qtbot, window, explorer):
    explorer.findChild(QLineEdit, "sweepXEdit").setText("fast")
    qtbot.mouseClick(explorer.findChild(QPushButton, "sweepRunButton"), Qt.MouseButton.LeftButton)
    status = explorer.findChild(QLabel, "sweepStatus").text()
    assert status.startswith("Cannot run: learning_rate: 'fast' does not read as START:STOP:COUNT")
    assert explorer.thread is None


def test_results_export_as_csv_and_png(qtbot, window, explorer, tmp_path, monkeypatch):
    run(qtbot, explorer, "0.5, 5", "2", 100)
    target = tmp_path / "sweep.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    qtbot.mouseClick(explorer.findChild(QPushButton, "sweepCsvButton"), Qt.MouseButton.LeftButton)
    rows = list(csv.DictReader(target.read_text().splitlines()))
    assert len(rows) == 4
    assert [float(r["learning_rate"]) for r in rows] == [0.5, 5.0, 0.5, 5.0]
    assert float(rows[3]["final_loss"]) == explorer.result.final_loss[1, 1]
    image_path = tmp_path / "map.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(image_path), ""))
    qtbot.mouseClick(explorer.findChild(QPushButton, "sweepPngButton"), Qt.MouseButton.LeftButton)
    image = QImage(str(image_path))
    assert not image.isNull() and image.width() == 900
    assert "Saved" in explorer.findChild(QLabel, "sweepStatus").text()


def test_closing_the_window_stops_a_running_sweep(qtbot, window, explorer):
    explorer.findChild(QLineEdit, "sweepYEdit").setText("300")
    explorer.findChild(QSpinBox, "sweepEpochsSpin").setValue(100_000)
    qtbot.mouseClick(explorer.findChild(QPushButton, "sweepRunButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: explorer.running, timeout=WAIT_MS)
    window.close()
    assert explorer.thread.isFinished()

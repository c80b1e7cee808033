"""One meaning of "epoch n" everywhere: the weights after n updates (epoch 0: the initial weights).

The loss chart's point at n, the status bar at n, the scrubber at n and the inspector's step from
n − 1 to n all give E of those weights, read from the widgets as a student reads them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from perceptron_gui.ui.main_window import MainWindow
from tests.ui.conftest import WAIT_MS, train_to_the_end, wait_drawn


def step_once(qtbot, window: MainWindow) -> None:
    before = window.session.epochs_run
    qtbot.mouseClick(window.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.epochs_run == before + 1, timeout=WAIT_MS)
    wait_drawn(window)


def number_after(text: str, marker: str) -> str:
    """The number written right after `marker` in `text`, as shown."""
    return text.split(marker, 1)[1].split()[0].rstrip(").,")


def inspector_losses(window: MainWindow) -> tuple[str, str]:
    """The inspector's "E before" and "E after", as shown."""
    before = window.findChild(QLabel, "inspectorLossBefore").text()
    after = window.findChild(QLabel, "inspectorLossAfter").text()
    assert before.startswith("E before") and after.startswith("E after")
    return number_after(before, "= "), number_after(after, "= ")


def status_loss(window: MainWindow) -> str:
    return number_after(window.findChild(QLabel, "lossLabel").text(), "loss ")


def test_one_step_gives_epoch_1_one_loss_everywhere(qtbot, window):
    x, y = window.loss_view.loss_points()
    assert list(x) == [0]  # before any update: the initial weights' E at epoch 0
    assert f"{y[0]:.6g}" == status_loss(window)
    initial = y[0]

    step_once(qtbot, window)
    x, y = window.loss_view.loss_points()
    assert list(x) == [0, 1] and y[0] == initial
    assert y[1] < y[0]  # the update lowered E: the two are different numbers
    chart_at_1 = f"{y[1]:.6g}"
    assert status_loss(window) == chart_at_1
    assert window.session.last_progress.loss == y[1]
    before, after = inspector_losses(window)
    assert "Epoch 1" in window.findChild(QLabel, "inspectorSummary").text()
    assert (before, after) == (f"{y[0]:.6g}", chart_at_1)
    _, accuracy = window.loss_view.accuracy_points()
    assert accuracy[-1] == window.session.last_progress.accuracy

    step_once(qtbot, window)  # then go back to epoch 1 with the scrubber
    assert status_loss(window) == f"{window.loss_view.loss_points()[1][2]:.6g}"
    window.scrubber.spin.setValue(1)
    qtbot.waitUntil(lambda: window.session.shown_epoch == 1, timeout=WAIT_MS)
    assert f"(loss {chart_at_1})" in window.statusBar().currentMessage()
    assert window.loss_view.marker.value() == 1
    assert inspector_losses(window) == (before, after)  # the step from epoch 0 to epoch 1


def test_a_finished_run_ends_the_chart_on_the_status_bars_loss(qtbot, window):
    train_to_the_end(qtbot, window)
    wait_drawn(window)
    x, y = window.loss_view.loss_points()
    assert x[0] == 0 and x[-1] == window.session.epochs_run == 2000
    assert y[-1] == window.session.last_progress.loss
    assert f"{y[-1]:.6g}" == status_loss(window)
    assert inspector_losses(window)[1] == status_loss(window)  # the last step led to these weights
    ax, accuracy = window.loss_view.accuracy_points()
    assert ax[-1] == 2000 and accuracy[-1] == window.session.last_progress.accuracy

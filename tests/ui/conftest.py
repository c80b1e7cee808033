"""The main window, driven as a user drives it; it must leave no training thread behind."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDeadlineTimer, QEventLoop, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView

from perceptron_gui.ui.main_window import MainWindow
from perceptron_gui.ui.training_process import threads_still_running

WAIT_MS = 20_000  # an upper bound for waits on a slow CI machine, never a sleep


def shown_window(qtbot) -> MainWindow:
    """A new window, on screen, fully built (its 3D view comes after the first paint) and active,
    with its training process's first report in."""
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.deferred_build.is_finished, timeout=WAIT_MS)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: w.session.last_progress is not None, timeout=WAIT_MS)
    return w


def close_window(w: MainWindow) -> None:
    """Close it, and check its training process and relay thread have ended."""
    w.close()
    assert w.training.thread.wait(2000)
    assert threads_still_running() == []


@pytest.fixture
def window(qtbot):
    w = shown_window(qtbot)
    yield w
    close_window(w)


def wait_drawn(window: MainWindow) -> None:
    """Deliver queued progress, then wait for the frame that draws it."""
    QApplication.processEvents()
    if window.views.frame_pending:
        drawn, deadline = window.views.frames_drawn, QDeadlineTimer(WAIT_MS)
        while window.views.frames_drawn == drawn and not deadline.hasExpired():
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def cell_center(view: QTableView, row: int, column: int) -> QPoint:
    return view.visualRect(view.model().index(row, column)).center()


def click_cell(qtbot, view: QTableView, row: int, column: int) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell_center(view, row, column))


def predictions_shown(window: MainWindow) -> list[float]:
    """The ŷ column as the student reads it, once the latest progress has been drawn."""
    wait_drawn(window)
    model = window.findChild(QTableView, "predictionTable").model()
    return [float(model.data(model.index(r, 0))) for r in range(model.rowCount())]


def state(window: MainWindow) -> str | None:
    return window.session.last_progress.state if window.session.last_progress is not None else None


def running(window: MainWindow) -> bool:
    return window.session.last_progress is not None and window.session.last_progress.running


def wait_finished(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: state(window) in ("epochs_done", "converged", "diverged"), timeout=WAIT_MS)


def set_hidden_layers(qtbot, window: MainWindow, text: str) -> None:
    edit = window.findChild(QLineEdit, "hiddenLayersEdit")
    edit.selectAll()
    qtbot.keyClicks(edit, text) if text else edit.clear()
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def train_to_the_end(qtbot, window: MainWindow) -> None:
    window.set_speed(None)
    qtbot.mouseClick(window.findChild(type(window.train_button), "trainButton"), Qt.MouseButton.LeftButton)
    wait_finished(qtbot, window)

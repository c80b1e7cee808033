"""The main window, driven as a user drives it; it must leave no training thread behind."""

from __future__ import annotations

import pytest

from perceptron_gui.ui.main_window import MainWindow
from perceptron_gui.ui.training_worker import threads_still_running

WAIT_MS = 20_000  # an upper bound for waits on a slow CI machine, never a sleep


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: w.last_progress is not None, timeout=WAIT_MS)
    yield w
    w.close()
    assert w.training.thread.wait(2000)
    assert threads_still_running() == []

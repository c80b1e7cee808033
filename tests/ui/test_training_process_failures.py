"""A training process that cannot start (a broken install, a frozen app without freeze_support):
the window says so once, with the reason, and stops starting new ones; no storm of dialogs."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from perceptron_gui.core import training_loop
from perceptron_gui.ui.main_window import MainWindow
from perceptron_gui.ui.training_process import threads_still_running

WAIT_MS = 20_000


def end_at_once(commands, messages) -> None:
    """What a training process does when it cannot start: it ends before it says anything."""
    os._exit(3)


def message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_process_that_ends_as_it_starts_twice_is_reported_once_and_not_replaced(qtbot, monkeypatch):
    monkeypatch.setattr(training_loop, "serve", end_at_once)  # every process the window starts
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.error_dialog is not None and window.error_dialog.isVisible(),
                    timeout=WAIT_MS)
    # The first process ended silently and was replaced; the second one's end is reported, and the
    # decision not to start a third is taken before the dialog shows.
    last = window.training.connection.process
    QApplication.processEvents()
    assert message_boxes() == [window.error_dialog]
    assert window.error_dialog.windowTitle() == "Training cannot start"
    assert "exit code 3" in window.error_dialog.text()
    assert not last.is_alive() and not window.training.thread.isRunning()
    for button in (window.train_button, window.pause_button, window.step_button, window.reset_button):
        assert not button.isEnabled()
        assert "exit code 3" in button.toolTip()
    assert not window.actions["train"].isEnabled()
    window.error_dialog.close()
    qtbot.keyClick(window, Qt.Key.Key_Space)  # the shortcut is off too: nothing starts
    assert window.training.connection.process is last and not last.is_alive()
    window.close()
    assert threads_still_running() == []

"""What a window's first frame can do without, built once that frame is on screen.

A student sees the real window, its controls working, as soon as it can be drawn; the slow parts
(the 3D view: PyOpenGL and its GL window) come a moment later, one step per turn of the event loop.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class DeferredBuild(QObject):
    """Runs `steps`, in order, after `window` has painted for the first time; then `is_finished`
    is True and `finished` is emitted. A window closed before then builds no more."""

    finished = Signal()

    def __init__(self, window: QWidget, steps: Sequence[Callable[[], None]]) -> None:
        super().__init__(window)
        self._window = window
        self._steps = list(steps)
        self.is_finished = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            # from the event loop: after this paint has gone to the screen
            QTimer.singleShot(0, self, self._next_step)
        return False

    def _next_step(self) -> None:
        if not self._window.isVisible():
            return
        if self._steps:
            step = self._steps.pop(0)
            QTimer.singleShot(0, self, self._next_step)  # the window answers input between steps,
            step()  # and the rest is built even if this step fails
        else:
            self.is_finished = True
            self.finished.emit()

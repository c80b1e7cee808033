"""Keeps a training process running for the window: a failed one is replaced by a fresh one (and
the model starts again from its seed); one that ends as it starts, twice, turns training off."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from perceptron_gui.core.session import Session
from perceptron_gui.ui.training_process import TrainingProcess


class TrainingGuard(QObject):
    def __init__(self, window, session: Session) -> None:
        super().__init__(window)
        self.window, self.session = window, session
        self.closing = False  # the window is closing: no new process
        self._failed_at_once = False  # the last training process ended before it answered
        self.process: TrainingProcess | None = None  # until `start`

    def start(self) -> None:
        """Start the first training process and hand it the model on show, from its starting point.
        The window calls this after its first paint: on a small machine the process's start (a
        second Python, with numpy) would compete with the window's."""
        if self.process is None and not self.closing:
            self.process = self._start()
            self.session.reload_model()

    def _start(self) -> TrainingProcess:
        process = TrainingProcess()
        process.connection.progressed.connect(self.window.on_progress)
        process.connection.errored.connect(self._on_error)
        self.session.connect(process.connection)
        return process

    @Slot(str)
    def _on_error(self, details: str) -> None:
        """The training process failed or ended unasked: say so, and carry on with a fresh one. A
        process that ends before it answers, twice in a row, will not start: say so once, stop."""
        if self.closing:
            return  # (each connection reports one error at most)
        at_once = not self.process.connection.answered()
        self.process.shutdown()
        reason = first_line_of_error(details)
        if at_once and self._failed_at_once:
            self.window.status.training_off = reason
            self.session.turn_training_off()
            self.window.show_error(
                self.tr("Training cannot start"),
                self.tr("The training process ended as it started, twice, so it is not started again: "
                        "{0}. Training is off; the table, the files and the views still work. "
                        "Reinstalling the program may help.").format(reason), details)
            return
        self._failed_at_once = at_once
        self.process = self._start()
        self.session.new_model()
        if not at_once:  # (a first failure as it started is tried once more before it is reported)
            self.window.show_error(self.tr("Training stopped"),
                                   self.tr("Training failed, so the model was started again from its seed."),
                                   details)

    def shutdown(self) -> None:
        """The window closes: stop the process, join it and its relay."""
        self.closing = True
        if self.process is not None:
            self.process.shutdown()


def first_line_of_error(details: str) -> str:
    """What a training process's failure report says in one line: the exception of a traceback
    (its last line), or the whole of a one-line report."""
    lines = [line.strip() for line in details.strip().splitlines() if line.strip()]
    return lines[-1].rstrip(".") if lines else "no reason given"

"""The status bar and the training buttons: what the session's run says, in words and enabled states."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QPushButton

from perceptron_gui.core.session import Session
from perceptron_gui.core.trainer import CONVERGED, DIVERGED, EPOCHS_DONE
from perceptron_gui.ui.i18n import fmt
from perceptron_gui.ui.network_diagram import unit_name


class RunStatus(QObject):
    """Draws the session's latest epoch, loss, rate and progress, the message that explains them,
    and which of Train, Pause (Resume), Step and Reset can be pressed."""

    def __init__(self, window: QMainWindow, session: Session, buttons: dict[str, QPushButton],
                 labels: tuple[QLabel, QLabel, QLabel, QProgressBar]) -> None:
        super().__init__(window)
        self.window, self.session, self.buttons = window, session, buttons
        self.epoch_label, self.loss_label, self.rate_label, self.progress_bar = labels
        self.training_off = ""  # why training cannot run at all ("" while it can)

    def show(self) -> None:
        """The latest epoch's figures and message (the window calls this while following training)."""
        session = self.session
        epochs_run, loss, rate, state = session.latest()
        running = session.last_progress is not None and session.last_progress.running
        done = epochs_run - session.start_epoch
        self.epoch_label.setText(fmt(self.tr("epoch {0:,}"), epochs_run))
        self.loss_label.setText(self.tr("loss {0:.6g}").format(loss))
        self.rate_label.setText(fmt(self.tr("{0:,.0f} epochs/s"), rate) if running else "")
        self.progress_bar.setRange(0, max(1, session.run_epochs))
        self.progress_bar.setValue(min(done, session.run_epochs))
        messages = {
            CONVERGED: self.tr("Converged after {0:,} epochs: loss {1:.3g} reached the target."),
            EPOCHS_DONE: self.tr("Done: {0:,} epochs run, loss {1:.3g}."),
            DIVERGED: self.tr("Diverged at epoch {0:,}: a loss or weight stopped being a finite "
                              "number. The last finite weights are kept; try a smaller learning rate."),
        }
        advice = self._stalled_note() or ("" if running or not done else self._dead_units_note())
        if state in messages:
            message = fmt(messages[state], epochs_run, loss)
        elif running:
            message = "" if advice else self.tr("Training…")
        elif done:
            message = fmt(self.tr("Paused at epoch {0:,}."), epochs_run)
        else:
            message = self.tr("Ready: press Train (Space).")
        self.window.statusBar().showMessage(" ".join(part for part in (message, advice) if part))
        self.show_buttons()

    def _stalled_note(self) -> str:
        outputs = self.session.stalled_outputs()
        if not outputs:
            return ""
        return self.tr("The loss has stopped falling: {0} is not linearly separable, so no single "
                       "perceptron can learn it. Add a hidden layer.").format(", ".join(outputs))

    def _dead_units_note(self) -> str:
        """Says which ReLU units died (output 0 on every row): they get no gradient any more."""
        dead = self.session.dead_units()
        if not dead:
            return ""
        network, table = self.session.network, self.session.table
        assert network is not None
        names = ", ".join(unit_name(layer, unit, len(network.specs), table.output_names)
                          for layer, unit in dead)
        if len(dead) == 1:
            return self.tr("A dead ReLU unit: {0} — z ≤ 0 on every row, so no gradient reaches it. A "
                           "smaller learning rate or leaky ReLU avoids this.").format(names)
        return self.tr("{0} dead ReLU units: {1} — z ≤ 0 on every row, so no gradient reaches them. "
                       "A smaller learning rate or leaky ReLU avoids this.").format(len(dead), names)

    def show_buttons(self) -> None:
        run = self.session.run
        pause = self.buttons["pause"]
        pause.setText(self.tr("Resume") if run.can_resume else self.tr("Pause"))
        pause.setEnabled(run.running or run.can_resume)
        self.buttons["train"].setEnabled(not run.running)
        if self.training_off:  # the process will not start: every training control says why
            why = self.tr("Training is off: the training process cannot start ({0}).").format(
                self.training_off)
            for control in self.buttons.values():
                control.setEnabled(False)
                control.setToolTip(why)
            for name in ("train", "step", "reset", "check", "explore"):
                self.window.actions[name].setEnabled(False)
            self.window.statusBar().showMessage(why)

"""The window's views, subscribed to the session's events: each draws what the session tells it,
and the charts redraw from a frame timer, at most once a frame whatever the training process sends."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Slot

from perceptron_gui.core.trainer import Trainer
from perceptron_gui.core.training_loop import Progress
from perceptron_gui.core.truth_table import TruthTable
from perceptron_gui.ui.i18n import fmt

FRAME_MS = 16  # the views redraw at most about 60 times a second, whatever the process sends


class SessionViews(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.session = session = window.session
        self.frame_pending = False  # a progress arrived that is not drawn yet
        self.frames_drawn = 0
        session.model_loaded.connect(self._on_model_loaded)
        session.weights_shown.connect(self._on_weights_shown)
        session.table_changed.connect(self._on_targets_edited)
        session.progressed.connect(self._on_progress)
        session.epoch_shown.connect(self._on_epoch_shown)
        session.run_changed.connect(lambda run: window.status.show_buttons())
        self.frame_timer = QTimer(self, interval=FRAME_MS)
        self.frame_timer.timeout.connect(self.draw_frame)
        self.frame_timer.start()

    def show_table(self) -> None:
        session = self.session
        self.window.advisor.show_table(session.table, session.separable, bool(session.config.hidden_layers))

    def _on_model_loaded(self, trainer: Trainer) -> None:
        window = self.window
        if window.table_editor.table is not self.session.table:  # a file's, the settings', a script's
            window.table_editor.set_table(self.session.table)
        window.loss_view.redraw()
        window.loss_view.set_loss_name(trainer.config.loss)
        window.surface_view.set_table(self.session.table)
        self.show_table()
        window.scrubber.set_range(trainer.start_epoch, trainer.epochs_run, live=True, enabled=False)
        window.status.show()

    def _on_targets_edited(self, table: TruthTable) -> None:
        self.window.surface_view.set_table(table)
        self.window.surface_view.show_network(self.session.network)
        self.show_table()

    def _on_weights_shown(self, running: bool) -> None:
        self.window.surface_view.show_network(self.session.network)
        self.window.table_editor.predictions.set_predictions(self.session.shown_predictions)
        self.window.insight.refresh_all(throttle=running)

    def _on_epoch_shown(self, epoch: int | None) -> None:
        self.window.loss_view.mark(epoch)
        self.frame_pending = epoch is None and self.session.last_progress is not None

    def _on_progress(self, progress: Progress) -> None:
        self.frame_pending = True  # only cheap copies until then: drawing waits for the frame timer
        self.window.status.show_buttons()

    @Slot(int)
    def show_epoch(self, epoch: int) -> None:
        """Show an earlier epoch of the run, replayed from the nearest snapshot (bit-identical)."""
        trainer = self.session.show_epoch(epoch)
        if trainer is None:
            return
        epochs_run = self.session.epochs_run
        self.window.scrubber.set_range(self.session.start_epoch, epochs_run, live=False, enabled=True)
        message = self.tr("Showing epoch {0:,} of {1:,} (loss {2:.6g}). Press Live, Train or Step to go "
                          "back to the latest.")
        self.window.statusBar().showMessage(fmt(message, epoch, epochs_run, trainer.loss))

    @Slot()
    def draw_frame(self) -> None:
        progress, session = self.session.last_progress, self.session
        if not self.frame_pending or progress is None:
            return
        self.frame_pending = False
        self.frames_drawn += 1
        self.window.loss_view.redraw()
        self.window.scrubber.set_range(session.start_epoch, progress.epochs_run,
                                       live=session.shown_epoch is None, enabled=not progress.running)
        if session.shown_epoch is None:
            session.show_latest()
            self.window.status.show()

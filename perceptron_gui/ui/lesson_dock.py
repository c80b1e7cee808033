"""The Lesson dock: the lecture step by step beside the charts (View → Lesson, F1), open on a first
launch, wired to the session.

Set up puts the session in the step's state (its table and hyperparameters, a new model) and brings
the step's views to the front. The check follows the latest run (not an earlier epoch on show); the
live numbers of the formulas follow the weights on show and the inspector's selected row, typeset
again at most once a second while training runs. The step reached is remembered. File → Open
lesson… loads a teacher's lesson; a broken one is refused with its line, and the lesson on show stays.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu

from perceptron_gui.core.inspection import inspect
from perceptron_gui.core.lesson import (
    Lesson,
    LessonError,
    RunFacts,
    Setup,
    builtin_lesson,
    live_values,
    load_lesson,
)
from perceptron_gui.core.truth_table import preset
from perceptron_gui.ui.i18n import current_language
from perceptron_gui.ui.lesson_view import LessonView

LIVE_SECONDS = 1.0  # while training runs, live formulas are typeset again this often at most
LESSON_WIDTH_SHARE = 0.25  # of the window, on a first launch
BOTTOM_DOCK_SHARE = 0.42  # a view below the charts that a step brings up gets this much of the height
STEP_KEY, FILE_KEY = "lesson/step", "lesson/file"


class LessonDock(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window, self.session = window, window.session
        self.view = LessonView()
        self.dock = QDockWidget(window, objectName="lessonDock")
        self.dock.setWidget(self.view)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        # a first launch's width (a remembered one replaces it): room for a step's formulas
        width = round(LESSON_WIDTH_SHARE * window.width())
        window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)
        self.path: Path | None = None  # a teacher's lesson; None: the built-in one, in the language on show
        self._typeset_at = 0.0  # when the live numbers were last typeset
        self.view.setUpRequested.connect(self.set_up)
        self.view.stepChanged.connect(self._on_step_changed)
        # (weights_shown comes after a new model's first weights are on show, model_loaded before)
        self.session.weights_shown.connect(self._on_weights_shown)
        self.session.table_changed.connect(lambda table: self.view.show_facts(self.facts()))
        self.dock.visibilityChanged.connect(lambda visible: visible and self.show_live_values(False))
        window.inspector.rows_table.clicked.connect(lambda index: self.show_live_values(False))
        self._open_remembered()

    # --- which lesson, which step --------------------------------------------------------------
    def _open_remembered(self) -> None:
        settings = self.window.settings
        remembered = settings.value(FILE_KEY, "")
        try:
            step = int(settings.value(STEP_KEY, 0))
        except (TypeError, ValueError):
            step = 0
        if remembered:
            try:
                self._show_lesson(load_lesson(remembered), step, Path(remembered))
                return
            except (OSError, LessonError):  # moved or changed since: the built-in lesson instead
                settings.remove(FILE_KEY)
        self._show_lesson(builtin_lesson(current_language()), step, None)

    def _show_lesson(self, lesson: Lesson, step: int, path: Path | None) -> None:
        self.path = path
        self.view.set_lesson(lesson, step)
        self.view.show_facts(self.facts())

    def add_actions(self, file_menu: QMenu, view_menu: QMenu) -> None:
        """File → Open lesson…, File → The lecture's lesson; View → Lesson (F1)."""
        self.open_action = file_menu.addAction("", self.open_dialog)
        self.built_in_action = file_menu.addAction("", self.open_built_in)
        self.view_action = self.dock.toggleViewAction()
        self.view_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))  # F1
        view_menu.addAction(self.view_action)
        self.window.addAction(self.view_action)  # F1 also while the menu bar is hidden (full screen)

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Lesson"))
        self.open_action.setText(self.tr("Open &lesson…"))
        self.built_in_action.setText(self.tr("The lecture's lesson"))
        lesson = self.view.lesson
        if self.path is None and lesson is not None and lesson.language != current_language():
            self._show_lesson(builtin_lesson(current_language()), self.view.index, None)  # the same step

    def open_dialog(self) -> None:
        path = self.window.files.ask_path(self.tr("Open a lesson"), self.tr("Lessons (*.md);;All files (*)"),
                                          saving=False)
        if path is not None:
            self.open_lesson(path)

    def open_lesson(self, path: str | Path) -> bool:
        """Show the lesson in `path` from its first step; a broken one is refused (a message names
        its line) and the lesson on show stays."""
        try:
            lesson = load_lesson(path)
        except (OSError, LessonError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            self.window.show_error(self.tr("Cannot open the lesson"), self.tr(
                "{0} is not a lesson this app can show:\n{1}").format(Path(path).name, reason))
            return False
        self.window.settings.setValue(FILE_KEY, str(Path(path).resolve()))
        self._show_lesson(lesson, 0, Path(path))
        self.dock.show()
        self.dock.raise_()
        return True

    def open_built_in(self) -> None:
        self.window.settings.remove(FILE_KEY)
        self._show_lesson(builtin_lesson(current_language()), 0, None)

    def _on_step_changed(self, index: int) -> None:
        self.window.settings.setValue(STEP_KEY, index)
        self.show_live_values(False)

    # --- what a step does and shows ------------------------------------------------------------
    def set_up(self, setup: Setup) -> None:
        """The step's table and hyperparameters, a new model, and its views to the front."""
        window = self.window
        window.panel.set_config(setup.config)
        window.form.show_error("")
        self.session.set_up(preset(setup.table) if setup.table else self.session.table, setup.config)
        for name in setup.views:
            if name == "explorer":
                window.open_explorer()
                continue
            dock = window.docks[name]
            dock.show()
            dock.raise_()
            height = round(BOTTOM_DOCK_SHARE * window.height())
            below = window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
            if below and dock.height() < height:  # the step is about this view: room to see it
                window.resizeDocks([dock], [height], Qt.Orientation.Vertical)
        window.statusBar().showMessage(self.tr("Set up for step {0}: press Train (Space) or Step (F10).")
                                       .format(self.view.index + 1))

    def _on_weights_shown(self, running: bool) -> None:
        self.view.show_facts(self.facts())
        self.show_live_values(running)

    def facts(self) -> RunFacts | None:
        """The latest run, as a check reads it (None before the first model)."""
        session = self.session
        progress = session.last_progress
        predictions = progress.predictions if progress is not None else session.shown_predictions
        if predictions is None:
            return None
        epochs_run, loss, _, _ = session.latest()
        return RunFacts(session.table, session.config, epochs_run, predictions, loss)

    def show_live_values(self, running: bool) -> None:
        """The live numbers of the weights on show and the step that starts from them (the next
        Step's), for the inspector's selected row (the first)."""
        shown = self.session.shown
        if shown is None or not self.dock.isVisible() or self.view.lesson is None:
            return
        if not any(r"\val{" in latex for latex in self.view.step.formulas()):
            return
        now = time.monotonic()
        if running and now - self._typeset_at < LIVE_SECONDS:
            return
        self._typeset_at = now
        row = max(self.window.inspector.rows_table.currentIndex().row(), 0)
        self.view.show_values(live_values(inspect(shown), min(row, shown.table.n_rows - 1)))

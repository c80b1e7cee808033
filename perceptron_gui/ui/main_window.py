"""The main window: it builds the widgets, wires them to the session, and holds the menus.

Data flows one way (docs/architecture.md): the user's actions go to the session (core/session.py),
which decides what the run does and commands the training process (ui/training_process.py); the
process's reports come back through the session, whose events the views draw from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from perceptron_gui.core.session import Session
from perceptron_gui.core.truth_table import preset
from perceptron_gui.ui import screen_fit, window_settings, zoom
from perceptron_gui.ui.activation_gallery import ActivationGallery
from perceptron_gui.ui.config_form import ConfigForm
from perceptron_gui.ui.deferred_build import DeferredBuild
from perceptron_gui.ui.epoch_scrubber import EpochScrubber
from perceptron_gui.ui.formulas import defer_typesetting, start_typesetting
from perceptron_gui.ui.gui_gc import collect_in_gui_thread
from perceptron_gui.ui.hyperparameter_panel import HyperparameterPanel
from perceptron_gui.ui.i18n import Retranslating, set_language
from perceptron_gui.ui.insight_docks import InsightDocks
from perceptron_gui.ui.inspector_view import InspectorView
from perceptron_gui.ui.landscape_view import LandscapeView
from perceptron_gui.ui.language_menu import LanguageMenu
from perceptron_gui.ui.lesson_dock import LessonDock
from perceptron_gui.ui.loss_view import LossView
from perceptron_gui.ui.network_diagram import NetworkDiagram
from perceptron_gui.ui.run_status import RunStatus
from perceptron_gui.ui.scroll_panel import ScrollPanel, VerticalScrollPanel
from perceptron_gui.ui.separability_advisor import SeparabilityAdvisor
from perceptron_gui.ui.session_views import SessionViews
from perceptron_gui.ui.surface_view import SurfaceView
from perceptron_gui.ui.training_guard import TrainingGuard
from perceptron_gui.ui.training_process import Progress, TrainingProcess
from perceptron_gui.ui.truth_table_editor import TruthTableEditor
from perceptron_gui.ui.weights_view import WeightsView
from perceptron_gui.ui.window_files import WindowFiles
from perceptron_gui.ui.window_zoom import WindowZoom

if TYPE_CHECKING:
    from perceptron_gui.ui.sweep_explorer import SweepExplorer
# a first launch takes this share of the screen's available area (the rest leaves room for the
# window's frame), up to the size the window was designed at
FIRST_SIZE_SHARE, DESIGN_SIZE = (0.95, 0.92), (1600, 1000)
INSIGHT = ("inspector", "diagram", "weights", "landscape")  # the docks drawn from the weights on show


class MainWindow(Retranslating, QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        collect_in_gui_thread()  # Qt objects in cycles die in the GUI thread only (ui/gui_gc.py)
        defer_typesetting()  # formulas come after the first paint, with the 3D view
        self.settings = QSettings()
        set_language(window_settings.remembered_language(self.settings))
        zoom.set_zoom(window_settings.remembered_zoom(self.settings))
        self.session = Session(preset("and"))
        self.table_editor = TruthTableEditor(self.session.table)
        self.panel = HyperparameterPanel()
        self.loss_view = LossView(self.session.record)
        self.surface_view = SurfaceView()
        self.scrubber = EpochScrubber()
        self.advisor = SeparabilityAdvisor()
        self.inspector = InspectorView()
        self.diagram = NetworkDiagram()
        self.weights_view = WeightsView()
        self.landscape = LandscapeView()
        self.activations = ActivationGallery()
        self.session.set_speed(self.panel.speed_value())
        self.guard = TrainingGuard(self, self.session)  # its process starts after the first paint
        self.error_dialog: QMessageBox | None = None
        self.explorer: SweepExplorer | None = None
        self.files = WindowFiles(self, self.session, self.settings)
        self.zoom = WindowZoom(self, self.settings)
        self._build_controls()
        self._build_layout()
        self._build_docks()
        self.insight = InsightDocks(self.session, {n: d for n, d in self.docks.items() if n in INSIGHT},
                                    self.inspector, self.diagram, self.weights_view, self.landscape,
                                    self.surface_view)
        self.lesson = LessonDock(self)  # before the settings are restored: they say where it is
        self._build_menus()
        # Before the settings are restored: a remembered speed must reach the training process.
        self.panel.speedChanged.connect(self.session.set_speed)
        window_settings.restore(self)
        self._wire_session()
        self.session.new_model()
        self.retranslate()
        # What the first frame does without (the training process, pyqtgraph and PyOpenGL above all),
        # built once the window is on screen: what is in sight first.
        self.deferred_build = DeferredBuild(self, [
            self.guard.start, self.loss_view.build_chart, self.surface_view.build_3d, start_typesetting,
            self.surface_view.build_2d, self.weights_view.build_chart, self.activations.build_chart,
            self.landscape.build_chart])

    # --- building the window -------------------------------------------------------------------
    def _build_controls(self) -> None:
        self.train_button = QPushButton(objectName="trainButton")
        self.pause_button = QPushButton(objectName="pauseButton")
        self.step_button = QPushButton(objectName="stepButton")
        self.reset_button = QPushButton(objectName="resetButton")
        self.train_button.clicked.connect(self.session.train)
        self.pause_button.clicked.connect(self.session.toggle_pause)
        self.step_button.clicked.connect(self.step)
        self.reset_button.clicked.connect(self.session.new_model)
        self.epoch_label = QLabel(objectName="epochLabel")
        self.loss_label = QLabel(objectName="lossLabel")
        self.rate_label = QLabel(objectName="rateLabel")
        self.progress_bar = QProgressBar(objectName="progressBar", maximumWidth=220)
        self.progress_bar.setFormat("%p%")
        status = self.statusBar()
        for widget in (self.epoch_label, self.loss_label, self.rate_label, self.progress_bar):
            status.addPermanentWidget(widget)
        buttons = {"train": self.train_button, "pause": self.pause_button, "step": self.step_button,
                   "reset": self.reset_button}
        labels = (self.epoch_label, self.loss_label, self.rate_label, self.progress_bar)
        self.status = RunStatus(self, self.session, buttons, labels)

    def _wire_session(self) -> None:
        """The views subscribe to the session's events; the edits and buttons go to the session."""
        session = self.session
        self.views = SessionViews(self)
        self.form = ConfigForm(self, self.panel, session)
        self.table_editor.tableEdited.connect(session.edit_targets)
        self.table_editor.tableReplaced.connect(session.replace_table)
        self.scrubber.epochChosen.connect(self.views.show_epoch)
        self.scrubber.liveChosen.connect(session.follow_training)
        self.advisor.addHiddenLayerRequested.connect(self.form.add_hidden_layer)
        self.activations.activationChosen.connect(self.form.use_hidden_activation)
        self.diagram.weightEdited.connect(lambda edge, value: session.set_weight(
            edge.layer, edge.index(session.network), value))
        self.inspector.gradientCheckRequested.connect(self.check_gradients)

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.train_button, self.pause_button, self.step_button, self.reset_button):
            buttons.addWidget(button)
        self.table_box = table_box = QGroupBox()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(6, 6, 6, 6)  # margins kept small: every pixel counts at 720 high
        table_layout.addWidget(self.table_editor)
        table_layout.addWidget(self.advisor)
        self.settings_box = settings_box = QGroupBox()
        settings_layout = QVBoxLayout(settings_box)
        settings_layout.setContentsMargins(6, 6, 6, 6)
        settings_layout.addWidget(self.panel)
        controls = QWidget(objectName="controlsPanel")
        controls_layout = QVBoxLayout(controls)
        controls_layout.setContentsMargins(0, 0, 0, 0)
        controls_layout.addWidget(table_box, 1)
        controls_layout.addWidget(settings_box)
        # the buttons stay in sight; the table and the hyperparameters scroll on a short screen
        self.controls_scroll = VerticalScrollPanel(controls, "controlsScroll")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.controls_scroll, 1)
        # The controls take the whole height on the left; the inspector's docks go under the charts.
        model_dock = QDockWidget(self, objectName="modelDock")
        model_dock.setWidget(left)
        model_dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        model_dock.setTitleBarWidget(QWidget())
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, model_dock)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        views = QSplitter(Qt.Orientation.Vertical, childrenCollapsible=False)  # the 3D view: never squeezed
        views.addWidget(self.loss_view)
        views.addWidget(self.surface_view)
        views.setSizes([450, 550])
        charts = QWidget()
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(4, 4, 4, 0)
        charts_layout.addWidget(views, 1)
        charts_layout.addWidget(self.scrubber)
        self.setCentralWidget(charts)
        available = self.screen().availableGeometry()
        self.resize(min(DESIGN_SIZE[0], int(available.width() * FIRST_SIZE_SHARE[0])),
                    min(DESIGN_SIZE[1], int(available.height() * FIRST_SIZE_SHARE[1])))
        self.move(available.center() - self.rect().center())

    def _build_docks(self) -> None:
        """The views inside the learning, tabbed below the charts."""
        self.docks: dict[str, QDockWidget] = {}
        for name, widget in (("inspector", self.inspector), ("diagram", self.diagram),
                             ("weights", self.weights_view), ("landscape", self.landscape),
                             ("activations", self.activations)):
            dock = QDockWidget(self, objectName=f"{name}Dock")
            dock.setWidget(ScrollPanel(widget, f"{name}Scroll"))  # a short window shrinks the docks
            # once the dock is laid out and on screen: a tab's dock is "visible" while behind others
            if name in INSIGHT:
                dock.visibilityChanged.connect(
                    lambda visible, n=name: visible and QTimer.singleShot(0, lambda: self.insight.refresh(n)))
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            self.docks[name] = dock
        first = self.docks["inspector"]
        for dock in list(self.docks.values())[1:]:
            self.tabifyDockWidget(first, dock)
        first.raise_()
        # a quarter of the height at most, and the charts keep a tenth more than their minimum: on a
        # short screen (or a big zoom) the charts come first
        bars = 3 * self.statusBar().sizeHint().height()  # the menu bar, the docks' tabs, the status bar
        room = self.height() - bars - round(1.1 * self.centralWidget().minimumSizeHint().height())
        least = first.minimumSizeHint().height()
        self.resizeDocks([first], [max(least, min(280, round(0.25 * self.height()), room))],
                         Qt.Orientation.Vertical)

    def _build_menus(self) -> None:
        """Menus and actions; their texts are set in retranslate()."""
        bar = self.menuBar()
        self.menus = {name: bar.addMenu("") for name in ("file", "training", "view", "language")}
        file_menu, train_menu = self.menus["file"], self.menus["training"]
        self.actions = {
            "open": self._action(file_menu, self.files.open_dialog, QKeySequence.StandardKey.Open)}
        self.lesson.add_actions(file_menu, self.menus["view"])
        self.recent_menu = file_menu.addMenu("")
        self.actions |= {
            "save": self._action(file_menu, self.files.save, QKeySequence.StandardKey.Save),
            "save as": self._action(file_menu, self.files.save_as, QKeySequence.StandardKey.SaveAs),
            "export": self._action(file_menu, self.files.export_dialog, "Ctrl+E")}
        file_menu.addSeparator()
        self.actions |= {"import table": self._action(file_menu, self.files.import_table_dialog),
                         "export table": self._action(file_menu, self.files.export_table_dialog)}
        file_menu.addSeparator()
        self.actions |= {
            "quit": self._action(file_menu, self.close, QKeySequence.StandardKey.Quit),
            "train": self._action(train_menu, self.session.toggle_pause, "Space"),
            "step": self._action(train_menu, self.step, "F10"),
            "reset": self._action(train_menu, self.session.new_model, "Ctrl+R"),
            "check": self._action(train_menu, self.check_gradients, "Ctrl+G"),
            "explore": self._action(train_menu, self.open_explorer, "Ctrl+Shift+E")}
        view_menu = self.menus["view"]
        for dock in self.docks.values():
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        self.actions |= {
            "zoom in": self._action(view_menu, self.zoom.zoom_in, QKeySequence.StandardKey.ZoomIn),
            "zoom out": self._action(view_menu, self.zoom.zoom_out, QKeySequence.StandardKey.ZoomOut),
            "actual size": self._action(view_menu, lambda: self.zoom.set_zoom(1.0), "Ctrl+0")}
        # Ctrl+= as well: Ctrl++ needs Shift on most keyboards
        self.actions["zoom in"].setShortcuts([*QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn),
                                              QKeySequence("Ctrl+=")])
        view_menu.addSeparator()
        self.actions["full screen"] = self._action(view_menu, self.zoom.set_full_screen, "F11")
        self.actions["full screen"].setCheckable(True)
        self.zoom.attach(self.actions, self.docks)
        self.language_menu = LanguageMenu(self.menus["language"], self.settings)
        self.choose_language = self.language_menu.choose
        self.files.attach_recent_menu(self.recent_menu)

    def _action(self, menu, slot, shortcut=None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    def retranslate(self) -> None:
        """Every text of the window in the current language; state-dependent texts recomputed."""
        for button, text, tip in (
            (self.train_button, self.tr("Train"),
             self.tr("Train: feed forward and back propagation, epoch after epoch (Space). After a "
                     "finished run, Train runs it again from the same start: the seed's initial "
                     "weights, or an opened file's weights and epoch count.")),
            (self.step_button, self.tr("Step"), self.tr("Run exactly one epoch (F10)")),
            (self.reset_button, self.tr("Reset"),
             self.tr("New initial weights from the seed (Ctrl+R), also for a model opened from a file: "
                     "Train then starts from them")),
        ):
            button.setText(text)
            button.setToolTip(tip)
        self.pause_button.setToolTip(self.tr("Pause or resume training (Space)"))
        self.table_box.setTitle(self.tr("Truth table (click an output to flip it)"))
        self.settings_box.setTitle(self.tr("Hyperparameters"))
        for name, title in (
            ("inspector", self.tr("Backprop inspector")), ("diagram", self.tr("Network diagram")),
            ("weights", self.tr("Weights per epoch")), ("landscape", self.tr("Loss landscape")),
            ("activations", self.tr("Activation functions")),
        ):
            self.docks[name].setWindowTitle(title)
        for name, title in (
            ("file", self.tr("&File")), ("training", self.tr("&Training")), ("view", self.tr("&View")),
            ("language", self.tr("&Language")),
        ):
            self.menus[name].setTitle(title)
        self.recent_menu.setTitle(self.tr("Open &recent"))
        for name, text in (
            ("open", self.tr("&Open…")), ("save", self.tr("&Save")), ("save as", self.tr("Save &as…")),
            ("export", self.tr("&Export weights…")), ("import table", self.tr("&Import truth table (CSV)…")),
            ("export table", self.tr("Export &truth table (CSV)…")), ("quit", self.tr("&Quit")),
            ("train", self.tr("Train / pause")), ("step", self.tr("Step one epoch")),
            ("reset", self.tr("Reset")), ("check", self.tr("Check gradients")),
            ("explore", self.tr("Explore hyperparameters…")), ("zoom in", self.tr("Zoom &in")),
            ("zoom out", self.tr("Zoom &out")), ("actual size", self.tr("&Actual size (100 %)")),
            ("full screen", self.tr("&Full screen")),
        ):
            self.actions[name].setText(text)
        self.zoom.update_actions()
        self.menus["language"].setToolTip(self.tr("The language of the interface"))
        self.status.show_buttons()
        self.form.show_error(self.form.error)
        self.views.show_table()
        if self.session.last_progress is not None and self.session.shown_epoch is None:
            self.status.show()
        self.insight.refresh_all()
        self.lesson.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            self.actions["full screen"].setChecked(self.isFullScreen())  # F11, or a window manager's
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # grown to a new minimum size (a zoom, a language) past the screen's edge: move back in
        if self.isVisible() and screen_fit.off_screen(self):
            QTimer.singleShot(0, self, lambda: screen_fit.fit_on_screen(self))  # not after the window is gone

    # --- the user's actions, to the session --------------------------------------------------
    def set_speed(self, epochs_per_second: float | None) -> None:
        """Animation speed in epochs per second; None trains flat out."""
        self.panel.set_speed(epochs_per_second)

    @Slot()
    def step(self) -> None:
        if not self.session.step():
            self.statusBar().showMessage(self.tr("This run has ended: press Train to run it again from "
                                                 "its start, Reset (Ctrl+R) for new weights from the "
                                                 "seed, or raise Epochs to go on."))

    @Slot()
    def open_explorer(self) -> SweepExplorer:
        """The hyperparameter explorer, for the current table and settings."""
        if self.explorer is None:
            from perceptron_gui.ui.sweep_explorer import SweepExplorer  # imported when first opened

            self.explorer = SweepExplorer(self)
            self.explorer.cellChosen.connect(self.form.load_config)
        if not self.explorer.running:
            self.explorer.set_model(self.session.table, self.session.config)
        self.explorer.show()
        screen_fit.fit_on_screen(self.explorer)  # (its size is for a big screen: a projector's is not)
        self.explorer.raise_()
        return self.explorer

    @Slot()
    def check_gradients(self) -> None:
        """Back propagation against finite differences, for the inspector's epoch."""
        error = self.insight.check_gradients()
        if error is not None:
            self.statusBar().showMessage(self.tr("Gradient check: largest relative error {0:.2e}.")
                                         .format(error), 8000)

    @Slot(object)
    def on_progress(self, progress: Progress) -> None:
        self.session.take_progress(progress)

    @property
    def training(self) -> TrainingProcess | None:
        """The training process running now (a failed one is replaced: ui/training_guard.py); None
        before the first one has started, after the window's first paint."""
        return self.guard.process

    def show_error(self, title: str, text: str, details: str = "") -> None:
        """A window-modal message that does not block the caller (tests read error_dialog)."""
        dialog = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        if details:
            dialog.setDetailedText(details)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.error_dialog = dialog
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        window_settings.save(self)
        start_typesetting(load=False)  # (closed before its deferred build ended: formulas wait no more)
        if self.explorer is not None:
            self.explorer.shutdown()
        self.guard.shutdown()
        super().closeEvent(event)


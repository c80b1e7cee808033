"""The main window: it wires the table, the hyperparameters, the worker and the views.

Data flows one way: the table and the hyperparameters build a Trainer (core), the worker hands
it to the training process and relays its reports, the views draw the reports' copies.
"""

from __future__ import annotations

import contextlib
import json
import math
import time
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
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

from perceptron_gui.core import weights_file
from perceptron_gui.core.config import ConfigError, TrainingConfig
from perceptron_gui.core.diagnostics import dead_units
from perceptron_gui.core.inspection import gradient_check, inspect
from perceptron_gui.core.landscape import parameter_names
from perceptron_gui.core.network import Network
from perceptron_gui.core.run_history import RunHistory
from perceptron_gui.core.separability import PLATEAU_EPOCHS, plateaued
from perceptron_gui.core.starting_point import StartingPoint
from perceptron_gui.core.timeline import Snapshot, Timeline
from perceptron_gui.core.trainer import CONVERGED, DIVERGED, EPOCHS_DONE, READY, Trainer, replay
from perceptron_gui.core.truth_table import TableError, TruthTable, preset
from perceptron_gui.ui import zoom
from perceptron_gui.ui.deferred_build import DeferredBuild
from perceptron_gui.ui.epoch_scrubber import EpochScrubber
from perceptron_gui.ui.gui_gc import collect_in_gui_thread
from perceptron_gui.ui.hyperparameter_panel import HyperparameterPanel
from perceptron_gui.ui.i18n import (
    LANGUAGES,
    Retranslating,
    current_language,
    fmt,
    set_language,
    system_language,
)
from perceptron_gui.ui.inspector_view import InspectorView
from perceptron_gui.ui.landscape_view import LandscapeView
from perceptron_gui.ui.loss_view import LossView
from perceptron_gui.ui.network_diagram import NetworkDiagram, unit_name
from perceptron_gui.ui.scroll_panel import ScrollPanel, VerticalScrollPanel
from perceptron_gui.ui.separability_advisor import SeparabilityAdvisor
from perceptron_gui.ui.surface_view import SurfaceView
from perceptron_gui.ui.training_worker import Progress, TrainingThread
from perceptron_gui.ui.truth_table_editor import TruthTableEditor
from perceptron_gui.ui.weights_view import MAX_POINTS as WEIGHT_POINTS
from perceptron_gui.ui.weights_view import WeightsView

if TYPE_CHECKING:
    from perceptron_gui.ui.sweep_explorer import SweepExplorer

MAX_RECENT = 8
FRAME_MS = 16  # the views redraw at most about 60 times a second, whatever the worker sends
INSIGHT_SECONDS = 0.1  # while training runs, the inspector, diagram and weights redraw this often at most
PATH_POINTS = 256  # the landscape's path: at most this many of the timeline's snapshots
# a first launch takes this share of the screen's available area (the rest leaves room for the
# window's frame), up to the size the window was designed at
FIRST_SIZE_SHARE, DESIGN_SIZE = (0.95, 0.92), (1600, 1000)


class MainWindow(Retranslating, QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        collect_in_gui_thread()  # Qt objects in cycles die in the GUI thread only (ui/gui_gc.py)
        self.settings = QSettings()
        set_language(self._remembered_language())
        zoom.set_zoom(self._remembered_zoom())
        self.table_editor = TruthTableEditor(preset("and"))
        self.panel = HyperparameterPanel()
        self.loss_view = LossView()
        self.surface_view = SurfaceView()
        self.scrubber = EpochScrubber()
        self.advisor = SeparabilityAdvisor()
        self.inspector = InspectorView()
        self.diagram = NetworkDiagram()
        self.weights_view = WeightsView()
        self.landscape = LandscapeView()
        self.shown_epoch: int | None = None  # an earlier epoch on show; None follows training
        self.snapshots: tuple[Snapshot, ...] = ()  # the run's timeline, from the latest progress
        self.start_epoch = 0
        self.shown: Snapshot | None = None  # the weights on show, with all they depend on
        self._insight_drawn: dict[str, float] = {}  # when each dock was last redrawn
        self._insight_cost: dict[str, float] = {}  # and how long that took, in seconds
        self.training = self._start_training_thread()
        self.config = TrainingConfig()
        self.generation = 0
        self.network: Network  # the weights on show: a copy, updated from each Progress
        # Where the model came from: Train after a finished run starts there again. Set by
        # new_model (Reset, a new topology or table, an explorer's cell) and open_file.
        self.starting_point: StartingPoint
        self.last_progress: Progress | None = None
        self.current_file: Path | None = None
        self.error_dialog: QMessageBox | None = None
        self.explorer: SweepExplorer | None = None
        self._build_controls()
        self._build_layout()
        self._build_docks()
        self._build_menus()
        # Before the settings are restored: a remembered speed must reach the training process.
        self.panel.speedChanged.connect(lambda speed: self.training.worker.set_speed(speed))
        self._restore_settings()
        self.table_editor.tableEdited.connect(self._on_targets_edited)
        self.table_editor.tableReplaced.connect(self.new_model)
        self.panel.changed.connect(self._on_config_changed)
        self.scrubber.epochChosen.connect(self.show_epoch)
        self.scrubber.liveChosen.connect(self.follow_training)
        self.advisor.addHiddenLayerRequested.connect(self.add_hidden_layer)
        self.inspector.gradientCheckRequested.connect(self.check_gradients)
        self.landscape.recompute_button.clicked.connect(lambda: self._refresh_landscape(force=True))
        self.landscape.plane_combo.currentIndexChanged.connect(lambda: self._refresh_landscape(force=True))
        self.frame_pending = False
        self.frames_drawn = 0
        self.frame_timer = QTimer(self, interval=FRAME_MS)
        self.frame_timer.timeout.connect(self._draw_frame)
        self.frame_timer.start()
        self.new_model()
        self.retranslate()
        # what the first frame does without, built once the window is on screen
        self.deferred_build = DeferredBuild(
            self, [self.surface_view.build_3d, self.surface_view.build_2d, self.landscape.build_chart])

    # --- building the window -------------------------------------------------------------------
    def _build_controls(self) -> None:
        self.train_button = QPushButton(objectName="trainButton")
        self.pause_button = QPushButton(objectName="pauseButton")
        self.step_button = QPushButton(objectName="stepButton")
        self.reset_button = QPushButton(objectName="resetButton")
        self._running = False
        self._config_error = ""  # why the form's last change was refused, if it was
        self._closing = False
        self._failed_at_once = False  # the last training process ended before it answered
        self._training_off = ""  # why training cannot run at all ("" while it can)
        self.train_button.clicked.connect(self.train)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.step_button.clicked.connect(self.step)
        self.reset_button.clicked.connect(self.new_model)
        self.epoch_label = QLabel(objectName="epochLabel")
        self.loss_label = QLabel(objectName="lossLabel")
        self.rate_label = QLabel(objectName="rateLabel")
        self.progress_bar = QProgressBar(objectName="progressBar", maximumWidth=220)
        self.progress_bar.setFormat("%p%")
        status = self.statusBar()
        for widget in (self.epoch_label, self.loss_label, self.rate_label, self.progress_bar):
            status.addPermanentWidget(widget)

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
                             ("weights", self.weights_view), ("landscape", self.landscape)):
            dock = QDockWidget(self, objectName=f"{name}Dock")
            dock.setWidget(ScrollPanel(widget, f"{name}Scroll"))  # a short window shrinks the docks
            # once the dock is laid out and on screen: a tab's dock is "visible" while behind others
            dock.visibilityChanged.connect(
                lambda visible, n=name: visible and QTimer.singleShot(0, lambda: self._refresh_insight(n)))
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
            "open": self._action(file_menu, self.open_dialog, QKeySequence.StandardKey.Open)}
        self.recent_menu = file_menu.addMenu("")
        self.actions |= {
            "save": self._action(file_menu, self.save, QKeySequence.StandardKey.Save),
            "save as": self._action(file_menu, self.save_as, QKeySequence.StandardKey.SaveAs),
            "export": self._action(file_menu, self.export_dialog, "Ctrl+E")}
        file_menu.addSeparator()
        self.actions |= {"import table": self._action(file_menu, self.import_table_dialog),
                         "export table": self._action(file_menu, self.export_table_dialog)}
        file_menu.addSeparator()
        self.actions |= {
            "quit": self._action(file_menu, self.close, QKeySequence.StandardKey.Quit),
            "train": self._action(train_menu, self.toggle_pause, "Space"),
            "step": self._action(train_menu, self.step, "F10"),
            "reset": self._action(train_menu, self.new_model, "Ctrl+R"),
            "check": self._action(train_menu, self.check_gradients, "Ctrl+G"),
            "explore": self._action(train_menu, self.open_explorer, "Ctrl+Shift+E")}
        view_menu = self.menus["view"]
        for dock in self.docks.values():
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        self.actions |= {
            "zoom in": self._action(view_menu, self.zoom_in, QKeySequence.StandardKey.ZoomIn),
            "zoom out": self._action(view_menu, self.zoom_out, QKeySequence.StandardKey.ZoomOut),
            "actual size": self._action(view_menu, lambda: self.set_zoom(1.0), "Ctrl+0")}
        # Ctrl+= as well: Ctrl++ needs Shift on most keyboards
        self.actions["zoom in"].setShortcuts([*QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn),
                                              QKeySequence("Ctrl+=")])
        view_menu.addSeparator()
        self.actions["full screen"] = self._action(view_menu, self.set_full_screen, "F11")
        self.actions["full screen"].setCheckable(True)
        self._update_zoom_actions()
        self.language_actions = QActionGroup(self)
        for code, name in LANGUAGES.items():  # each language in its own words: not translated
            action = self.menus["language"].addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.setData(code)
            self.language_actions.addAction(action)
        self.language_actions.triggered.connect(lambda action: self.choose_language(action.data()))
        self._update_recent_menu()

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
        self._update_zoom_actions()
        self.menus["language"].setToolTip(self.tr("The language of the interface"))
        self._set_running(self._running)
        self._show_config_error(self._config_error)
        self.advisor.show_table(self.table, bool(self.config.hidden_layers))
        progress = self.last_progress
        if progress is not None and self.shown_epoch is None:
            self._show_status(progress.epochs_run, self.start_epoch, progress.loss,
                              progress.epochs_per_second, progress.state, progress.running)
        for name in self.docks:
            self._refresh_insight(name)

    @Slot(str)
    def choose_language(self, language: str) -> None:
        """Switch the interface to `language` now, and next time."""
        set_language(language)
        self.settings.setValue("language", language)
        for action in self.language_actions.actions():
            action.setChecked(action.data() == language)

    # --- zoom and full screen --------------------------------------------------------------------
    @Slot()
    def zoom_in(self) -> None:
        self.set_zoom(zoom.next_level(zoom.zoom_factor(), +1))

    @Slot()
    def zoom_out(self) -> None:
        self.set_zoom(zoom.next_level(zoom.zoom_factor(), -1))

    def set_zoom(self, factor: float) -> None:
        """Every text and line at `factor` × its size (clamped to 80–250 %), now and next time."""
        self.settings.setValue("zoom", zoom.set_zoom(factor))
        for dock in self.docks.values():
            dock.setFont(zoom.dock_title_font())
        self._update_zoom_actions()  # bigger text, bigger minimum sizes: resizeEvent keeps the fit

    def _update_zoom_actions(self) -> None:
        factor = zoom.zoom_factor()
        self.actions["zoom in"].setEnabled(factor < zoom.MAX_ZOOM)
        self.actions["zoom out"].setEnabled(factor > zoom.MIN_ZOOM)
        tip = self.tr("Zoom: {0} % (80–250 %)").format(round(100 * factor))
        for name in ("zoom in", "zoom out", "actual size"):
            self.actions[name].setToolTip(tip)

    def _remembered_zoom(self) -> float:
        try:
            return float(self.settings.value("zoom", 1.0))
        except (TypeError, ValueError):
            return 1.0

    @Slot(bool)
    def set_full_screen(self, on: bool) -> None:
        state = self.windowState()
        full = Qt.WindowState.WindowFullScreen
        self.setWindowState(state | full if on else state & ~full)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            self.actions["full screen"].setChecked(self.isFullScreen())  # F11, or a window manager's
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # grown to a new minimum size (a zoom, a language) past the screen's edge: move back in
        if self.isVisible() and not self._screen().availableGeometry().contains(self.frameGeometry()):
            QTimer.singleShot(0, self, self.fit_on_screen)  # not after the window is gone

    def _screen(self) -> QScreen:
        return QGuiApplication.screenAt(self.frameGeometry().center()) or self.screen()

    def fit_on_screen(self) -> None:
        """Keep the window's frame inside its screen's available area: smaller if it must be (not
        below its minimum size), then moved in."""
        if self.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            return
        frame = self.frameGeometry()
        available = self._screen().availableGeometry()
        border = frame.size() - self.size()
        size = self.size().expandedTo(self.minimumSizeHint()).boundedTo(available.size() - border)
        self.resize(size)
        width, height = self.width() + border.width(), self.height() + border.height()
        self.move(max(available.left(), min(frame.left(), available.right() + 1 - width)),
                  max(available.top(), min(frame.top(), available.bottom() + 1 - height)))

    def _remembered_language(self) -> str:
        language = str(self.settings.value("language", system_language()))
        return language if language in LANGUAGES else system_language()

    # --- the model -----------------------------------------------------------------------------
    @property
    def table(self) -> TruthTable:
        return self.table_editor.table

    @Slot()
    def new_model(self) -> None:
        """Start over: new initial weights from the seed, for the current table and config; a
        finished run then starts here again."""
        self.starting_point = StartingPoint.from_seed()
        self._start_from(self.starting_point)

    def _start_from(self, point: StartingPoint) -> None:
        """A new run from `point`, with the table and hyperparameters on show."""
        self.load_trainer(point.trainer(self.table.copy(), self.config, Timeline()), point.history)

    def load_trainer(self, trainer: Trainer, history: RunHistory | None = None) -> None:
        """Hand a new trainer to the worker; progress of the previous one is ignored from now. The
        loss chart shows `history` (the run before the trainer's start), or starts empty."""
        self.generation += 1
        self.network = trainer.network.copy()
        self.last_progress = None
        self.run_epochs = trainer.config.epochs
        if history is None:
            self.loss_view.clear(trainer.start_epoch)
        else:
            self.loss_view.load_history(history)
        self.loss_view.set_latest(trainer.loss, trainer.accuracy)  # the point at the first epoch
        self.loss_view.redraw()
        self.loss_view.set_loss_name(trainer.config.loss)
        self.surface_view.set_table(self.table.copy())
        self.landscape.set_model(self.network)
        self.advisor.show_table(self.table, bool(trainer.config.hidden_layers))
        self.follow_training()
        self.snapshots, self.start_epoch = (), trainer.start_epoch
        self._show_weights(trainer.snapshot(), trainer.predictions.copy(), running=False)
        self.scrubber.set_range(trainer.start_epoch, trainer.epochs_run, live=True, enabled=False)
        self._show_status(trainer.epochs_run, trainer.start_epoch, trainer.loss, 0.0, READY, False)
        self.training.worker.load(trainer, self.generation)

    @Slot()
    def train(self) -> None:
        """Train on; after a finished run, run it again from its starting point (the seed's
        initial weights, or the opened file's weights and epoch count)."""
        if self._finished():
            self._start_from(self.starting_point)
        self.follow_training()
        self.training.worker.start()
        self._set_running(True)

    @Slot()
    def toggle_pause(self) -> None:
        if self._running:
            self.training.worker.pause()
            self._set_running(False)
        else:
            self.train()

    @Slot()
    def step(self) -> None:
        if self._finished():
            self.statusBar().showMessage(self.tr("This run has ended: press Train to run it again from "
                                                 "its start, Reset (Ctrl+R) for new weights from the "
                                                 "seed, or raise Epochs to go on."))
            return
        self.follow_training()
        self.training.worker.step(1)
        self._set_running(False)

    def set_speed(self, epochs_per_second: float | None) -> None:
        """Animation speed in epochs per second; None trains flat out."""
        self.panel.set_speed(epochs_per_second)

    @property
    def epochs_run(self) -> int:
        return self.last_progress.epochs_run if self.last_progress else self.start_epoch

    # --- reacting to edits ---------------------------------------------------------------------
    @Slot()
    def _on_targets_edited(self) -> None:
        self.training.worker.set_targets(self.table.targets)
        self.surface_view.set_table(self.table.copy())
        self.surface_view.show_network(self.network)
        self.advisor.show_table(self.table, bool(self.config.hidden_layers))
        self.follow_training()

    @Slot()
    def _on_config_changed(self) -> None:
        try:
            config = self.panel.config()
        except ConfigError as exc:  # the form goes back to what trains, and says why
            self.panel.set_config(self.config)
            self._show_config_error(str(exc))
            return
        self._show_config_error("")
        old, self.config = self.config, config
        restart = not config.shapes_model_like(old) or (
            self.epochs_run == 0 and (config.seed, config.init) != (old.seed, old.init))
        if restart:
            self.new_model()
        else:
            self.run_epochs = config.epochs
            self.training.worker.set_config(config)
            self.follow_training()

    @Slot()
    def open_explorer(self) -> SweepExplorer:
        """The hyperparameter explorer, for the current table and settings."""
        if self.explorer is None:
            from perceptron_gui.ui.sweep_explorer import SweepExplorer  # imported when first opened

            self.explorer = SweepExplorer(self)
            self.explorer.cellChosen.connect(self.load_config)
        if not self.explorer.running:
            self.explorer.set_model(self.table.copy(), self.config)
        self.explorer.show()
        self.explorer.raise_()
        return self.explorer

    @Slot(object)
    def load_config(self, config: TrainingConfig) -> None:
        """Take these hyperparameters (a sweep's cell) and start a new model with them."""
        self.panel.set_config(config)
        self.config = config
        self._show_config_error("")
        self.new_model()
        self.statusBar().showMessage(self.tr("Loaded the explorer's model: press Train (Space) to run it."))

    def _show_config_error(self, reason: str) -> None:
        """Under the form: why the last change was refused ("" clears it). Kept for retranslation."""
        self._config_error = reason
        self.panel.show_error(self.tr("{0}. The previous setting is kept.").format(reason) if reason else "")

    @Slot()
    def add_hidden_layer(self) -> None:
        """The advisor's one click: a hidden layer of 4 units (the model restarts)."""
        self.panel.set_config(self.config.replace(hidden_layers=(4,)))
        self._on_config_changed()
        self.statusBar().showMessage(self.tr("Added a hidden layer of 4 units: press Train (Space)."))

    # --- progress from the worker --------------------------------------------------------------
    @Slot(object)
    def _on_progress(self, progress: Progress) -> None:
        if progress.generation != self.generation:
            return
        # Only cheap copies here: drawing waits for the frame timer, so signals never pile up.
        self.last_progress = progress
        # Always: an empty list after a rolled-back epoch shortens the chart by that epoch.
        self.loss_view.append(progress.first_index, progress.new_losses, progress.new_accuracy)
        self.loss_view.set_latest(progress.loss, progress.accuracy)  # epoch n: E after n updates
        self.snapshots = progress.snapshots
        self.frame_pending = True
        self._set_running(progress.running)

    @Slot()
    def _draw_frame(self) -> None:
        progress = self.last_progress
        if not self.frame_pending or progress is None:
            return
        self.frame_pending = False
        self.frames_drawn += 1
        self.loss_view.redraw()
        self.scrubber.set_range(self.start_epoch, progress.epochs_run, live=self.shown_epoch is None,
                                enabled=not progress.running)
        if self.shown_epoch is None:
            self._show_weights(progress.snapshot, progress.predictions, progress.running)
            self._show_status(progress.epochs_run, self.start_epoch, progress.loss,
                              progress.epochs_per_second, progress.state, progress.running)

    # --- the weights on show: the latest, or an earlier epoch ----------------------------------
    def _show_weights(self, snapshot: Snapshot, predictions: np.ndarray, running: bool) -> None:
        self.shown = snapshot
        self.network.params[:] = snapshot.params
        self.surface_view.show_network(self.network)
        self.table_editor.predictions.set_predictions(predictions)
        for name in self.docks:
            self._refresh_insight(name, throttle=running)

    @Slot(int)
    def show_epoch(self, epoch: int) -> None:
        """Show an earlier epoch of the run, replayed from the nearest snapshot (bit-identical)."""
        progress = self.last_progress
        if progress is None or progress.running or not self.snapshots:
            return
        if epoch >= progress.epochs_run:
            self.follow_training()
            return
        trainer = replay(self.snapshots, epoch)
        self.shown_epoch = epoch
        self.loss_view.set_marker(epoch)
        self.weights_view.set_marker(epoch)
        self._show_weights(trainer.snapshot(), trainer.predictions, running=False)
        self.scrubber.set_range(self.start_epoch, progress.epochs_run, live=False, enabled=True)
        self.statusBar().showMessage(fmt(self.tr("Showing epoch {0:,} of {1:,} (loss {2:.6g}). Press Live, "
                                             "Train or Step to go back to the latest."),
            epoch, progress.epochs_run, trainer.loss))

    @Slot()
    def follow_training(self) -> None:
        """Show the latest epoch again, and follow training from now on."""
        if self.shown_epoch is None:
            return
        self.shown_epoch = None
        self.loss_view.set_marker(None)
        self.weights_view.set_marker(None)
        self.frame_pending = self.last_progress is not None

    def _refresh_insight(self, name: str, throttle: bool = False) -> None:
        """Redraw one of the docks from the weights on show, if it is on screen. While training runs,
        a dock redraws every INSIGHT_SECONDS at most, or less often if it is slow to draw, so that
        the docks take no more than a tenth of the GUI thread's time."""
        snapshot = self.shown
        if snapshot is None or not self.dock_showing(name):
            return
        started = time.monotonic()
        cost = self._insight_cost.get(name, 0.0) + (self.diagram.paint_seconds if name == "diagram" else 0.0)
        interval = max(INSIGHT_SECONDS, 10 * cost)  # the diagram's paint comes after: count it too
        if throttle and started - self._insight_drawn.get(name, 0.0) < interval:
            return
        self._insight_drawn[name] = started
        self._draw_insight(name, snapshot, throttle)
        self._insight_cost[name] = time.monotonic() - started

    def dock_showing(self, name: str) -> bool:
        """The dock is on screen (a tabbed dock behind another one is not)."""
        return not self.docks[name].visibleRegion().isEmpty()

    def _draw_insight(self, name: str, snapshot: Snapshot, throttle: bool) -> None:
        table = snapshot.table
        if name == "inspector":
            start, upcoming = self._inspected_epoch(snapshot)
            self.inspector.show_step(inspect(start), table.output_names, upcoming)
        elif name == "diagram":
            x_axis, y_axis, fixed = self.surface_view.slice_settings()
            self.diagram.set_slice(x_axis, y_axis, fixed)
            self.diagram.show_network(self.network, table.input_names, table.output_names,
                                      dead_units(self.network, table.inputs))
        elif name == "weights":
            # only as many snapshots as the plot will draw: a big model's would copy tens of MB
            epochs, params = self._path(snapshot, limit=max(16, WEIGHT_POINTS // self.network.params.size))
            self.weights_view.show_history(epochs, params, self.network, parameter_names(self.network))
        else:
            self._refresh_landscape(force=False, throttle=throttle)

    def _inspected_epoch(self, snapshot: Snapshot) -> tuple[Snapshot, bool]:
        """Where the inspector's epoch starts: the one that led to the weights on show (the last
        one run), or else the first one to come (then True)."""
        earlier = tuple(s for s in self.snapshots if s.epoch < snapshot.epoch)
        if not earlier:
            return snapshot, True
        return replay(earlier, snapshot.epoch - 1).snapshot(), False

    def _refresh_landscape(self, force: bool, throttle: bool = False) -> None:
        snapshot = self.shown
        if snapshot is None or not self.dock_showing("landscape"):
            return
        _, path = self._path(snapshot, limit=PATH_POINTS)
        view = self.landscape
        stale = view.computed_epoch != snapshot.epoch
        # while training runs, recompute only a cheap surface, and not more than 10 % of the time
        cheap_enough = not throttle or (
            view.seconds_to_compute < 0.05
            and time.monotonic() - self._insight_drawn.get("landscape surface", 0.0) > 10 * max(
                view.seconds_to_compute, 0.05))
        if force or view.plane is None or (stale and cheap_enough):
            self._insight_drawn["landscape surface"] = time.monotonic()
            view.compute(snapshot, path, self.config.seed)
        else:
            view.show_path(path, snapshot.params)  # the path ends at the weights on show

    def _path(self, snapshot: Snapshot, limit: int | None) -> tuple[np.ndarray, np.ndarray]:
        """Epochs and weights from the timeline up to the weights on show (which come last), at
        most `limit` of them."""
        earlier = [s for s in self.snapshots if s.epoch < snapshot.epoch]
        if limit is not None and len(earlier) > limit:
            earlier = [earlier[int(i)] for i in np.linspace(0, len(earlier) - 1, limit)]
        epochs = np.array([s.epoch for s in earlier] + [snapshot.epoch], dtype=np.float64)
        return epochs, np.array([s.params for s in earlier] + [snapshot.params])

    @Slot()
    def check_gradients(self) -> None:
        """Back propagation against finite differences, for the inspector's epoch."""
        if self.shown is None:
            return
        self.docks["inspector"].show()
        self.docks["inspector"].raise_()
        self._refresh_insight("inspector")
        check = gradient_check(self._inspected_epoch(self.shown)[0])
        self.inspector.show_check(check)
        self.statusBar().showMessage(self.tr("Gradient check: largest relative error {0:.2e}.")
                                     .format(check.max_relative_error), 8000)

    def _show_status(self, epochs_run: int, start: int, loss: float, rate: float, state: str,
                     running: bool) -> None:
        done = epochs_run - start
        self.epoch_label.setText(fmt(self.tr("epoch {0:,}"), epochs_run))
        self.loss_label.setText(self.tr("loss {0:.6g}").format(loss))
        self.rate_label.setText(fmt(self.tr("{0:,.0f} epochs/s"), rate) if running else "")
        self.progress_bar.setRange(0, max(1, self.run_epochs))
        self.progress_bar.setValue(min(done, self.run_epochs))
        messages = {
            CONVERGED: self.tr("Converged after {0:,} epochs: loss {1:.3g} reached the target."),
            EPOCHS_DONE: self.tr("Done: {0:,} epochs run, loss {1:.3g}."),
            DIVERGED: self.tr("Diverged at epoch {0:,}: a loss or weight stopped being a finite "
                              "number. The last finite weights are kept; try a smaller learning rate."),
        }
        advice = self._stalled_on(state, running) or ("" if running or not done else self._dead_units_note())
        if state in messages:
            message = fmt(messages[state], epochs_run, loss)
        elif running:
            message = "" if advice else self.tr("Training…")
        elif done:
            message = fmt(self.tr("Paused at epoch {0:,}."), epochs_run)
        else:
            message = self.tr("Ready: press Train (Space).")
        self.statusBar().showMessage(" ".join(part for part in (message, advice) if part))
        self._set_running(running)

    def _stalled_on(self, state: str, running: bool) -> str:
        """Why a single perceptron stopped learning, when its table is not linearly separable: only
        once PLATEAU_EPOCHS epochs have run on the table on show (not on the one before an edit)."""
        outputs = self.advisor.not_separable(self.table)
        progress = self.last_progress
        if self.config.hidden_layers or not outputs or state == CONVERGED or progress is None:
            return ""
        trained_on = progress.snapshot.table.targets  # the process may not have taken an edit yet
        if not np.array_equal(trained_on, self.table.targets, equal_nan=True) or (
                progress.epochs_run - progress.targets_since < PLATEAU_EPOCHS):
            return ""
        if state == EPOCHS_DONE or (running and plateaued(self.loss_view.recent_losses(PLATEAU_EPOCHS))):
            return self.tr("The loss has stopped falling: {0} is not linearly separable, so no single "
                           "perceptron can learn it. Add a hidden layer.").format(", ".join(outputs))
        return ""

    def _dead_units_note(self) -> str:
        """Says which ReLU units died (output 0 on every row): they get no gradient any more."""
        dead = dead_units(self.network, self.table.inputs)
        if not dead:
            return ""
        n_layers = len(self.network.specs)
        names = ", ".join(unit_name(layer, unit, n_layers, self.table.output_names) for layer, unit in dead)
        if len(dead) == 1:
            return self.tr("A dead ReLU unit: {0} — z ≤ 0 on every row, so no gradient reaches it. A "
                           "smaller learning rate or leaky ReLU avoids this.").format(names)
        return self.tr("{0} dead ReLU units: {1} — z ≤ 0 on every row, so no gradient reaches them. "
                       "A smaller learning rate or leaky ReLU avoids this.").format(len(dead), names)

    def _set_running(self, running: bool) -> None:
        self._running = running
        can_resume = not running and self.epochs_run > 0 and not self._finished()
        self.pause_button.setText(self.tr("Resume") if can_resume else self.tr("Pause"))
        self.pause_button.setEnabled(running or can_resume)
        self.train_button.setEnabled(not running)
        if self._training_off:  # the process will not start: every training control says why
            why = self.tr("Training is off: the training process cannot start ({0}).").format(
                self._training_off)
            for control in (self.train_button, self.pause_button, self.step_button, self.reset_button):
                control.setEnabled(False)
                control.setToolTip(why)
            for name in ("train", "step", "reset", "check", "explore"):
                self.actions[name].setEnabled(False)
            self.statusBar().showMessage(why)

    def _finished(self) -> bool:
        return self.last_progress is not None and self.last_progress.state in (
            CONVERGED, EPOCHS_DONE, DIVERGED)

    def _start_training_thread(self) -> TrainingThread:
        training = TrainingThread()
        training.worker.progressed.connect(self._on_progress)
        training.worker.errored.connect(self._on_worker_error)
        training.worker.set_speed(self.panel.speed_value())
        return training

    @Slot(str)
    def _on_worker_error(self, details: str) -> None:
        """The training process failed or ended unasked: say so, and carry on with a fresh one. A
        process that ends before it answers, twice in a row, will not start: say so once, stop."""
        if self._closing:
            return  # the window is closing: no new process (each worker reports one error at most)
        at_once = not self.training.worker.answered()
        self.training.shutdown()
        reason = _first_line_of_error(details)
        if at_once and self._failed_at_once:
            self._training_off = reason
            self._set_running(False)
            self._show_error(self.tr("Training cannot start"),
                             self.tr("The training process ended as it started, twice, so it is not "
                                     "started again: {0}. Training is off; the table, the files and the "
                                     "views still work. Reinstalling the program may help.").format(reason),
                             details)
            return
        self._failed_at_once = at_once
        self.training = self._start_training_thread()
        self.new_model()
        if not at_once:  # (a first failure as it started is tried once more before it is reported)
            self._show_error(self.tr("Training stopped"),
                             self.tr("Training failed, so the model was started again from its seed."),
                             details)

    # --- files ---------------------------------------------------------------------------------
    def export_weights(self, path: str | Path) -> None:
        """Write the latest weights (not an earlier epoch on show), the table, the hyperparameters
        and the run's history as the loss chart holds it; WeightsFileError if not."""
        progress = self.last_progress
        network = self.network.copy()
        if progress is not None:
            network.params[:] = progress.params
        model = weights_file.SavedModel(
            self.table.copy(), self.config, network, self.epochs_run,
            progress.loss if progress and math.isfinite(progress.loss) else None,
            progress.state if progress else READY, self.loss_view.history())
        weights_file.save(path, model)
        self._remember_file(Path(path))

    def open_file(self, path: str | Path) -> bool:
        """Restore table, hyperparameters and weights from a weights file; False (and a dialog
        that says why) if it cannot be read, the window keeping what it had."""
        try:
            saved = weights_file.load(path)
        except weights_file.WeightsFileError as exc:
            self._show_error(self.tr("Cannot open file"), str(exc))
            return False
        self.config = saved.config
        self.panel.set_config(saved.config)
        self.table_editor.set_table(saved.table.copy())
        self.starting_point = StartingPoint.from_file(saved)
        self._start_from(self.starting_point)
        self.current_file = Path(path)
        self._remember_file(Path(path))
        self.statusBar().showMessage(fmt(self.tr("Opened {0}: {1:,} epochs trained, ready to predict or "
                                             "train on."), Path(path).name, saved.epochs_run))
        return True

    @Slot()
    def open_dialog(self) -> None:
        path = self._ask_path(self.tr("Open weights"), self._weights_filter(), saving=False)
        if path:
            self.open_file(path)

    @Slot()
    def save(self) -> None:
        if self.current_file is None:
            self.save_as()
        else:
            self._write(self.current_file)

    @Slot()
    def save_as(self) -> None:
        path = self._ask_path(self.tr("Save as"), self._weights_filter(), saving=True)
        if path and self._write(path):
            self.current_file = path

    @Slot()
    def export_dialog(self) -> None:
        path = self._ask_path(self.tr("Export weights"), self._weights_filter(), saving=True)
        if path:
            self._write(path)

    def _weights_filter(self) -> str:
        return self.tr("Perceptron GUI weights (*.json);;All files (*)")

    def _csv_filter(self) -> str:
        return self.tr("CSV truth table (*.csv);;All files (*)")

    def _ask_path(self, title: str, file_filter: str, saving: bool) -> Path | None:
        """A file dialog in the last folder; None if the user cancels."""
        ask = QFileDialog.getSaveFileName if saving else QFileDialog.getOpenFileName
        path, _ = ask(self, title, self._last_folder(), file_filter)
        return Path(path) if path else None

    def _write(self, path: Path) -> bool:
        try:
            self.export_weights(path)
        except weights_file.WeightsFileError as exc:
            self._show_error(self.tr("Cannot save"), str(exc))
            return False
        self.statusBar().showMessage(self.tr("Saved {0}.").format(path.name), 5000)
        return True

    @Slot()
    def import_table_dialog(self) -> None:
        path = self._ask_path(self.tr("Import truth table"), self._csv_filter(), saving=False)
        if path:
            self.import_table(path)

    def import_table(self, path: str | Path) -> bool:
        try:
            table = TruthTable.load_csv(path)
        except TableError as exc:
            self._show_error(self.tr("Cannot import table"), str(exc))
            return False
        self.table_editor.set_table(table)
        self.new_model()
        return True

    @Slot()
    def export_table_dialog(self) -> None:
        path = self._ask_path(self.tr("Export truth table"), self._csv_filter(), saving=True)
        if path:
            try:
                self.table.save_csv(path)
            except OSError as exc:
                self._show_error(self.tr("Cannot save"), str(exc))

    def _show_error(self, title: str, text: str, details: str = "") -> None:
        """A window-modal message that does not block the caller (tests read error_dialog)."""
        dialog = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        if details:
            dialog.setDetailedText(details)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.error_dialog = dialog
        dialog.open()

    # --- settings ------------------------------------------------------------------------------
    def _last_folder(self) -> str:
        return str(self.settings.value("lastFolder", str(Path.home())))

    def _remember_file(self, path: Path) -> None:
        self.settings.setValue("lastFolder", str(path.resolve().parent))
        recent = [p for p in self._recent_files() if p != str(path.resolve())]
        self.settings.setValue("recentFiles", [str(path.resolve()), *recent][:MAX_RECENT])
        self._update_recent_menu()

    def _recent_files(self) -> list[str]:
        value = self.settings.value("recentFiles", [])
        return [value] if isinstance(value, str) else list(value or [])

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self._recent_files():
            self.recent_menu.addAction(Path(path).name, lambda p=path: self.open_file(p)).setToolTip(path)
        self.recent_menu.setEnabled(bool(self._recent_files()))

    def _restore_settings(self) -> None:
        """Size, docks, speed (sent on to the training process), hyperparameters and table, each
        on its own: one missing or not valid is skipped. (The language is set first thing; the
        last folder and the recent files are read where they are used.)"""
        geometry = self.settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            self.fit_on_screen()  # remembered from a bigger screen, perhaps (Qt clamps only roughly)
        state = self.settings.value("windowState")
        if state is not None:
            self.restoreState(state)  # which docks are open, and where
        speed = self.settings.value("speed")
        with contextlib.suppress(TypeError, ValueError):  # else the default speed
            if speed is not None:
                self.panel.set_speed(None if speed == "max" else _positive(float(speed)))
        try:
            config = TrainingConfig(**json.loads(str(self.settings.value("config", "{}"))))
        except (ConfigError, TypeError, ValueError):
            config = self.config  # the lecture's defaults
        self.config = config
        self.panel.set_config(config)
        with contextlib.suppress(TableError, TypeError, ValueError):  # else the lecture's AND
            self.table_editor.set_table(TruthTable.from_csv(str(self.settings.value("table", ""))))

    def _save_settings(self) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("windowState", self.saveState())
        speed = self.panel.speed_value()
        self.settings.setValue("speed", "max" if speed is None else speed)
        self.settings.setValue("config", json.dumps(self.config.to_dict()))
        self.settings.setValue("table", self.table.to_csv())

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        self._save_settings()
        if self.explorer is not None:
            self.explorer.shutdown()
        self.training.shutdown()
        super().closeEvent(event)


def _first_line_of_error(details: str) -> str:
    """What a training process's failure report says in one line: the exception of a traceback
    (its last line), or the whole of a one-line report."""
    lines = [line.strip() for line in details.strip().splitlines() if line.strip()]
    return lines[-1].rstrip(".") if lines else "no reason given"


def _positive(value: float) -> float:
    if not value > 0:
        raise ValueError(f"{value} is not a speed")
    return value

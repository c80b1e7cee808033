"""The View menu's zoom (every text and line larger or smaller, remembered) and full screen."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow

from perceptron_gui.ui import zoom


class WindowZoom(QObject):
    def __init__(self, window: QMainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self.window, self.settings = window, settings
        self.actions: dict[str, QAction] = {}
        self.docks: dict[str, QDockWidget] = {}

    def attach(self, actions: dict[str, QAction], docks: dict[str, QDockWidget]) -> None:
        """The menu's actions to enable and describe, and the docks whose titles follow the zoom."""
        self.actions, self.docks = actions, docks
        self.update_actions()

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
        self.update_actions()  # bigger text, bigger minimum sizes: the window's resizeEvent keeps the fit

    def update_actions(self) -> None:
        factor = zoom.zoom_factor()
        self.actions["zoom in"].setEnabled(factor < zoom.MAX_ZOOM)
        self.actions["zoom out"].setEnabled(factor > zoom.MIN_ZOOM)
        tip = self.tr("Zoom: {0} % (80–250 %)").format(round(100 * factor))
        for name in ("zoom in", "zoom out", "actual size"):
            self.actions[name].setToolTip(tip)

    @Slot(bool)
    def set_full_screen(self, on: bool) -> None:
        state = self.window.windowState()
        full = Qt.WindowState.WindowFullScreen
        self.window.setWindowState(state | full if on else state & ~full)

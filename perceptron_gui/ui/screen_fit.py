"""Keeping the window on its screen: grown by a zoom or a language, or remembered from a bigger one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget


def screen_of(window: QWidget) -> QScreen:
    """The screen the window's frame is mostly on."""
    return QGuiApplication.screenAt(window.frameGeometry().center()) or window.screen()


def off_screen(window: QWidget) -> bool:
    return not screen_of(window).availableGeometry().contains(window.frameGeometry())


def fit_on_screen(window: QWidget) -> None:
    """Keep the window's frame inside its screen's available area: smaller if it must be (not
    below its minimum size), then moved in."""
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return
    frame = window.frameGeometry()
    available = screen_of(window).availableGeometry()
    border = frame.size() - window.size()
    size = window.size().expandedTo(window.minimumSizeHint()).boundedTo(available.size() - border)
    window.resize(size)
    width, height = window.width() + border.width(), window.height() + border.height()
    window.move(max(available.left(), min(frame.left(), available.right() + 1 - width)),
                max(available.top(), min(frame.top(), available.bottom() + 1 - height)))

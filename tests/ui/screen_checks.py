"""What "the window fits the screen" means, measured on the real window and the real screen."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QSlider,
    QWidget,
)

from perceptron_gui.ui.main_window import MainWindow

CONTROL_TYPES = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QSlider, QAbstractItemView)


def available() -> QRect:
    return QGuiApplication.primaryScreen().availableGeometry()


def settle() -> None:
    """Let the layouts (and the native 3D window) take their new sizes."""
    for _ in range(5):
        QApplication.processEvents()


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def assert_frame_fits(window: MainWindow) -> None:
    frame = window.frameGeometry()
    assert available().contains(frame), f"the window's frame {frame} is not inside {available()}"


def gl_container(window: MainWindow) -> QWidget | None:
    """The widget that holds the native OpenGL window (None without OpenGL)."""
    holder = window.surface_view.findChild(QWidget, "surface3d")
    return None if holder is None else holder.findChildren(QWidget)[0]


def views(window: MainWindow) -> dict[str, QRect]:
    """Screen rectangles of what must never overlap: the 3D view, the charts, the scrubber and the
    docks of the window (floating docks are windows of their own)."""
    rects = {name: global_rect(window.findChild(QWidget, name))
             for name in ("lossPlot", "accuracyPlot", "logYCheck", "surfaceTitle", "gridSizeSpin")}
    rects["scrubber"] = global_rect(window.scrubber)
    container = gl_container(window)
    if container is not None and container.isVisibleTo(window):
        rects["3D view"] = global_rect(container)
        gl = window.surface_view.findChild(QWidget, "surface3d").view  # the native window itself
        rects["3D native window"] = QRect(gl.mapToGlobal(QPoint(0, 0)), gl.size())
    for dock in [window.findChild(QWidget, "modelDock"), *window.docks.values()]:
        if dock.isVisible() and not dock.isFloating() and not dock.visibleRegion().isEmpty():
            rects[dock.objectName()] = global_rect(dock)
    return rects


def assert_no_overlaps(window: MainWindow) -> None:
    settle()
    rects = views(window)
    inside = global_rect(window)
    for name, rect in rects.items():
        assert not rect.isEmpty(), f"{name} has no room: {rect}"
        assert inside.contains(rect), f"{name} {rect} sticks out of the window {inside}"
    for (a, ra), (b, rb) in itertools.combinations(rects.items(), 2):
        if {a, b} == {"3D view", "3D native window"}:
            continue
        assert not ra.intersects(rb), f"{a} {ra} overlaps {b} {rb}"
    if "3D view" in rects:
        panel = global_rect(window.surface_view)
        assert panel.contains(rects["3D view"]), "the 3D view is outside its panel"
        assert rects["3D native window"] == rects["3D view"], "the native 3D window left its container"


def controls(window: MainWindow) -> list[QWidget]:
    """Every control of the left panel a student can see."""
    dock = window.findChild(QWidget, "modelDock")
    return [w for w in dock.findChildren(QWidget) if isinstance(w, CONTROL_TYPES) and w.isVisibleTo(window)
            and not isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)]  # not a box's own line edit


def assert_controls_reachable(window: MainWindow) -> None:
    """Each control is on screen, or its panel scrolls to it (then it is wholly in sight, or as much
    of it as the panel's height allows)."""
    scroll = window.controls_scroll
    viewport = global_rect(scroll.viewport())
    assert global_rect(window).contains(viewport)
    for control in controls(window):
        if scroll.widget().isAncestorOf(control):
            scroll.ensureWidgetVisible(control)  # with its margins: the whole of a box, not only its cursor
            settle()
            shown = global_rect(control)
            assert viewport.left() <= shown.left() and shown.right() <= viewport.right(), (
                f"{control.objectName() or type(control).__name__} is cut at the side")
            if shown.height() <= viewport.height():
                assert viewport.contains(shown), f"{control.objectName()} {shown} not in sight {viewport}"
            else:
                assert viewport.intersects(shown)
        else:
            assert global_rect(window).contains(global_rect(control))
        assert available().contains(global_rect(control).topLeft())

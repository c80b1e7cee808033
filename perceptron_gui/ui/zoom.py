"""The interface's zoom: one factor, 80 %–250 %, that scales every text and line of the app.

The rule: the application font is the font Qt started with, its size times the factor. Setting it
makes Qt send a FontChange event to every widget, so whatever takes its size from its widget's
font follows: Qt's own widgets, menus and tooltips, the charts (ui/chart_style.py), the 3D view's
labels and the network diagram. Line widths and a few pixel sizes follow `scaled()`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QTableView

LEVELS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5)
MIN_ZOOM, MAX_ZOOM = LEVELS[0], LEVELS[-1]
# the classes a platform theme may give a font of its own (QApplication's font hash): they are
# scaled too when their font differs from the default one
THEMED_CLASSES = ("QMenu", "QMenuBar", "QTipLabel", "QStatusBar", "QMessageBox", "QHeaderView",
                  "QAbstractItemView", "QPushButton", "QLabel", "QDockWidgetTitle")

_factor = [1.0]
_base_fonts: dict[str | None, QFont] = {}  # the fonts Qt started with; None: the default font


def zoom_factor() -> float:
    """The zoom now: 1.0 is the fonts' own size."""
    return _factor[0]


def scaled(pixels: float) -> float:
    """A size in pixels (a line width, a margin) at the zoom now."""
    return pixels * _factor[0]


def set_zoom(factor: float) -> float:
    """Zoom the interface to `factor`, clamped to MIN_ZOOM…MAX_ZOOM; returns the factor set."""
    app = QApplication.instance()
    if not _base_fonts:
        default = app.font()
        _base_fonts[None] = QFont(default)
        for name in THEMED_CLASSES:
            font = app.font(name)
            if font != default:
                _base_fonts[name] = QFont(font)
    _factor[0] = min(MAX_ZOOM, max(MIN_ZOOM, round(float(factor), 3)))
    for name, base in _base_fonts.items():
        if name is not None:
            app.setFont(_scaled_font(base), name)
    app.setFont(_scaled_font(_base_fonts[None]))  # last: it sends the FontChange events
    return _factor[0]


def next_level(factor: float, direction: int) -> float:
    """The level after `factor` upwards (direction +1) or downwards (-1); the ends stay."""
    if direction > 0:
        return next((level for level in LEVELS if level > factor + 1e-9), MAX_ZOOM)
    return next((level for level in reversed(LEVELS) if level < factor - 1e-9), MIN_ZOOM)


def dock_title_font() -> QFont:
    """A font for a QDockWidget at the zoom now, to set on it after a zoom.

    A dock widget paints its title in the font it was made with for as long as its own font equals
    the application's (qdockwidget.cpp); this one differs only in a rendering preference, so the
    dock paints its title in its own font, the zoom's.
    """
    font = QApplication.font("QDockWidget")
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def _scaled_font(base: QFont) -> QFont:
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * _factor[0])
    else:  # a font sized in pixels
        font.setPixelSize(max(1, round(base.pixelSize() * _factor[0])))
    return font


class _RowHeight(QObject):
    """Keeps a table's row height at `pixels` × the zoom (an event filter on the table)."""

    def __init__(self, view: QTableView, pixels: int) -> None:
        super().__init__(view)
        self.pixels = pixels
        self.apply(view)
        view.installEventFilter(self)

    def apply(self, view: QTableView) -> None:
        view.verticalHeader().setDefaultSectionSize(round(scaled(self.pixels)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange and isinstance(watched, QTableView):
            self.apply(watched)
        return False


def follow_row_height(view: QTableView, pixels: int) -> None:
    """Rows `pixels` high at 100 %, and as much taller as the zoom makes the text."""
    _RowHeight(view, pixels)

"""Table columns as wide as their numbers, so that Qt never elides one ("4.3356…" for 4.3356e-10).

Asking the view to size its columns to their contents costs a size hint per cell (thousands for
the inspector of a 256-row table, too slow for every redraw). Here the widths come from the numbers
themselves: core.number_text bounds each text's width from the font's glyph advances, and a column
is widened only when a number needs more room (never narrowed while its columns stay the same, so
the table does not twitch while training runs), and sized afresh when the columns or the font change.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QStyle, QTableView

from perceptron_gui.core.number_text import Glyphs, text_widths
from perceptron_gui.ui.array_model import ArrayModel

_glyphs: dict[str, Glyphs] = {}


def glyphs_of(font: QFont) -> Glyphs:
    """The advances of the characters numbers are written with, in `font`."""
    key = font.key()
    if key not in _glyphs:
        metrics = QFontMetricsF(font)
        advance = metrics.horizontalAdvance
        _glyphs[key] = Glyphs(digit=max(advance(d) for d in "0123456789"), point=advance("."),
                              minus=advance("-"), plus=advance("+"), e=advance("e"),
                              missing=advance("—"), infinity=advance("inf"))
    return _glyphs[key]


def cell_padding(view: QTableView) -> int:
    """What a cell adds to its text's width: the style's text margin on each side, and the grid
    line (as Qt's item views lay a cell out)."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return 2 * margin + (1 if view.showGrid() else 0)


def text_width(view: QTableView, texts: list[str]) -> int:
    """The width a column of `view` needs for the widest of `texts` (0 for none)."""
    metrics = QFontMetricsF(view.font())
    widest = max((metrics.horizontalAdvance(text) for text in texts), default=0.0)
    return math.ceil(widest) + cell_padding(view) if texts else 0


class NumberColumns(QObject):
    """Keeps the columns of `view` (over an ArrayModel) as wide as their widest number and header.

    New numbers widen only the columns on screen (a few of up to ~140): the others are fitted as
    they scroll into view, so an update costs the same whatever the number of columns."""

    def __init__(self, view: QTableView, model: ArrayModel) -> None:
        super().__init__(view)
        self.view, self.model = view, model
        self._header_widths = np.zeros(0, dtype=int)
        self._widths = np.zeros(0, dtype=int)  # the widths last set or read, per column
        self._fitting = False
        model.modelReset.connect(self.refit)
        model.dataChanged.connect(self.grow)
        view.horizontalScrollBar().valueChanged.connect(self.grow)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange and watched is self.view:
            self.refit()
        elif event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self.grow()  # more columns on screen
        return False

    def needed_widths(self, columns: range) -> np.ndarray:
        """The width each of `columns` needs for its numbers (cell padding included)."""
        if not len(columns) or not self.model.rowCount():
            return np.zeros(len(columns), dtype=int)
        values = np.vstack([self.model.columns[c] for c in columns])
        widths = text_widths(values, glyphs_of(self.view.font())).max(axis=1)
        return np.ceil(widths).astype(int) + cell_padding(self.view)

    def refit(self) -> None:
        """Size every column afresh: new columns, or a new font."""
        header, count = self.view.horizontalHeader(), self.model.columnCount()
        self._header_widths = np.array([header.sectionSizeHint(c) for c in range(count)], dtype=int)
        self._widths = np.zeros(count, dtype=int)
        self._fit(range(count), shrink=True)

    def grow(self) -> None:
        """New numbers, or other columns on screen: widen those on screen that they no longer fit."""
        if self._widths.size != self.model.columnCount():
            self.refit()
            return
        self._fit(self.columns_on_screen(), shrink=False)

    def columns_on_screen(self) -> range:
        header, count = self.view.horizontalHeader(), self.model.columnCount()
        first = header.logicalIndexAt(0)
        last = header.logicalIndexAt(self.view.viewport().width() - 1)
        return range(max(first, 0), count if last < 0 else last + 1)

    def _fit(self, columns: range, shrink: bool) -> None:
        if self._fitting:  # a resized column scrolled the view: the loop below goes on
            return
        self._fitting = True
        try:
            self._fit_columns(columns, shrink)
        finally:
            self._fitting = False

    def _fit_columns(self, columns: range, shrink: bool) -> None:
        needed = np.maximum(self.needed_widths(columns), self._header_widths[columns.start : columns.stop])
        header = self.view.horizontalHeader()
        for column, width in zip(columns, needed.tolist()):
            if width <= self._widths[column] and not shrink:
                continue  # the usual case while training runs: no call into Qt at all
            now = header.sectionSize(column)
            if width > now or (shrink and width != now):
                header.resizeSection(column, width)
            self._widths[column] = max(width, now) if not shrink else width

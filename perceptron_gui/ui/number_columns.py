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
    """Keeps the columns of `view` (over an ArrayModel) as wide as their widest number and header."""

    def __init__(self, view: QTableView, model: ArrayModel) -> None:
        super().__init__(view)
        self.view, self.model = view, model
        self._header_widths: list[int] = []
        model.modelReset.connect(self.refit)
        model.dataChanged.connect(self.grow)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self.refit()
        return False

    def needed_widths(self) -> np.ndarray:
        """Per column, the width its numbers need (cell padding included)."""
        columns = self.model.columns
        if not columns or not len(columns[0]):
            return np.zeros(len(columns), dtype=int)
        widths = text_widths(np.vstack(columns), glyphs_of(self.view.font())).max(axis=1)
        return np.ceil(widths).astype(int) + cell_padding(self.view)

    def refit(self) -> None:
        """Size every column afresh: new columns, or a new font."""
        header = self.view.horizontalHeader()
        self._header_widths = [header.sectionSizeHint(c) for c in range(self.model.columnCount())]
        self._fit(shrink=True)

    def grow(self) -> None:
        """New numbers in the same columns: widen the columns they no longer fit."""
        if len(self._header_widths) != self.model.columnCount():
            self.refit()
            return
        self._fit(shrink=False)

    def _fit(self, shrink: bool) -> None:
        header = self.view.horizontalHeader()
        for column, (numbers, title) in enumerate(zip(self.needed_widths().tolist(), self._header_widths)):
            width, now = max(numbers, title), header.sectionSize(column)
            if width > now or (shrink and width != now):
                header.resizeSection(column, width)

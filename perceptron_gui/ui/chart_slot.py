"""Where a chart goes before it is built: the window's first frame comes without pyqtgraph.

Importing pyqtgraph and building a chart take about half a second, so the window's charts are
built just after its first paint (ui/deferred_build.py). Until then a `ChartSlot` holds the
chart's place: white like the chart and as tall as its least height (within a few pixels: the
axes' layout is pyqtgraph's), so that what is below does not move when it comes in. Nothing here
imports pyqtgraph (a test holds the window's first frame to that).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

BACKGROUND = "#ffffff"  # every chart's background (ui/chart_style.py)
TEXT_MARGIN = 4  # pyqtgraph's axis labels are text items: this much room on each side of the text


def least_chart_height(font: QFont, pixels: float, lines: float) -> float:
    """The height a chart needs for `pixels` of data and `lines` of text (its axes' numbers and
    labels) at `font`."""
    return pixels + lines * QFontMetricsF(font).height()


def least_slot_height(font: QFont, pixels: float, lines: float, left_label: str, bottom_label: bool) -> float:
    """A chart's least height before it is built: `least_chart_height`, and room for its left axis's
    label rotated beside the bottom axis (its numbers, and its label if `bottom_label`), as
    pyqtgraph lays them out (chart_style's keep_minimum_height measures it once built)."""
    line = QFontMetricsF(font).height()
    label = QFontMetricsF(font).horizontalAdvance(f"{left_label} ") + 2 * TEXT_MARGIN  # (with a space)
    bottom = line + 6 + (0.8 * (line + 2 * TEXT_MARGIN) if bottom_label else 0)  # numbers, offset; label
    beside = round(line / 2) + 1 + bottom + 3  # the margins above and below, a pixel of rounding
    return max(least_chart_height(font, pixels, lines), label + beside if left_label else 0)


class ChartSlot(QWidget):
    """A chart's place: white and `least_slot_height` high until `fill` puts the chart in it (then
    the chart's own minimum rules). `set_labels` gives it the chart's axis labels, translated."""

    def __init__(self, pixels: float = 0.0, lines: float = 0.0) -> None:
        super().__init__(autoFillBackground=True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
        self.setPalette(palette)
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)
        self._least = (pixels, lines)
        self._labels = ("", False)  # the left axis's label; whether the bottom axis has one
        self.chart: QWidget | None = None
        self._keep_least_height()

    def set_labels(self, left: str, bottom: bool) -> None:
        self._labels = (left, bottom)
        self._keep_least_height()

    def fill(self, chart: QWidget) -> None:
        self.chart = chart
        self.setMinimumHeight(0)
        self.layout().addWidget(chart)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a zoom: the text's room too
            self._keep_least_height()

    def _keep_least_height(self) -> None:
        if self.chart is None:
            self.setMinimumHeight(round(least_slot_height(self.font(), *self._least, *self._labels)))

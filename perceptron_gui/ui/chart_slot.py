"""Where a chart goes before it is built: the window's first frame comes without pyqtgraph.

Importing pyqtgraph and building a chart take about half a second, so the window's charts are
built just after its first paint (ui/deferred_build.py). Until then a `ChartSlot` holds the
chart's place: white like the chart, and as tall as the chart's data and text need (a chart's
rotated axis label can ask a few pixels more: on a short screen the charts then grow by that
when they come). Nothing here imports pyqtgraph (a test holds the window's first frame to that).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

BACKGROUND = "#ffffff"  # every chart's background (ui/chart_style.py)


def least_chart_height(font: QFont, pixels: float, lines: float) -> float:
    """The height a chart needs for `pixels` of data and `lines` of text (its axes' numbers and
    labels) at `font`."""
    return pixels + lines * QFontMetricsF(font).height()


class ChartSlot(QWidget):
    """A chart's place: white and at least `pixels` + `lines` of text high until `fill` puts the
    chart in it (then the chart's own minimum rules)."""

    def __init__(self, pixels: float = 0.0, lines: float = 0.0) -> None:
        super().__init__(autoFillBackground=True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
        self.setPalette(palette)
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)
        self._least = (pixels, lines)
        self.chart: QWidget | None = None
        self._keep_least_height()

    def fill(self, chart: QWidget) -> None:
        self.chart = chart
        self.setMinimumHeight(0)
        self.layout().addWidget(chart)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.chart is None:  # a zoom: the text's room too
            self._keep_least_height()

    def _keep_least_height(self) -> None:
        self.setMinimumHeight(round(least_chart_height(self.font(), *self._least)))

"""Every weight and bias against the epoch: w0, w1, w2 for the lecture's perceptron.

The points come from the run's timeline (a bounded number of snapshots) plus the current weights.
Up to MAX_NAMED_CURVES parameters get a curve and a name each; a bigger model draws one curve
set per layer, so the plot stays fast whatever the size. The chart is built after the window's
first paint (`build_chart`), or when a history is first shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from perceptron_gui.core.network import Network
from perceptron_gui.ui.chart_slot import ChartSlot
from perceptron_gui.ui.i18n import Retranslating, fmt

if TYPE_CHECKING:
    import pyqtgraph as pg

    from perceptron_gui.ui.epoch_marker import EpochMarker

MAX_NAMED_CURVES = 16
# Equal weights draw equal curves (AND's w1 and w2): a colour, a dash pattern and a width each, the
# first of a pattern widest, so that a curve drawn over another leaves it in sight.
DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine,
          Qt.PenStyle.DashDotDotLine)
MAX_POINTS = 10_000  # drawn in all; long histories of big models are thinned (40,000 stalled the window)


def curve_pen(index: int, count: int) -> QPen:
    """Curve `index` of `count`: its own colour and dash pattern, drawn later and thinner the
    further down the list, so that identical curves stay distinguishable."""
    import pyqtgraph as pg

    colour = pg.intColor(index, hues=max(count, 3), maxValue=200)
    pen = pg.mkPen(colour, width=3.0 - 1.5 * index / max(count, 1))
    pen.setStyle(DASHES[index % len(DASHES)])
    return pen


class WeightsView(Retranslating, QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.plot: pg.PlotWidget | None = None  # the chart, its legend and marker: build_chart
        self.legend: pg.LegendItem | None = None
        self.marker: EpochMarker | None = None
        self._slot = ChartSlot()
        self.note = QLabel(objectName="weightsNote", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._slot, 1)
        layout.addWidget(self.note)
        self.curves: list[pg.PlotDataItem] = []
        self._names: list[str] = []
        self._layer_sizes: list[int] | None = None  # a curve set per layer: their sizes
        self._note: tuple[bool, int] | None = None  # (named, points or weights)
        self._marked: int | None = None  # the earlier epoch on show
        self.retranslate()

    def build_chart(self) -> None:
        """The chart, its legend and the epoch marker (once)."""
        if self.plot is not None:
            return
        from perceptron_gui.ui.chart_style import chart
        from perceptron_gui.ui.epoch_marker import EpochMarker

        self.plot = chart("weightsPlot")
        self.plot.getAxis("left").enableAutoSIPrefix(False)
        # on a pale background: the curves pass under it
        self.legend = self.plot.addLegend(offset=(-10, 10), labelTextColor="#222222",
                                          brush=(255, 255, 255, 215))
        self.marker = EpochMarker(self.plot, "#888888")
        self.marker.mark(self._marked)
        self._slot.fill(self.plot)
        self.retranslate()

    def mark(self, epoch: int | None) -> None:
        """The dashed line at `epoch`, an earlier one on show (None: none)."""
        self._marked = epoch
        if self.marker is not None:
            self.marker.mark(epoch)

    def retranslate(self) -> None:
        if self.plot is not None:
            self.plot.setLabel("bottom", self.tr("epoch"))
            self.plot.setLabel("left", self.tr("weight value"))
        if self._layer_sizes is not None and self.plot is not None:
            labels = self._layer_labels(self._layer_sizes)
            self.legend.clear()  # the same curves, renamed
            for curve, label in zip(self.curves, labels):
                curve.opts["name"] = label
                self.legend.addItem(curve, label)
            self._names = labels
        self._update_note()

    def _layer_labels(self, sizes: list[int]) -> list[str]:
        return [self.tr("layer {0} ({1} weights)").format(i + 1, size) for i, size in enumerate(sizes)]

    def _update_note(self) -> None:
        if self._note is None:
            self.note.setText("")
        elif self._note[0]:
            self.note.setText(self.tr("Each weight at the epochs the run's timeline kept ({0} points).")
                              .format(self._note[1]))
        else:
            self.note.setText(fmt(self.tr("{0:,} weights, one colour per layer."), self._note[1]))

    def show_history(self, epochs: np.ndarray, params: np.ndarray, network: Network,
                     names: list[str]) -> None:
        """Draw `params` (one row per epoch in `epochs`) of a model shaped like `network`."""
        self.build_chart()
        named = len(names) <= MAX_NAMED_CURVES
        self._layer_sizes = None if named else [spec.size for spec in network.specs]
        labels = names if self._layer_sizes is None else self._layer_labels(self._layer_sizes)
        if labels != self._names:
            self._rebuild(labels, dashed=named)
        if named:
            for curve, column in zip(self.curves, params.T):
                curve.setData(epochs, column)
            self._note = (True, len(epochs))
            self._update_note()
            return
        start = 0
        every = max(1, int(np.ceil(len(epochs) * params.shape[1] / MAX_POINTS)))
        x = np.append(epochs[::every], np.nan)  # NaN ends one weight's line before the next
        for curve, spec in zip(self.curves, network.specs):
            block = params[::every, start : start + spec.size]
            start += spec.size
            y = np.vstack([block, np.full((1, block.shape[1]), np.nan)]).T.ravel()
            curve.setData(np.tile(x, block.shape[1]), y, connect="finite")
        self._note = (False, params.shape[1])
        self._update_note()

    def _rebuild(self, labels: list[str], dashed: bool) -> None:
        """A curve a name. Only named weights are dashed: a dashed or wide pen over a layer's tens of
        thousands of points took 0.4 s a paint (the [64, 64] model froze the window)."""
        import pyqtgraph as pg

        for curve in self.curves:
            self.plot.removeItem(curve)
        self.legend.clear()
        self.curves = []
        for i, label in enumerate(labels):
            pen = curve_pen(i, len(labels)) if dashed else pg.mkPen(
                pg.intColor(i, hues=max(len(labels), 3), maxValue=200), width=1.5)
            self.curves.append(self.plot.plot(pen=pen, name=label))
        self._names = labels

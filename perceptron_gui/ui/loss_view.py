"""The loss per epoch (log-y toggle) and the accuracy below it, growing while training runs.

The charts are built by `build_chart`, after the window's first paint (pyqtgraph is slow to
import); until then their places are white and the record is drawn when they come.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from perceptron_gui.core.accuracy import CLASS_RIGHT_WITHIN, VALUE_RIGHT_WITHIN
from perceptron_gui.core.loss_record import LossRecord
from perceptron_gui.core.losses import MSE_FORMULA
from perceptron_gui.ui.chart_slot import ChartSlot
from perceptron_gui.ui.elided_label import ElidedLabel
from perceptron_gui.ui.i18n import Retranslating

if TYPE_CHECKING:
    import pyqtgraph as pg

    from perceptron_gui.ui.epoch_marker import EpochMarker

LOSS_COLOUR, ACCURACY_COLOUR = "#c0392b", "#2471a3"
DOTTED_EPOCHS = 60
# small minimums, so that the window fits a 1280 × 720 screen; room for the axes' text at any zoom:
# (pixels of data, lines of text)
LOSS_LEAST, ACCURACY_LEAST = (40, 2.5), (20, 3.5)  # its numbers; its numbers, the epochs and "epoch"


class LossView(Retranslating, QWidget):
    """Draws a LossRecord (core/loss_record.py; the session's): at `redraw`, what changed in it."""

    def __init__(self, record: LossRecord | None = None) -> None:
        super().__init__()
        self.record = record if record is not None else LossRecord()
        self.loss_plot: pg.PlotWidget | None = None  # the charts and their items: build_chart
        self.accuracy_plot: pg.PlotWidget | None = None
        self.loss_curve: pg.PlotDataItem | None = None
        self.accuracy_curve: pg.PlotDataItem | None = None
        self.marker: EpochMarker | None = None
        self._loss_slot, self._accuracy_slot = ChartSlot(*LOSS_LEAST), ChartSlot(*ACCURACY_LEAST)
        self.log_check = QCheckBox(objectName="logYCheck")
        self.log_check.toggled.connect(self._set_log_scale)
        self.title = ElidedLabel()  # a narrow window cuts it rather than growing
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.log_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self._loss_slot, 3)
        layout.addWidget(self._accuracy_slot, 1)
        self._drawn = -1  # the record's version drawn
        self._fitting = False  # the axes follow the data (not while there are fewer than 2 epochs)
        self._dotted = False
        self._loss_name = "mse"
        self._marked: int | None = None  # the earlier epoch on show
        self.retranslate()

    def build_chart(self) -> None:
        """The two charts, their curves and the epoch marker, in their places (once)."""
        if self.loss_plot is not None:
            return
        import pyqtgraph as pg

        from perceptron_gui.ui.chart_style import chart, keep_minimum_height
        from perceptron_gui.ui.epoch_marker import EpochMarker
        from perceptron_gui.ui.log_axis import LogAxis

        self.loss_plot = chart("lossPlot", axisItems={"left": LogAxis("left")})
        self.accuracy_plot = chart("accuracyPlot")
        for plot in (self.loss_plot, self.accuracy_plot):
            # No grid: pyqtgraph draws it in the axes, and it cost 5–9 ms a frame (a third of the frame rate).
            plot.setClipToView(True)
        self.loss_plot.getAxis("left").enableAutoSIPrefix(False)
        keep_minimum_height(self.loss_plot, *LOSS_LEAST)
        keep_minimum_height(self.accuracy_plot, *ACCURACY_LEAST)
        self.accuracy_plot.setYRange(0, 1.05)
        self.accuracy_plot.setMouseEnabled(y=False)
        self.accuracy_plot.setXLink(self.loss_plot)
        self.loss_curve = self.loss_plot.plot(pen=pg.mkPen(LOSS_COLOUR, width=1))
        self.accuracy_curve = self.accuracy_plot.plot(pen=pg.mkPen(ACCURACY_COLOUR, width=1))
        self.marker = EpochMarker(self.loss_plot, "#555555")
        self.marker.mark(self._marked)
        self._loss_slot.fill(self.loss_plot)
        self._accuracy_slot.fill(self.accuracy_plot)
        self.loss_plot.setLogMode(y=self.log_check.isChecked())
        self.retranslate()
        self._redraw()

    def mark(self, epoch: int | None) -> None:
        """The dashed line at `epoch`, an earlier one on show (None: none)."""
        self._marked = epoch
        if self.marker is not None:
            self.marker.mark(epoch)

    def retranslate(self) -> None:
        self.log_check.setText(self.tr("log scale"))
        self.log_check.setToolTip(self.tr("Show the loss on a logarithmic axis"))
        accuracy = self.tr(
            "Accuracy: the share of target cells that are right. For a target of 0 or 1, right is "
            "|ŷ − y| < {0:g}: an output of 0.500 is undecided, not right, so a single perceptron on XOR "
            "scores 0 %, not 50 %. For a target between 0 and 1, right is |ŷ − y| < {1:g}.").format(
            CLASS_RIGHT_WITHIN, VALUE_RIGHT_WITHIN)
        self._accuracy_slot.setToolTip(accuracy)
        self._loss_slot.set_labels(self.tr("loss E"), bottom=False)
        self._accuracy_slot.set_labels(self.tr("accuracy"), bottom=True)
        if self.loss_plot is not None:
            self.accuracy_plot.setToolTip(accuracy)
            self.loss_plot.setLabel("left", self.tr("loss E"))
            self.accuracy_plot.setLabel("left", self.tr("accuracy"))
            self.accuracy_plot.setLabel("bottom", self.tr("epoch"))
        self.set_loss_name(self._loss_name)

    def set_loss_name(self, loss: str) -> None:
        self._loss_name = loss
        formula = self.tr("{0}, the ½ included").format(MSE_FORMULA) if loss == "mse" else self.tr(
            "binary cross-entropy E = −(1/N)·Σ[y·ln ŷ + (1 − y)·ln(1 − ŷ)]")
        self.title.setText(self.tr("Loss per epoch: {0}").format(formula))

    @property
    def count(self) -> int:
        """Epochs of this run received so far."""
        return self.record.count

    def loss_points(self) -> tuple[np.ndarray, np.ndarray]:
        """What the loss curve draws: x (epochs) and y."""
        return self.record.points(self.record.loss, self.record.latest[0])

    def accuracy_points(self) -> tuple[np.ndarray, np.ndarray]:
        """What the accuracy curve draws: x (epochs) and y."""
        return self.record.points(self.record.accuracy, self.record.latest[1])

    def _set_log_scale(self, on: bool) -> None:
        if self.loss_plot is None:
            return  # (build_chart reads the box)
        self.loss_plot.setLogMode(y=on)
        self._fitting = False  # the loss axis's range anew, in the new scale
        self._redraw()

    def redraw(self) -> None:
        """Draw the record if it changed since the last call; the window calls this from its frame timer."""
        if self._drawn != self.record.version and self.loss_plot is not None:
            self._redraw()

    def _redraw(self) -> None:
        self._drawn = self.record.version
        n = self.count
        self.loss_curve.setData(*self.loss_points(), skipFiniteCheck=True)
        self.accuracy_curve.setData(*self.accuracy_points(), skipFiniteCheck=True)
        dots = n <= DOTTED_EPOCHS  # a few epochs (Step by Step): a dot each, or one epoch draws nothing
        if dots != self._dotted:
            self._dotted = dots
            for curve, colour in ((self.loss_curve, LOSS_COLOUR), (self.accuracy_curve, ACCURACY_COLOUR)):
                curve.setSymbol("o" if dots else None)
                curve.setSymbolSize(5)
                curve.setSymbolBrush(colour)
                curve.setSymbolPen(None)
            from perceptron_gui.ui.chart_style import restyle

            for plot in (self.loss_plot, self.accuracy_plot):
                restyle(plot)  # the new symbols at the zoom
        if n < 2:  # nothing to fit yet: whole epochs from the start, and a loss axis from 0
            first = self.record.first_epoch
            self.loss_plot.setRange(xRange=(first, first + 10), padding=0)
            if self.log_check.isChecked():  # a log axis has no 0: around the points
                self.loss_plot.enableAutoRange(axis="y")
            else:
                latest = self.record.latest[0] if np.isfinite(self.record.latest[0]) else 0.0
                highest = max(self.record.loss.maximum(), latest)
                self.loss_plot.setYRange(0, max(highest * 1.2, 0.1), padding=0)
            self._fitting = False
        elif not self._fitting:
            self.loss_plot.enableAutoRange()
            self._fitting = True


"""The loss per epoch (log-y toggle) and the accuracy below it, growing while training runs."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from perceptron_gui.core.accuracy import CLASS_RIGHT_WITHIN, VALUE_RIGHT_WITHIN
from perceptron_gui.core.loss_record import LossRecord
from perceptron_gui.core.losses import MSE_FORMULA
from perceptron_gui.ui.chart_style import chart, keep_minimum_height, restyle
from perceptron_gui.ui.elided_label import ElidedLabel
from perceptron_gui.ui.epoch_marker import EpochMarker
from perceptron_gui.ui.i18n import Retranslating
from perceptron_gui.ui.log_axis import LogAxis

LOSS_COLOUR, ACCURACY_COLOUR = "#c0392b", "#2471a3"
DOTTED_EPOCHS = 60


class LossView(Retranslating, QWidget):
    """Draws a LossRecord (core/loss_record.py; the session's): at `redraw`, what changed in it."""

    def __init__(self, record: LossRecord | None = None) -> None:
        super().__init__()
        self.record = record if record is not None else LossRecord()
        self.loss_plot = chart("lossPlot", axisItems={"left": LogAxis("left")})
        self.accuracy_plot = chart("accuracyPlot")
        for plot in (self.loss_plot, self.accuracy_plot):
            # No grid: pyqtgraph draws it in the axes, and it cost 5–9 ms a frame (a third of the frame rate).
            plot.setClipToView(True)
        self.loss_plot.getAxis("left").enableAutoSIPrefix(False)
        # small minimums, so that the window fits a 1280 × 720 screen; room for the axes' text at any zoom
        keep_minimum_height(self.loss_plot, 40, 2.5)  # its numbers
        keep_minimum_height(self.accuracy_plot, 20, 3.5)  # its numbers, the epochs and "epoch" below
        self.accuracy_plot.setYRange(0, 1.05)
        self.accuracy_plot.setMouseEnabled(y=False)
        self.accuracy_plot.setXLink(self.loss_plot)
        self.loss_curve = self.loss_plot.plot(pen=pg.mkPen(LOSS_COLOUR, width=1))
        self.accuracy_curve = self.accuracy_plot.plot(pen=pg.mkPen(ACCURACY_COLOUR, width=1))
        self.marker = EpochMarker(self.loss_plot, "#555555")
        self.log_check = QCheckBox(objectName="logYCheck")
        self.log_check.toggled.connect(self._set_log_scale)
        self.title = ElidedLabel()  # a narrow window cuts it rather than growing
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.log_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.loss_plot, 3)
        layout.addWidget(self.accuracy_plot, 1)
        self._drawn = -1  # the record's version drawn
        self._fitting = False  # the axes follow the data (not while there are fewer than 2 epochs)
        self._dotted = False
        self._loss_name = "mse"
        self.retranslate()

    def retranslate(self) -> None:
        self.loss_plot.setLabel("left", self.tr("loss E"))
        self.accuracy_plot.setLabel("left", self.tr("accuracy"))
        self.accuracy_plot.setLabel("bottom", self.tr("epoch"))
        self.log_check.setText(self.tr("log scale"))
        self.log_check.setToolTip(self.tr("Show the loss on a logarithmic axis"))
        self.accuracy_plot.setToolTip(self.tr(
            "Accuracy: the share of target cells that are right. For a target of 0 or 1, right is "
            "|ŷ − y| < {0:g}: an output of 0.500 is undecided, not right, so a single perceptron on XOR "
            "scores 0 %, not 50 %. For a target between 0 and 1, right is |ŷ − y| < {1:g}.").format(
            CLASS_RIGHT_WITHIN, VALUE_RIGHT_WITHIN))
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
        self.loss_plot.setLogMode(y=on)
        self._fitting = False  # the loss axis's range anew, in the new scale
        self._redraw()

    def redraw(self) -> None:
        """Draw the record if it changed since the last call; the window calls this from its frame timer."""
        if self._drawn != self.record.version:
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


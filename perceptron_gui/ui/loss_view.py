"""The loss per epoch (log-y toggle) and the accuracy below it, growing while training runs."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from perceptron_gui.core.trainer import grown

INITIAL_CAPACITY = 4096


class LossView(QWidget):
    """Keeps the history it is sent in preallocated arrays (doubling) and draws a downsampled view."""

    def __init__(self) -> None:
        super().__init__()
        self.loss_plot = pg.PlotWidget(objectName="lossPlot")
        self.accuracy_plot = pg.PlotWidget(objectName="accuracyPlot")
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.setBackground("w")
            # No grid: pyqtgraph draws it in the axes, and it cost 5–9 ms a frame (a third of the frame rate).
            plot.setClipToView(True)
            plot.setDownsampling(auto=True, mode="peak")
        self.loss_plot.setLabel("left", self.tr("loss E"))
        self.loss_plot.getAxis("left").enableAutoSIPrefix(False)
        self.accuracy_plot.setMinimumHeight(110)
        self.accuracy_plot.setLabel("left", self.tr("accuracy"))
        self.accuracy_plot.setLabel("bottom", self.tr("epoch"))
        self.accuracy_plot.setYRange(0, 1.05)
        self.accuracy_plot.setMouseEnabled(y=False)
        self.accuracy_plot.setXLink(self.loss_plot)
        self.loss_curve = self.loss_plot.plot(pen=pg.mkPen("#c0392b", width=1))
        self.accuracy_curve = self.accuracy_plot.plot(pen=pg.mkPen("#2471a3", width=1))
        self.marker = pg.InfiniteLine(angle=90, pen=pg.mkPen("#555555", style=pg.QtCore.Qt.PenStyle.DashLine))
        self.marker.hide()
        self.loss_plot.addItem(self.marker)
        self.log_check = QCheckBox(self.tr("log scale"), objectName="logYCheck")
        self.log_check.setToolTip(self.tr("Show the loss on a logarithmic axis"))
        self.log_check.toggled.connect(lambda on: self.loss_plot.setLogMode(y=on))
        self.title = QLabel()
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.log_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.loss_plot, 3)
        layout.addWidget(self.accuracy_plot, 1)
        self._epochs = np.arange(1, INITIAL_CAPACITY + 1, dtype=np.float64)
        self._loss = np.empty(INITIAL_CAPACITY)
        self._accuracy = np.empty(INITIAL_CAPACITY)
        self._count = 0
        self._offset = 0
        self._dirty = False
        self._fitting = False  # the axes follow the data (not while there are fewer than 2 epochs)
        self.set_loss_name("mse")

    def set_loss_name(self, loss: str) -> None:
        formula = self.tr("E = (1/N)·½·Σ(ŷ − y)², the ½ included") if loss == "mse" else self.tr(
            "binary cross-entropy E = −(1/N)·Σ[y·ln ŷ + (1 − y)·ln(1 − ŷ)]")
        self.title.setText(self.tr("Loss per epoch: {0}").format(formula))

    @property
    def losses(self) -> np.ndarray:
        return self._loss[: self._count]

    def clear(self, first_epoch: int = 0) -> None:
        """Forget the history; the next epoch shown is first_epoch + 1."""
        self._count, self._offset = 0, first_epoch
        self._redraw()

    def append(self, first_index: int, losses: np.ndarray, accuracy: np.ndarray) -> None:
        """Add epochs [first_index, first_index + len) of this run's history; drawn at `redraw`."""
        end = first_index + len(losses)
        if end > self._loss.size:
            capacity = max(end, 2 * self._loss.size)
            self._loss = grown(self._loss, capacity)
            self._accuracy = grown(self._accuracy, capacity)
            self._epochs = np.arange(1, capacity + 1, dtype=np.float64)
        self._loss[first_index:end] = losses
        self._accuracy[first_index:end] = accuracy
        self._count = end
        self._dirty = True

    def set_marker(self, epoch: int | None) -> None:
        """A line at the epoch on show when it is an earlier one (None: hide it)."""
        self.marker.setVisible(epoch is not None)
        if epoch is not None:
            self.marker.setValue(epoch)

    def redraw(self) -> None:
        """Draw what arrived since the last call; the window calls this from its frame timer."""
        if self._dirty:
            self._redraw()

    def _redraw(self) -> None:
        self._dirty = False
        n = self._count
        x = self._epochs[:n] + self._offset
        self.loss_curve.setData(x, self._loss[:n], skipFiniteCheck=True)
        self.accuracy_curve.setData(x, self._accuracy[:n], skipFiniteCheck=True)
        if n < 2:  # nothing to fit yet: whole epochs from the start, and a loss axis from 0
            self.loss_plot.setRange(xRange=(self._offset, self._offset + 10), padding=0)
            self.loss_plot.setYRange(0, max(float(self._loss[:n].max(initial=0.0)) * 1.2, 0.1), padding=0)
            self._fitting = False
        elif not self._fitting:
            self.loss_plot.enableAutoRange()
            self._fitting = True


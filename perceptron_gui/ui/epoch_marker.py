"""The dashed line a chart draws at the epoch on show, when that is an earlier one."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt


class EpochMarker(pg.InfiniteLine):
    """A vertical dashed line, hidden until `mark` gives it an epoch."""

    def __init__(self, plot: pg.PlotItem | pg.PlotWidget, colour: str) -> None:
        super().__init__(angle=90, pen=pg.mkPen(colour, style=Qt.PenStyle.DashLine))
        self.hide()
        plot.addItem(self)

    def mark(self, epoch: int | None) -> None:
        """At `epoch`, an earlier one on show (None: hide it)."""
        self.setVisible(epoch is not None)
        if epoch is not None:
            self.setValue(epoch)

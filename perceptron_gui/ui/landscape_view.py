"""The loss landscape: E over a plane of weight space as a contour map, the training path on it.

A single perceptron (three weights) shows E over two of its weights, the third at its current
value; a bigger model shows E on the plane through its current weights along two filter-normalized
random directions. The path is the run's timeline projected onto the plane, drawn live.
"""

from __future__ import annotations

import itertools
import time
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from perceptron_gui.core.inspection import LossProbe
from perceptron_gui.core.landscape import (
    MAX_AXIS_PARAMS,
    Plane,
    axis_plane,
    loss_surface,
    parameter_names,
    random_plane,
    resolution,
    span,
)
from perceptron_gui.core.network import Network
from perceptron_gui.core.timeline import Snapshot
from perceptron_gui.ui.i18n import Retranslating, fmt

if TYPE_CHECKING:
    import pyqtgraph as pg

CONTOUR_LEVELS = 10


class LandscapeView(Retranslating, QWidget):
    """The plane's chooser and the note at once; the chart (slow to build, and in a dock behind
    others at first) from `build_chart`: the window calls it once it is on screen, and `compute`
    (the dock brought to the front before that) builds it too."""

    def __init__(self) -> None:
        super().__init__()
        self.plane_combo = QComboBox(objectName="landscapePlaneCombo")
        self.recompute_button = QPushButton(objectName="landscapeRecomputeButton")
        self.plot: pg.PlotWidget | None = None  # the chart and its items: build_chart
        self.image: pg.ImageItem | None = None
        self.colorbar: pg.ColorBarItem | None = None
        self.contours: list[pg.IsocurveItem] = []
        self.path: pg.PlotDataItem | None = None
        self.current: pg.PlotDataItem | None = None
        self.note = QLabel(objectName="landscapeNote", wordWrap=True)
        header = QHBoxLayout()
        self.plane_label = QLabel(buddy=self.plane_combo)
        header.addWidget(self.plane_label)
        header.addWidget(self.plane_combo, 1)
        header.addWidget(self.recompute_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addStretch(1)  # where the chart goes
        layout.addWidget(self.note)
        self.plane: Plane | None = None
        self.surface: np.ndarray | None = None
        self.extent: tuple[float, float, float, float] = (0.0, 1.0, 0.0, 1.0)
        self.computed_epoch: int | None = None
        self.seconds_to_compute = 0.0
        self._names: list[str] = []
        self._random_plane = False  # the surface on show lies along random directions
        self._note: tuple[int, int, float] | None = None  # grid points, epoch, milliseconds
        self.retranslate()

    def build_chart(self) -> None:
        """The contour map, its colour bar, the path and the current weights' dot (once)."""
        if self.plot is not None:
            return
        import pyqtgraph as pg

        from perceptron_gui.ui.chart_style import chart

        self.plot = chart("landscapePlot")
        for side in ("left", "bottom"):  # weights as they are: no "(x0.001)" scaling of the axes
            self.plot.getAxis(side).enableAutoSIPrefix(False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.colorbar = pg.ColorBarItem(colorMap=pg.colormap.get("viridis"), interactive=False)
        self.colorbar.setImageItem(self.image, insert_in=self.plot.getPlotItem())
        # the contour lines: built once, given each computed surface's data and levels
        self.contours = [pg.IsocurveItem(pen=pg.mkPen((255, 255, 255, 110))) for _ in range(CONTOUR_LEVELS)]
        for contour in self.contours:
            contour.setParentItem(self.image)
        self.path = self.plot.plot(pen=pg.mkPen("#ffffff", width=2), symbol="o", symbolSize=3,
                                   symbolBrush="#ffffff", symbolPen=None)
        self.current = self.plot.plot(pen=None, symbol="o", symbolSize=11, symbolBrush="#e74c3c",
                                      symbolPen=pg.mkPen("#ffffff", width=1.5))
        layout = self.layout()
        layout.removeItem(layout.itemAt(1))  # the stretch that kept its place
        layout.insertWidget(1, self.plot, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.plane_combo.setToolTip(self.tr("The plane of weight space the loss is drawn over"))
        blocked = self.plane_combo.blockSignals(True)
        for i in range(self.plane_combo.count()):
            if self.plane_combo.itemData(i) is None:
                self.plane_combo.setItemText(i, self._random_directions())
        self.plane_combo.blockSignals(blocked)
        self.recompute_button.setText(self.tr("Recompute"))
        self.recompute_button.setToolTip(self.tr("Draw the loss again, through the weights on show"))
        if self.colorbar is not None:
            self.colorbar.setLabel("left", self.tr("log₁₀ E"))
        self._update_texts()

    def _random_directions(self) -> str:
        return self.tr("random directions through the weights (filter-normalized)")

    def _update_texts(self) -> None:
        """The axis titles and the note, for the surface on show."""
        self.plane_label.setText(self.tr("Plane:"))
        if self.plane is not None:
            labels = self.plane.labels
            if self._random_plane:
                labels = (self.tr("direction 1"), self.tr("direction 2"))
            self.plot.setLabel("bottom", labels[0])
            self.plot.setLabel("left", labels[1])
        if self._note is None:
            self.note.setText("")
        else:
            self.note.setText(fmt(self.tr("E on a {0} × {0} grid through the weights of epoch {1:,} "
                                      "({2:.0f} ms); white: the path of gradient descent, red: the "
                                      "weights on show."), *self._note))

    # --- what the window calls ---------------------------------------------------------------
    def set_model(self, network: Network) -> None:
        """A new model: offer its planes, forget the old surface."""
        self._names = parameter_names(network)
        self.plane_combo.blockSignals(True)
        self.plane_combo.clear()
        if len(self._names) <= MAX_AXIS_PARAMS:
            for i, j in itertools.combinations(range(len(self._names)), 2):
                self.plane_combo.addItem(f"{self._names[i]} × {self._names[j]}", (i, j))
            self.plane_combo.setCurrentIndex(self.plane_combo.count() - 1)  # w1 × w2: the inputs' weights
        else:
            self.plane_combo.addItem(self._random_directions(), None)
        self.plane_combo.blockSignals(False)
        self.plane, self.surface, self.computed_epoch = None, None, None
        if self.plot is not None:
            self.image.clear()
            self._clear_contours()
            self.path.setData([], [])
            self.current.setData([], [])

    def compute(self, snapshot: Snapshot, path: np.ndarray, seed: int) -> None:
        """E over the chosen plane through `snapshot`'s weights, framing `path` (one row per epoch)."""
        self.build_chart()
        started = time.perf_counter()
        probe = LossProbe(snapshot)
        center = snapshot.params
        choice = self.plane_combo.currentData()
        if choice is None:
            self.plane = random_plane(probe.network, center, seed)
        else:
            self.plane = axis_plane(center, choice[0], choice[1], self._names)
        coordinates = self.plane.coordinates(np.vstack([path, center]))
        minimum = 2.0 if choice is None else 1.0
        a_low, a_high = span(coordinates[:, 0], minimum=minimum)
        b_low, b_high = span(coordinates[:, 1], minimum=minimum)
        points = resolution(probe.network, snapshot.table.n_rows)
        a_values, b_values = np.linspace(a_low, a_high, points), np.linspace(b_low, b_high, points)
        self.surface = loss_surface(probe, self.plane, a_values, b_values)
        self.extent = (a_low, a_high, b_low, b_high)
        self.computed_epoch = snapshot.epoch
        self._draw_surface()
        self.show_path(path, center)
        self.seconds_to_compute = time.perf_counter() - started
        self._random_plane = choice is None
        self._note = (points, snapshot.epoch, 1000 * self.seconds_to_compute)
        self._update_texts()

    def show_path(self, path: np.ndarray, current: np.ndarray) -> None:
        """The training path (rows of parameters) and the current weights, projected on the plane."""
        if self.plane is None:
            return
        if path.size:
            xy = self.plane.coordinates(path)
            self.path.setData(xy[:, 0], xy[:, 1])
        now = self.plane.coordinates(current)
        self.current.setData(now[:, 0], now[:, 1])

    def current_point(self) -> tuple[float, float]:
        x, y = self.current.getData()
        return float(x[0]), float(y[0])

    def loss_at(self, a: float, b: float) -> float:
        """The drawn surface's value at the grid point nearest (a, b)."""
        assert self.surface is not None
        a_low, a_high, b_low, b_high = self.extent
        rows, columns = self.surface.shape
        column = round((a - a_low) / (a_high - a_low) * (columns - 1))
        row = round((b - b_low) / (b_high - b_low) * (rows - 1))
        return float(self.surface[np.clip(row, 0, rows - 1), np.clip(column, 0, columns - 1)])

    # --- drawing ------------------------------------------------------------------------------
    def _draw_surface(self) -> None:
        assert self.surface is not None
        finite = self.surface[np.isfinite(self.surface)]
        floor = max(float(finite.min()) if finite.size else 1.0, 1e-12)
        ceiling = float(finite.max()) if finite.size else 1.0
        logs = np.log10(np.clip(np.where(np.isfinite(self.surface), self.surface, ceiling), floor, None))
        a_low, a_high, b_low, b_high = self.extent
        self.image.setImage(logs, autoLevels=False)
        self.image.setRect(QRectF(a_low, b_low, a_high - a_low, b_high - b_low))
        low, high = float(logs.min()), float(logs.max())
        self.colorbar.setLevels((low, high if high > low else low + 1))
        if high > low:
            for contour, level in zip(self.contours, np.linspace(low, high, CONTOUR_LEVELS + 2)[1:-1]):
                contour.setData(logs.T, level)
        else:  # a flat surface has no contours
            self._clear_contours()
        self.plot.setRange(xRange=(a_low, a_high), yRange=(b_low, b_high), padding=0)

    def _clear_contours(self) -> None:
        for contour in self.contours:
            contour.setData(None)

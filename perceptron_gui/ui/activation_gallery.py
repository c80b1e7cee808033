"""The lecture's activation functions, each plotted with its derivative.

Pick one in the list: its formulas are typeset above the plot, f(z) is drawn solid and f′(z)
dashed. Hovering the plot reads both at that z and checks f′ numerically, by the central
difference (f(z + h) − f(z − h)) / 2h of the engine's own f; for the sigmoid it also shows
σ(z)·(1 − σ(z)), the lecture's σ′ = σ(1 − σ). "Use for the hidden layer" asks the window to train
with it (`activationChosen`). The plot is built after the window's first paint (`build_chart`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from perceptron_gui.core.activations import ACTIVATIONS, make_activation
from perceptron_gui.ui.chart_slot import ChartSlot
from perceptron_gui.ui.formulas import FormulaBrowser
from perceptron_gui.ui.hyperparameter_panel import activation_label
from perceptron_gui.ui.i18n import Retranslating

if TYPE_CHECKING:
    import pyqtgraph as pg

Z_RANGE, POINTS = (-4.0, 4.0), 401
CHECK_STEP = 1e-5  # h of the central difference
# maxout takes the larger of learned linear pieces; the plot shows two example pieces
MAXOUT_PIECES = ((1.0, 0.0), (0.25, -0.5))  # (slope, intercept) of z and 0.25z − 0.5
LATEX = {
    "sigmoid": (r"\sigma(z) = \frac{1}{1 + e^{-z}}", r"\sigma'(z) = \sigma(z)\,(1 - \sigma(z))"),
    "tanh": (r"\tanh(z) = \frac{e^{z} - e^{-z}}{e^{z} + e^{-z}}", r"\tanh'(z) = 1 - \tanh^2(z)"),
    "relu": (r"f(z) = \max(0, z)", r"f'(z) = \begin{cases} 1 & z > 0 \\ 0 & z \le 0 \end{cases}"),
    "leaky_relu": (r"f(z) = \max(0.1z, z)",
                   r"f'(z) = \begin{cases} 1 & z > 0 \\ 0.1 & z \le 0 \end{cases}"),
    "elu": (r"f(z) = \begin{cases} z & z \ge 0 \\ \alpha\,(e^{z} - 1) & z < 0 \end{cases}",
            r"f'(z) = \begin{cases} 1 & z \ge 0 \\ f(z) + \alpha & z < 0 \end{cases}"),
    "maxout": (r"f(z) = \max(w_1 z + b_1,\ w_2 z + b_2) = \max(z,\ 0.25z - 0.5)",
               r"f'(z) = \text{the slope of the larger piece}"),
    "linear": (r"f(z) = z", r"f'(z) = 1"),
}
F_COLOUR, DERIVATIVE_COLOUR = "#c0392b", "#2471a3"  # f solid, f′ dashed


def curves(name: str, z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """f(z) and f′(z) of the activation `name`, by the engine's own code (maxout: the example pieces)."""
    z = np.asarray(z, dtype=np.float64)
    if name == "maxout":
        pieces = np.array([slope * z + intercept for slope, intercept in MAXOUT_PIECES])
        slopes = np.array([slope for slope, _ in MAXOUT_PIECES])
        return pieces.max(axis=0), slopes[pieces.argmax(axis=0)]
    activation = make_activation(name)
    f = activation(z)
    derivative = np.empty_like(f)
    activation.derivative(z, f, derivative)
    return f, derivative


class ActivationGallery(Retranslating, QWidget):
    activationChosen = Signal(str)  # the name to train the hidden layer with

    def __init__(self) -> None:
        super().__init__()
        self.choices = QListWidget(objectName="activationList")
        self.choices.addItems(["" for _ in ACTIVATIONS])
        self.choices.setMaximumWidth(150)
        self.formulas = FormulaBrowser("activationFormulas", fit_height=True)
        self.plot: pg.PlotWidget | None = None  # the plot and its items: build_chart
        self.legend: pg.LegendItem | None = None
        self.f_curve: pg.PlotDataItem | None = None
        self.derivative_curve: pg.PlotDataItem | None = None
        self.cursor: pg.InfiniteLine | None = None
        self._slot = ChartSlot()
        self.readout = QLabel(objectName="activationReadout", wordWrap=True)
        # its text changes as the mouse moves: it must not change the plot's width under the mouse
        self.readout.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.use_button = QPushButton(objectName="useActivationButton")
        self.use_button.clicked.connect(lambda: self.activationChosen.emit(self.name))
        # side by side, so that a short dock (a 720-high projector) still has room for the plot
        side = QVBoxLayout()
        side.addWidget(self.formulas)
        side.addWidget(self.readout)
        side.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignLeft)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choices)
        layout.addWidget(self._slot, 3)
        layout.addLayout(side, 2)
        self.z = 1.0
        self.choices.currentRowChanged.connect(lambda _: self._show_activation())
        self.choices.setCurrentRow(0)
        self.retranslate()

    def build_chart(self) -> None:
        """The plot of f and f′, its legend and the hover's cursor (once)."""
        if self.plot is not None:
            return
        import pyqtgraph as pg

        from perceptron_gui.ui.chart_style import chart

        self.plot = chart("activationPlot")
        self.plot.setXRange(*Z_RANGE, padding=0)
        self.legend = self.plot.addLegend(offset=(10, 10), labelTextColor="#222222",
                                          brush=(255, 255, 255, 215))
        self.f_curve = self.plot.plot(pen=pg.mkPen(F_COLOUR, width=2.5))
        self.derivative_curve = self.plot.plot(
            pen=pg.mkPen(DERIVATIVE_COLOUR, width=2.0, style=Qt.PenStyle.DashLine))
        self.cursor = pg.InfiniteLine(angle=90, pen=pg.mkPen("#888888", style=Qt.PenStyle.DotLine))
        self.plot.addItem(self.cursor)
        self.plot.scene().sigMouseMoved.connect(self._hovered)
        self._slot.fill(self.plot)
        self.retranslate()

    @property
    def name(self) -> str:
        return ACTIVATIONS[max(self.choices.currentRow(), 0)]

    def retranslate(self) -> None:
        for row, name in enumerate(ACTIVATIONS):
            self.choices.item(row).setText(activation_label(name))
        if self.plot is not None:
            self.plot.setLabel("bottom", "z")
        self.use_button.setText(self.tr("Use for the hidden layer"))
        self.use_button.setToolTip(self.tr("Train the hidden layer with this activation (press Train after)"))
        self._show_activation()

    def select(self, name: str) -> None:
        self.choices.setCurrentRow(ACTIVATIONS.index(name))

    def _show_activation(self) -> None:
        name = self.name
        self.formulas.show_markdown("\n\n".join(f"$${latex}$$" for latex in LATEX[name]))
        if self.plot is not None:
            z = np.linspace(*Z_RANGE, POINTS)
            f, derivative = curves(name, z)
            self.f_curve.setData(z, f)
            self.derivative_curve.setData(z, derivative)
            self.legend.clear()
            self.legend.addItem(self.f_curve, "f(z)")
            self.legend.addItem(self.derivative_curve, "f′(z)")
            self.plot.setTitle(activation_label(name))
        self.show_at(self.z)

    def _hovered(self, position: QPointF) -> None:
        box = self.plot.getPlotItem().vb
        if box.sceneBoundingRect().contains(position):
            self.show_at(float(np.clip(box.mapSceneToView(position).x(), *Z_RANGE)))

    def show_at(self, z: float) -> None:
        """Read f and f′ at `z`, and check f′ against the central difference of f."""
        self.z = z
        if self.cursor is not None:
            self.cursor.setPos(z)
        values, slopes = curves(self.name, np.array([z]))
        f, derivative = float(values[0]), float(slopes[0])
        up, down = curves(self.name, np.array([z + CHECK_STEP, z - CHECK_STEP]))[0]
        numeric = float((up - down) / (2 * CHECK_STEP))
        agrees = abs(numeric - derivative) <= 1e-6 * max(1.0, abs(derivative))
        lines = [self.tr("z = {0:.3f}:  f(z) = {1:.4f},  f′(z) = {2:.4f}").format(z, f, derivative),
                 self.tr("numerically, (f(z + h) − f(z − h)) / 2h = {0:.4f}  {1}").format(
                     numeric, "✓" if agrees else self.tr("✗ (a kink: f′ jumps here)"))]
        if self.name == "sigmoid":
            lines.append(self.tr("σ(z)·(1 − σ(z)) = {0:.4f} × {1:.4f} = {2:.4f}: σ′ = σ(1 − σ)").format(
                f, 1 - f, f * (1 - f)))
        self.readout.setText("\n".join(lines))

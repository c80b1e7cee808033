"""The network as a diagram: inputs with the bias input x0 = 1, hidden units, outputs.

Each connection is a weight: red when positive, blue when negative, as wide as its size, as the
key along the bottom says. Units are named as the status bar names them (x1, h1.2, y). Hovering
a connection shows its value; hovering a unit shows that unit's own output over the two plotted
inputs, as a small map beside it. Double-clicking a connection asks for a new value of its weight
(`weightEdited`): the lecture's first exercise sets the perceptron's weights by hand. Texts are
painted in the widget's font.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QInputDialog, QToolTip, QWidget

from perceptron_gui.core.network import Network, parameter_name
from perceptron_gui.core.surface import unit_grid
from perceptron_gui.ui.surface_view import coolwarm
from perceptron_gui.ui.zoom import scaled

POSITIVE, NEGATIVE = QColor("#c0392b"), QColor("#2471a3")
MARGIN_Y = 24.0  # above the nodes and below them, over the key
MAX_EDGES_DRAWN = 1024  # per layer: the strongest ones, so a 64 × 64 layer still draws fast
THUMBNAIL_POINTS, THUMBNAIL_PIXELS = 24, 96
EDGE_HIT_PIXELS = 4.0
EDGE_EDIT_PIXELS = 10.0  # a double-click this near a connection edits its weight
WEIGHT_LIMIT, WEIGHT_DECIMALS = 1e6, 6  # what a typed weight may be
STRENGTH_LEVELS = 8  # connection widths and opacities drawn
SMOOTH_EDGES = 600  # up to this many connections are antialiased


@dataclass(frozen=True)
class Edge:
    layer: int  # 0 = the connections into the first hidden layer
    piece: int  # maxout's piece (0 otherwise)
    unit: int  # the unit it goes into
    source: int  # 0 = the bias input, k = input (or unit) k of the column before

    def index(self, network: Network) -> tuple[int, ...]:
        """Where its weight is in `network.layer_params[layer]`: [piece,] unit, source."""
        if network.layer_params[self.layer].ndim == 3:
            return self.piece, self.unit, self.source
        return self.unit, self.source


def unit_name(layer: int, unit: int, n_layers: int, output_names: tuple[str, ...]) -> str:
    """h1.3 for unit 3 of hidden layer 1, the output's name for an output unit (0-based arguments)."""
    if layer == n_layers - 1:
        return output_names[unit] if unit < len(output_names) else f"ŷ{unit + 1}"
    return f"h{layer + 1}.{unit + 1}"


class NetworkDiagram(QWidget):
    weightEdited = Signal(object, float)  # the connection (an Edge) and the weight typed for it

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("networkDiagram")
        self.setMouseTracking(True)
        self.setMinimumSize(320, 220)
        self.network: Network | None = None
        self.input_names: tuple[str, ...] = ()
        self.output_names: tuple[str, ...] = ()
        self.slice: tuple[int, int | None, list[float]] = (0, 1, [0.0, 0.0])
        self.hovered_unit: tuple[int, int] | None = None  # (layer, unit) of a hidden or output unit
        self.hover_text = ""
        self.thumbnail: QImage | None = None
        self.thumbnail_values: np.ndarray | None = None  # the hovered unit's outputs, x along axis 0
        self.dead: set[tuple[int, int]] = set()  # (layer, unit) of dead ReLU units
        self.paint_seconds = 0.0  # how long the last paint took
        self.painted_texts: list[tuple[QRectF, str]] = []  # what the last paint wrote, and where
        self.weight_dialog: QInputDialog | None = None  # asking for a weight now

    def show_network(self, network: Network, input_names: tuple[str, ...],
                     output_names: tuple[str, ...], dead: list[tuple[int, int]] = ()) -> None:
        """Draw `network` (its weights as they are now; call again when they change), with its
        `dead` ReLU units (layer, unit) greyed out."""
        self.network, self.input_names, self.output_names = network, input_names, output_names
        self.dead = set(dead)
        if self.hovered_unit is not None:
            self._make_thumbnail(*self.hovered_unit)
        self.update()

    def set_slice(self, x_axis: int, y_axis: int | None, fixed: list[float]) -> None:
        """The inputs the thumbnails sweep, and the values of the others (the surface view's)."""
        self.slice = (x_axis, y_axis, fixed)

    # --- geometry ---------------------------------------------------------------------------
    def columns(self) -> list[int]:
        """Units per column: inputs, each hidden layer, outputs."""
        assert self.network is not None
        return self.network.sizes

    def node_position(self, column: int, index: int) -> QPointF:
        """Centre of node `index` of `column`; index 0 is the bias node of a column that feeds on."""
        x, y = self._centres(column, np.array([index]))
        return QPointF(float(x[0]), float(y[0]))

    def _centres(self, column: int, index: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        sizes = self.columns()
        with_bias = column < len(sizes) - 1
        count = sizes[column] + with_bias
        margin_x = scaled(70.0)  # room for the names, which grow with the zoom
        step_x = (self.width() - 2 * margin_x) / max(len(sizes) - 1, 1)
        slot = self._nodes_height() / count
        position = index if with_bias else index - 1  # outputs have no bias node: index 1… → 0…
        return np.full(index.shape, margin_x + column * step_x), MARGIN_Y + slot * (position + 0.5)

    def _nodes_height(self) -> float:
        """The height the columns of nodes share: all but the margins and the key."""
        return max(self.height() - 2 * MARGIN_Y - self.key_rect().height(), 1.0)

    def node_radius(self) -> float:
        sizes = self.columns()
        slot = self._nodes_height() / (max(sizes) + 1)
        return float(np.clip(slot * 0.38, 2.5, 16.0))

    def key_rect(self) -> QRectF:
        """Where the colour key is painted: a strip along the bottom."""
        height = self.fontMetrics().height() + 8
        return QRectF(0, self.height() - height - 4, self.width(), height)

    def edges(self) -> list[tuple[Edge, float]]:
        """Every connection drawn, with its weight: the strongest MAX_EDGES_DRAWN of each layer."""
        return [(Edge(layer, int(p), int(u), int(k)), float(w))
                for layer, pieces, units, sources, weights in self._edge_arrays()
                for p, u, k, w in zip(pieces, units, sources, weights)]

    def _edge_arrays(self) -> list[tuple[int, np.ndarray, np.ndarray, np.ndarray, np.ndarray]]:
        """Per layer: (layer, piece, unit, source, weight) arrays of the connections drawn."""
        assert self.network is not None
        found = []
        for layer, w in enumerate(self.network.layer_params):
            pieces = w if w.ndim == 3 else w[None]
            flat = np.abs(pieces).ravel()
            keep = np.arange(flat.size) if flat.size <= MAX_EDGES_DRAWN else np.argpartition(
                flat, -MAX_EDGES_DRAWN)[-MAX_EDGES_DRAWN:]
            piece, unit, source = np.unravel_index(keep, pieces.shape)
            found.append((layer, piece, unit, source, pieces.ravel()[keep]))
        return found

    def edge_line(self, edge: Edge) -> tuple[QPointF, QPointF]:
        return self.node_position(edge.layer, edge.source), self.node_position(edge.layer + 1, edge.unit + 1)

    def edge_name(self, edge: Edge) -> str:
        assert self.network is not None
        return parameter_name(self.network, edge.layer, edge.unit, edge.source, edge.piece)

    def node_name(self, column: int, index: int) -> str:
        last = len(self.columns()) - 1
        if index == 0 and column < last:
            return "x0 = 1" if column == 0 else "1"
        if column == 0:
            return self.input_names[index - 1] if index - 1 < len(self.input_names) else f"x{index}"
        return unit_name(column - 1, index - 1, last, self.output_names)

    # --- painting ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update()  # the key and the names are painted in the language on show
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        self.painted_texts = []
        if self.network is None:
            return
        started = time.perf_counter()
        self._draw_edges(painter)
        radius = self.node_radius()
        sizes = self.columns()
        for column, units in enumerate(sizes):
            with_bias = column < len(sizes) - 1
            for index in range(0 if with_bias else 1, units + 1):
                self._draw_node(painter, column, index, radius)
        self._draw_key(painter)
        if self.thumbnail is not None and self.hovered_unit is not None:
            self._draw_thumbnail(painter)
        self.paint_seconds = time.perf_counter() - started

    def _draw_text(self, painter: QPainter, rect: QRectF, flags: Qt.AlignmentFlag, text: str) -> None:
        painter.drawText(rect, flags, text)
        self.painted_texts.append((QRectF(rect), text))

    def _draw_key(self, painter: QPainter) -> None:
        """Red positive, blue negative, the width |w|: a sample line and its meaning, in a row."""
        key = self.key_rect()
        metrics = painter.fontMetrics()
        middle = key.center().y()
        x = 8.0
        for colour, width, text in (
            (POSITIVE, 3.0, self.tr("positive weight")), (NEGATIVE, 3.0, self.tr("negative weight")),
            (QColor("#777777"), None, self.tr("wider: a larger |w|")),
        ):
            if width is None:  # thin to wide: the width grows with the size of the weight
                for step, thickness in enumerate((0.8, 2.4, 4.6)):
                    painter.setPen(QPen(colour, thickness))
                    painter.drawLine(QLineF(x + 9 * step, middle + 5, x + 9 * step + 7, middle - 5))
                x += 30
            else:
                painter.setPen(QPen(colour, width))
                painter.drawLine(QLineF(x, middle, x + 24, middle))
                x += 30
            advance = metrics.horizontalAdvance(text) + 2
            painter.setPen(QColor("#222222"))
            self._draw_text(painter, QRectF(x, key.top(), advance, key.height()),
                            Qt.AlignmentFlag.AlignVCenter, text)
            x += advance + 16

    def _draw_edges(self, painter: QPainter) -> None:
        """Each connection, its colour from its sign and its width and opacity from its size, in
        STRENGTH_LEVELS steps: one pen and one drawLines call per step, whatever the count."""
        edge_sets = self._edge_arrays()
        # smooth lines cost the most to draw: a big network gets plain ones (ten times faster)
        smooth = sum(weights.size for *_, weights in edge_sets) <= SMOOTH_EDGES
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)
        biggest = max((float(np.abs(w).max(initial=0.0)) for *_, w in edge_sets), default=0.0) or 1.0
        for layer, _, units, sources, weights in edge_sets:
            ax, ay = self._centres(layer, sources)
            bx, by = self._centres(layer + 1, units + 1)
            level = np.minimum((np.abs(weights) / biggest * STRENGTH_LEVELS).astype(int), STRENGTH_LEVELS - 1)
            for sign, base in ((True, POSITIVE), (False, NEGATIVE)):
                for step in range(STRENGTH_LEVELS):
                    chosen = np.flatnonzero(((weights >= 0) == sign) & (level == step))
                    if not chosen.size:
                        continue
                    strength = (step + 0.5) / STRENGTH_LEVELS
                    colour = QColor(base)
                    colour.setAlphaF(0.35 + 0.65 * strength)
                    painter.setPen(QPen(colour, scaled(0.5 + 4.5 * strength)))
                    painter.drawLines([QLineF(ax[i], ay[i], bx[i], by[i]) for i in chosen])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

    def _draw_node(self, painter: QPainter, column: int, index: int, radius: float) -> None:
        centre = self.node_position(column, index)
        is_bias = index == 0
        dead = (column - 1, index - 1) in self.dead
        painter.setPen(QPen(QColor("#555555"), scaled(1.2)))
        painter.setBrush(QColor("#fdf2d0") if is_bias else QColor("#9a9a9a") if dead else QColor("#ffffff"))
        painter.drawEllipse(centre, radius, radius)
        metrics = painter.fontMetrics()
        if self._slot_height(column) < metrics.height():
            return  # too many units for a name each
        text = self.node_name(column, index)
        width = metrics.horizontalAdvance(text) + 2
        height = metrics.height()
        painter.setPen(QColor("#222222"))
        if column in (0, len(self.columns()) - 1) or is_bias:  # inputs, outputs, biases: beside
            left = centre.x() - radius - 4 - width if column == 0 else centre.x() + radius + 4
            rect = QRectF(left, centre.y() - height / 2, width, height)
        elif width <= 2 * radius - 2 and height <= 2 * radius + 2:  # a hidden unit: inside it
            rect = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
        else:  # a small hidden unit: above its right side, on white so that the lines do not cross it
            rect = QRectF(centre.x() + radius * 0.5, centre.y() - radius - height, width, height)
            painter.fillRect(rect, QColor(255, 255, 255, 215))
        self._draw_text(painter, rect, Qt.AlignmentFlag.AlignCenter, text)

    def _slot_height(self, column: int) -> float:
        """The height each node of `column` has to itself."""
        sizes = self.columns()
        return self._nodes_height() / (sizes[column] + (column < len(sizes) - 1))

    def _draw_thumbnail(self, painter: QPainter) -> None:
        assert self.hovered_unit is not None and self.thumbnail is not None
        layer, unit = self.hovered_unit
        centre = self.node_position(layer + 1, unit + 1)
        x = centre.x() + 18 if centre.x() + 18 + THUMBNAIL_PIXELS < self.width() else (
            centre.x() - 18 - THUMBNAIL_PIXELS)
        y = float(np.clip(centre.y() - THUMBNAIL_PIXELS / 2, 0, self.height() - THUMBNAIL_PIXELS))
        target = QRectF(x, y, THUMBNAIL_PIXELS, THUMBNAIL_PIXELS)
        painter.drawImage(target, self.thumbnail)
        painter.setPen(QPen(QColor("#333333"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(target)

    # --- hovering ---------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.hover_at(event.position())
        if self.hover_text:
            QToolTip.showText(event.globalPosition().toPoint(), self.hover_text, self)
        else:
            QToolTip.hideText()

    def leaveEvent(self, event) -> None:
        self.hovered_unit, self.thumbnail, self.hover_text = None, None, ""
        self.update()
        super().leaveEvent(event)

    def hover_at(self, point: QPointF) -> None:
        """What is under `point`: a unit (its output map) or a connection (its weight)."""
        if self.network is None:
            return
        unit = self._unit_at(point)
        if unit != self.hovered_unit:
            self.hovered_unit = unit
            self.thumbnail = None
            if unit is not None:
                self._make_thumbnail(*unit)
            self.update()
        if unit is not None:
            layer, index = unit
            x_axis, y_axis, _ = self.slice
            axes = self.input_names[x_axis] + ("" if y_axis is None else f", {self.input_names[y_axis]}")
            self.hover_text = self.tr("{0}: its output over {1} (blue low, red high)").format(
                self.node_name(layer + 1, index + 1), axes)
            if unit in self.dead:
                self.hover_text += self.tr("\nA dead ReLU unit: z ≤ 0 on every row, so f'(z) = 0 and no "
                                           "gradient reaches it — it cannot learn any more.")
            return
        edge = self._edge_at(point)
        if edge is None:
            self.hover_text = ""
            return
        source = self.node_name(edge.layer, edge.source)
        target = self.node_name(edge.layer + 1, edge.unit + 1)
        self.hover_text = self.tr("{0} = {1:.6g}  ({2} → {3})").format(
            self.edge_name(edge), self.weight(edge), source, target)
        self.hover_text += "\n" + self.tr("Double-click to type a new value")

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        edge = self._edge_at(event.position(), scaled(EDGE_EDIT_PIXELS)) if self.network is not None else None
        if edge is None:
            super().mouseDoubleClickEvent(event)
            return
        self.edit_weight(edge)

    def edit_weight(self, edge: Edge) -> QInputDialog:
        """Ask for a new value of the weight of `edge`; `weightEdited` says it once accepted."""
        dialog = QInputDialog(self, objectName="weightDialog")
        dialog.setWindowTitle(self.tr("Set a weight by hand"))
        dialog.setLabelText(self.tr("{0} ({1} → {2}):").format(
            self.edge_name(edge), self.node_name(edge.layer, edge.source),
            self.node_name(edge.layer + 1, edge.unit + 1)))
        dialog.setInputMode(QInputDialog.InputMode.DoubleInput)
        dialog.setDoubleRange(-WEIGHT_LIMIT, WEIGHT_LIMIT)
        dialog.setDoubleDecimals(WEIGHT_DECIMALS)
        dialog.setDoubleStep(0.1)
        dialog.setDoubleValue(self.weight(edge))
        dialog.doubleValueSelected.connect(lambda value: self.weightEdited.emit(edge, value))
        dialog.finished.connect(self._weight_dialog_closed)
        self.weight_dialog = dialog
        dialog.open()
        return dialog

    def _weight_dialog_closed(self) -> None:
        self.weight_dialog.deleteLater()
        self.weight_dialog = None

    def weight(self, edge: Edge) -> float:
        assert self.network is not None
        return float(self.network.layer_params[edge.layer][edge.index(self.network)])

    def _unit_at(self, point: QPointF) -> tuple[int, int] | None:
        radius = max(self.node_radius(), 6.0)
        sizes = self.columns()
        for column in range(1, len(sizes)):
            for index in range(1, sizes[column] + 1):
                centre = self.node_position(column, index)
                if (centre.x() - point.x()) ** 2 + (centre.y() - point.y()) ** 2 <= radius**2:
                    return column - 1, index - 1
        return None

    def _edge_at(self, point: QPointF, within: float = EDGE_HIT_PIXELS) -> Edge | None:
        """The connection nearest `point`, within `within` pixels."""
        best, best_distance = None, within
        for layer, pieces, units, sources, _ in self._edge_arrays():
            ax, ay = self._centres(layer, sources)
            bx, by = self._centres(layer + 1, units + 1)
            dx, dy = bx - ax, by - ay
            t = np.clip(((point.x() - ax) * dx + (point.y() - ay) * dy) / np.maximum(dx * dx + dy * dy, 1e-9),
                        0.0, 1.0)
            distance = np.hypot(ax + t * dx - point.x(), ay + t * dy - point.y())
            nearest = int(np.argmin(distance))
            if distance[nearest] < best_distance:
                best_distance = float(distance[nearest])
                best = Edge(layer, int(pieces[nearest]), int(units[nearest]), int(sources[nearest]))
        return best

    def _make_thumbnail(self, layer: int, unit: int) -> None:
        assert self.network is not None
        x_axis, y_axis, fixed = self.slice
        _, _, z = unit_grid(self.network, layer, unit, THUMBNAIL_POINTS, x_axis, y_axis, fixed)
        if layer == len(self.network.specs) - 1 or self.network.specs[layer].activation == "sigmoid":
            low, high = 0.0, 1.0  # like the output surface: blue 0, red 1
        else:  # tanh, ReLU, …: blue lowest, red highest
            low, high = float(np.nanmin(z)), float(np.nanmax(z))
        scaled = (z - low) / (high - low) if high > low else np.full_like(z, 0.5)
        # image rows run top to bottom: y = 1 at the top, as on the 2D map
        rgba = np.ascontiguousarray(coolwarm().map(np.clip(scaled.T[::-1], 0, 1).ravel(), mode="byte"))
        image = QImage(rgba.data, THUMBNAIL_POINTS, THUMBNAIL_POINTS, 4 * THUMBNAIL_POINTS,
                       QImage.Format.Format_RGBA8888)
        self.thumbnail = image.copy()  # own the pixels: rgba goes away
        self.thumbnail_values = z

"""The network diagram: hover a connection for its weight, a unit for its own output map."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFont, QFontMetrics

from perceptron_gui.core.surface import unit_grid
from perceptron_gui.core.timeline import Timeline
from perceptron_gui.core.trainer import Trainer
from perceptron_gui.ui.network_diagram import (
    MAX_EDGES_DRAWN,
    NEGATIVE,
    POSITIVE,
    THUMBNAIL_POINTS,
    Edge,
    unit_name,
)
from tests.ui.conftest import set_hidden_layers, train_to_the_end, wait_drawn


@pytest.fixture
def diagram(qtbot, window):
    window.docks["diagram"].raise_()
    qtbot.waitUntil(lambda: window.diagram.isVisible() and window.diagram.network is not None)
    return window.diagram


def point(p) -> QPoint:
    return QPoint(round(p.x()), round(p.y()))


def test_the_perceptron_has_three_weights_and_the_bias_input(qtbot, window, diagram):
    edges = diagram.edges()
    assert sorted(e.source for e, _ in edges) == [0, 1, 2]
    assert diagram.node_name(0, 0) == "x0 = 1"
    assert [w for _, w in sorted(edges, key=lambda ew: ew[0].source)] == list(window.session.network.params)


def test_hovering_a_connection_shows_its_live_value(qtbot, window, diagram):
    train_to_the_end(qtbot, window)
    wait_drawn(window)
    start, end = diagram.edge_line(Edge(0, 0, 0, 2))
    middle = (start + end) / 2
    qtbot.mouseMove(diagram, point(middle))
    qtbot.waitUntil(lambda: diagram.hover_text.startswith("w2 = "))
    assert float(diagram.hover_text.split("= ")[1].split()[0]) == pytest.approx(
        window.session.network.params[2], rel=1e-5)
    assert "x2 → y" in diagram.hover_text


def test_hovering_a_hidden_unit_shows_its_output_map(qtbot, window, diagram):
    window.table_editor.select_preset("xor")
    set_hidden_layers(qtbot, window, "2")
    train_to_the_end(qtbot, window)
    wait_drawn(window)
    qtbot.mouseMove(diagram, point(diagram.node_position(1, 2)))  # the second hidden unit
    qtbot.waitUntil(lambda: diagram.thumbnail is not None)
    assert diagram.hovered_unit == (0, 1)
    assert diagram.thumbnail.width() == THUMBNAIL_POINTS
    _, _, expected = unit_grid(window.session.network, 0, 1, THUMBNAIL_POINTS, 0, 1, [0.0, 0.0])
    assert np.array_equal(diagram.thumbnail_values, expected)
    assert "h1.2" in diagram.hover_text
    qtbot.mouseMove(diagram, QPoint(2, 2))  # empty space
    qtbot.waitUntil(lambda: diagram.thumbnail is None and diagram.hover_text == "")


def test_edge_colour_and_width_follow_the_weights(qtbot, window, diagram):
    window.table_editor.select_preset("xor")
    set_hidden_layers(qtbot, window, "4")
    train_to_the_end(qtbot, window)
    wait_drawn(window)
    weights = dict(diagram.edges())
    assert len(weights) == 4 * 3 + 5
    assert sorted(weights.values()) == sorted(window.session.network.params)
    assert all(diagram.weight(e) == w for e, w in weights.items())
    image = diagram.grab().toImage()
    strongest = max(weights, key=lambda e: abs(weights[e]))
    start, end = diagram.edge_line(strongest)
    colour = image.pixelColor(point(start * 0.4 + end * 0.6))
    red = colour.red() > colour.blue()
    assert red == (weights[strongest] > 0)


def test_dead_relu_units_are_greyed_and_reported(qtbot, window, diagram):
    window.table_editor.select_preset("xor")
    window.panel.hidden_activation.setCurrentIndex(window.panel.hidden_activation.findData("relu"))
    set_hidden_layers(qtbot, window, "4")
    network = window.session.network
    network.layer_params[0][2] = [-5.0, -1.0, -1.0]  # unit 3: z < 0 on every row — dead
    session = window.session
    window.session.load_trainer(Trainer(session.table, session.config, network.copy(), timeline=Timeline()))
    train_to_the_end(qtbot, window)
    wait_drawn(window)
    qtbot.waitUntil(lambda: (0, 2) in diagram.dead)
    message = window.statusBar().currentMessage()
    assert "dead ReLU unit" in message and "h1.3" in message
    qtbot.mouseMove(diagram, point(diagram.node_position(1, 3)))
    qtbot.waitUntil(lambda: "A dead ReLU unit" in diagram.hover_text)
    assert np.array_equal(window.session.network.layer_params[0][2], [-5.0, -1.0, -1.0])  # it never learned


def test_a_big_layer_draws_its_strongest_connections(qtbot, window, diagram):
    window.table_editor.inputs_spin.setValue(8)
    set_hidden_layers(qtbot, window, "64,64")
    wait_drawn(window)
    qtbot.waitUntil(lambda: diagram.network is not None and diagram.network.sizes == [8, 64, 64, 1])
    edges = diagram.edges()
    per_layer = [sum(1 for e, _ in edges if e.layer == i) for i in range(3)]
    assert per_layer == [9 * 64, MAX_EDGES_DRAWN, 65]  # 65 × 64 = 4,160 in the middle layer
    middle = np.abs(window.session.network.layer_params[1]).ravel()
    drawn = sorted(abs(w) for e, w in edges if e.layer == 1)
    assert drawn[0] >= np.sort(middle)[-MAX_EDGES_DRAWN]  # the strongest ones
    diagram.grab()
    assert diagram.paint_seconds > 0


def test_hidden_units_are_named_and_a_key_explains_the_connections(qtbot, window, diagram):
    window.table_editor.select_preset("xor")
    set_hidden_layers(qtbot, window, "2")
    wait_drawn(window)
    qtbot.waitUntil(lambda: diagram.network is not None and diagram.network.sizes == [2, 2, 1])
    image = diagram.grab().toImage()
    painted = {text: rect for rect, text in diagram.painted_texts}
    for unit in (1, 2):  # named as the status bar names them, on the unit itself
        name = unit_name(0, unit - 1, 2, ("y",))
        assert name == f"h1.{unit}" and name in painted
        assert (painted[name].center() - diagram.node_position(1, unit)).manhattanLength() < 1.0
    assert {"x0 = 1", "x1", "x2", "y"} <= set(painted)
    key = diagram.key_rect()
    assert {"positive weight", "negative weight", "wider: a larger |w|"} <= set(painted)
    assert all(key.contains(painted[text]) for text in ("positive weight", "negative weight"))
    colours = {image.pixelColor(x, y).name() for x in range(int(key.left()), int(key.right()))
               for y in range(int(key.top()), int(key.bottom()))}
    assert POSITIVE.name() in colours and NEGATIVE.name() in colours  # the key's sample lines
    nodes_bottom = max(diagram.node_position(c, i).y() for c in range(3) for i in range(3 if c < 2 else 2))
    assert nodes_bottom + diagram.node_radius() < key.top()  # the key is clear of the units


def test_the_diagram_paints_its_texts_in_its_own_font(qtbot, window, diagram):
    font = QFont(diagram.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)  # what a zoom does to the window's font
    diagram.setFont(font)
    diagram.grab()
    painted = {text: rect for rect, text in diagram.painted_texts}
    assert painted["x1"].height() == QFontMetrics(font).height()
    assert painted["positive weight"].width() == QFontMetrics(font).horizontalAdvance("positive weight") + 2
    assert diagram.key_rect().height() == QFontMetrics(font).height() + 8  # the key grows with it


def test_double_clicking_a_connection_asks_for_its_weight(qtbot, window, diagram):
    start, end = diagram.edge_line(Edge(0, 0, 0, 1))
    near = (start + end) / 2 + QPointF(0, 6)  # a little off the line: still this connection
    with qtbot.waitSignal(diagram.weightEdited) as edited:
        qtbot.mouseDClick(diagram, Qt.MouseButton.LeftButton, pos=point(near))
        dialog = diagram.weight_dialog
        assert dialog is not None and dialog.isVisible() and dialog.objectName() == "weightDialog"
        assert dialog.labelText() == "w1 (x1 → y):"
        assert dialog.doubleValue() == pytest.approx(window.session.network.params[1], abs=1e-6)
        dialog.setDoubleValue(-2.5)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert edited.args == [Edge(0, 0, 0, 1), -2.5]
    qtbot.mouseDClick(diagram, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))  # nowhere near one
    assert diagram.weight_dialog is None

"""Weights per epoch: the lecture's w0, w1, w2 from the first epoch to the last."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from perceptron_gui.core.config import TrainingConfig
from perceptron_gui.core.network import Network
from perceptron_gui.core.trainer import Trainer
from perceptron_gui.core.truth_table import preset
from perceptron_gui.ui.weights_view import WeightsView
from tests.ui.conftest import set_hidden_layers, train_to_the_end, wait_drawn


@pytest.fixture
def weights_view(qtbot, window):
    window.docks["weights"].raise_()
    qtbot.waitUntil(window.weights_view.isVisible)
    return window.weights_view


def test_the_perceptrons_three_weights_from_start_to_end(qtbot, window, weights_view):
    initial = window.session.network.params.copy()
    train_to_the_end(qtbot, window)
    wait_drawn(window)
    assert [c.name() for c in weights_view.curves] == ["w0", "w1", "w2"]
    for k, curve in enumerate(weights_view.curves):
        x, y = curve.getData()
        assert x[0] == 0 and y[0] == initial[k]
        assert x[-1] == 2000 and y[-1] == window.session.network.params[k]
    x, y = weights_view.curves[1].getData()
    assert len(x) > 100 and np.all(np.diff(x) > 0)
    middle = int(x[len(x) // 2])  # a point drawn is the run's w1 at that epoch
    headless = Trainer(preset("and"), TrainingConfig())
    headless.step(middle)
    assert y[len(x) // 2] == headless.network.params[1]


def test_a_bigger_model_draws_one_curve_set_per_layer(qtbot, window, weights_view):
    window.table_editor.select_preset("xor")
    set_hidden_layers(qtbot, window, "4")
    train_to_the_end(qtbot, window)
    wait_drawn(window)
    assert [c.name() for c in weights_view.curves] == ["layer 1 (12 weights)", "layer 2 (5 weights)"]
    _, y = weights_view.curves[1].getData()
    ends = np.flatnonzero(np.isnan(y))  # one NaN after each weight's line
    assert len(ends) == 5
    last_points = y[ends - 1]
    assert np.array_equal(last_points, window.session.network.layer_params[1].ravel())


def test_a_language_change_renames_the_layer_curves_in_place(qtbot):
    view = WeightsView()
    qtbot.addWidget(view)
    network = Network.build([2, 4, 1], "tanh", "sigmoid")  # 17 weights: one curve set per layer
    epochs = np.arange(0, 50, 10)
    params = np.random.default_rng(0).normal(size=(len(epochs), network.params.size))
    view.show_history(epochs, params, network, [f"w{i}" for i in range(network.params.size)])
    curves = list(view.curves)
    data = [curve.getData() for curve in curves]
    note = view.note.text()
    assert note == "17 weights, one colour per layer."

    QCoreApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))

    assert view.curves == curves  # the same items, still holding their data
    for curve, (x, y) in zip(view.curves, data):
        np.testing.assert_array_equal(curve.getData()[0], x)
        np.testing.assert_array_equal(curve.getData()[1], y)
    assert [c.name() for c in view.curves] == ["layer 1 (12 weights)", "layer 2 (5 weights)"]
    assert [label.text for _, label in view.legend.items] == ["layer 1 (12 weights)", "layer 2 (5 weights)"]
    assert view.note.text() == note
    assert view.plot.getAxis("left").labelText == "weight value"


def test_equal_weights_stay_distinguishable_with_a_legend(qtbot, window, weights_view):
    train_to_the_end(qtbot, window)  # the lecture's AND: w1 and w2 are equal all the way
    wait_drawn(window)
    w1, w2 = (weights_view.curves[k].getData()[1] for k in (1, 2))
    assert np.allclose(w1[len(w1) // 2 :], w2[len(w2) // 2 :], rtol=1e-5)  # one curve over the other
    pens = [curve.opts["pen"] for curve in weights_view.curves]
    styles = [(pen.style(), pen.color().name(), pen.widthF()) for pen in pens]
    assert len(set(styles)) == 3 and len({pen.style() for pen in pens}) == 3  # a dash pattern each
    assert pens[1].widthF() > pens[2].widthF()  # the one below shows round the one above
    assert [label.text for _, label in weights_view.legend.items] == ["w0", "w1", "w2"]
    assert [sample.item for sample, _ in weights_view.legend.items] == weights_view.curves


def test_curves_of_the_same_data_are_drawn_differently(qtbot):
    view = WeightsView()
    qtbot.addWidget(view)
    network = Network.build([3, 1], "tanh", "sigmoid")  # w0 … w3
    epochs = np.arange(0, 50, 10)
    same = np.linspace(0.0, 1.0, len(epochs))
    view.show_history(epochs, np.column_stack([same] * 4), network, ["w0", "w1", "w2", "w3"])
    pens = [curve.opts["pen"] for curve in view.curves]
    assert len({(pen.style(), pen.color().name()) for pen in pens}) == 4
    assert len({pen.style() for pen in pens}) == 4
    assert [label.text for _, label in view.legend.items] == ["w0", "w1", "w2", "w3"]

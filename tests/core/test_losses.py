"""Losses: the lecture's mse with its ½, binary cross-entropy, means over the counted cells."""

from __future__ import annotations

import math
from types import SimpleNamespace

import numpy as np
import pytest

from perceptron_gui.core.accuracy import share_right
from perceptron_gui.core.activations import make_activation
from perceptron_gui.core.cells import ManyModels, OneModel
from perceptron_gui.core.losses import LOSS_FORMULAS, LOSS_TYPES, LOSSES, Targets, make_loss
from perceptron_gui.core.network import Network

NAN = math.nan


def loss_of(outputs_z: np.ndarray, targets: np.ndarray, loss: str, output: str = "linear") -> float:
    """The loss of a network whose output layer's z is `outputs_z` (a linear layer of bias only)."""
    rows, n_out = outputs_z.shape
    net = Network.build([1, n_out], "tanh", output)
    ws = net.workspace(rows)
    ws.inputs[:, 1:] = 0.0
    ws.layers[-1].z[...] = outputs_z
    net.activations[-1].forward(ws.layers[-1].z, ws.output)
    return make_loss(loss, net.activations[-1]).evaluate(ws, Targets(targets), gradient=False)


def test_mse_is_the_lectures_formula_with_the_half():
    # E = (1/N)·½·Σ(ŷ − y)²: errors 0.5, −0.25, 0, 1 → ½·(0.25 + 0.0625 + 0 + 1)/4
    y_hat = np.array([[0.5], [0.75], [1.0], [1.0]])
    y = np.array([[0.0], [1.0], [1.0], [0.0]])
    assert loss_of(y_hat, y, "mse") == pytest.approx(0.5 * 1.3125 / 4, rel=1e-15)


def test_mse_is_a_mean_over_counted_cells_of_several_outputs():
    y_hat = np.array([[0.5, 0.0], [0.75, 0.2], [1.0, 0.9]])
    y = np.array([[0.0, NAN], [1.0, 0.0], [NAN, NAN]])
    # counted: (0.5−0)², (0.75−1)², (0.2−0)² → 3 cells
    expected = 0.5 * (0.25 + 0.0625 + 0.04) / 3
    assert loss_of(y_hat, y, "mse") == pytest.approx(expected, rel=1e-15)


def test_dont_care_cells_do_not_change_the_loss():
    y_hat = np.array([[0.1], [0.9], [0.3], [0.7]])
    with_dont_care = np.array([[0.0], [1.0], [NAN], [1.0]])
    without_row = loss_of(y_hat[[0, 1, 3]], with_dont_care[[0, 1, 3]], "mse")
    assert loss_of(y_hat, with_dont_care, "mse") == pytest.approx(without_row, rel=1e-15)


def test_bce_by_hand_and_with_dont_care():
    z = np.array([[0.0], [2.0], [-1.0], [5.0]])
    y = np.array([[1.0], [0.0], [0.25], [NAN]])
    p = 1 / (1 + np.exp(-z[:3, 0]))
    t = y[:3, 0]
    expected = -np.mean(t * np.log(p) + (1 - t) * np.log(1 - p))
    assert loss_of(z, y, "bce", "sigmoid") == pytest.approx(expected, rel=1e-13)


def test_bce_is_finite_and_warning_free_for_saturated_outputs():
    z = np.array([[-800.0], [800.0], [1e6], [-1e6]])
    y = np.array([[0.0], [1.0], [0.0], [1.0]])
    value = loss_of(z, y, "bce", "sigmoid")
    assert value == pytest.approx((1e6 + 1e6) / 4)
    assert loss_of(z[:2], y[:2], "bce", "sigmoid") == pytest.approx(0.0, abs=1e-300)


def test_every_cell_dont_care_gives_zero_not_a_division_by_zero():
    y_hat = np.array([[0.3], [0.6]])
    assert loss_of(y_hat, np.array([[NAN], [NAN]]), "mse") == 0.0


def test_targets_rows_keep_dont_care():
    t = Targets(np.array([[0.0, NAN], [1.0, 0.5], [NAN, NAN]]))
    assert t.count == 3
    sub = t.rows(np.array([2, 0]))
    assert sub.count == 1
    assert sub.counted.tolist() == [[False, False], [True, False]]


def test_make_loss_refuses_bce_without_sigmoid_and_unknown_names():
    with pytest.raises(ValueError, match="sigmoid output"):
        make_loss("bce", make_activation("tanh"))
    with pytest.raises(ValueError, match="unknown loss 'hinge'"):
        make_loss("hinge", make_activation("sigmoid"))


def test_the_formula_shown_to_students_includes_the_half():
    assert "½" in LOSS_FORMULAS["mse"]


@pytest.mark.parametrize("loss", LOSSES)
def test_every_loss_and_the_accuracy_give_each_model_of_a_batch_what_it_gives_one_model(loss):
    """The one rule in both layouts: rows × outputs (one model) and rows × outputs × models."""
    rng = np.random.default_rng(4)
    targets = np.array([[0.0, 1.0], [1.0, NAN], [0.7, 0.0]])
    activation = make_activation("sigmoid")
    z = rng.normal(0.0, 2.0, (3, 2, 5))
    many = SimpleNamespace(layers=[SimpleNamespace(z=z, output=activation(z), delta=np.zeros_like(z))],
                           cells=ManyModels(z.shape))
    rule, batch_targets = make_loss(loss, activation), Targets(targets[..., None])
    values = rule.evaluate(many, batch_targets).copy()
    c = many.cells
    accuracy = share_right(c.error, batch_targets, c.scratch, c.hit, cell_axes=(0, 1))
    for m in range(z.shape[-1]):
        one = SimpleNamespace(layers=[SimpleNamespace(z=z[..., m].copy(), output=activation(z[..., m]),
                                                      delta=np.zeros((3, 2)))], cells=OneModel((3, 2)))
        assert values[m] == pytest.approx(rule.evaluate(one, Targets(targets)), rel=1e-15)
        np.testing.assert_array_equal(many.layers[0].delta[..., m], one.layers[0].delta)
        c = one.cells
        assert accuracy[m] == share_right(c.error, Targets(targets), c.scratch, c.hit)


def test_the_registry_is_what_the_config_accepts():
    assert LOSSES == tuple(LOSS_TYPES) == tuple(LOSS_FORMULAS)

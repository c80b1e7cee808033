"""The network: shapes, initializations, forward pass, and back propagation checked against
central finite differences of the loss for every activation × loss × topology."""

from __future__ import annotations

import math

import numpy as np
import pytest

from perceptron_gui.core.activations import ACTIVATIONS
from perceptron_gui.core.losses import Targets, make_loss
from perceptron_gui.core.network import LayerSpec, Network
from perceptron_gui.core.truth_table import binary_inputs

TOPOLOGIES = [(), (3,), (3, 2)]
ELU_ALPHA = 0.7  # not the default, so a wrong alpha in the backward pass shows
KINK_GAP = 1e-3  # finite differences need every z (and every maxout race) this far from a kink


def _gradient_cases():
    for hidden in TOPOLOGIES:
        hidden_acts = ACTIVATIONS if hidden else ("tanh",)  # no hidden layer: only the output counts
        for hidden_act in hidden_acts:
            for output_act in ACTIVATIONS:
                for loss in ("mse", "bce"):
                    if loss == "bce" and output_act != "sigmoid":
                        continue
                    yield pytest.param(hidden, hidden_act, output_act, loss,
                                       id=f"{list(hidden)}-{hidden_act}-{output_act}-{loss}")


GRADIENT_CASES = list(_gradient_cases())


def evaluate(net: Network, x: np.ndarray, targets: np.ndarray, loss_name: str, gradient: bool):
    """The loss (and, with `gradient`, the flat ∂E/∂θ) and the workspace of the pass."""
    ws = net.workspace(len(x))
    ws.inputs[:, 1:] = x
    net.forward(ws)
    loss = make_loss(loss_name, net.activations[-1])
    value = loss.evaluate(ws, Targets(targets), gradient=gradient)
    if not gradient:
        return value, None, ws
    ws.grad_flat.fill(np.nan)  # backward must write every entry
    net.backward(ws)
    return value, ws.grad_flat.copy(), ws


def far_from_kinks(net: Network, ws) -> bool:
    for spec, layer in zip(net.specs, ws.layers):
        if spec.activation in ("relu", "leaky_relu", "elu") and np.abs(layer.z).min() < KINK_GAP:
            return False
        if spec.pieces > 1:
            top_two = np.sort(layer.piece_z, axis=0)[-2:]
            if (top_two[1] - top_two[0]).min() < KINK_GAP:
                return False
    return True


def random_problem(hidden, hidden_act, output_act, loss_name, seed):
    """A tiny random table (3 inputs, 2 outputs, fractional targets, some "don't care") and a
    network with random weights away from every kink."""
    rng = np.random.default_rng(seed)
    x = binary_inputs(3)
    targets = rng.random((8, 2))
    targets[rng.random((8, 2)) < 0.3] = np.nan
    targets[0, 0] = 0.8  # at least one counted cell
    net = Network.build([3, *hidden, 2], hidden_act, output_act, maxout_pieces=3 if hidden_act ==
                        "maxout" else 2, elu_alpha=ELU_ALPHA)
    for _ in range(200):
        net.params[:] = rng.normal(0.0, 1.0, net.params.size)
        _, grad, ws = evaluate(net, x, targets, loss_name, gradient=True)
        if far_from_kinks(net, ws) and np.linalg.norm(grad) > 1e-6:
            return net, x, targets
    raise AssertionError("no random draw away from the kinks")


@pytest.mark.parametrize(("hidden", "hidden_act", "output_act", "loss_name"), GRADIENT_CASES)
def test_backward_matches_central_finite_differences(hidden, hidden_act, output_act, loss_name):
    net, x, targets = random_problem(hidden, hidden_act, output_act, loss_name, seed=len(hidden))
    _, analytic, _ = evaluate(net, x, targets, loss_name, gradient=True)
    assert np.all(np.isfinite(analytic))
    h = 1e-6
    numeric = np.empty_like(analytic)
    for i in range(net.params.size):
        saved = net.params[i]
        net.params[i] = saved + h
        up, _, _ = evaluate(net, x, targets, loss_name, gradient=False)
        net.params[i] = saved - h
        down, _, _ = evaluate(net, x, targets, loss_name, gradient=False)
        net.params[i] = saved
        numeric[i] = (up - down) / (2 * h)
    error = np.linalg.norm(analytic - numeric) / (np.linalg.norm(analytic) + np.linalg.norm(numeric))
    assert error < 1e-6, f"relative error {error:.2e}"


def test_dont_care_cells_get_no_gradient():
    """Changing the target of a "don't care" cell changes neither the loss nor the gradient."""
    net, x, targets = random_problem((3,), "tanh", "sigmoid", "mse", seed=5)
    value, grad, _ = evaluate(net, x, targets, "mse", gradient=True)
    for fill in (0.0, 1.0):
        filled_mask = np.isnan(targets)
        assert filled_mask.any()
        other = np.where(filled_mask, np.nan, targets)
        other_value, other_grad, _ = evaluate(net, x, other, "mse", gradient=True)
        assert other_value == value
        assert np.array_equal(other_grad, grad)
        counted_anyway = np.where(filled_mask, fill, targets)
        assert evaluate(net, x, counted_anyway, "mse", gradient=False)[0] != value


def test_single_perceptron_gradient_is_the_lectures_formula():
    """∂E/∂w_k = (1/N)·Σ (ŷ − y)·ŷ·(1 − ŷ)·x_k, and ∂E/∂w_0 without x_k (the bias)."""
    net = Network.build([2, 1], "tanh", "sigmoid")
    net.params[:] = [0.3, -0.7, 0.9]  # w0 (bias), w1, w2
    x, y = binary_inputs(2), np.array([[0.0], [0.0], [0.0], [1.0]])
    _, grad, ws = evaluate(net, x, y, "mse", gradient=True)
    y_hat = 1 / (1 + np.exp(-(0.3 + x @ [-0.7, 0.9])))[:, None]
    assert np.allclose(ws.output, y_hat, rtol=1e-14)
    common = (y_hat - y) * y_hat * (1 - y_hat)
    expected = [common.mean(), (common * x[:, :1]).mean(), (common * x[:, 1:]).mean()]
    np.testing.assert_allclose(grad, expected, rtol=1e-13)


def test_layer_computes_activation_of_w_x_plus_b():
    net = Network.build([2, 2, 1], "relu", "linear")
    hidden, out = net.layer_params
    hidden[:] = [[0.5, 1.0, -2.0], [-1.0, 3.0, 1.0]]  # column 0 is the bias
    out[:] = [[0.25, 2.0, -1.0]]
    x = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    h = np.maximum(0.0, x @ hidden[:, 1:].T + hidden[:, 0])
    expected = h @ out[:, 1:].T + out[:, 0]
    np.testing.assert_allclose(net.predict(x), expected, rtol=1e-15)


def test_maxout_outputs_the_largest_piece():
    net = Network.build([2, 2, 1], "maxout", "sigmoid", maxout_pieces=3)
    assert net.specs[0] == LayerSpec(2, 2, "maxout", 3)
    assert net.layer_params[0].shape == (3, 2, 3)
    rng = np.random.default_rng(1)
    net.params[:] = rng.normal(size=net.params.size)
    w, v = net.layer_params
    x = binary_inputs(2)
    pieces = np.stack([x @ w[k, :, 1:].T + w[k, :, 0] for k in range(3)])
    h = pieces.max(axis=0)
    expected = 1 / (1 + np.exp(-(h @ v[:, 1:].T + v[:, 0])))
    np.testing.assert_allclose(net.predict(x), expected, rtol=1e-14)


def test_sizes_specs_and_flat_parameter_views():
    net = Network.build([3, 4, 2, 1], "tanh", "sigmoid")
    assert net.sizes == [3, 4, 2, 1]
    assert (net.n_inputs, net.n_outputs) == (3, 1)
    assert [s.activation for s in net.specs] == ["tanh", "tanh", "sigmoid"]
    assert [p.shape for p in net.layer_params] == [(4, 4), (2, 5), (1, 3)]
    assert net.params.size == 16 + 10 + 3
    assert net.params.dtype == np.float64
    net.layer_params[1][0, 0] = 7.0
    assert net.params[16] == 7.0  # each layer's parameters are a view of the flat vector
    assert all(np.shares_memory(p, net.params) for p in net.layer_params)


def test_workspace_passes_activations_without_copies():
    net = Network.build([2, 3, 1], "tanh", "sigmoid")
    ws = net.workspace(4)
    assert np.shares_memory(ws.layers[0].output, ws.layers[1].inputs)
    assert np.all(ws.layers[1].inputs[:, 0] == 1.0)


def test_copy_is_independent():
    net = Network.build([2, 1], "tanh", "sigmoid")
    net.params[:] = [1.0, 2.0, 3.0]
    twin = net.copy()
    twin.params[0] = -5.0
    assert net.params.tolist() == [1.0, 2.0, 3.0]
    assert twin.layer_params[0][0, 0] == -5.0


def test_predict_accepts_one_row_and_returns_a_new_array():
    net = Network.build([2, 1], "tanh", "sigmoid")
    net.params[:] = [0.0, 1.0, 1.0]
    one = net.predict([1, 0])
    assert one.shape == (1, 1)
    assert one[0, 0] == pytest.approx(1 / (1 + math.exp(-1)))
    one[0, 0] = 9.0
    assert net.predict([1, 0])[0, 0] != 9.0


def test_uniform_init_is_the_lectures_rand_in_zero_one_bias_included():
    net = Network.build([2, 8, 1], "tanh", "sigmoid")
    net.initialize("uniform", np.random.default_rng(0))
    assert np.all((net.params >= 0) & (net.params < 1))
    assert np.unique(net.params).size == net.params.size


def test_xavier_he_and_zeros_inits():
    net = Network.build([8, 16, 4], "tanh", "sigmoid")
    net.initialize("xavier", np.random.default_rng(0))
    w = net.layer_params[0]
    bound = math.sqrt(6 / (8 + 16))
    assert np.all(w[:, 0] == 0.0)  # biases start at zero
    assert np.all(np.abs(w[:, 1:]) <= bound)
    assert np.abs(w[:, 1:]).max() > 0.8 * bound

    big = Network.build([200, 256, 1], "relu", "sigmoid")
    big.initialize("he", np.random.default_rng(0))
    w = big.layer_params[0]
    assert np.all(w[:, 0] == 0.0)
    assert w[:, 1:].std() == pytest.approx(math.sqrt(2 / 200), rel=0.02)

    net.initialize("zeros", np.random.default_rng(0))
    assert not net.params.any()
    with pytest.raises(ValueError, match="unknown weight init 'normal'"):
        net.initialize("normal", np.random.default_rng(0))


def test_same_generator_seed_gives_the_same_weights():
    a, b = (Network.build([3, 4, 2], "tanh", "sigmoid") for _ in range(2))
    a.initialize("xavier", np.random.default_rng(42))
    b.initialize("xavier", np.random.default_rng(42))
    assert np.array_equal(a.params, b.params)
    b.initialize("xavier", np.random.default_rng(43))
    assert not np.array_equal(a.params, b.params)

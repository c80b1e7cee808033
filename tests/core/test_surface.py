"""The output grid: the engine's forward pass over [0, 1]², the other inputs held fixed."""

from __future__ import annotations

import numpy as np
import pytest

from perceptron_gui.core.network import Network
from perceptron_gui.core.surface import output_grid, rows_on_slice, unit_grid
from perceptron_gui.core.truth_table import binary_inputs, preset


def perceptron(bias: float, *weights: float) -> Network:
    """One sigmoid neuron with hand-set weights, the lecture's perceptron."""
    network = Network.build([len(weights), 1], "tanh", "sigmoid")
    network.params[:] = [bias, *weights]
    return network


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def test_perceptron_grid_is_the_sigmoid_of_its_plane():
    network = perceptron(-6.0, 4.0, 4.0)
    xs, ys, z = output_grid(network, 20, 0, 1, [0.0, 0.0])
    assert xs.shape == ys.shape == (20,)
    assert z.shape == (20, 20)
    np.testing.assert_allclose(xs, np.linspace(0, 1, 20))
    expected = sigmoid(-6.0 + 4.0 * xs[:, None] + 4.0 * ys[None, :])
    np.testing.assert_allclose(z, expected, rtol=1e-12)


def test_corners_equal_the_predictions_of_the_table_rows():
    table = preset("and")
    network = perceptron(-3.0, 2.0, 2.5)
    _, _, z = output_grid(network, 7, 0, 1, [0.0, 0.0])
    corners = [z[0, 0], z[0, -1], z[-1, 0], z[-1, -1]]  # rows (0,0), (0,1), (1,0), (1,1)
    np.testing.assert_allclose(corners, network.predict(table.inputs)[:, 0], rtol=1e-12)


def test_swapping_the_axes_transposes_the_grid():
    network = perceptron(-1.0, 3.0, -2.0)
    _, _, z = output_grid(network, 9, 0, 1, [0.0, 0.0])
    _, _, swapped = output_grid(network, 9, 1, 0, [0.0, 0.0])
    np.testing.assert_allclose(swapped, z.T)


def test_other_inputs_are_held_at_their_fixed_values():
    network = perceptron(-2.0, 1.0, 3.0, 5.0)
    xs, ys, z = output_grid(network, 5, 0, 2, [0.0, 0.3, 0.0])
    expected = sigmoid(-2.0 + 1.0 * xs[:, None] + 3.0 * 0.3 + 5.0 * ys[None, :])
    np.testing.assert_allclose(z, expected, rtol=1e-12)
    _, _, z_fixed_one = output_grid(network, 5, 0, 2, [0.0, 1.0, 0.0])
    assert np.all(z_fixed_one > z)


def test_the_output_index_chooses_the_column():
    network = Network.build([2, 3, 2], "tanh", "sigmoid")
    network.initialize("xavier", np.random.default_rng(4))
    _, _, z0 = output_grid(network, 6, 0, 1, [0.0, 0.0], output=0)
    _, _, z1 = output_grid(network, 6, 0, 1, [0.0, 0.0], output=1)
    rows = binary_inputs(2)
    predicted = network.predict(rows)
    np.testing.assert_allclose([z0[0, 0], z0[0, -1], z0[-1, 0], z0[-1, -1]], predicted[:, 0])
    np.testing.assert_allclose([z1[0, 0], z1[0, -1], z1[-1, 0], z1[-1, -1]], predicted[:, 1])
    assert not np.allclose(z0, z1)


def test_one_input_network_has_no_y_axis():
    network = perceptron(-1.0, 2.0)
    xs, _, z = output_grid(network, 4, 0, None, [0.0])
    np.testing.assert_allclose(z, np.repeat(sigmoid(-1.0 + 2.0 * xs)[:, None], 4, axis=1))


@pytest.mark.parametrize(
    ("size", "x_axis", "y_axis", "fixed", "output"),
    [
        (1, 0, 1, [0, 0], 0),  # a grid of one point
        (5, 0, 0, [0, 0], 0),  # the same input on both axes
        (5, 0, 2, [0, 0], 0),  # no input 2
        (5, 0, 1, [0], 0),  # too few fixed values
        (5, 0, 1, [0, 0], 1),  # no output 1
    ],
)
def test_bad_requests_are_refused(size, x_axis, y_axis, fixed, output):
    with pytest.raises(ValueError):
        output_grid(perceptron(0.0, 1.0, 1.0), size, x_axis, y_axis, fixed, output)


def test_rows_on_slice_keep_the_rows_nearest_the_fixed_values():
    inputs = binary_inputs(3)
    on = rows_on_slice(inputs, [0, 2], [0.0, 0.3, 0.0])
    np.testing.assert_array_equal(inputs[on][:, 1], 0.0)
    assert on.sum() == 4
    up = rows_on_slice(inputs, [0, 2], [0.0, 0.5, 0.0])
    np.testing.assert_array_equal(inputs[up][:, 1], 1.0)
    assert rows_on_slice(binary_inputs(2), [0, 1], [0.7, 0.2]).all()


def test_a_hidden_units_grid_is_its_own_output():
    net = Network.build([3, 2, 1], "tanh", "sigmoid")
    net.params[:] = np.linspace(-1, 1, net.params.size)
    xs, ys, z = unit_grid(net, 0, 1, 5, x_axis=2, y_axis=0, fixed=[0.0, 0.7, 0.0])
    w = net.layer_params[0][1]  # unit 2 of the hidden layer: w0, w1, w2, w3
    expected = np.tanh(w[0] + w[3] * xs[:, None] + w[1] * ys[None, :] + w[2] * 0.7)
    assert np.allclose(z, expected)
    with pytest.raises(ValueError, match="distinct"):
        unit_grid(net, 0, 0, 5, x_axis=1, y_axis=1, fixed=[0.0, 0.0, 0.0])

"""Activations: f against its formula, f' against a central finite difference of f."""

from __future__ import annotations

import numpy as np
import pytest

from perceptron_gui.core.activations import ACTIVATIONS, LEAKY_SLOPE, make_activation

ELEMENTWISE = [name for name in ACTIVATIONS if name != "maxout"]
# Points away from the kink at 0 (relu, leaky relu, elu's second derivative).
Z = np.array([-7.5, -3.0, -1.2, -0.4, -0.05, 0.03, 0.3, 1.1, 2.5, 6.0])


def reference(name: str, z: np.ndarray, alpha: float = 1.0) -> np.ndarray:
    """Each activation written out from the lecture's formulas."""
    return {
        "sigmoid": lambda: 1.0 / (1.0 + np.exp(-z)),
        "tanh": lambda: np.tanh(z),
        "relu": lambda: np.maximum(0.0, z),
        "leaky_relu": lambda: np.maximum(0.1 * z, z),
        "elu": lambda: np.where(z >= 0, z, alpha * (np.exp(z) - 1.0)),
        "linear": lambda: z.copy(),
    }[name]()


def derivative(name: str, z: np.ndarray, alpha: float = 1.0) -> np.ndarray:
    act = make_activation(name, alpha)
    a = act(z)
    out = np.empty_like(z)
    act.derivative(z, a, out)
    return out


@pytest.mark.parametrize("name", ELEMENTWISE)
def test_forward_matches_the_formula(name):
    np.testing.assert_allclose(make_activation(name)(Z), reference(name, Z), rtol=1e-14, atol=1e-15)


@pytest.mark.parametrize("name", ELEMENTWISE)
@pytest.mark.parametrize("alpha", [1.0, 0.3])
def test_derivative_matches_a_central_finite_difference(name, alpha):
    act, h = make_activation(name, alpha), 1e-6
    numeric = (act(Z + h) - act(Z - h)) / (2 * h)
    np.testing.assert_allclose(derivative(name, Z, alpha), numeric, rtol=1e-7, atol=1e-9)


def test_the_derivatives_the_lecture_writes_down():
    s = 1.0 / (1.0 + np.exp(-Z))
    np.testing.assert_allclose(derivative("sigmoid", Z), s * (1 - s), rtol=1e-14)
    np.testing.assert_allclose(derivative("tanh", Z), 1 - np.tanh(Z) ** 2, rtol=1e-14)
    assert derivative("relu", Z).tolist() == [0.0] * 5 + [1.0] * 5
    assert derivative("leaky_relu", Z).tolist() == [LEAKY_SLOPE] * 5 + [1.0] * 5
    assert LEAKY_SLOPE == 0.1
    assert derivative("linear", Z).tolist() == [1.0] * 10


def test_elu_uses_its_alpha():
    act = make_activation("elu", 2.0)
    assert act(np.array([-50.0]))[0] == pytest.approx(-2.0)
    assert act(np.array([3.0]))[0] == 3.0
    assert derivative("elu", np.array([-1.0]), 2.0)[0] == pytest.approx(2.0 * np.exp(-1.0))


def test_sigmoid_is_stable_without_warnings_for_huge_inputs():
    # pytest turns every warning into an error, so an overflow in exp would fail here.
    z = np.array([-1e6, -1e3, -710.0, -40.0, 0.0, 40.0, 710.0, 1e3, 1e6])
    a = make_activation("sigmoid")(z)
    assert np.all(np.isfinite(a))
    assert 0.0 < a[0] <= 1e-300 and a[0] == a[1] == a[2]  # e^−z capped at e^700: no overflow, no subnormal
    assert a[-1] == 1.0
    assert a[4] == 0.5
    assert np.all(np.diff(a) >= 0)
    d = derivative("sigmoid", z)
    assert np.all(np.isfinite(d))
    assert 0.0 <= d[0] <= 1e-300 and d[-1] == 0.0


@pytest.mark.parametrize("name", ELEMENTWISE)
def test_no_warning_for_extreme_inputs(name):
    z = np.array([-1e6, -1e300, 0.0, 1e300, 1e6])
    a = make_activation(name)(z)
    d = derivative(name, z)
    assert not np.isnan(a).any()
    assert not np.isnan(d).any()


def test_maxout_is_linear_inside_and_unknown_names_are_refused():
    assert make_activation("maxout").name == "linear"
    with pytest.raises(ValueError, match="unknown activation 'softmax'"):
        make_activation("softmax")


def test_every_activation_has_a_formula_for_the_ui():
    for name in ELEMENTWISE:
        assert make_activation(name).formula

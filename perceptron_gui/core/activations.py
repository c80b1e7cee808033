"""Activation functions: each is f and its derivative f', side by side, in one registry.

`forward(z, out)` writes f(z); `derivative(z, a, out)` writes f'(z), given a = f(z) too, since
several derivatives are cheapest from the output (σ' = σ(1 − σ), tanh' = 1 − tanh²). Both work
elementwise on arrays of any shape, so the single engine (rows × units) and the batched engine
(rows × units × models) run the same code; neither allocates: every call writes into `out`.
Maxout is not elementwise; the network handles its pieces and uses `linear` inside.
"""

from __future__ import annotations

import numpy as np

LEAKY_SLOPE = 0.1
# 0-d arrays: a ufunc with an array operand costs less than with a Python float. (The hot rules
# also pass `out` by position, and call ufuncs rather than in-place operators: each a little
# cheaper, which counts on 4-row tables, where a call costs more than its arithmetic.)
ONE, ZERO = np.array(1.0), np.array(0.0)
LEAKY_SLOPE_ARRAY, LEAKY_GAP = np.array(LEAKY_SLOPE), np.array(1.0 - LEAKY_SLOPE)
# σ(z) = 1/(1 + e^−z) with e^−z capped at e^700 (1e304): exp never overflows (no warning, no
# infinity), and below z = −700 σ is 1e-304 rather than a subnormal number or 0.
SIGMOID_EXP_CAP = np.array(700.0)


class Activation:
    name: str
    formula: str

    def __init__(self, elu_alpha: float = 1.0) -> None:
        self.alpha = elu_alpha  # only the ELU reads it

    def forward(self, z: np.ndarray, out: np.ndarray) -> None:
        raise NotImplementedError

    def derivative(self, z: np.ndarray, a: np.ndarray, out: np.ndarray) -> None:
        raise NotImplementedError

    def __call__(self, z: np.ndarray) -> np.ndarray:
        out = np.empty_like(z, dtype=np.float64)
        self.forward(z, out)
        return out


class Sigmoid(Activation):
    name, formula = "sigmoid", "σ(z) = 1/(1 + e^−z),  σ'(z) = σ(z)(1 − σ(z))"

    def forward(self, z, out):
        np.negative(z, out)
        np.minimum(out, SIGMOID_EXP_CAP, out=out)  # (NaN stays NaN: a diverged run is still seen)
        np.exp(out, out)
        np.add(out, ONE, out)
        np.reciprocal(out, out)  # 1/x, exactly as np.divide(1, x)

    def derivative(self, z, a, out):
        np.subtract(ONE, a, out)
        np.multiply(out, a, out)


class Tanh(Activation):
    name, formula = "tanh", "tanh(z),  tanh'(z) = 1 − tanh²(z)"

    def forward(self, z, out):
        np.tanh(z, out)

    def derivative(self, z, a, out):
        np.multiply(a, a, out)
        np.subtract(ONE, out, out)


class ReLU(Activation):
    name, formula = "relu", "max(0, z),  f'(z) = 1 if z > 0 else 0"

    def forward(self, z, out):
        np.maximum(z, ZERO, out=out)

    def derivative(self, z, a, out):
        np.greater(z, ZERO, out)


class LeakyReLU(Activation):
    name, formula = "leaky_relu", "max(0.1z, z),  f'(z) = 1 if z > 0 else 0.1"

    def forward(self, z, out):
        np.multiply(z, LEAKY_SLOPE_ARRAY, out)
        np.maximum(z, out, out=out)

    def derivative(self, z, a, out):  # 1·(1 − s) + s = 1 and 0·(1 − s) + s = s, both exactly
        np.greater(z, ZERO, out)
        out *= LEAKY_GAP
        out += LEAKY_SLOPE_ARRAY


class ELU(Activation):
    name, formula = "elu", "z if z ≥ 0 else α(e^z − 1),  f'(z) = 1 if z ≥ 0 else f(z) + α"

    def forward(self, z, out):
        np.minimum(z, ZERO, out=out)
        np.expm1(out, out)
        out *= self.alpha
        np.copyto(out, z, where=z >= 0.0)

    def derivative(self, z, a, out):
        np.add(a, self.alpha, out)
        np.copyto(out, 1.0, where=z >= 0.0)


class Linear(Activation):
    name, formula = "linear", "f(z) = z,  f'(z) = 1"

    def forward(self, z, out):
        np.copyto(out, z)

    def derivative(self, z, a, out):
        out.fill(1.0)


# Every activation a config may name, in the order the window lists them; maxout's pieces are linear.
ACTIVATION_TYPES: dict[str, type[Activation]] = {
    "sigmoid": Sigmoid, "tanh": Tanh, "relu": ReLU, "leaky_relu": LeakyReLU, "elu": ELU,
    "maxout": Linear, "linear": Linear,
}
ACTIVATIONS = tuple(ACTIVATION_TYPES)
MAXOUT_FORMULA = "max_k(W_k·x + b_k),  ∂/∂W_k = x for the winning piece k, 0 for the others"


def make_activation(name: str, elu_alpha: float = 1.0) -> Activation:
    """The elementwise activation called `name`; maxout's pieces are linear."""
    if name not in ACTIVATION_TYPES:
        raise ValueError(f"unknown activation {name!r}; choose one of {', '.join(ACTIVATIONS)}")
    return ACTIVATION_TYPES[name](elu_alpha)

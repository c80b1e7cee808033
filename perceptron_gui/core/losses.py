"""Losses, as means over the counted cells (rows × outputs that are not "don't care").

mse is the lecture's E = (1/N)·½·Σ(ŷ − y)²: the reported value includes the ½, so that
∂E/∂ŷ = (ŷ − y)/N. bce is binary cross-entropy, computed from the output layer's z for
stability; it needs a sigmoid output, and then ∂E/∂z = (ŷ − y)/N.
"""

from __future__ import annotations

import numpy as np

from perceptron_gui.core.accuracy import right_within
from perceptron_gui.core.activations import Activation
from perceptron_gui.core.network import Workspace

LOSSES = ("mse", "bce")
LOSS_FORMULAS = {
    "mse": "E = (1/N)·½·Σ(ŷ − y)²,  ∂E/∂ŷ = (ŷ − y)/N",
    "bce": "E = −(1/N)·Σ[y·ln ŷ + (1 − y)·ln(1 − ŷ)],  ∂E/∂z = (ŷ − y)/N",
}


class Targets:
    """A table's targets ready for a loss and the accuracy: values (0 where "don't care"), which
    cells count, and how close ŷ must come to be right (core.accuracy)."""

    def __init__(self, targets: np.ndarray) -> None:
        counted = ~np.isnan(targets)
        self.values = np.where(counted, targets, 0.0)
        self.counted = counted
        self.count = int(counted.sum())
        # None when every cell counts, so the common case skips a multiplication.
        self.weights = None if self.count == counted.size else counted.astype(np.float64)
        # 1/N as a 0-d array for ufuncs, and ½·(1/N) as a float for the mse value: both per epoch.
        self.inv_count = np.array(1.0 / max(self.count, 1))
        self.half_inv_count = 0.5 * float(self.inv_count)
        self.right_within = right_within(targets)

    def rows(self, index: np.ndarray) -> Targets:
        subset = self.values[index].copy()
        subset[~self.counted[index]] = np.nan
        return Targets(subset)


class Loss:
    name: str

    def __init__(self, output_activation: Activation) -> None:
        self.output_activation = output_activation

    def evaluate(self, ws: Workspace, targets: Targets, gradient: bool = True) -> float:
        """E for the rows in `ws` (after a forward pass); with `gradient`, ∂E/∂z into the last delta.

        Leaves ŷ − y (0 where "don't care") in ws.error.
        """
        np.subtract(ws.output, targets.values, out=ws.error)
        if targets.weights is not None:
            ws.error *= targets.weights
        value = self._value(ws, targets)
        if gradient:
            self._delta(ws, targets)
        return value

    def _value(self, ws: Workspace, targets: Targets) -> float:
        raise NotImplementedError

    def _delta(self, ws: Workspace, targets: Targets) -> None:
        raise NotImplementedError


class MeanSquaredError(Loss):
    name = "mse"

    def _value(self, ws, targets):
        return float(ws.error_flat.dot(ws.error_flat)) * targets.half_inv_count

    def _delta(self, ws, targets):
        out = ws.layers[-1]
        self.output_activation.derivative(out.z, out.output, out.delta)
        out.delta *= ws.error
        out.delta *= targets.inv_count


class BinaryCrossEntropy(Loss):
    name = "bce"

    def _value(self, ws, targets):
        z = ws.layers[-1].z
        # −[y ln σ(z) + (1 − y) ln(1 − σ(z))] = max(z, 0) − y·z + ln(1 + e^−|z|), stable for any z
        cell = np.maximum(z, 0.0) - targets.values * z + np.log1p(np.exp(-np.abs(z)))
        if targets.weights is not None:
            cell *= targets.weights
        return float(cell.sum()) * float(targets.inv_count)

    def _delta(self, ws, targets):
        np.multiply(ws.error, targets.inv_count, out=ws.layers[-1].delta)


def make_loss(name: str, output_activation: Activation) -> Loss:
    if name == "mse":
        return MeanSquaredError(output_activation)
    if name == "bce":
        if output_activation.name != "sigmoid":
            raise ValueError("binary cross-entropy needs outputs in (0, 1): use a sigmoid output")
        return BinaryCrossEntropy(output_activation)
    raise ValueError(f"unknown loss {name!r}; choose one of {', '.join(LOSSES)}")

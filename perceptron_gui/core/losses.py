"""Losses, as means over the counted cells (rows × outputs that are not "don't care"), in one
registry; each is E and ∂E/∂z of the output layer, written once for both engines.

mse is the lecture's E = (1/N)·½·Σ(ŷ − y)²: the reported value includes the ½, so that
∂E/∂ŷ = (ŷ − y)/N. bce is binary cross-entropy, computed from the output layer's z for
stability; it needs a sigmoid output, and then ∂E/∂z = (ŷ − y)/N.

A loss reads the output layer of a pass (`z`, `output`, `delta`) and its `Cells` (core.cells):
rows × outputs for one model, rows × outputs × models for a batch, with `Targets` shaped to match.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np

from perceptron_gui.core.accuracy import right_within
from perceptron_gui.core.activations import Activation
from perceptron_gui.core.cells import Cells

MSE_FORMULA = "E = (1/N)·½·Σ(ŷ − y)²"
LOSS_FORMULAS = {
    "mse": f"{MSE_FORMULA},  ∂E/∂ŷ = (ŷ − y)/N",
    "bce": "E = −(1/N)·Σ[y·ln ŷ + (1 − y)·ln(1 − ŷ)],  ∂E/∂z = (ŷ − y)/N",
}


class Targets:
    """A table's targets ready for a loss and the accuracy: values (0 where "don't care"), which
    cells count, and how close ŷ must come to be right (core.accuracy). For a batch, pass the
    targets with a last axis of 1 (rows × outputs × 1): they then broadcast over the models."""

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


class OutputLayer(Protocol):
    z: np.ndarray
    output: np.ndarray
    delta: np.ndarray


class Pass(Protocol):
    """What a loss reads of a forward pass: the layers (the last is the output) and the cells."""

    layers: list
    cells: Cells


class Loss:
    name: str

    def __init__(self, output_activation: Activation) -> None:
        self.output_activation = output_activation

    def evaluate(self, ws: Pass, targets: Targets, gradient: bool = True) -> float | np.ndarray:
        """E of the pass in `ws` (a float, or one per model); with `gradient`, ∂E/∂z into the
        output layer's delta. Leaves ŷ − y (0 where "don't care") in ws.cells.error."""
        out, cells = ws.layers[-1], ws.cells
        np.subtract(out.output, targets.values, cells.error)
        if targets.weights is not None:
            cells.error *= targets.weights
        value = self._value(out, cells, targets)
        if gradient:
            self._delta(out, cells.error, targets)
        return value

    def _value(self, out: OutputLayer, cells: Cells, targets: Targets) -> float | np.ndarray:
        raise NotImplementedError

    def _delta(self, out: OutputLayer, error: np.ndarray, targets: Targets) -> None:
        raise NotImplementedError


class MeanSquaredError(Loss):
    name = "mse"

    def _value(self, out, cells, targets):
        return cells.sum_of_squares(targets.half_inv_count)

    def _delta(self, out, error, targets):
        delta = out.delta
        self.output_activation.derivative(out.z, out.output, delta)
        np.multiply(delta, error, delta)
        np.multiply(delta, targets.inv_count, delta)


class BinaryCrossEntropy(Loss):
    name = "bce"

    def __init__(self, output_activation: Activation) -> None:
        if output_activation.name != "sigmoid":
            raise ValueError("binary cross-entropy needs outputs in (0, 1): use a sigmoid output")
        super().__init__(output_activation)

    def _value(self, out, cells, targets):
        # −[y ln σ(z) + (1 − y) ln(1 − σ(z))] = max(z, 0) − y·z + ln(1 + e^−|z|), stable for any z
        z, cell, scratch = out.z, cells.scratch, cells.scratch2
        np.maximum(z, 0.0, out=cell)
        np.multiply(targets.values, z, scratch)
        cell -= scratch
        np.abs(z, scratch)
        np.negative(scratch, scratch)
        np.exp(scratch, scratch)
        np.log1p(scratch, scratch)
        cell += scratch
        if targets.weights is not None:
            cell *= targets.weights
        return cells.total(cell, targets.inv_count)

    def _delta(self, out, error, targets):
        np.multiply(error, targets.inv_count, out.delta)


LOSS_TYPES: dict[str, type[Loss]] = {"mse": MeanSquaredError, "bce": BinaryCrossEntropy}
LOSSES = tuple(LOSS_TYPES)


def make_loss(name: str, output_activation: Activation) -> Loss:
    if name not in LOSS_TYPES:
        raise ValueError(f"unknown loss {name!r}; choose one of {', '.join(LOSSES)}")
    return LOSS_TYPES[name](output_activation)

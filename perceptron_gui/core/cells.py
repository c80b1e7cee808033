"""The output cells a loss and the accuracy reduce over: rows × outputs for one model, rows ×
outputs × models for a batch (models on the last axis).

Both engines keep ŷ − y and the loss's scratch here and call the same loss and accuracy rules
(core.losses, core.accuracy); only the sum over the cells is each engine's own kernel, as the
forward and backward passes are: one BLAS dot for one model, a reduction over the rows and
outputs axes, vectorized over the models, for a batch.
"""

from __future__ import annotations

import numpy as np


class Cells:
    """ŷ − y (0 where "don't care"), scratch of the same shape, and a boolean mask of hits."""

    def __init__(self, shape: tuple[int, ...]) -> None:
        self.error = np.zeros(shape)
        self.scratch = np.zeros(shape)
        self.scratch2 = np.zeros(shape)
        self.hit = np.zeros(shape, dtype=bool)

    def sum_of_squares(self, scale: float) -> float | np.ndarray:
        """scale · Σ (ŷ − y)² per model."""
        raise NotImplementedError

    def total(self, cells: np.ndarray, scale: np.ndarray) -> float | np.ndarray:
        """scale · Σ cells per model."""
        raise NotImplementedError



class OneModel(Cells):
    def __init__(self, shape: tuple[int, int]) -> None:
        super().__init__(shape)
        self._flat = self.error.reshape(-1)

    def sum_of_squares(self, scale):
        return float(self._flat.dot(self._flat)) * scale

    def total(self, cells, scale):
        return float(cells.sum()) * float(scale)



class ManyModels(Cells):
    """Sums into one preallocated value per model (the last axis)."""

    def __init__(self, shape: tuple[int, int, int]) -> None:
        super().__init__(shape)
        self.value = np.zeros(shape[2])

    def sum_of_squares(self, scale):
        np.multiply(self.error, self.error, self.scratch)
        return self.total(self.scratch, scale)

    def total(self, cells, scale):
        np.add.reduce(cells, axis=(0, 1), out=self.value)
        self.value *= scale
        return self.value


"""When a network's output counts as right: the one rule of the accuracy (both engines) and of
the truth table's green and red.

A target of 0 or 1 is a class: ŷ is right on its side of 0.5 by a visible margin,
|ŷ − y| < 0.499, so the single perceptron's 0.5 ± 1e-10 on XOR is undecided on every row, not
right by rounding noise. A target strictly between 0 and 1 is a value to reach: ŷ is right within
0.05 of it, |ŷ − y| < 0.05 (for 0.7, ŷ = 0.69 is right and ŷ = 0.375 is not).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from perceptron_gui.core.losses import Targets

CLASS_RIGHT_WITHIN = 0.499  # a target of 0 or 1
VALUE_RIGHT_WITHIN = 0.05  # a target strictly between 0 and 1


def right_within(targets: np.ndarray) -> np.ndarray:
    """Per cell, the bound |ŷ − y| must stay below to be right (a "don't care" NaN gets the class
    bound: its error is counted as 0). A 0-d array when every target is 0, 1 or don't care: one
    bound for all, the cheapest operand for a ufunc."""
    targets = np.asarray(targets, dtype=np.float64)
    fractional = (targets > 0.0) & (targets < 1.0)
    if not fractional.any():
        return np.array(CLASS_RIGHT_WITHIN)
    return np.where(fractional, VALUE_RIGHT_WITHIN, CLASS_RIGHT_WITHIN)


def is_right(output: float, target: float) -> bool:
    """One cell: is ŷ = `output` right for `target` (not "don't care")?"""
    return bool(cells_right(np.array(output), np.array(target)))


def cells_right(outputs: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """Per cell, whether ŷ is right for its target; a "don't care" cell is never wrong."""
    return np.isnan(targets) | (np.abs(outputs - targets) < right_within(targets))


def share_right(error: np.ndarray, targets: Targets, scratch: np.ndarray, hit: np.ndarray,
                cell_axes: tuple[int, int] | None = None) -> float | np.ndarray:
    """Share of the counted cells that are right, from ŷ − y (0 where "don't care", as a loss
    leaves it): of all of `error` (one model), or one share per index of the other axes when
    `cell_axes` names the rows and outputs axes (models of a batch; epochs of a block). `scratch`
    and `hit` are buffers shaped like `error`."""
    if cell_axes is None:
        per_share, shares = error.size, ()
    else:
        per_share = error.shape[cell_axes[0]] * error.shape[cell_axes[1]]
        shares = tuple(n for axis, n in enumerate(error.shape) if axis not in cell_axes)
    if targets.count == 0:
        return 1.0 if cell_axes is None else np.ones(shares)
    np.abs(error, scratch)
    np.less(scratch, targets.right_within, hit)
    # "don't care" cells have error 0, so they are hits: take them back out.
    return (np.count_nonzero(hit, axis=cell_axes) - (per_share - targets.count)) / targets.count

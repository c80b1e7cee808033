"""Can a single perceptron learn this column? An exact linear-separability test.

A column is linearly separable when some w, b put every row with target ≥ 0.5 on one side of the
plane w·x + b = 0 and every row below 0.5 on the other. Scaling w and b makes the margin 1, so this
is the linear program "find w, b with w·x + b ≥ 1 on the ones and ≤ −1 on the zeros", solved for
feasibility by HiGHS through `scipy.optimize.linprog`. "Don't care" rows take no part.
"""

from __future__ import annotations

import numpy as np
from scipy.optimize import linprog

from perceptron_gui.core.truth_table import TruthTable

PLATEAU_EPOCHS = 200


def linearly_separable(inputs: np.ndarray, targets: np.ndarray) -> bool:
    """True if a plane separates the rows whose target is ≥ 0.5 from the others (NaN rows ignored)."""
    counted = ~np.isnan(targets)
    x, ones = inputs[counted], targets[counted] >= 0.5
    if ones.all() or not ones.any():
        return True
    sign = np.where(ones, -1.0, 1.0)  # −(w·x + b) ≤ −1 for ones, (w·x + b) ≤ −1 for zeros
    a_ub = sign[:, None] * np.column_stack([x, np.ones(len(x))])
    result = linprog(np.zeros(a_ub.shape[1]), A_ub=a_ub, b_ub=-np.ones(len(x)),
                     bounds=(None, None), method="highs")
    if result.status not in (0, 2):  # 0: feasible, 2: infeasible; anything else is not an answer
        raise RuntimeError(f"the separability test failed: {result.message}")
    return bool(result.status == 0)


def separable_outputs(table: TruthTable) -> list[bool]:
    """For each output column of `table`: can a single perceptron learn it?"""
    return [linearly_separable(table.inputs, table.targets[:, j]) for j in range(table.n_outputs)]


def plateaued(losses: np.ndarray, window: int = PLATEAU_EPOCHS, tolerance: float = 1e-3) -> bool:
    """The loss has stopped falling: over the last `window` epochs it fell by less than
    `tolerance` of its value (and it is not already near zero)."""
    if losses.size < window:
        return False
    last = float(losses[-1])
    return last > 1e-3 and float(losses[-window]) - last <= tolerance * last

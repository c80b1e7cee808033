"""Can a single perceptron learn this column? An exact linear-separability test.

A column is linearly separable when some w, b put every row with target ≥ 0.5 on one side of the
plane w·x + b = 0 and every row below 0.5 on the other. Scaling w and b makes the margin 1, so this
is the linear program "find w, b with w·x + b ≥ 1 on the ones and ≤ −1 on the zeros", solved for
feasibility by HiGHS (the `highspy` package, imported when the first test runs). "Don't care" rows
take no part.
"""

from __future__ import annotations

import numpy as np

from perceptron_gui.core.truth_table import TruthTable

PLATEAU_EPOCHS = 200


def linearly_separable(inputs: np.ndarray, targets: np.ndarray) -> bool:
    """True if a plane separates the rows whose target is ≥ 0.5 from the others (NaN rows ignored)."""
    counted = ~np.isnan(targets)
    x, ones = inputs[counted], targets[counted] >= 0.5
    if ones.all() or not ones.any():
        return True
    sign = np.where(ones, -1.0, 1.0)  # −(w·x + b) ≤ −1 for ones, (w·x + b) ≤ −1 for zeros
    return _feasible(sign[:, None] * np.column_stack([x, np.ones(len(x))]), -np.ones(len(x)))


def _feasible(a: np.ndarray, upper: np.ndarray) -> bool:
    """Is there any v (unbounded) with a·v ≤ upper? HiGHS's answer to the LP with no objective."""
    import highspy  # about 10 ms: only when the advisor first asks

    # The plain solver: highspy.Highs wraps it with callbacks whose set-up prints a banner on stdout.
    solver = highspy._Highs()
    solver.setOptionValue("output_flag", False)  # before anything else, or it logs
    rows, columns = a.shape
    lp = highspy.HighsLp()
    lp.num_col_, lp.num_row_ = columns, rows
    lp.col_cost_ = np.zeros(columns)
    lp.col_lower_, lp.col_upper_ = np.full(columns, -highspy.kHighsInf), np.full(columns, highspy.kHighsInf)
    lp.row_lower_, lp.row_upper_ = np.full(rows, -highspy.kHighsInf), upper
    lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
    lp.a_matrix_.start_ = np.arange(0, a.size + 1, columns, dtype=np.int32)
    lp.a_matrix_.index_ = np.tile(np.arange(columns, dtype=np.int32), rows)
    lp.a_matrix_.value_ = a.ravel()
    solver.passModel(lp)
    solver.run()
    status = solver.getModelStatus()
    # With no objective nothing is unbounded: presolve's "unbounded or infeasible" means infeasible.
    infeasible = (highspy.HighsModelStatus.kInfeasible, highspy.HighsModelStatus.kUnboundedOrInfeasible)
    if status != highspy.HighsModelStatus.kOptimal and status not in infeasible:
        raise RuntimeError(f"the separability test failed: HiGHS says {solver.modelStatusToString(status)}")
    return status == highspy.HighsModelStatus.kOptimal


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

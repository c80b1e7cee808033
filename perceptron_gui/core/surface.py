"""The network's output over a grid of two inputs in [0, 1]², the others held fixed.

This is the lecture's 3D surface ("AND logic"): ŷ over x1, x2 on a 20 × 20 grid. The values
come from the engine's own forward pass, `Network.predict`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from perceptron_gui.core.network import Network


def output_grid(
    network: Network,
    size: int,
    x_axis: int,
    y_axis: int | None,
    fixed: Sequence[float],
    output: int = 0,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Output `output` over a size × size grid: returns (xs, ys, z), z[i, j] = ŷ at (xs[i], ys[j]).

    Inputs `x_axis` and `y_axis` (indices) sweep [0, 1]; every other input i is held at
    `fixed[i]` (the entries of the two axes are ignored). With a one-input network pass
    y_axis=None: z then does not change along ys.
    """
    if not 0 <= output < network.n_outputs:
        raise ValueError(f"output {output} is not one of 0…{network.n_outputs - 1}")
    return unit_grid(network, len(network.specs) - 1, output, size, x_axis, y_axis, fixed)


def unit_grid(
    network: Network,
    layer: int,
    unit: int,
    size: int,
    x_axis: int,
    y_axis: int | None,
    fixed: Sequence[float],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Like `output_grid`, for the output a of any unit: `unit` of layer `layer` (0 = first hidden)."""
    n = network.n_inputs
    axes = [x_axis] if y_axis is None else [x_axis, y_axis]
    if size < 2:
        raise ValueError(f"a grid needs at least 2 points a side, not {size}")
    if len(fixed) != n:
        raise ValueError(f"fixed needs one value per input ({n}), not {len(fixed)}")
    if len(set(axes)) != len(axes) or not all(0 <= a < n for a in axes):
        raise ValueError(f"axes {axes} must be distinct inputs of 0…{n - 1}")
    xs = np.linspace(0.0, 1.0, size)
    ys = np.linspace(0.0, 1.0, size)
    rows = np.empty((size * size, n))
    rows[:] = np.asarray(fixed, dtype=np.float64)
    gx, gy = np.meshgrid(xs, ys, indexing="ij")
    rows[:, x_axis] = gx.ravel()
    if y_axis is not None:
        rows[:, y_axis] = gy.ravel()
    z = network.layer_outputs(rows)[layer][:, unit].reshape(size, size)
    return xs, ys, z


def rows_on_slice(inputs: np.ndarray, axes: Sequence[int], fixed: Sequence[float]) -> np.ndarray:
    """Which binary input rows lie on the plotted slice: a boolean mask, one entry a row.

    A row is on it when each input off the axes equals its fixed value rounded to 0 or 1
    (0.5 rounds up), so a plot of the slice shows the table rows nearest to it.
    """
    others = [i for i in range(inputs.shape[1]) if i not in axes]
    nearest = (np.asarray(fixed, dtype=np.float64)[others] >= 0.5).astype(np.float64)
    return np.all(inputs[:, others] == nearest, axis=1)

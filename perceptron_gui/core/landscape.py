"""The loss over a plane through weight space, and the training path projected onto it.

Parameters on the plane are `origin + a·d1 + b·d2`. For a model with at most three parameters the
plane is spanned by two of its weights, the others held at their current values, and (a, b) are
those two weights themselves. For a bigger model it passes through the current weights along two
random directions, filter-normalized (Li et al., "Visualizing the Loss Landscape of Neural Nets",
2018): each unit's slice of a direction is scaled to the norm of that unit's weights, so the picture
does not depend on how the weights happen to be scaled.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from perceptron_gui.core.inspection import LossProbe
from perceptron_gui.core.network import Network, parameter_name, split_flat

MAX_AXIS_PARAMS = 3  # up to this many parameters, the plane is spanned by two of the weights
GRID_FLOPS = 2e8  # a loss surface costs about this much, whatever the model: its resolution adapts
MIN_RESOLUTION, MAX_RESOLUTION = 15, 61


@dataclass(frozen=True)
class Plane:
    origin: np.ndarray
    d1: np.ndarray
    d2: np.ndarray
    labels: tuple[str, str]

    def __post_init__(self) -> None:
        # the least-squares projection onto the plane, once: pinv([d1 d2]) is 2 × parameters
        object.__setattr__(self, "_projector", np.linalg.pinv(np.column_stack([self.d1, self.d2])))

    def params(self, a: float, b: float) -> np.ndarray:
        return self.origin + a * self.d1 + b * self.d2

    def coordinates(self, params: np.ndarray) -> np.ndarray:
        """(a, b) of each parameter vector (rows) projected onto the plane, by least squares."""
        return (np.atleast_2d(params) - self.origin) @ self._projector.T


def parameter_names(network: Network) -> list[str]:
    """w0, w1, w2 for the perceptron (the lecture's names); with layers, w[layer]_unit,k."""
    names = []
    for i, spec in enumerate(network.specs):
        for index in np.ndindex(*spec.shape):
            *piece, unit, k = index
            names.append(parameter_name(network, i, unit, k, *piece))
    return names


def axis_plane(center: np.ndarray, first: int, second: int, names: list[str]) -> Plane:
    """The plane of parameters `first` and `second`, the others at `center`'s values."""
    origin = center.copy()
    origin[[first, second]] = 0.0
    d1, d2 = np.zeros_like(center), np.zeros_like(center)
    d1[first] = d2[second] = 1.0
    return Plane(origin, d1, d2, (names[first], names[second]))


def random_plane(network: Network, center: np.ndarray, seed: int) -> Plane:
    """Through `center`, along two filter-normalized random directions."""
    rng = np.random.default_rng([seed, 2])
    directions = []
    for _ in range(2):
        d = rng.standard_normal(center.size)
        for d_layer, w_layer in zip(split_flat(d, network.specs), split_flat(center, network.specs)):
            d_norm = np.linalg.norm(d_layer, axis=-1, keepdims=True)
            w_norm = np.linalg.norm(w_layer, axis=-1, keepdims=True)
            d_layer *= w_norm / np.maximum(d_norm, 1e-12)
        directions.append(d)
    return Plane(center.copy(), directions[0], directions[1], ("direction 1", "direction 2"))


def resolution(network: Network, rows: int) -> int:
    """Grid points per side for a surface that costs about GRID_FLOPS."""
    flops_per_loss = 2 * rows * network.params.size
    return int(np.clip(np.sqrt(GRID_FLOPS / flops_per_loss), MIN_RESOLUTION, MAX_RESOLUTION))


def span(values: np.ndarray, margin: float = 0.25, minimum: float = 1.0) -> tuple[float, float]:
    """A range around `values` (finite ones), widened by `margin` of its size and at least `minimum`."""
    finite = values[np.isfinite(values)]
    low, high = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 0.0)
    pad = max((high - low) * margin, (minimum - (high - low)) / 2, 0.0)
    return low - pad, high + pad


def loss_surface(probe: LossProbe, plane: Plane, a_values: np.ndarray, b_values: np.ndarray) -> np.ndarray:
    """E at every (a, b) of the grid, shaped len(b_values) × len(a_values); inf where it overflows."""
    surface = np.empty((b_values.size, a_values.size))
    for row, b in enumerate(b_values):
        for column, a in enumerate(a_values):
            surface[row, column] = probe.loss_at(plane.params(a, b))
    surface[~np.isfinite(surface)] = np.inf
    return surface

"""Loss landscapes: planes, projections, filter normalization and the surface's values."""

from __future__ import annotations

import numpy as np
import pytest

from perceptron_gui.core.config import TrainingConfig
from perceptron_gui.core.inspection import LossProbe
from perceptron_gui.core.landscape import (
    MAX_RESOLUTION,
    MIN_RESOLUTION,
    axis_plane,
    loss_surface,
    parameter_names,
    random_plane,
    resolution,
    span,
)
from perceptron_gui.core.network import split_flat
from perceptron_gui.core.trainer import Trainer
from perceptron_gui.core.truth_table import preset


def trained(table: str, epochs: int, **settings) -> Trainer:
    trainer = Trainer(preset(table), TrainingConfig(**settings))
    trainer.step(epochs)
    return trainer


def test_parameter_names():
    assert parameter_names(trained("and", 0).network) == ["w0", "w1", "w2"]
    names = parameter_names(trained("xor", 0, hidden_layers=(2,)).network)
    assert names[:3] == ["w[1]1,0", "w[1]1,1", "w[1]1,2"]
    assert names[-1] == "w[2]1,2" and len(names) == 9
    maxout = parameter_names(trained("xor", 0, hidden_layers=(2,), hidden_activation="maxout").network)
    assert maxout[0] == "w[1]p1,1,0" and len(maxout) == 2 * 2 * 3 + 3


def test_an_axis_plane_is_two_weights_the_others_held():
    trainer = trained("and", 500)
    center = trainer.network.params.copy()
    plane = axis_plane(center, 1, 2, ["w0", "w1", "w2"])
    assert plane.labels == ("w1", "w2")
    assert np.allclose(plane.coordinates(center), [center[1:]])
    assert np.array_equal(plane.params(center[1], center[2]), center)
    a = np.array([center[1] - 1, center[1], center[1] + 1])
    b = np.array([center[2], center[2] + 2])
    surface = loss_surface(LossProbe(trainer.snapshot()), plane, a, b)
    assert surface.shape == (2, 3)
    assert surface[0, 1] == pytest.approx(trainer.loss, rel=1e-12)
    assert surface[1, 2] == pytest.approx(LossProbe(trainer.snapshot()).loss_at(center + np.array([0, 1, 2])))


def test_random_directions_are_filter_normalized_and_project_back():
    trainer = trained("xor", 200, hidden_layers=(4,))
    center = trainer.network.params.copy()
    plane = random_plane(trainer.network, center, seed=0)
    specs = trainer.network.specs
    for d in (plane.d1, plane.d2):
        for d_layer, w_layer in zip(split_flat(d, specs), split_flat(center, specs)):
            assert np.allclose(np.linalg.norm(d_layer, axis=-1), np.linalg.norm(w_layer, axis=-1))
    assert np.allclose(plane.coordinates(center), [[0, 0]], atol=1e-12)
    assert np.allclose(plane.coordinates(plane.params(0.3, -0.2)), [[0.3, -0.2]])
    same = random_plane(trainer.network, center, seed=0)
    assert np.array_equal(same.d1, plane.d1)  # the same seed, the same picture
    assert not np.array_equal(random_plane(trainer.network, center, seed=1).d1, plane.d1)


def test_the_resolution_adapts_to_the_cost():
    assert resolution(trained("and", 0).network, 4) == MAX_RESOLUTION
    big = trained("full-adder", 0, hidden_layers=(64, 64)).network
    assert MIN_RESOLUTION <= resolution(big, 8) < MAX_RESOLUTION


def test_a_diverging_region_is_infinite_not_nan():
    trainer = trained("and", 0, output_activation="linear")
    plane = axis_plane(trainer.network.params, 0, 1, ["w0", "w1", "w2"])
    surface = loss_surface(LossProbe(trainer.snapshot()), plane, np.array([0.0, 1e200]), np.array([0.0]))
    assert np.isfinite(surface[0, 0]) and surface[0, 1] == np.inf


def test_span_widens_a_range():
    assert span(np.array([1.0, 3.0])) == (0.5, 3.5)
    assert span(np.array([2.0])) == (1.5, 2.5)
    assert span(np.array([np.nan, np.inf])) == (-0.5, 0.5)

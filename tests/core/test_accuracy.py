"""What counts as right: a class target (0 or 1) by its side of 0.5, a fractional one by closeness;
the Trainer, the batched engine and the truth table all use the one rule of core.accuracy."""

from __future__ import annotations

import math

import numpy as np
import pytest

from perceptron_gui.core.accuracy import (
    CLASS_RIGHT_WITHIN,
    VALUE_RIGHT_WITHIN,
    is_right,
    right_within,
    share_right,
)
from perceptron_gui.core.batched import BatchedTrainer
from perceptron_gui.core.config import TrainingConfig
from perceptron_gui.core.losses import Targets
from perceptron_gui.core.network import Network
from perceptron_gui.core.trainer import Trainer
from perceptron_gui.core.truth_table import TruthTable


@pytest.mark.parametrize(("output", "target", "right"), [
    (0.375, 0.7, False),  # on the target's side of 0.5 would say nothing: 0.7 is a value to reach
    (0.69, 0.7, True),
    (0.72, 0.7, True),
    (0.76, 0.7, False),
    (0.5, 1.0, False),  # XOR's single perceptron: undecided, not right by rounding noise
    (0.5, 0.0, False),
    (0.502, 1.0, True),
    (0.3, 0.0, True),
    (0.97, 0.98, True),
    (0.9, 0.98, False),
])
def test_the_rule(output, target, right):
    assert is_right(output, target) is right


def test_the_bounds_per_cell():
    assert right_within(np.array([[0.0, 1.0], [math.nan, 1.0]])).shape == ()  # one bound for all
    bounds = right_within(np.array([[0.0, 0.7], [math.nan, 0.25]]))
    assert bounds.tolist() == [[CLASS_RIGHT_WITHIN, VALUE_RIGHT_WITHIN]] * 2


def constant_output(y_hat: float) -> Network:
    """A perceptron whose ŷ is `y_hat` on every row."""
    net = Network.build([2, 1], "tanh", "sigmoid")
    net.params[:] = [math.log(y_hat / (1 - y_hat)), 0.0, 0.0]
    return net


def test_the_trainer_counts_a_fractional_target_right_only_close_to_it():
    table = TruthTable(["x1", "x2"], ["y"], [[0.7], [0.7], [0.0], [1.0]])
    far = Trainer(table, TrainingConfig(), network=constant_output(0.375))
    assert far.accuracy == 0.25  # only the 0 row: 0.375 is on its side of 0.5
    close = Trainer(table, TrainingConfig(), network=constant_output(0.69))
    assert close.accuracy == 0.75  # both 0.7 rows and the 1 row (0.69 is on its side)
    close.step(1)
    assert close.accuracy_history[0] == 0.75


def test_both_engines_agree_on_fractional_targets():
    table = TruthTable(["x1", "x2"], ["y"], [[0.7], [0.2], [0.9], [0.35]])
    configs = [TrainingConfig(learning_rate=rate, seed=seed, epochs=epochs)
               for rate in (0.5, 3.0) for seed in range(4) for epochs in (5,)]
    configs += [c.replace(epochs=400) for c in configs]
    accuracies, differs_from_sides = [], False
    for epochs in (5, 400):
        group = [c for c in configs if c.epochs == epochs]
        batch = BatchedTrainer(table, group, history_points=None)
        batch.step(epochs)
        for i, config in enumerate(group):
            single = Trainer(table, config)
            single.step(epochs)
            assert batch.accuracy[i] == single.accuracy, config
            accuracies.append(single.accuracy)
            by_sides = np.mean(np.abs(single.predictions - table.targets) < CLASS_RIGHT_WITHIN)
            differs_from_sides |= by_sides != single.accuracy
    assert len(set(accuracies)) > 1 and differs_from_sides


def test_the_share_right_of_a_block_of_epochs_is_each_epochs_own():
    """The single engine stores its accuracies a block of epochs at a time (epochs × rows × outputs)."""
    targets = Targets(np.array([[0.0, 1.0], [0.7, np.nan], [1.0, 0.0]]))
    errors = np.random.default_rng(2).uniform(-0.8, 0.8, (6, 3, 2)) * targets.counted  # 0: don't care
    block = share_right(errors, targets, np.zeros_like(errors), np.zeros(errors.shape, bool), (1, 2))
    for epoch, error in enumerate(errors):
        assert block[epoch] == share_right(error, targets, np.zeros_like(error), np.zeros(error.shape, bool))
    assert len(set(block)) > 1

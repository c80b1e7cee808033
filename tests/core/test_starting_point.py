"""The starting point of a model: the seed's weights at epoch 0, or a saved model's where it stopped."""

from __future__ import annotations

import numpy as np

from perceptron_gui.core.config import TrainingConfig
from perceptron_gui.core.starting_point import StartingPoint
from perceptron_gui.core.trainer import Trainer
from perceptron_gui.core.truth_table import preset
from perceptron_gui.core.weights_file import SavedModel


def test_from_the_seed_every_run_is_the_same_run():
    config = TrainingConfig(seed=3, epochs=100)
    runs = [StartingPoint.from_seed().trainer(preset("and"), config) for _ in range(2)]
    assert np.array_equal(runs[0].network.params, Trainer(preset("and"), config).network.params)
    for run in runs:
        run.step(100)
    assert runs[0].start_epoch == 0
    assert np.array_equal(runs[0].network.params, runs[1].network.params)
    assert np.array_equal(runs[0].loss_history, runs[1].loss_history)


def test_from_a_file_the_run_starts_at_its_weights_and_epochs_and_leaves_them_untouched():
    first = Trainer(preset("or"), TrainingConfig(epochs=50))
    first.step(50)
    saved = SavedModel.of(first)
    point = StartingPoint.from_file(saved)
    assert point.epoch == 50 and point.history.count == 50
    run = point.trainer(preset("or"), saved.config)
    run.step(50)
    assert (run.start_epoch, run.epochs_run) == (50, 100)
    again = point.trainer(preset("or"), saved.config)
    assert np.array_equal(again.network.params, saved.network.params)  # the run did not move them

"""The timeline: a bounded number of snapshots from which any past epoch replays bit for bit."""

from __future__ import annotations

import numpy as np
import pytest

from perceptron_gui.core.config import TrainingConfig
from perceptron_gui.core.timeline import MAX_CAPACITY, Timeline, nearest
from perceptron_gui.core.trainer import DIVERGED, Trainer, replay
from perceptron_gui.core.truth_table import preset

SETTINGS = [
    {},
    {"hidden_layers": (3,), "optimizer": "adam", "learning_rate": 0.05},
    {"hidden_layers": (4,), "optimizer": "momentum", "learning_rate": 0.3, "batch": "sgd"},
    {"hidden_layers": (2,), "hidden_activation": "maxout", "batch": "mini", "batch_size": 2},
]


def recorded_run(table_name: str, epochs: int, **settings) -> tuple[Trainer, dict[int, np.ndarray]]:
    """A run with a timeline, and its weights after every epoch."""
    trainer = Trainer(preset(table_name), TrainingConfig(epochs=epochs, **settings), timeline=Timeline())
    weights = {0: trainer.network.params.copy()}
    for _ in range(epochs):
        trainer.step(1)
        weights[trainer.epochs_run] = trainer.network.params.copy()
    return trainer, weights


@pytest.mark.parametrize("settings", SETTINGS)
def test_every_epoch_replays_bit_for_bit(settings):
    trainer, weights = recorded_run("xor", 300, **settings)
    snapshots = trainer.timeline.snapshots
    assert len(snapshots) > 1
    for epoch in (0, 1, 37, 150, 299, 300):
        assert np.array_equal(replay(snapshots, epoch).network.params, weights[epoch]), epoch


def test_replayed_history_matches_the_run():
    trainer, _ = recorded_run("xor", 200, hidden_layers=(4,))
    replayed = Trainer.resume(nearest(trainer.timeline.snapshots, 0), 200)
    replayed.step(200)
    assert np.array_equal(replayed.loss_history, trainer.loss_history)


def test_memory_is_bounded_and_the_stride_grows():
    timeline = Timeline()
    trainer = Trainer(preset("and"), TrainingConfig(epochs=100_000), timeline=timeline)
    trainer.step(100_000)
    epochs = [s.epoch for s in timeline.snapshots]
    assert len(epochs) <= MAX_CAPACITY
    assert timeline.stride >= 100_000 // MAX_CAPACITY
    assert epochs == sorted(epochs) and epochs[0] == 0
    assert all(e % timeline.stride == 0 for e in epochs)
    # the last epoch is at most one stride of replay away
    assert 100_000 - epochs[-1] <= timeline.stride


def test_the_budget_limits_big_models():
    config = TrainingConfig(hidden_layers=(64, 64), optimizer="adam", epochs=50, learning_rate=0.01)
    timeline = Timeline(budget_bytes=2**20)
    trainer = Trainer(preset("full-adder"), config, timeline=timeline)
    trainer.step(50)
    per_snapshot = timeline.snapshots[0].nbytes
    assert per_snapshot == trainer.network.params.nbytes * 3  # weights, Adam's m and v
    assert len(timeline.snapshots) * per_snapshot <= 2**20


def test_snapshots_are_read_only_copies():
    trainer, _ = recorded_run("and", 5)
    snapshot = trainer.timeline.snapshots[-1]
    with pytest.raises(ValueError, match="read-only"):
        snapshot.params[0] = 1.0
    trainer.step(0)
    assert snapshot.params is not trainer.network.params


def test_an_edit_pins_a_snapshot_so_replay_never_crosses_it():
    table = preset("and")
    trainer = Trainer(table, TrainingConfig(epochs=400), timeline=Timeline())
    trainer.step(123)
    trainer.set_targets(preset("or").targets)
    trainer.set_config(TrainingConfig(epochs=400, learning_rate=3.0))
    trainer.step(200)
    weights_at_end = trainer.network.params.copy()
    pinned = [s for s in trainer.timeline.snapshots if s.pinned]
    assert [s.epoch for s in pinned] == [0, 123]
    assert pinned[1].config.learning_rate == 3.0
    assert np.array_equal(pinned[1].table.targets, preset("or").targets)
    assert np.array_equal(replay(trainer.timeline.snapshots, 323).network.params, weights_at_end)


def test_pinned_snapshots_survive_thinning():
    trainer = Trainer(preset("and"), TrainingConfig(epochs=50_000), timeline=Timeline())
    trainer.step(777)
    trainer.set_config(TrainingConfig(epochs=50_000, learning_rate=0.5))
    trainer.step(50_000)
    assert 777 in [s.epoch for s in trainer.timeline.snapshots if s.pinned]


def test_a_diverged_run_keeps_no_snapshot_past_its_end():
    config = TrainingConfig(hidden_layers=(4,), hidden_activation="relu", output_activation="linear",
                            learning_rate=1e6, epochs=50)
    trainer = Trainer(preset("xor"), config, timeline=Timeline())
    trainer.step(50)
    assert trainer.state == DIVERGED
    assert trainer.timeline.snapshots[-1].epoch <= trainer.epochs_run
    assert np.array_equal(replay(trainer.timeline.snapshots, trainer.epochs_run).network.params,
                          trainer.network.params)


def test_reset_starts_a_new_timeline():
    trainer, _ = recorded_run("and", 40)
    trainer.reset()
    assert [s.epoch for s in trainer.timeline.snapshots] == [0]


def test_replay_before_the_first_snapshot_is_refused():
    trainer, _ = recorded_run("and", 5)
    with pytest.raises(ValueError, match="no snapshot"):
        replay(trainer.timeline.snapshots[1:], 0)

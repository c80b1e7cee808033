"""The batched engine against the single-model Trainer: same configs, same weights (to 1e-12),
same loss histories, states and stopping epochs, model by model."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from perceptron_gui.core.activations import ACTIVATIONS
from perceptron_gui.core.batched import BatchedTrainer, batch_key
from perceptron_gui.core.config import ConfigError, TrainingConfig
from perceptron_gui.core.losses import LOSSES
from perceptron_gui.core.optimizers import OPTIMIZERS
from perceptron_gui.core.trainer import CONVERGED, DIVERGED, EPOCHS_DONE, Trainer
from perceptron_gui.core.truth_table import TruthTable, preset

EPOCHS = 300
RULE_EPOCHS = 100  # the registry cases: long enough to train, short of the chaotic runs' drift
THRESHOLD = 0.05


def half_adder_with_dont_care() -> TruthTable:
    return preset("half-adder").with_target(2, 1, math.nan)


# (table, hidden layers, hidden activation, output activation, loss, optimizer, learning rates):
# other tables, deeper networks, don't-care cells and divergence
SCENARIOS = {
    "and-perceptron-gd": ("and", (), "tanh", "sigmoid", "mse", "gd", (0.5, 4.0)),
    "xor-tanh-momentum": ("xor", (4,), "tanh", "sigmoid", "mse", "momentum", (0.1, 1.0, 3.0)),
    "xor-relu-adam-bce": ("xor", (3, 2), "relu", "sigmoid", "bce", "adam", (0.01, 0.1)),
    "xor-leaky-gd-bce": ("xor", (3,), "leaky_relu", "sigmoid", "bce", "gd", (0.3, 3.0)),
    "majority-elu-momentum": ("majority3", (3,), "elu", "tanh", "mse", "momentum", (0.05, 0.5)),
    "half-adder-sigmoid-adam": (half_adder_with_dont_care, (2,), "sigmoid", "relu", "mse", "adam",
                                (0.03, 0.3)),
    # diverge: a loss that overflows within a few epochs, weights that pass 1e154 after ~100
    "xor-linear-diverges": ("xor", (3, 3), "linear", "linear", "mse", "gd", (1e3, 0.01)),
    "and-linear-diverges": ("and", (), "tanh", "linear", "mse", "gd", (10.0, 0.1)),
}
# Every rule of the registries on XOR [3]: each hidden × output activation the batched engine
# trains (all but maxout), the optimizers in turn, and every loss with every optimizer. A name
# added to a registry is tested in both engines here without another edit.
BATCHED_ACTIVATIONS = [name for name in ACTIVATIONS if name != "maxout"]
RULES = {
    f"xor-{hidden}-{output}-mse-{OPTIMIZERS[i % len(OPTIMIZERS)]}":
        ("xor", (3,), hidden, output, "mse", OPTIMIZERS[i % len(OPTIMIZERS)], (0.1, 0.5))
    for i, (hidden, output) in enumerate(itertools.product(BATCHED_ACTIVATIONS, BATCHED_ACTIVATIONS))
} | {
    f"xor-tanh-sigmoid-{loss}-{optimizer}": ("xor", (3,), "tanh", "sigmoid", loss, optimizer, (0.1, 3.0))
    for loss in LOSSES for optimizer in OPTIMIZERS
}
CASES = SCENARIOS | RULES


def configs_for(case: str) -> tuple[TruthTable, list[TrainingConfig]]:
    table, hidden, act, out, loss, optimizer, rates = CASES[case]
    table = table() if callable(table) else preset(table)
    configs = [
        TrainingConfig(hidden_layers=hidden, hidden_activation=act, output_activation=out, loss=loss,
                       optimizer=optimizer, learning_rate=rate, seed=seed,
                       epochs=RULE_EPOCHS if case in RULES else EPOCHS,
                       target_loss=0.02 if seed == 1 else None)  # a target for some models only
        for rate in rates for seed in (0, 1, 2)
    ]
    return table, configs


def first_epoch_at_or_below(trainer: Trainer, threshold: float) -> int:
    below = np.flatnonzero(trainer.loss_history <= threshold)
    if below.size:
        return int(below[0])
    return trainer.epochs_run if trainer.state != DIVERGED and trainer.loss <= threshold else -1


@pytest.mark.parametrize("case", CASES)
def test_every_model_trains_as_the_single_trainer_trains_it(case):
    table, configs = configs_for(case)
    batch = BatchedTrainer(table, configs, history_points=None, threshold=THRESHOLD)
    assert batch.step(70) == 70  # two chunks, as a worker runs it
    batch.step(EPOCHS)
    assert batch.finished
    for i, config in enumerate(configs):
        single = Trainer(table, config)
        single.step(EPOCHS)
        label = f"model {i}: lr {config.learning_rate}, seed {config.seed}"
        assert batch.states[i] == single.state, label
        assert batch.epochs_run[i] == single.epochs_run, label
        np.testing.assert_allclose(batch.network(i).params, single.network.params, rtol=1e-12, atol=1e-12,
                                   err_msg=label)
        np.testing.assert_allclose(batch.loss_history(i), single.loss_history, rtol=1e-12, atol=1e-15,
                                   err_msg=label)
        assert batch.loss[i] == pytest.approx(single.loss, rel=1e-12, abs=1e-15), label
        assert batch.accuracy[i] == single.accuracy, label
        # (a tanh or linear output near 0 is a difference of numbers near 1: a few ulps of those)
        near_zero = 1e-15 if case in SCENARIOS else 1e-14
        np.testing.assert_allclose(batch.predictions[i], single.predictions, rtol=1e-12, atol=near_zero)
        assert batch.first_below[i] == first_epoch_at_or_below(single, THRESHOLD), label


def test_the_cases_cover_every_name_of_every_registry():
    hidden = {case[2] for case in CASES.values()}
    output = {case[3] for case in CASES.values()}
    assert hidden == output == set(BATCHED_ACTIVATIONS) == set(ACTIVATIONS) - {"maxout"}
    assert {(case[4], case[5]) for case in CASES.values()} >= set(itertools.product(LOSSES, OPTIMIZERS))


def test_the_cases_reach_every_stopping_state():
    seen = set()
    for case in CASES:
        table, configs = configs_for(case)
        batch = BatchedTrainer(table, configs, history_points=None)
        batch.step(EPOCHS)
        seen.update(batch.states)
    assert seen == {CONVERGED, EPOCHS_DONE, DIVERGED}


def test_a_diverged_model_keeps_its_last_finite_weights_and_leaves_the_others_alone():
    table, configs = configs_for("xor-linear-diverges")
    batch = BatchedTrainer(table, configs, history_points=None)
    batch.step(EPOCHS)
    diverged = [i for i, s in enumerate(batch.states) if s == DIVERGED]
    assert diverged == [0, 1, 2]  # the learning rate of 1000; 0.01 trains on
    for i in diverged:
        assert batch.epochs_run[i] < 10
        assert np.isfinite(batch.network(i).params).all()
        assert np.isnan(batch.history[batch.epochs_run[i]:, i]).all()  # nothing after the stop
    assert batch.epochs_run[3:].tolist() == [EPOCHS, EPOCHS, EPOCHS]


@pytest.mark.parametrize("extra", [1, 2])
def test_a_loss_that_overflows_after_the_last_epoch_is_undone_as_the_trainer_does(extra):
    table = preset("xor")
    probe = Trainer(table, TrainingConfig(hidden_layers=(3, 3), hidden_activation="linear",
                                          output_activation="linear", learning_rate=1e3, epochs=50))
    probe.step(50)
    assert probe.state == DIVERGED
    config = probe.config.replace(epochs=probe.epochs_run + extra)
    single = Trainer(table, config)
    single.step(config.epochs)
    batch = BatchedTrainer(table, [config], history_points=None)
    batch.step(config.epochs)
    assert (batch.states[0], batch.epochs_run[0]) == (single.state, single.epochs_run) == (DIVERGED,
                                                                                          probe.epochs_run)
    np.testing.assert_allclose(batch.network(0).params, single.network.params, rtol=1e-12)


def test_history_keeps_every_stride_th_epoch_within_the_point_limit():
    table = preset("xor")
    configs = [TrainingConfig(hidden_layers=(2,), learning_rate=rate, epochs=95) for rate in (0.5, 2.0)]
    batch = BatchedTrainer(table, configs, history_points=10)
    batch.step(95)
    assert batch.history_stride == 10
    assert batch.history.shape == (10, 2)
    for i, config in enumerate(configs):
        single = Trainer(table, config)
        single.step(95)
        np.testing.assert_allclose(batch.loss_history(i), single.loss_history[::10], rtol=1e-12)


def test_step_stops_at_the_epoch_limit_and_reports_epochs_run():
    batch = BatchedTrainer(preset("or"), [TrainingConfig(epochs=50, seed=s) for s in range(3)])
    assert batch.states == ["ready"] * 3
    assert batch.step(30) == 30
    assert batch.states == ["running"] * 3
    assert batch.step(30) == 20
    assert batch.step(30) == 0
    assert batch.states == [EPOCHS_DONE] * 3
    assert batch.epochs_run.tolist() == [50, 50, 50]


@pytest.mark.parametrize(("changes", "message"), [
    ({"hidden_layers": (2,), "hidden_activation": "maxout"}, "maxout"),
    ({"output_activation": "maxout"}, "maxout"),
    ({"batch": "sgd"}, "full batch only"),
    ({"batch": "mini", "batch_size": 2}, "full batch only"),
])
def test_what_the_batched_engine_refuses_says_so(changes, message):
    with pytest.raises(ConfigError, match=message):
        BatchedTrainer(preset("xor"), [TrainingConfig(**changes)])


def test_models_of_one_batch_must_share_topology_and_optimizer():
    with pytest.raises(ConfigError, match="optimizer"):
        BatchedTrainer(preset("xor"), [TrainingConfig(), TrainingConfig(optimizer="adam")])
    with pytest.raises(ConfigError, match="hidden_layers"):
        BatchedTrainer(preset("xor"), [TrainingConfig(hidden_layers=(2,)),
                                       TrainingConfig(hidden_layers=(3,))])
    # learning rate, seed, init and target loss may differ
    assert batch_key(TrainingConfig(learning_rate=2.0, seed=4, init="he", target_loss=0.1)) == batch_key(
        TrainingConfig())

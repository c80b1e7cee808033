"""The trainer: the lecture's results, reproducibility, chunks, stopping states, live changes
and preallocated history."""

from __future__ import annotations

import math

import numpy as np
import pytest

from perceptron_gui.core.config import ConfigError, TrainingConfig
from perceptron_gui.core.network import Network
from perceptron_gui.core.timeline import Timeline
from perceptron_gui.core.trainer import CONVERGED, DIVERGED, EPOCHS_DONE, READY, RUNNING, Trainer, replay
from perceptron_gui.core.truth_table import TruthTable, preset

NAN = math.nan
SEEDS = range(8)


def trained(table: TruthTable | str, **settings) -> Trainer:
    table = preset(table) if isinstance(table, str) else table
    trainer = Trainer(table, TrainingConfig(**settings))
    trainer.step(trainer.config.epochs)
    return trainer


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# --- the lecture's numbers ---------------------------------------------------------------------

def test_defaults_are_the_lectures_settings():
    config = TrainingConfig()
    assert config.hidden_layers == ()
    assert (config.output_activation, config.loss, config.optimizer, config.batch) == (
        "sigmoid", "mse", "gd", "full")
    assert (config.learning_rate, config.epochs) == (1.0, 2000)
    assert config.resolved_init() == "uniform"


@pytest.mark.parametrize("seed", SEEDS)
def test_and_gives_the_lectures_predictions(seed):
    trainer = trained("and", seed=seed)
    assert trainer.state == EPOCHS_DONE
    assert trainer.epochs_run == 2000
    np.testing.assert_allclose(trainer.predictions[:, 0], [0.001, 0.082, 0.082, 0.903], atol=0.002)


@pytest.mark.parametrize("seed", SEEDS)
def test_or_gives_the_lectures_predictions(seed):
    np.testing.assert_allclose(trained("or", seed=seed).predictions[:, 0],
                               [0.081, 0.950, 0.950, 1.000], atol=0.002)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_single_perceptron_outputs_one_half_on_xor(seed):
    trainer = trained("xor", seed=seed)
    np.testing.assert_allclose(trainer.predictions[:, 0], 0.5, atol=0.01)
    assert trainer.loss == pytest.approx(0.5 * 0.25, abs=1e-3)  # ½·mean(0.5²): nothing learned


def test_the_engine_follows_the_lectures_code_path_exactly():
    """The lecture's loop written plainly (batch gradient, ½·mean squared error logged each
    epoch), started from the engine's initial weights, gives the engine's history."""
    trainer = Trainer(preset("and"), TrainingConfig(seed=3, epochs=300))
    x = np.hstack([np.ones((4, 1)), preset("and").inputs])  # x0 = 1 carries the bias
    y = preset("and").targets
    w = trainer.network.params.reshape(3, 1).copy()
    losses = []
    for _ in range(300):
        y_hat = sigmoid(x @ w)
        losses.append(0.5 * np.mean((y_hat - y) ** 2))
        w -= 1.0 * x.T @ ((y_hat - y) * y_hat * (1 - y_hat)) / len(x)
    trainer.step(300)
    np.testing.assert_allclose(trainer.loss_history, losses, rtol=1e-12)
    np.testing.assert_allclose(trainer.network.params, w[:, 0], rtol=1e-12)


def test_xor_with_a_hidden_layer_converges_for_almost_every_seed():
    """Default hidden setup (tanh hidden units, init "auto" = Xavier, sigmoid output, mse, lr 1):
    XOR with hidden [4] reaches loss < 0.01 within 2000 epochs.

    Measured: 20 of 20 seeds (0..19) converge, in 208–996 epochs (median ≈ 255). The issue asks
    for at least 95 %, so at least 19 of 20.
    """
    epochs, converged = [], 0
    for seed in range(20):
        trainer = trained("xor", hidden_layers=(4,), seed=seed, target_loss=0.01)
        assert trainer.config.resolved_init() == "xavier"
        if trainer.state == CONVERGED:
            assert trainer.loss <= 0.01
            assert np.array_equal(np.round(trainer.predictions[:, 0]), [0, 1, 1, 0])
            converged += 1
            epochs.append(trainer.epochs_run)
    assert converged >= 19
    assert max(epochs) <= 2000


# --- loss and accuracy ---------------------------------------------------------------------------

def test_loss_history_starts_with_the_loss_of_the_initial_weights():
    trainer = Trainer(preset("and"), TrainingConfig(seed=1))
    w = trainer.network.params.copy()
    y_hat = sigmoid(w[0] + preset("and").inputs @ w[1:])
    assert trainer.loss == pytest.approx(0.5 * np.mean((y_hat - [0, 0, 0, 1]) ** 2), rel=1e-14)
    initial = trainer.loss
    trainer.step(10)
    assert trainer.loss_history[0] == initial
    after = trainer.loss
    trainer.step(1)
    assert trainer.loss_history[10] == after  # `loss` describes the current weights


def test_history_index_k_is_the_epoch_after_start_plus_k_updates():
    whole = Trainer(preset("or"), TrainingConfig(seed=2, epochs=30), timeline=Timeline())
    whole.step(30)
    later = Trainer.resume(replay(whole.timeline.snapshots, 10).snapshot(), 20)  # a run from epoch 10
    later.step(20)
    assert later.start_epoch == 10 and later.loss_history.size == 20
    assert np.array_equal(later.loss_history, whole.loss_history[10:])  # index k: epoch 10 + k
    assert np.array_equal(later.accuracy_history, whole.accuracy_history[10:])
    assert (later.loss, later.accuracy) == (whole.loss, whole.accuracy)  # epoch 30 comes next


def test_dont_care_cells_are_left_out_of_loss_and_accuracy():
    table = TruthTable(["x1", "x2"], ["y"], [[0], [0], [0], [NAN]])
    net = Network.build([2, 1], "tanh", "sigmoid")
    net.params[:] = [-2.0, 0.0, 0.0]  # ŷ = σ(−2) on every row: right for 0, wrong for 1
    trainer = Trainer(table, TrainingConfig(), network=net)
    assert trainer.accuracy == 1.0  # 3 of 3 counted cells
    assert trainer.loss == pytest.approx(0.5 * sigmoid(-2.0) ** 2, rel=1e-14)
    counted = Trainer(preset("and"), TrainingConfig(), network=net.copy())
    assert counted.accuracy == 0.75
    trainer.step(5)
    assert np.all(trainer.accuracy_history == 1.0)


def test_accuracy_counts_cells_of_several_outputs():
    table = TruthTable(["x1", "x2"], ["a", "b"], [[0, 1], [0, NAN], [1, 1], [1, 0]])
    net = Network.build([2, 2], "tanh", "sigmoid")
    net.params[:] = [-3.0, 0.0, 0.0, 3.0, 0.0, 0.0]  # a ≈ 0 everywhere, b ≈ 1 everywhere
    trainer = Trainer(table, TrainingConfig(), network=net)
    # right: a on rows 0, 1; b on rows 0, 2 → 4 of 7 counted cells
    assert trainer.accuracy == pytest.approx(4 / 7)


# --- reproducibility and chunks ------------------------------------------------------------------

BATCHES = [
    {"batch": "full"},
    {"batch": "sgd"},
    {"batch": "mini", "batch_size": 3},
    {"batch": "mini", "batch_size": 2, "optimizer": "adam", "learning_rate": 0.05},
]


@pytest.mark.parametrize("batch", BATCHES, ids=lambda b: "-".join(map(str, b.values())))
def test_same_seed_same_run_bit_for_bit_and_another_seed_differs(batch):
    settings = dict(hidden_layers=(3,), epochs=150, **batch)
    table = preset("full-adder")
    a, b, c = (trained(table, seed=s, **settings) for s in (7, 7, 8))
    assert np.array_equal(a.loss_history, b.loss_history)
    assert np.array_equal(a.accuracy_history, b.accuracy_history)
    assert np.array_equal(a.network.params, b.network.params)
    assert not np.array_equal(a.loss_history, c.loss_history)
    assert not np.array_equal(a.network.params, c.network.params)


@pytest.mark.parametrize("batch", BATCHES, ids=lambda b: "-".join(map(str, b.values())))
def test_stepping_in_chunks_equals_one_step(batch):
    settings = {"hidden_layers": (3,), "epochs": 200, "seed": 2, "optimizer": "momentum", **batch}
    whole = trained("xor", **settings)
    chunked = Trainer(preset("xor"), TrainingConfig(**settings))
    for n in (1, 2, 3, 50, 1, 7, 1000):
        chunked.step(n)
    assert chunked.epochs_run == whole.epochs_run == 200
    assert chunked.state == whole.state == EPOCHS_DONE
    assert np.array_equal(chunked.loss_history, whole.loss_history)
    assert np.array_equal(chunked.network.params, whole.network.params)
    assert np.array_equal(chunked.predictions, whole.predictions)


def test_per_sample_sgd_is_the_lectures_update_slide():
    """batch "sgd": each epoch visits the rows in a shuffled order and updates after each row."""
    trainer = Trainer(preset("and"), TrainingConfig(batch="sgd", seed=4, epochs=2))
    x, y = preset("and").inputs, preset("and").targets[:, 0]
    w = trainer.network.params.copy()
    rng = np.random.default_rng([4, 1])  # the trainer's shuffling generator
    for _ in range(2):
        for i in rng.permutation(4):
            y_hat = sigmoid(w[0] + x[i] @ w[1:])
            w = w - 1.0 * (y_hat - y[i]) * y_hat * (1 - y_hat) * np.array([1.0, *x[i]])
    trainer.step(2)
    np.testing.assert_allclose(trainer.network.params, w, rtol=1e-13)


def test_a_mini_batch_of_only_dont_care_rows_changes_nothing():
    table = TruthTable(["x1"], ["y"], [[NAN], [NAN]])
    trainer = Trainer(table, TrainingConfig(batch="sgd", epochs=5))
    before = trainer.network.params.copy()
    trainer.step(5)
    assert np.array_equal(trainer.network.params, before)
    assert trainer.loss == 0.0


# --- stopping -------------------------------------------------------------------------------------

def test_target_loss_stops_early_as_converged():
    trainer = trained("or", target_loss=0.01)
    assert trainer.state == CONVERGED
    assert trainer.epochs_run < 2000
    assert trainer.loss <= 0.01
    assert trainer.loss_history[-1] > 0.01  # every recorded epoch was still above the target
    assert trainer.step(100) == 0
    assert trainer.finished


def test_the_epoch_limit_ends_as_epochs_done():
    trainer = Trainer(preset("and"), TrainingConfig(epochs=30))
    assert trainer.state == READY
    assert trainer.step(10) == 10
    assert trainer.state == RUNNING
    assert trainer.step(100) == 20
    assert trainer.state == EPOCHS_DONE
    assert trainer.epochs_run == 30
    assert trainer.step(1) == 0
    assert trainer.step(0) == 0


@pytest.mark.parametrize("batch", ["full", "sgd", "mini"])
@pytest.mark.parametrize(
    ("hidden", "activation", "output"),
    [((), "tanh", "linear"), ((4,), "relu", "linear"), ((3,), "linear", "linear"),
     ((3, 3), "linear", "linear"), ((4,), "leaky_relu", "linear")],
)
def test_a_huge_learning_rate_diverges_and_keeps_finite_weights(batch, hidden, activation, output):
    trainer = trained("xor", hidden_layers=hidden, hidden_activation=activation,
                      output_activation=output, learning_rate=1e6, batch=batch, seed=1)
    assert trainer.state == DIVERGED
    assert trainer.epochs_run < 2000
    assert np.all(np.isfinite(trainer.network.params))
    assert np.all(np.isfinite(trainer.loss_history))
    assert trainer.loss_history.size == trainer.epochs_run
    # the weights kept are the last ones whose loss was finite: nothing shown or saved is NaN
    assert math.isfinite(trainer.loss)
    assert np.all(np.isfinite(trainer.predictions))
    assert trainer.step(10) == 0


def test_divergence_leaves_the_last_finite_weights():
    settings = dict(hidden_layers=(4,), hidden_activation="relu", output_activation="linear",
                    learning_rate=1e6)
    diverged = trained("xor", **settings)
    assert diverged.state == DIVERGED
    twin = Trainer(preset("xor"), TrainingConfig(**settings))
    twin.step(diverged.epochs_run)
    assert twin.state == RUNNING
    assert np.array_equal(diverged.network.params, twin.network.params)


# --- changes during a run -------------------------------------------------------------------------

def test_set_targets_during_a_run_is_learned():
    trainer = Trainer(preset("and"), TrainingConfig(epochs=4000))
    trainer.step(1000)
    assert trainer.predictions[1, 0] < 0.2 and trainer.targets_since == 0
    before = trainer.loss_history[-1]
    trainer.set_targets(preset("or").targets)
    assert trainer.targets_since == 1000  # what ran on these targets starts here
    assert trainer.loss > before  # measured against the new targets at once
    trainer.step(3000)
    assert trainer.state == EPOCHS_DONE
    np.testing.assert_array_equal(np.round(trainer.predictions[:, 0]), [0, 1, 1, 1])
    assert trainer.table.targets[:, 0].tolist() == [0, 1, 1, 1]


def test_set_targets_after_convergence_runs_again():
    trainer = trained("and", target_loss=0.05)
    assert trainer.state == CONVERGED
    trainer.set_targets(preset("nand").targets)
    assert trainer.state == RUNNING
    assert trainer.step(1) == 1


def test_set_targets_refuses_a_wrong_shape():
    trainer = Trainer(preset("and"), TrainingConfig())
    with pytest.raises(ValueError, match="4 rows"):
        trainer.set_targets(np.zeros((8, 1)))


def test_set_config_changes_the_learning_rate_without_resetting():
    trainer = Trainer(preset("and"), TrainingConfig(seed=5))
    trainer.step(100)
    w = trainer.network.params.copy()
    trainer.set_config(trainer.config.replace(learning_rate=0.5))
    assert np.array_equal(trainer.network.params, w)
    assert trainer.epochs_run == 100
    x, y = preset("and").inputs, preset("and").targets[:, 0]
    y_hat = sigmoid(w[0] + x @ w[1:])
    common = (y_hat - y) * y_hat * (1 - y_hat)
    expected = w - 0.5 * np.array([common.mean(), *(common[:, None] * x).mean(axis=0)])
    trainer.step(1)
    np.testing.assert_allclose(trainer.network.params, expected, rtol=1e-13)


def test_set_config_extends_and_shortens_the_run():
    trainer = trained("and", epochs=200)
    first = trainer.loss_history.copy()
    trainer.set_config(trainer.config.replace(epochs=500))
    assert trainer.state == RUNNING
    assert trainer.step(1000) == 300
    assert trainer.epochs_run == 500
    assert np.array_equal(trainer.loss_history[:200], first)
    assert trainer.loss_history.size == 500
    trainer.set_config(trainer.config.replace(epochs=100))
    assert trainer.state == EPOCHS_DONE


def test_set_config_with_a_lower_target_loss_resumes_a_converged_run():
    trainer = trained("or", target_loss=0.02)
    assert trainer.state == CONVERGED
    trainer.set_config(trainer.config.replace(target_loss=0.01))
    assert trainer.state == RUNNING
    trainer.step(2000)
    assert trainer.state == CONVERGED
    assert trainer.loss <= 0.01


def test_set_config_refuses_a_change_of_network():
    trainer = Trainer(preset("and"), TrainingConfig())
    with pytest.raises(ConfigError, match="new network"):
        trainer.set_config(trainer.config.replace(hidden_layers=(2,)))
    with pytest.raises(ConfigError, match="new network"):
        trainer.set_config(trainer.config.replace(output_activation="tanh"))


def test_reset_gives_back_the_initial_weights_of_the_seed():
    config = TrainingConfig(hidden_layers=(3,), seed=11, epochs=100)
    fresh = Trainer(preset("xor"), config)
    initial = fresh.network.params.copy()
    fresh.step(100)
    trainer = trained("xor", hidden_layers=(3,), seed=11, epochs=100)
    trainer.reset()
    assert np.array_equal(trainer.network.params, initial)
    assert (trainer.epochs_run, trainer.state, trainer.loss_history.size) == (0, READY, 0)
    trainer.step(100)
    assert np.array_equal(trainer.loss_history, fresh.loss_history)
    assert np.array_equal(trainer.network.params, fresh.network.params)


def test_a_continued_trainer_counts_earlier_epochs():
    first = trained("and", epochs=50)
    more = Trainer(first.table, first.config.replace(epochs=20), first.network.copy(), epochs_before=50)
    assert more.step(100) == 20
    assert more.epochs_run == 70
    assert more.loss_history.size == 20
    assert more.loss_history[0] == first.loss


def test_a_network_of_the_wrong_shape_is_refused():
    with pytest.raises(ConfigError, match="shape"):
        Trainer(preset("and"), TrainingConfig(hidden_layers=(2,)),
                network=Network.build([2, 1], "tanh", "sigmoid"))


# --- history memory -------------------------------------------------------------------------------

def test_history_is_preallocated_numpy_arrays_of_eight_bytes_an_epoch():
    trainer = Trainer(preset("and"), TrainingConfig(epochs=1234))
    assert trainer._loss.dtype == np.float64
    assert trainer._loss.nbytes == 8 * 1234
    before = trainer._loss
    trainer.step(100)
    assert trainer._loss is before  # no growth while running
    history = trainer.loss_history
    assert isinstance(history, np.ndarray)
    assert not isinstance(history, list)
    assert history.shape == (100,)
    assert history.base is trainer._loss  # a view, not a copy
    assert np.shares_memory(history, trainer._loss)
    assert trainer.accuracy_history.base is trainer._accuracy


def test_ten_million_epochs_of_loss_history_stay_under_100_mb():
    trainer = Trainer(preset("and"), TrainingConfig(epochs=10_000_000))
    assert trainer._loss.nbytes == 80_000_000
    assert trainer._loss.nbytes + trainer._accuracy.nbytes <= 100_000_000


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 5])
def test_the_single_perceptron_on_xor_is_undecided_not_partly_right(seed):
    """ŷ = 0.5 ± 1e-10 on every row: no row counts as right, whatever the rounding noise."""
    trainer = Trainer(preset("xor"), TrainingConfig(seed=seed))
    trainer.step(2000)
    assert np.allclose(trainer.predictions, 0.5, atol=1e-3)
    assert trainer.accuracy == 0.0


@pytest.mark.parametrize("batch_size", [4, 8])
def test_a_mini_batch_as_big_as_the_table_leaves_the_rows_in_order(batch_size):
    trainer = Trainer(preset("and"), TrainingConfig(batch="mini", batch_size=batch_size, epochs=10))
    for _ in range(3):
        trainer.step(1)
        np.testing.assert_allclose(trainer.predictions, trainer.network.predict(preset("and").inputs),
                                   rtol=1e-12)

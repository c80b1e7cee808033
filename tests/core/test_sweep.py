"""Sweeps: each cell is the single Trainer's run of its config; hooks, aggregates, CSV and limits."""

from __future__ import annotations

import csv
import io

import numpy as np
import pytest

from perceptron_gui.core import sweep as sweep_module
from perceptron_gui.core.config import ConfigError, TrainingConfig
from perceptron_gui.core.sweep import CSV_COLUMNS, Axis, SweepCancelled, SweepSpec, run_sweep
from perceptron_gui.core.trainer import DIVERGED, Trainer
from perceptron_gui.core.truth_table import preset


def lr_by_seed() -> SweepSpec:
    base = TrainingConfig(hidden_layers=(2,), output_activation="linear", epochs=240)
    return SweepSpec(preset("xor"), base,
                     Axis("learning_rate", (0.1, 0.5, 30.0)), Axis.seeds(3), threshold=0.1)


@pytest.fixture(scope="module")
def result():
    return run_sweep(lr_by_seed())


def test_every_cell_is_the_single_trainers_run_of_its_config(result):
    spec = result.spec
    assert result.final_loss.shape == spec.shape == (3, 3)
    for iy in range(3):
        for ix in range(3):
            single = Trainer(spec.table, spec.config(ix, iy))
            single.step(single.config.epochs)
            assert result.states[iy, ix] == single.state
            assert result.epochs_run[iy, ix] == single.epochs_run
            assert result.final_loss[iy, ix] == pytest.approx(single.loss, rel=1e-12)
            assert result.accuracy[iy, ix] == single.accuracy
            curve = result.curves[iy, ix]
            np.testing.assert_allclose(curve[: single.epochs_run], single.loss_history,
                                       rtol=1e-12, atol=1e-15)
            assert np.isnan(curve[single.epochs_run :]).all()
    assert (result.states[:, 2] == DIVERGED).all()  # 30 diverges
    assert result.curve_epochs.tolist() == list(range(240))


def test_success_rates_and_epochs_to_threshold(result):
    success = (result.states != DIVERGED) & (result.final_loss <= 0.1)
    assert (result.success == success).all()
    assert result.success_rate("learning_rate").tolist() == success.mean(axis=0).tolist()
    assert result.success_rate("seed").tolist() == success.mean(axis=1).tolist()
    with pytest.raises(ValueError, match="optimizer"):
        result.success_rate("optimizer")
    for iy, ix in zip(*np.nonzero(result.epochs_to_threshold >= 0)):
        reached = result.epochs_to_threshold[iy, ix]
        curve = result.curves[iy, ix]
        assert (curve[:reached] > 0.1).all()
        assert reached == result.epochs_run[iy, ix] or curve[reached] <= 0.1
    assert result.success.any() and not result.success.all()


def test_the_median_epochs_to_the_threshold_counts_only_the_cells_that_got_there(result):
    medians = result.median_epochs_to_threshold()
    for ix in range(result.spec.shape[1]):
        reached = result.epochs_to_threshold[:, ix]
        if (reached >= 0).any():
            assert medians[ix] == np.median(reached[reached >= 0])
        else:
            assert np.isnan(medians[ix])
    assert np.isnan(medians).any() and not np.isnan(medians).all()  # both kinds occur here


def test_the_band_holds_each_curve_at_its_final_loss_after_it_stopped(result):
    band = result.curve_band((0.0, 0.5, 1.0))
    filled = result.filled_curves()
    assert not np.isnan(filled).any()
    np.testing.assert_allclose(band[1], np.median(filled, axis=0))
    assert (band[0] <= band[1]).all() and (band[1] <= band[2]).all()
    only_first = np.zeros(result.spec.shape, dtype=bool)
    only_first[0, 0] = True
    np.testing.assert_allclose(result.curve_band((0.5,), only_first)[0], result.curves[0, 0], rtol=1e-12)


def test_csv_has_the_documented_columns_and_exact_numbers(result):
    rows = list(csv.DictReader(io.StringIO(result.to_csv())))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 9
    for row in rows:
        ix, iy = int(row["x_index"]), int(row["y_index"])
        assert float(row["learning_rate"]) == result.spec.x.values[ix]
        assert int(row["seed"]) == iy
        assert row["hidden_layers"] == "2"
        assert float(row["final_loss"]) == result.final_loss[iy, ix]
        assert row["state"] == result.states[iy, ix]
        assert row["success"] == str(int(result.success[iy, ix]))
        reached = result.epochs_to_threshold[iy, ix]
        assert row["epochs_to_threshold"] == ("" if reached < 0 else str(reached))


def test_a_grid_over_topology_and_activation_runs_one_batch_each():
    spec = SweepSpec(preset("xor"), TrainingConfig(epochs=150, learning_rate=0.5),
                     Axis("hidden_layers", [(), (3,), (2, 2)]), Axis("hidden_activation", ["tanh", "relu"]))
    result = run_sweep(spec)
    for iy in range(2):
        for ix in range(3):
            single = Trainer(spec.table, spec.config(ix, iy))
            single.step(150)
            assert result.final_loss[iy, ix] == pytest.approx(single.loss, rel=1e-12)


def test_small_batches_give_the_same_results(monkeypatch, result):
    monkeypatch.setattr(sweep_module, "BATCH_MODELS", 2)
    again = run_sweep(lr_by_seed())
    np.testing.assert_array_equal(again.final_loss, result.final_loss)
    np.testing.assert_array_equal(again.curves, result.curves)


def test_progress_counts_model_epochs_and_cancel_stops_between_chunks(monkeypatch):
    monkeypatch.setattr(sweep_module, "CHUNK_MODEL_EPOCHS", 9 * 40)  # 40 epochs a chunk
    reports = []
    run_sweep(lr_by_seed(), progress=lambda done, total: reports.append((done, total)))
    assert reports[-1] == (9 * 240, 9 * 240)
    dones = [d for d, _ in reports]
    assert dones == sorted(dones) and len(dones) >= 6
    checks = []

    def cancel_on_third_check() -> bool:
        checks.append(1)
        return len(checks) == 3

    with pytest.raises(SweepCancelled):
        run_sweep(lr_by_seed(), cancelled=cancel_on_third_check)
    assert len(checks) == 3


@pytest.mark.parametrize(("make", "message"), [
    (lambda: SweepSpec(preset("xor"), TrainingConfig(), Axis.seeds(2), Axis.seeds(3)), "both seed"),
    (lambda: SweepSpec(preset("xor"), TrainingConfig(), Axis.seeds(200), Axis.learning_rates(0.1, 1, 101)),
     "at most 20,000"),
    (lambda: SweepSpec(preset("xor"), TrainingConfig(hidden_layers=(2,)), Axis.seeds(2),
                       Axis("hidden_activation", ["tanh", "maxout"])), "maxout"),
    (lambda: SweepSpec(preset("xor"), TrainingConfig(batch="sgd"), Axis.seeds(2), Axis("optimizer", ["gd"])),
     "full batch"),
    (lambda: SweepSpec(preset("xor"), TrainingConfig(), Axis.seeds(2), Axis("hidden_layers", [(2,), (300,)])),
     "hidden_layers"),
    (lambda: SweepSpec(preset("xor"), TrainingConfig(), Axis.seeds(2), Axis("optimizer", ["gd", "sgd"])),
     "optimizer"),
    (lambda: Axis.learning_rates(0.0, 1.0, 5), "start > 0"),
    (lambda: Axis("momentum", [0.5]), "not one of"),
    (lambda: Axis("seed", [1, 1]), "twice"),
])
def test_a_bad_sweep_is_refused_with_a_message_that_names_it(make, message):
    with pytest.raises(ConfigError, match=message):
        make()


@pytest.mark.parametrize(("name", "text", "values"), [
    ("learning_rate", "0.01:1:3", (0.01, 0.1, 1.0)),
    ("learning_rate", "0.5, 2", (0.5, 2.0)),
    ("seed", "3", (0, 1, 2)),
    ("seed", "4, 9", (4, 9)),
    ("hidden_layers", "none; 2; 4,4", ((), (2,), (4, 4))),
    ("hidden_activation", "tanh, relu", ("tanh", "relu")),
    ("optimizer", " gd ,adam ", ("gd", "adam")),
])
def test_axes_parse_from_what_a_user_types(name, text, values):
    axis = sweep_module.parse_axis(name, text)
    assert axis.name == name
    assert axis.values == pytest.approx(values) if name == "learning_rate" else axis.values == values


@pytest.mark.parametrize(("name", "text", "message"), [
    ("learning_rate", "fast", "learning_rate: 'fast' does not read as START:STOP:COUNT"),
    ("learning_rate", "1:0.1", "does not read as"),
    ("seed", "", "seed: an axis needs at least one value"),
    ("hidden_layers", "2; x", "does not read as layer lists"),
    ("seed", "1, 1", "a value appears twice"),
    ("colour", "red", "axis 'colour' is not one of"),
])
def test_a_bad_axis_says_what_is_expected(name, text, message):
    with pytest.raises(ConfigError, match=message):
        sweep_module.parse_axis(name, text)

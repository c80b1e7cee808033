"""Runs as a user expects them: Train after a finished run starts it again from the same place
(the seed's weights, or an opened file's weights and epoch count), Reset always from the seed,
and an opened file shows the curve of the run that made it."""

from __future__ import annotations

import json

import numpy as np
from PySide6.QtCore import Qt

from perceptron_gui.core import weights_file
from perceptron_gui.core.config import TrainingConfig
from perceptron_gui.core.envelope import DEFAULT_BUCKETS
from perceptron_gui.core.trainer import Trainer
from perceptron_gui.core.truth_table import preset
from perceptron_gui.ui.main_window import MainWindow
from tests.ui.conftest import WAIT_MS, state, train_to_the_end, wait_drawn

FINISHED = ("epochs_done", "converged", "diverged")


def train_again(qtbot, window: MainWindow) -> None:
    """Train on a finished run: a new run (a new generation), to its end."""
    assert state(window) in FINISHED
    generation = window.session.generation
    qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)
    assert window.session.generation == generation + 1
    qtbot.waitUntil(lambda: state(window) in FINISHED, timeout=WAIT_MS)
    wait_drawn(window)


def saved_run(tmp_path, name: str = "or.json", epochs: int = 300, **config) -> weights_file.SavedModel:
    """A model trained headless and saved, as `perceptron-gui train --out` saves it."""
    trainer = Trainer(preset("or"), TrainingConfig(epochs=epochs, **config))
    trainer.step(epochs)
    weights_file.save(tmp_path / name, trainer)
    return weights_file.load(tmp_path / name)


def opened(qtbot, window: MainWindow, path) -> None:
    assert window.files.open_file(path)
    qtbot.waitUntil(lambda: window.session.last_progress is not None, timeout=WAIT_MS)
    wait_drawn(window)


def test_train_after_a_finished_run_runs_the_same_run_again_from_the_seed(qtbot, window):
    assert "runs it again from the same start" in window.train_button.toolTip()
    assert "also for a model opened from a file" in window.reset_button.toolTip()
    initial = window.session.network.params.copy()
    train_to_the_end(qtbot, window)
    wait_drawn(window)
    first = (window.loss_view.loss_points()[1].copy(), window.session.last_progress.params.copy())
    assert first[0].size == 2001  # epochs 0 … 2,000
    train_again(qtbot, window)
    assert window.session.epochs_run == 2000 and window.loss_view.count == 2000
    np.testing.assert_array_equal(window.loss_view.loss_points()[1], first[0])  # the same first losses …
    np.testing.assert_array_equal(window.session.last_progress.params, first[1])  # … and the same weights
    first_snapshot = window.session.snapshots[0]
    assert first_snapshot.epoch == 0 and np.array_equal(first_snapshot.params, initial)


def test_train_after_a_finished_run_of_an_opened_file_starts_from_the_file_again(qtbot, window, tmp_path):
    saved = saved_run(tmp_path)
    opened(qtbot, window, tmp_path / "or.json")
    assert window.session.epochs_run == 300
    assert np.array_equal(window.session.network.params, saved.network.params)
    train_to_the_end(qtbot, window)
    wait_drawn(window)
    assert window.session.epochs_run == 600  # the file's 300, then a run of its 300 epochs
    first = (window.loss_view.loss_points()[1].copy(), window.session.last_progress.params.copy())
    for _ in range(2):  # twice in a row: never from the seed
        generation = window.session.generation
        qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)
        assert window.session.generation == generation + 1
        # at once, before any epoch: the file's weights at the file's epoch, with its curve
        assert window.session.epochs_run == 300 and window.session.shown.epoch == 300
        np.testing.assert_array_equal(window.session.network.params, saved.network.params)
        assert window.loss_view.count >= 300
        qtbot.waitUntil(lambda: state(window) in FINISHED, timeout=WAIT_MS)
        wait_drawn(window)
        assert window.session.epochs_run == 600
        np.testing.assert_array_equal(window.session.last_progress.params, first[1])
        np.testing.assert_array_equal(window.loss_view.loss_points()[1], first[0])


def test_reset_after_an_opened_file_gives_the_seeds_weights_from_then_on(qtbot, window, tmp_path):
    saved = saved_run(tmp_path, seed=4)
    opened(qtbot, window, tmp_path / "or.json")
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    seeds = Trainer(preset("or"), saved.config).network.params
    assert window.session.epochs_run == 0 and window.loss_view.count == 0
    np.testing.assert_array_equal(window.session.network.params, seeds)
    assert not np.array_equal(seeds, saved.network.params)
    train_to_the_end(qtbot, window)
    train_again(qtbot, window)  # Reset made the seed the starting point
    assert window.session.snapshots[0].epoch == 0
    np.testing.assert_array_equal(window.session.snapshots[0].params, seeds)


def test_an_opened_file_shows_its_loss_and_accuracy_curve(qtbot, window, tmp_path):
    saved = saved_run(tmp_path)
    opened(qtbot, window, tmp_path / "or.json")
    history = saved.history
    assert (history.start, history.count, history.epochs_per_bucket) == (0, 300, 1)
    x, y = window.loss_view.loss_points()
    assert y.size >= 300 and x[0] <= 1  # from the first epoch of the file's run
    np.testing.assert_array_equal(y[:300], history.loss_min)
    np.testing.assert_array_equal(window.loss_view.accuracy_curve.yData[:300], history.accuracy_min)


def test_a_long_run_opened_trained_on_and_saved_keeps_at_most_2048_buckets(qtbot, window, tmp_path):
    config = {"hidden_layers": (2,), "learning_rate": 0.5}
    saved = saved_run(tmp_path, "long.json", epochs=10_000, **config)
    assert saved.history.loss_min.size == 1250  # 10,000 epochs in buckets of 8
    opened(qtbot, window, tmp_path / "long.json")
    assert window.loss_view.loss_points()[1].size <= 2 * DEFAULT_BUCKETS + 2
    train_to_the_end(qtbot, window)
    window.files.export_weights(tmp_path / "longer.json")
    longer = weights_file.load(tmp_path / "longer.json").history
    assert (longer.start, longer.count, longer.epochs_per_bucket) == (0, 20_000, 16)
    assert longer.loss_min.size <= DEFAULT_BUCKETS
    headless = saved.trainer()  # what `train --from long.json --out …` writes
    headless.step(10_000)
    expected = weights_file.SavedModel.of(headless, earlier=saved.history).history
    for name in ("loss_min", "loss_max", "accuracy_min", "accuracy_max"):
        np.testing.assert_array_equal(getattr(longer, name), getattr(expected, name), err_msg=name)


def test_a_version_1_file_opens_with_no_curve_and_saves_its_runs_from_there(qtbot, window, tmp_path):
    saved_run(tmp_path)
    document = (tmp_path / "or.json").read_text(encoding="utf-8")
    old = weights_file.to_document(weights_file.parse(document))
    old["version"] = 1
    del old["history"]
    (tmp_path / "v1.json").write_text(json.dumps(old), encoding="utf-8")
    opened(qtbot, window, tmp_path / "v1.json")
    assert window.loss_view.count == 0 and window.session.epochs_run == 300
    qtbot.mouseClick(window.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.epochs_run == 301, timeout=WAIT_MS)
    window.files.export_weights(tmp_path / "v2.json")
    history = weights_file.load(tmp_path / "v2.json").history
    assert (history.start, history.count) == (300, 1)


def test_an_explorer_cell_after_an_opened_file_starts_from_its_seed_again_and_again(qtbot, window, tmp_path):
    saved_run(tmp_path)
    opened(qtbot, window, tmp_path / "or.json")
    cell = window.session.config.replace(seed=5, learning_rate=2.0)
    window.form.load_config(cell)  # what a click on the explorer's heat map does
    seeds = Trainer(preset("or"), cell).network.params
    assert window.session.epochs_run == 0 and np.array_equal(window.session.network.params, seeds)
    train_to_the_end(qtbot, window)
    final = window.session.last_progress.params.copy()
    train_again(qtbot, window)
    first_snapshot = window.session.snapshots[0]
    assert first_snapshot.epoch == 0 and np.array_equal(first_snapshot.params, seeds)
    np.testing.assert_array_equal(window.session.last_progress.params, final)

"""The inspector's numbers: the lecture's formulas, the engine's update, and finite differences."""

from __future__ import annotations

import numpy as np
import pytest

from perceptron_gui.core.config import TrainingConfig
from perceptron_gui.core.formula import formula_mathml
from perceptron_gui.core.inspection import (
    MAX_CHECKED_PARAMS,
    LossProbe,
    backprop_latex,
    gradient_check,
    inspect,
)
from perceptron_gui.core.network import Network
from perceptron_gui.core.timeline import Timeline
from perceptron_gui.core.trainer import Trainer, replay
from perceptron_gui.core.truth_table import TruthTable, preset

NAN = np.nan


def trainer_at(table: TruthTable | str, epochs: int, **settings) -> Trainer:
    table = preset(table) if isinstance(table, str) else table
    trainer = Trainer(table, TrainingConfig(**settings), timeline=Timeline())
    trainer.step(epochs)
    return trainer


def numeric_gradient(trainer: Trainer) -> np.ndarray:
    probe = LossProbe(trainer.snapshot())
    params, h = trainer.network.params.copy(), 1e-6
    result = np.empty_like(params)
    for k in range(params.size):
        up, down = params.copy(), params.copy()
        up[k] += h
        down[k] -= h
        result[k] = (probe.loss_at(up) - probe.loss_at(down)) / (2 * h)
    return result


def test_the_perceptron_shows_the_lectures_terms():
    trainer = trainer_at("and", 10)
    step = inspect(trainer.snapshot())
    (layer,) = step.layers
    x = np.column_stack([np.ones(4), preset("and").inputs])
    y = preset("and").targets
    y_hat = layer.output
    w = layer.weights_before
    assert np.allclose(layer.inputs, x)
    assert np.allclose(layer.z, x @ w.T)
    assert np.allclose(y_hat, 1 / (1 + np.exp(-layer.z)))
    assert np.allclose(layer.upstream, y_hat - y)
    assert np.allclose(layer.derivative, y_hat * (1 - y_hat))
    # ∂E_i/∂w_k = (ŷ_i − y_i)·ŷ_i·(1 − ŷ_i)·x_k, and w0's term without x_k (x0 = 1)
    lecture = (y_hat - y) * y_hat * (1 - y_hat) * x
    assert np.allclose(layer.row_gradients[:, 0, :], lecture, rtol=1e-12, atol=0)
    assert np.allclose(layer.gradient[0], lecture.mean(axis=0), rtol=1e-12, atol=0)
    # W ← W − α·∂E/∂W, the engine's update: the weights of the next epoch
    assert np.allclose(layer.weights_after, w - 1.0 * layer.gradient, rtol=1e-15, atol=1e-15)
    trainer.step(1)
    assert np.array_equal(layer.weights_after.ravel(), trainer.network.params)
    assert step.loss_before == pytest.approx(0.5 * np.mean((y_hat - y) ** 2))
    assert (step.epoch, step.counted, step.updates, step.state_after) == (10, 4, 1, "running")


@pytest.mark.parametrize("settings", [
    {"hidden_layers": (3,)},
    {"hidden_layers": (4, 2), "hidden_activation": "sigmoid", "loss": "bce"},
    {"hidden_layers": (3,), "hidden_activation": "elu"},
    {"hidden_layers": (3,), "hidden_activation": "maxout", "maxout_pieces": 3},
])
def test_averaged_gradients_match_finite_differences(settings):
    trainer = trainer_at("xor", 25, **settings)
    step = inspect(trainer.snapshot())
    analytic = np.concatenate([layer.gradient.ravel() for layer in step.layers])
    assert np.allclose(analytic, numeric_gradient(trainer), rtol=1e-5, atol=1e-9)
    for layer in step.layers:  # the average of the rows' terms is the engine's gradient
        assert np.allclose(layer.row_gradients.sum(axis=0) / step.counted, layer.gradient, atol=1e-15)


def test_the_chain_rule_per_hidden_layer():
    step = inspect(trainer_at("xor", 40, hidden_layers=(3,)).snapshot())
    hidden, output = step.layers
    # δ_hidden = f'(z) ⊙ Σ_j δ_j·w_j, the sum coming down from the output layer's weights
    assert np.allclose(hidden.upstream, output.delta @ output.weights_before[:, 1:])
    assert np.allclose(hidden.delta, hidden.derivative * hidden.upstream)
    assert np.allclose(output.delta, output.upstream * output.derivative)
    assert np.array_equal(output.inputs[:, 1:], hidden.output)


def test_dont_care_rows_take_no_part():
    table = TruthTable(("x1", "x2"), ("y",), np.array([[0.0], [NAN], [NAN], [1.0]]))
    step = inspect(trainer_at(table, 5).snapshot())
    (layer,) = step.layers
    assert step.counted == 2
    assert np.all(layer.row_gradients[1:3] == 0)
    assert np.allclose(layer.gradient, layer.row_gradients.sum(axis=0) / 2)


def test_mini_batches_count_their_updates_and_the_epoch_matches_the_run():
    trainer = trainer_at("xor", 7, hidden_layers=(2,), batch="mini", batch_size=3, optimizer="adam",
                         learning_rate=0.1)
    step = inspect(trainer.snapshot())
    assert step.updates == 2
    trainer.step(1)
    after = np.concatenate([layer.weights_after.ravel() for layer in step.layers])
    assert np.array_equal(after, trainer.network.params)


def test_an_epoch_inside_the_run_is_replayed_exactly():
    trainer = trainer_at("or", 300, optimizer="momentum", learning_rate=0.5)
    step = inspect(replay(trainer.timeline.snapshots, 123).snapshot())
    assert step.epoch == 123
    assert step.loss_before == trainer.loss_history[123]
    assert step.loss_after == trainer.loss_history[124]  # E of the weights the step led to


def test_gradient_check_of_a_small_model_checks_every_weight():
    check = gradient_check(trainer_at("xor", 30, hidden_layers=(4,)).snapshot())
    assert check.indices.size == 17
    assert check.max_relative_error < 1e-6
    assert np.allclose(check.analytic, check.numeric, rtol=1e-5, atol=1e-10)


def test_gradient_check_samples_a_big_model():
    trainer = trainer_at("full-adder", 3, hidden_layers=(64, 64))
    check = gradient_check(trainer.snapshot())
    assert check.indices.size == MAX_CHECKED_PARAMS
    assert check.max_relative_error < 1e-4


def test_gradient_check_catches_a_wrong_back_propagation(monkeypatch):
    snapshot = trainer_at("xor", 3, hidden_layers=(2,)).snapshot()
    backward = Network.backward

    def one_percent_off(self, ws):
        backward(self, ws)
        ws.grad_flat *= 1.01

    monkeypatch.setattr(Network, "backward", one_percent_off)
    assert gradient_check(snapshot).max_relative_error == pytest.approx(0.01 / 1.01, rel=1e-3)


@pytest.mark.parametrize("config, output_delta", [
    (TrainingConfig(), r"\delta_i = (\hat{y}_i - y_i)\,\hat{y}_i\,(1 - \hat{y}_i)"),
    (TrainingConfig(loss="bce"), r"\delta_i = \hat{y}_i - y_i"),  # the σ′ cancels
    (TrainingConfig(output_activation="tanh"), r"\delta_i = (\hat{y}_i - y_i)\,f'(z_i)"),
])
def test_the_formula_row_names_each_layer_s_rule(config, output_delta):
    step = inspect(Trainer(preset("xor"), config.replace(hidden_layers=(2,))).snapshot())
    output, hidden = backprop_latex(step, 1), backprop_latex(step, 0)
    assert output.startswith(output_delta + r",\quad") and r"\delta_i\,a_k" in output
    assert hidden.startswith(r"\delta_i = f'(z_i)\sum_j") and r"\delta_i\,x_k" in hidden
    assert r"\leftarrow" in output
    adam = inspect(Trainer(preset("and"), config.replace(optimizer="adam")).snapshot())
    assert r"\leftarrow" not in backprop_latex(adam, 0)  # Adam steps in its own way
    for latex in (output, hidden):
        assert "<math" in formula_mathml(latex)

"""Optimizers against PyTorch's update rules, written out by hand for a few steps.

torch.optim.SGD(momentum=μ, dampening=0, nesterov=False): b ← μ·b + g (b = g at the first
step), θ ← θ − α·b. torch.optim.Adam: m ← β1·m + (1 − β1)·g, v ← β2·v + (1 − β2)·g²,
θ ← θ − (α / (1 − β1^t))·m / (√v / √(1 − β2^t) + ε).
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from perceptron_gui.core.config import OPTIMIZERS as CONFIG_OPTIMIZERS
from perceptron_gui.core.config import TrainingConfig
from perceptron_gui.core.optimizers import (
    OPTIMIZER_TYPES,
    OPTIMIZERS,
    Adam,
    GradientDescent,
    Momentum,
    make_optimizer,
)
from perceptron_gui.core.trainer import Trainer
from perceptron_gui.core.truth_table import preset

GRADIENTS = [
    np.array([0.5, -1.0, 2.0, 0.0]),
    np.array([0.25, 0.5, -3.0, 1e-3]),
    np.array([-1.0, 0.75, 0.1, -2.0]),
]
START = np.array([0.1, -0.2, 0.3, 0.4])


def run(optimizer, gradients=GRADIENTS) -> list[np.ndarray]:
    params, seen = START.copy(), []
    for g in gradients:
        optimizer.update(params, g.copy())  # update may overwrite its gradient
        seen.append(params.copy())
    return seen


def test_gradient_descent_is_the_lectures_update():
    params = run(GradientDescent(4, 0.5))
    np.testing.assert_array_equal(params[0], START - 0.5 * GRADIENTS[0])
    np.testing.assert_allclose(params[2], START - 0.5 * sum(GRADIENTS), rtol=1e-15)


def test_momentum_matches_pytorch_sgd_with_momentum():
    lr, mu = 0.1, 0.9
    theta, buf, expected = START.copy(), None, []
    for g in GRADIENTS:
        buf = g.copy() if buf is None else mu * buf + g
        theta = theta - lr * buf
        expected.append(theta.copy())
    got = run(Momentum(4, lr, mu))
    for e, p in zip(expected, got):
        np.testing.assert_allclose(p, e, rtol=1e-14, atol=1e-16)
    # the second step really carries the velocity of the first
    assert not np.allclose(got[1], got[0] - lr * GRADIENTS[1])


def test_adam_matches_pytorch_adam():
    lr, b1, b2, eps = 0.01, 0.9, 0.999, 1e-8
    theta, m, v, expected = START.copy(), np.zeros(4), np.zeros(4), []
    for t, g in enumerate(GRADIENTS, start=1):
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        step_size = lr / (1 - b1**t)
        denom = np.sqrt(v) / math.sqrt(1 - b2**t) + eps
        theta = theta - step_size * m / denom
        expected.append(theta.copy())
    got = run(Adam(4, lr, b1, b2, eps))
    for e, p in zip(expected, got):
        np.testing.assert_allclose(p, e, rtol=1e-13, atol=1e-16)
    # Adam's first step moves every parameter with a non-zero gradient by about lr
    moved = np.abs(got[0] - START)
    np.testing.assert_allclose(moved[:3], lr, rtol=1e-6)
    assert moved[3] == 0.0


def test_adam_with_other_betas_and_epsilon():
    lr, b1, b2, eps = 0.3, 0.5, 0.9, 0.1
    theta, m, v = START.copy(), np.zeros(4), np.zeros(4)
    for t, g in enumerate(GRADIENTS[:2], start=1):
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        theta = theta - lr / (1 - b1**t) * m / (np.sqrt(v) / math.sqrt(1 - b2**t) + eps)
    np.testing.assert_allclose(run(Adam(4, lr, b1, b2, eps), GRADIENTS[:2])[-1], theta, rtol=1e-13)


def test_set_learning_rate_takes_effect_on_the_next_step():
    opt = GradientDescent(4, 1.0)
    params = START.copy()
    opt.set_learning_rate(0.25)
    opt.update(params, GRADIENTS[0].copy())
    np.testing.assert_array_equal(params, START - 0.25 * GRADIENTS[0])


def test_make_optimizer_reads_the_config():
    assert isinstance(make_optimizer(TrainingConfig(), 3), GradientDescent)
    momentum = make_optimizer(TrainingConfig(optimizer="momentum", momentum=0.5, learning_rate=0.2), 3)
    assert isinstance(momentum, Momentum)
    assert float(momentum.momentum) == 0.5
    assert float(momentum.learning_rate) == 0.2
    adam = make_optimizer(TrainingConfig(optimizer="adam", beta1=0.8, beta2=0.99, epsilon=1e-6), 3)
    assert isinstance(adam, Adam)
    assert (adam.beta1, adam.beta2, adam.epsilon) == (0.8, 0.99, 1e-6)


def test_the_registry_is_what_the_config_accepts_and_an_unknown_name_is_refused():
    assert OPTIMIZERS == CONFIG_OPTIMIZERS == tuple(OPTIMIZER_TYPES)
    config = TrainingConfig()
    object.__setattr__(config, "optimizer", "rmsprop")  # past the config's own check
    with pytest.raises(ValueError, match="unknown optimizer 'rmsprop'"):
        make_optimizer(config, 3)


@pytest.mark.parametrize("name", OPTIMIZERS)
def test_one_rate_per_model_updates_each_column_as_one_model_alone(name):
    """The batched engine's use: parameters × models, a learning rate per model (last axis)."""
    rates = np.array([0.01, 0.3, 2.0])
    config = TrainingConfig(optimizer=name)
    many = make_optimizer(config, (4, 3), rates)
    params = np.repeat(START[:, None], 3, axis=1)
    for g in GRADIENTS:
        many.update(params, np.repeat(g[:, None], 3, axis=1))
    for i, rate in enumerate(rates):
        np.testing.assert_array_equal(params[:, i], run(make_optimizer(config, 4, rate))[-1])


def perceptron_gradient(params: np.ndarray, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """The lecture's batch gradient of ½·mean((ŷ − y)²) for one sigmoid neuron."""
    y_hat = 1 / (1 + np.exp(-(params[0] + x @ params[1:])))
    common = (y_hat - y) * y_hat * (1 - y_hat)
    return np.array([common.mean(), *(common[:, None] * x).mean(axis=0)])


def test_trainer_with_momentum_and_adam_follows_the_formulas():
    table = preset("and")
    x, y = table.inputs, table.targets[:, 0]
    for optimizer in ("momentum", "adam"):
        trainer = Trainer(table, TrainingConfig(optimizer=optimizer, learning_rate=0.5, epochs=3))
        theta = trainer.network.params.copy()
        buf, m, v = np.zeros(3), np.zeros(3), np.zeros(3)
        for t in range(1, 4):
            g = perceptron_gradient(theta, x, y)
            if optimizer == "momentum":
                buf = 0.9 * buf + g
                theta = theta - 0.5 * buf
            else:
                m = 0.9 * m + 0.1 * g
                v = 0.999 * v + 0.001 * g * g
                theta = theta - 0.5 / (1 - 0.9**t) * m / (np.sqrt(v) / math.sqrt(1 - 0.999**t) + 1e-8)
            trainer.step(1)
            np.testing.assert_allclose(trainer.network.params, theta, rtol=1e-12, err_msg=optimizer)

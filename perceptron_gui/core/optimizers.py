"""Optimizers that update the network's flat parameter vector in place, in PyTorch's forms."""

from __future__ import annotations

import numpy as np

from perceptron_gui.core.config import TrainingConfig


class Optimizer:
    def __init__(self, n_params: int, learning_rate: float) -> None:
        # 0-d arrays: a ufunc with an array operand is cheaper than with a Python float.
        self.learning_rate = np.array(learning_rate)

    def set_learning_rate(self, value: float) -> None:
        self.learning_rate[...] = value

    def update(self, params: np.ndarray, grad: np.ndarray) -> None:
        """Apply one step; `grad` (∂E/∂θ) may be overwritten."""
        raise NotImplementedError

    def state(self) -> tuple:
        """Copies of what the next updates depend on besides the gradient (nothing, for gd)."""
        return ()

    def load_state(self, state: tuple) -> None:
        """Continue from a `state()` of an optimizer of the same kind and size."""


class GradientDescent(Optimizer):
    """θ ← θ − α·g (the lecture's update)."""

    def update(self, params, grad):
        grad *= self.learning_rate
        params -= grad


class Momentum(Optimizer):
    """v ← μ·v + g,  θ ← θ − α·v."""

    def __init__(self, n_params: int, learning_rate: float, momentum: float) -> None:
        super().__init__(n_params, learning_rate)
        self.momentum = np.array(momentum)
        self.velocity = np.zeros(n_params)
        self.step_buffer = np.zeros(n_params)

    def update(self, params, grad):
        self.velocity *= self.momentum
        self.velocity += grad
        np.multiply(self.velocity, self.learning_rate, out=self.step_buffer)
        params -= self.step_buffer

    def state(self):
        return (self.velocity.copy(),)

    def load_state(self, state):
        (velocity,) = state
        self.velocity[:] = velocity


class Adam(Optimizer):
    """m ← β1·m + (1 − β1)·g,  v ← β2·v + (1 − β2)·g²,  θ ← θ − α·m̂/(√v̂ + ε)."""

    def __init__(self, n_params: int, learning_rate: float, beta1: float, beta2: float,
                 epsilon: float) -> None:
        super().__init__(n_params, learning_rate)
        self.beta1, self.beta2, self.epsilon = beta1, beta2, epsilon
        self.m = np.zeros(n_params)
        self.v = np.zeros(n_params)
        self.denominator = np.zeros(n_params)
        self.t = 0

    def update(self, params, grad):
        self.t += 1
        self.m *= self.beta1
        self.m += (1.0 - self.beta1) * grad
        self.v *= self.beta2
        grad *= grad
        grad *= 1.0 - self.beta2
        self.v += grad
        m_hat_scale = 1.0 / (1.0 - self.beta1**self.t)
        v_hat_scale = 1.0 / (1.0 - self.beta2**self.t)
        np.multiply(self.v, v_hat_scale, out=self.denominator)
        np.sqrt(self.denominator, out=self.denominator)
        self.denominator += self.epsilon
        np.divide(self.m, self.denominator, out=grad)
        grad *= self.learning_rate * m_hat_scale
        params -= grad

    def state(self):
        return (self.m.copy(), self.v.copy(), self.t)

    def load_state(self, state):
        m, v, self.t = state
        self.m[:], self.v[:] = m, v


def make_optimizer(config: TrainingConfig, n_params: int) -> Optimizer:
    if config.optimizer == "momentum":
        return Momentum(n_params, config.learning_rate, config.momentum)
    if config.optimizer == "adam":
        return Adam(n_params, config.learning_rate, config.beta1, config.beta2, config.epsilon)
    return GradientDescent(n_params, config.learning_rate)

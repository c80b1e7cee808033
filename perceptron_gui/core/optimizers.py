"""Optimizers that update parameters in place, in PyTorch's forms, in one registry.

The same code serves both engines: the single engine's flat parameter vector with one learning
rate (a 0-d array), and the batched engine's parameters × models array with one learning rate
per model (shape M, broadcast over the last axis).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from perceptron_gui.core.config import TrainingConfig


class Optimizer:
    def __init__(self, shape: int | tuple[int, ...], learning_rate: float | np.ndarray) -> None:
        # 0-d arrays (or one rate per model): a ufunc with an array operand is cheaper than a float.
        self.learning_rate = np.array(learning_rate, dtype=np.float64)

    @classmethod
    def from_config(cls, config: TrainingConfig, shape: int | tuple[int, ...],
                    learning_rate: float | np.ndarray) -> Optimizer:
        return cls(shape, learning_rate)

    def set_learning_rate(self, value: float) -> None:
        self.learning_rate[...] = value

    def update(self, params: np.ndarray, grad: np.ndarray) -> None:
        """Apply one step; `grad` (∂E/∂θ) may be overwritten."""
        raise NotImplementedError

    def buffers(self) -> tuple[np.ndarray, ...]:
        """The arrays the next updates depend on besides the gradient (none, for gd)."""
        return ()

    def state(self) -> tuple:
        """Copies of what the next updates depend on besides the gradient (nothing, for gd)."""
        return tuple(b.copy() for b in self.buffers())

    def load_state(self, state: tuple) -> None:
        """Continue from a `state()` of an optimizer of the same kind and size."""
        for buffer, saved in zip(self.buffers(), state):
            buffer[...] = saved


class GradientDescent(Optimizer):
    """θ ← θ − α·g (the lecture's update)."""

    def update(self, params, grad):
        np.multiply(grad, self.learning_rate, grad)
        np.subtract(params, grad, params)


class Momentum(Optimizer):
    """v ← μ·v + g,  θ ← θ − α·v."""

    def __init__(self, shape: int | tuple[int, ...], learning_rate: float | np.ndarray,
                 momentum: float) -> None:
        super().__init__(shape, learning_rate)
        self.momentum = np.array(momentum)
        self.velocity = np.zeros(shape)
        self.step_buffer = np.zeros(shape)

    @classmethod
    def from_config(cls, config, shape, learning_rate):
        return cls(shape, learning_rate, config.momentum)

    def update(self, params, grad):
        self.velocity *= self.momentum
        self.velocity += grad
        np.multiply(self.velocity, self.learning_rate, self.step_buffer)
        params -= self.step_buffer

    def buffers(self):
        return (self.velocity,)


class Adam(Optimizer):
    """m ← β1·m + (1 − β1)·g,  v ← β2·v + (1 − β2)·g²,  θ ← θ − α·m̂/(√v̂ + ε)."""

    def __init__(self, shape: int | tuple[int, ...], learning_rate: float | np.ndarray, beta1: float,
                 beta2: float, epsilon: float) -> None:
        super().__init__(shape, learning_rate)
        self.beta1, self.beta2, self.epsilon = beta1, beta2, epsilon
        self.m = np.zeros(shape)
        self.v = np.zeros(shape)
        self.denominator = np.zeros(shape)
        self.scaled_rate = np.zeros_like(self.learning_rate)
        self.t = 0

    @classmethod
    def from_config(cls, config, shape, learning_rate):
        return cls(shape, learning_rate, config.beta1, config.beta2, config.epsilon)

    def update(self, params, grad):
        self.t += 1
        self.m *= self.beta1
        np.multiply(grad, 1.0 - self.beta1, self.denominator)
        self.m += self.denominator
        self.v *= self.beta2
        grad *= grad
        grad *= 1.0 - self.beta2
        self.v += grad
        m_hat_scale = 1.0 / (1.0 - self.beta1**self.t)
        v_hat_scale = 1.0 / (1.0 - self.beta2**self.t)
        np.multiply(self.v, v_hat_scale, self.denominator)
        np.sqrt(self.denominator, self.denominator)
        self.denominator += self.epsilon
        np.divide(self.m, self.denominator, grad)
        np.multiply(self.learning_rate, m_hat_scale, self.scaled_rate)
        grad *= self.scaled_rate
        params -= grad

    def buffers(self):
        return (self.m, self.v)

    def state(self):
        return (*super().state(), self.t)

    def load_state(self, state):
        *buffers, self.t = state
        super().load_state(tuple(buffers))


OPTIMIZER_TYPES: dict[str, type[Optimizer]] = {"gd": GradientDescent, "momentum": Momentum, "adam": Adam}
OPTIMIZERS = tuple(OPTIMIZER_TYPES)


def make_optimizer(config: TrainingConfig, shape: int | tuple[int, ...],
                   learning_rate: float | np.ndarray | None = None) -> Optimizer:
    """The optimizer `config` names, for parameters of `shape`, at `learning_rate` (the config's
    when None; one per model for a batch)."""
    if config.optimizer not in OPTIMIZER_TYPES:
        raise ValueError(f"unknown optimizer {config.optimizer!r}; choose one of {', '.join(OPTIMIZERS)}")
    rate = config.learning_rate if learning_rate is None else learning_rate
    return OPTIMIZER_TYPES[config.optimizer].from_config(config, shape, rate)

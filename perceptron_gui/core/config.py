"""Every hyperparameter of a run, with the defaults of the lecture and checks with clear messages."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields, replace

from perceptron_gui.core.activations import ACTIVATIONS
from perceptron_gui.core.losses import LOSSES
from perceptron_gui.core.optimizers import OPTIMIZERS

BATCH_MODES = ("full", "sgd", "mini")
INITS = ("auto", "uniform", "xavier", "he", "zeros")
MAX_HIDDEN_LAYERS, MAX_UNITS = 8, 256
MAX_EPOCHS = 100_000_000
MIN_LEARNING_RATE, MAX_LEARNING_RATE = 1e-6, 1e6
MAX_SEED = 2**31 - 1  # what a Qt spin box holds
RELU_LIKE = ("relu", "leaky_relu", "elu")


class ConfigError(ValueError):
    """A hyperparameter out of range; the message names it."""


@dataclass(frozen=True)
class TrainingConfig:
    hidden_layers: tuple[int, ...] = ()
    hidden_activation: str = "tanh"
    output_activation: str = "sigmoid"
    loss: str = "mse"
    optimizer: str = "gd"
    learning_rate: float = 1.0
    epochs: int = 2000
    batch: str = "full"
    batch_size: int = 2
    init: str = "auto"
    seed: int = 0
    target_loss: float | None = None
    momentum: float = 0.9
    beta1: float = 0.9
    beta2: float = 0.999
    epsilon: float = 1e-8
    elu_alpha: float = 1.0
    maxout_pieces: int = 2

    def __post_init__(self) -> None:
        if not isinstance(self.hidden_layers, tuple | list):
            raise ConfigError("hidden_layers: a list of layer sizes, like [4] or []")
        object.__setattr__(self, "hidden_layers", tuple(self.hidden_layers))
        self.validate()

    def validate(self) -> None:
        def need(ok: bool, message: str) -> None:
            if not ok:
                raise ConfigError(message)

        need(len(self.hidden_layers) <= MAX_HIDDEN_LAYERS,
             f"hidden_layers: at most {MAX_HIDDEN_LAYERS} hidden layers")
        need(all(is_int(u) and 1 <= u <= MAX_UNITS for u in self.hidden_layers),
             f"hidden_layers: each layer has 1–{MAX_UNITS} units")
        for name in ("hidden_activation", "output_activation"):
            need(getattr(self, name) in ACTIVATIONS,
                 f"{name}: {getattr(self, name)!r} is not one of {', '.join(ACTIVATIONS)}")
        need(self.loss in LOSSES, f"loss: {self.loss!r} is not one of {', '.join(LOSSES)}")
        need(self.loss != "bce" or self.output_activation == "sigmoid",
             "loss: binary cross-entropy needs outputs in (0, 1), so a sigmoid output activation")
        need(self.optimizer in OPTIMIZERS,
             f"optimizer: {self.optimizer!r} is not one of {', '.join(OPTIMIZERS)}")
        need(is_number(self.learning_rate) and MIN_LEARNING_RATE <= self.learning_rate <= MAX_LEARNING_RATE,
             f"learning_rate: a number in [{MIN_LEARNING_RATE:g}, {MAX_LEARNING_RATE:g}]")
        need(is_int(self.epochs) and 1 <= self.epochs <= MAX_EPOCHS,
             f"epochs: a whole number in 1–{MAX_EPOCHS:,}")
        need(self.batch in BATCH_MODES, f"batch: {self.batch!r} is not one of {', '.join(BATCH_MODES)}")
        need(is_int(self.batch_size) and 1 <= self.batch_size <= 256, "batch_size: 1–256 rows")
        need(self.init in INITS, f"init: {self.init!r} is not one of {', '.join(INITS)}")
        need(is_int(self.seed) and 0 <= self.seed <= MAX_SEED, f"seed: a whole number in 0–{MAX_SEED}")
        need(self.target_loss is None or (is_number(self.target_loss) and self.target_loss >= 0),
             "target_loss: a number ≥ 0, or none")
        need(is_number(self.momentum) and 0 <= self.momentum < 1, "momentum: a number in [0, 1)")
        need(is_number(self.beta1) and 0 <= self.beta1 < 1, "beta1: a number in [0, 1)")
        need(is_number(self.beta2) and 0 <= self.beta2 < 1, "beta2: a number in [0, 1)")
        need(is_number(self.epsilon) and 0 < self.epsilon <= 1, "epsilon: a number in (0, 1]")
        need(is_number(self.elu_alpha) and 0 < self.elu_alpha <= 100, "elu_alpha: a number in (0, 100]")
        need(is_int(self.maxout_pieces) and 2 <= self.maxout_pieces <= 4, "maxout_pieces: 2–4")

    def resolved_init(self) -> str:
        """'auto' is the lecture's uniform [0, 1) for a single perceptron, He before ReLU-like
        hidden units, Xavier before the others."""
        if self.init != "auto":
            return self.init
        if not self.hidden_layers:
            return "uniform"
        return "he" if self.hidden_activation in RELU_LIKE else "xavier"

    def sizes(self, n_inputs: int, n_outputs: int) -> list[int]:
        return [n_inputs, *self.hidden_layers, n_outputs]

    def shapes_model_like(self, other: TrainingConfig) -> bool:
        """True when both configs build the same network and loss (so weights carry over)."""
        keys = ("hidden_layers", "hidden_activation", "output_activation", "loss",
                "elu_alpha", "maxout_pieces")
        return all(getattr(self, k) == getattr(other, k) for k in keys)

    def replace(self, **changes: object) -> TrainingConfig:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["hidden_layers"] = list(self.hidden_layers)
        return data

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in fields(cls)]


def is_int(value: object) -> bool:
    """A whole number (not a bool, which Python counts as one)."""
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: object) -> bool:
    """A whole or a finite float number."""
    return is_int(value) or (isinstance(value, float) and math.isfinite(value))

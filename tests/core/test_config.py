"""Hyperparameters: the lecture's defaults, "auto" init, and errors that name the field."""

from __future__ import annotations

import math

import pytest

from perceptron_gui.core.config import ConfigError, TrainingConfig


def test_auto_init_is_uniform_for_a_perceptron_xavier_or_he_with_hidden_layers():
    assert TrainingConfig().resolved_init() == "uniform"
    assert TrainingConfig(hidden_layers=(4,)).resolved_init() == "xavier"
    assert TrainingConfig(hidden_layers=(4,), hidden_activation="sigmoid").resolved_init() == "xavier"
    for relu_like in ("relu", "leaky_relu", "elu"):
        assert TrainingConfig(hidden_layers=(4,), hidden_activation=relu_like).resolved_init() == "he"
    assert TrainingConfig(hidden_layers=(4,), init="zeros").resolved_init() == "zeros"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("hidden_layers", (0,)),
        ("hidden_layers", (257,)),
        ("hidden_layers", (2,) * 9),
        ("hidden_layers", (2.0,)),
        ("hidden_layers", 4),
        ("hidden_layers", None),
        ("hidden_activation", "softmax"),
        ("output_activation", "step"),
        ("loss", "hinge"),
        ("optimizer", "rmsprop"),
        ("learning_rate", 0),
        ("learning_rate", 2e6),
        ("learning_rate", math.nan),
        ("learning_rate", True),
        ("learning_rate", "1"),
        ("epochs", 0),
        ("epochs", 1.5),
        ("batch", "half"),
        ("batch_size", 0),
        ("init", "normal"),
        ("seed", -1),
        ("seed", 2**31),
        ("learning_rate", 1e-7),
        ("target_loss", -0.1),
        ("target_loss", math.inf),
        ("momentum", 1.0),
        ("beta1", -0.1),
        ("beta2", 1),
        ("epsilon", 0),
        ("elu_alpha", 0),
        ("maxout_pieces", 1),
        ("maxout_pieces", 5),
    ],
)
def test_a_bad_value_is_refused_with_its_field_named(field, value):
    with pytest.raises(ConfigError, match=f"^{field}:"):
        TrainingConfig(**{field: value})


def test_bce_needs_a_sigmoid_output():
    with pytest.raises(ConfigError, match=r"^loss: .*sigmoid"):
        TrainingConfig(loss="bce", output_activation="tanh")
    assert TrainingConfig(loss="bce").loss == "bce"


def test_hidden_layers_become_a_tuple_and_to_dict_gives_a_list():
    config = TrainingConfig(hidden_layers=[4, 2])
    assert config.hidden_layers == (4, 2)
    data = config.to_dict()
    assert data["hidden_layers"] == [4, 2]
    assert set(data) == set(TrainingConfig.field_names())
    assert TrainingConfig(**data) == config


def test_shapes_model_like():
    base = TrainingConfig(hidden_layers=(4,))
    assert base.shapes_model_like(base.replace(learning_rate=0.1, epochs=5, optimizer="adam", seed=3))
    assert not base.shapes_model_like(base.replace(hidden_layers=(3,)))
    assert not base.shapes_model_like(base.replace(hidden_activation="relu"))
    assert not base.shapes_model_like(base.replace(maxout_pieces=3))


def test_replace_validates_too():
    with pytest.raises(ConfigError, match=r"^epochs:"):
        TrainingConfig().replace(epochs=-1)

"""Numbers under stress: every activation, optimizer, loss and batch mode at learning rates up to 1e6,
with targets at exactly 0 and 1, either trains or ends "diverged" on the last finite weights — no
NaN or infinity reaches the weights, the predictions, the loss history or a saved file. And dead
ReLU units are found."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from perceptron_gui.core import weights_file
from perceptron_gui.core.activations import ACTIVATIONS
from perceptron_gui.core.config import OPTIMIZERS, TrainingConfig
from perceptron_gui.core.diagnostics import dead_units
from perceptron_gui.core.network import Network
from perceptron_gui.core.trainer import DIVERGED, FINISHED_STATES, Trainer
from perceptron_gui.core.truth_table import TruthTable, preset

TABLES = {"xor": preset("xor"), "all ones": TruthTable(["a", "b"], ["y"], [[1], [1], [1], [1]])}
LEARNING_RATES = [1e6, 1e3, 1.0]
BATCHES = ["full", "sgd", "mini"]
EPOCHS, CHUNK = 200, 25


def models() -> list[tuple[tuple[int, ...], str, str, str]]:
    """(hidden layers, hidden activation, output activation, loss): each activation as the output
    of a single perceptron and as the hidden and output of a hidden layer; bce with sigmoid."""
    cases = [((), "tanh", a, "mse") for a in ACTIVATIONS] + [((), "tanh", "sigmoid", "bce")]
    cases += [((3,), a, a, "mse") for a in ACTIVATIONS]
    cases += [((3,), a, "sigmoid", "bce") for a in ACTIVATIONS]
    return cases


MODELS = models()
IDS = [f"{list(h)}-{ha}-{oa}-{loss}" if h else f"{oa}-{loss}" for h, ha, oa, loss in MODELS]


def assert_all_finite(trainer: Trainer, where: str) -> None:
    assert np.isfinite(trainer.network.params).all(), f"weights {where}"
    assert np.isfinite(trainer.predictions).all(), f"predictions {where}"
    assert np.isfinite(trainer.loss_history).all(), f"loss history {where}"


@pytest.mark.parametrize(("hidden", "hidden_activation", "output_activation", "loss"), MODELS, ids=IDS)
def test_any_model_at_any_learning_rate_trains_or_diverges_cleanly(hidden, hidden_activation,
                                                                  output_activation, loss):
    runs = 0
    for i, (optimizer, learning_rate, table) in enumerate(
        (o, lr, t) for o in OPTIMIZERS for lr in LEARNING_RATES for t in TABLES.values()
    ):
        config = TrainingConfig(hidden_layers=hidden, hidden_activation=hidden_activation,
                                output_activation=output_activation, loss=loss, optimizer=optimizer,
                                learning_rate=learning_rate, batch=BATCHES[i % 3], epochs=EPOCHS, seed=i)
        trainer = Trainer(table, config)
        case = f"{optimizer}, lr {learning_rate:g}, batch {config.batch}"
        while not trainer.finished:  # in chunks, as the window's worker drives it
            trainer.step(CHUNK)
            assert_all_finite(trainer, f"after epoch {trainer.epochs_run} ({case})")
        assert trainer.state in FINISHED_STATES
        assert math.isfinite(trainer.loss), case  # a diverged run keeps weights whose loss was finite
        assert len(trainer.loss_history) == trainer.epochs_run
        if trainer.state == DIVERGED:
            assert trainer.epochs_run < EPOCHS, case
        saved = weights_file.parse(json.dumps(weights_file.to_document(trainer), allow_nan=False))
        assert np.array_equal(saved.network.params, trainer.network.params), case
        assert saved.state == trainer.state
        runs += 1
    assert runs == len(OPTIMIZERS) * len(LEARNING_RATES) * len(TABLES)


def test_a_learning_rate_of_1e6_does_diverge_and_keeps_the_last_finite_weights():
    """Not vacuous: a linear network at 1e6 really blows up, and is caught."""
    config = TrainingConfig(hidden_layers=(3,), hidden_activation="linear", output_activation="linear",
                            learning_rate=1e6, epochs=EPOCHS)
    trainer = Trainer(preset("xor"), config)
    trainer.step(EPOCHS)
    assert trainer.state == DIVERGED
    assert trainer.epochs_run < 10
    assert_all_finite(trainer, "after divergence")
    assert math.isfinite(trainer.loss)


# --- dead ReLU units ---------------------------------------------------------------------------------------

def relu_network(hidden: list[int], output: str = "sigmoid") -> Network:
    return Network.build([2, *hidden, 1], "relu", output)


def test_a_unit_whose_bias_keeps_z_negative_on_every_row_is_dead():
    net = relu_network([3])
    hidden = net.layer_params[0]
    hidden[:, 1:] = [[1, 1], [1, -1], [-1, -1]]
    hidden[:, 0] = [0.5, -0.5, -0.1]  # unit 2 has z ≤ -0.1 on every row; unit 1 is alive on (1, 0)
    assert dead_units(net, preset("xor").inputs) == [(0, 2)]


def test_a_unit_at_exactly_zero_everywhere_is_dead_but_one_positive_row_keeps_it_alive():
    net = relu_network([2])
    net.layer_params[0][0] = [0, 0, 0]  # z = 0 on every row: ReLU'(0) = 0
    net.layer_params[0][1] = [-1, 0, 1.5]  # z > 0 only on the rows with x2 = 1
    assert dead_units(net, preset("and").inputs) == [(0, 0)]
    assert dead_units(net, [[1, 0]]) == [(0, 0), (0, 1)]  # on a row without x2, it is dead too


def test_dead_units_are_found_in_every_relu_layer_and_only_there():
    net = Network.build([2, 2, 2, 1], "relu", "relu")
    net.params[:] = -1.0  # every z is negative on inputs in {0, 1}
    assert dead_units(net, preset("or").inputs) == [(0, 0), (0, 1), (1, 0), (1, 1), (2, 0)]
    for activation in ("leaky_relu", "elu", "tanh", "linear"):
        other = Network.build([2, 2, 1], activation, "sigmoid")
        other.params[:] = -1.0
        assert dead_units(other, preset("or").inputs) == []


def test_a_dead_unit_gets_no_gradient_and_stays_dead_through_training():
    config = TrainingConfig(hidden_layers=(4,), hidden_activation="relu", epochs=300, learning_rate=0.5)
    trainer = Trainer(preset("xor"), config)
    trainer.network.layer_params[0][1] = [-5.0, -1.0, -1.0]  # unit 1: z ≤ -5 on every row
    before = trainer.network.layer_params[0][1].copy()
    assert (0, 1) in dead_units(trainer.network, trainer.table.inputs)
    trainer.step(300)
    assert np.array_equal(trainer.network.layer_params[0][1], before)  # no gradient ever reached it
    assert (0, 1) in dead_units(trainer.network, trainer.table.inputs)


def test_a_healthy_network_has_no_dead_units():
    config = TrainingConfig(hidden_layers=(4,), hidden_activation="relu", init="uniform", epochs=1)
    trainer = Trainer(preset("xor"), config)  # uniform [0, 1) weights and biases: every z > 0
    assert dead_units(trainer.network, trainer.table.inputs) == []


def test_the_loss_between_two_chunks_is_finite_and_the_epoch_count_never_goes_back():
    table = TruthTable(["a", "b"], ["y"], [[1], [1], [1], [1]])
    config = TrainingConfig(hidden_layers=(3,), hidden_activation="leaky_relu", output_activation="relu",
                            optimizer="momentum", learning_rate=10.0, epochs=EPOCHS, seed=3)
    trainer = Trainer(table, config)
    counts = []
    while not trainer.finished:
        trainer.step(1)
        counts.append(trainer.epochs_run)
        assert math.isfinite(trainer.loss), f"loss {trainer.loss} after epoch {trainer.epochs_run}"
    assert counts == sorted(counts)

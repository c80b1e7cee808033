"""The separability test against tables whose answer is known."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from perceptron_gui.core.config import TrainingConfig
from perceptron_gui.core.separability import linearly_separable, plateaued, separable_outputs
from perceptron_gui.core.trainer import Trainer
from perceptron_gui.core.truth_table import TruthTable, binary_inputs, preset

NAN = np.nan


@pytest.mark.parametrize(("name", "expected"), [
    ("and", [True]), ("or", [True]), ("nand", [True]), ("nor", [True]),
    ("xor", [False]), ("xnor", [False]), ("majority3", [True]), ("parity3", [False]),
    ("half-adder", [False, True]),  # sum is XOR, carry is AND
    ("full-adder", [False, True]),  # sum is 3-input parity, carry is majority
])
def test_presets(name, expected):
    assert separable_outputs(preset(name)) == expected


def test_exactly_14_of_the_16_two_input_functions_are_separable():
    x = binary_inputs(2)
    separable = [linearly_separable(x, np.array(bits, dtype=float))
                 for bits in itertools.product([0, 1], repeat=4)]
    assert sum(separable) == 14  # all but XOR and XNOR


def test_dont_care_rows_take_no_part():
    # XOR with one row left out is a separable function of the three that remain
    table = TruthTable(("x1", "x2"), ("y",), np.array([[0.0], [1.0], [1.0], [NAN]]))
    assert separable_outputs(table) == [True]


def test_fractional_targets_count_by_their_side_of_one_half():
    x = binary_inputs(2)
    assert linearly_separable(x, np.array([0.1, 0.7, 0.6, 0.2])) is False
    assert linearly_separable(x, np.array([0.1, 0.2, 0.3, 0.9])) is True


def test_constant_and_single_input_columns():
    assert linearly_separable(binary_inputs(3), np.ones(8))
    assert linearly_separable(binary_inputs(1), np.array([1.0, 0.0]))  # NOT


def test_a_perceptron_on_xor_plateaus_and_on_and_does_not():
    xor = Trainer(preset("xor"), TrainingConfig(epochs=2000))
    xor.step(2000)
    assert plateaued(xor.loss_history)
    and_ = Trainer(preset("and"), TrainingConfig(epochs=2000))
    and_.step(2000)
    assert not plateaued(and_.loss_history)
    assert not plateaued(xor.loss_history[:150])  # too soon to say


def test_the_solver_prints_nothing(capfd):
    """HiGHS logs to stdout unless told not to before anything else (the CLI's output is the user's)."""
    assert not linearly_separable(binary_inputs(2), np.array([0.0, 1.0, 1.0, 0.0]))
    assert linearly_separable(binary_inputs(3), np.array([0, 0, 0, 1, 0, 1, 1, 1], dtype=float))
    assert capfd.readouterr() == ("", "")


def test_every_3_input_function_agrees_with_a_brute_force_search():
    """All 256 three-input functions: separable exactly when some integer plane with weights in
    −3…3 separates them (for three binary inputs such a plane exists whenever any does); 104 are."""
    x = binary_inputs(3)
    planes = np.array(list(itertools.product(range(-3, 4), repeat=3)), dtype=float)
    sums = x @ planes.T  # rows × planes
    answers = []
    for bits in itertools.product([0.0, 1.0], repeat=8):
        ones = np.array(bits) >= 0.5
        # a threshold between the largest sum on the zeros and the smallest on the ones
        lowest_one = sums[ones].min(axis=0, initial=np.inf)
        brute = bool(np.any(lowest_one > sums[~ones].max(axis=0, initial=-np.inf)))
        answers.append(linearly_separable(x, np.array(bits)))
        assert answers[-1] == brute, bits
    assert sum(answers) == 104

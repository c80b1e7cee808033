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

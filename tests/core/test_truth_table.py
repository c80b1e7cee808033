"""Truth tables: binary row order, presets, "don't care", CSV and resizing."""

from __future__ import annotations

import dataclasses
import math
import pickle

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perceptron_gui.core.truth_table import (
    MAX_CSV_BYTES,
    PRESETS,
    TableError,
    TruthTable,
    binary_inputs,
    format_output,
    preset,
    widest_output_texts,
)

NAN = math.nan


def test_rows_are_in_binary_order_x1_most_significant():
    assert binary_inputs(2).tolist() == [[0, 0], [0, 1], [1, 0], [1, 1]]
    three = binary_inputs(3)
    assert three.dtype == np.float64
    assert three.shape == (8, 3)
    assert three[:, 0].tolist() == [0, 0, 0, 0, 1, 1, 1, 1]
    assert three[:, 2].tolist() == [0, 1, 0, 1, 0, 1, 0, 1]
    assert binary_inputs(8).shape == (256, 8)


EXPECTED_PRESETS = {
    "and": (["x1", "x2"], [[0], [0], [0], [1]]),
    "or": (["x1", "x2"], [[0], [1], [1], [1]]),
    "xor": (["x1", "x2"], [[0], [1], [1], [0]]),
    "nand": (["x1", "x2"], [[1], [1], [1], [0]]),
    "nor": (["x1", "x2"], [[1], [0], [0], [0]]),
    "xnor": (["x1", "x2"], [[1], [0], [0], [1]]),
    "majority3": (["x1", "x2", "x3"], [[0], [0], [0], [1], [0], [1], [1], [1]]),
    "parity3": (["x1", "x2", "x3"], [[0], [1], [1], [0], [1], [0], [0], [1]]),
    # (sum, carry)
    "half-adder": (["x1", "x2"], [[0, 0], [1, 0], [1, 0], [0, 1]]),
    "full-adder": (
        ["x1", "x2", "x3"],
        [[0, 0], [1, 0], [1, 0], [0, 1], [1, 0], [0, 1], [0, 1], [1, 1]],
    ),
}


def test_there_are_exactly_the_ten_presets_of_the_issue():
    assert set(PRESETS) == set(EXPECTED_PRESETS)
    assert len(PRESETS) == 10


@pytest.mark.parametrize("name", sorted(EXPECTED_PRESETS))
def test_preset_targets_and_shapes(name):
    inputs, targets = EXPECTED_PRESETS[name]
    table = preset(name)
    assert table.input_names == inputs
    assert table.targets.tolist() == targets
    assert table.targets.shape == (2 ** len(inputs), len(targets[0]))
    assert table.mask.all()


def test_adders_have_two_named_outputs():
    half, full = preset("half-adder"), preset("full-adder")
    assert (half.n_inputs, half.n_outputs) == (2, 2)
    assert (full.n_inputs, full.n_outputs) == (3, 2)
    assert full.output_names == ["sum", "carry"]


@pytest.mark.parametrize("spelling", ["AND", "And", " and ", "Half-Adder", "FULL-ADDER", "Majority3"])
def test_preset_names_are_case_insensitive(spelling):
    assert preset(spelling).targets.tolist() == preset(spelling.strip().lower()).targets.tolist()


def test_unknown_preset_names_the_choices():
    with pytest.raises(TableError, match=r"unknown preset 'nope'.*full-adder"):
        preset("nope")


def test_tables_are_immutable_and_an_edit_is_a_new_table():
    table = preset("and")
    with pytest.raises(ValueError):
        table.targets[0, 0] = 1.0
    with pytest.raises(dataclasses.FrozenInstanceError):
        table.targets = np.ones((4, 1))
    edited = table.with_target(0, 0, 1.0)
    assert edited.targets[0, 0] == 1.0 and table.targets[0, 0] == 0.0 and preset("and").targets[0, 0] == 0.0
    assert not edited.targets.flags.writeable


def test_an_unpickled_table_is_read_only_too():
    """As the training process's reports bring them back."""
    back = pickle.loads(pickle.dumps(preset("xor")))
    assert np.array_equal(back.targets, preset("xor").targets) and not back.targets.flags.writeable


def test_dont_care_is_nan_and_left_out_of_the_mask():
    table = TruthTable(["a", "b"], ["y"], [[0], [NAN], [0.25], [1]])
    assert table.mask[:, 0].tolist() == [True, False, True, True]
    assert np.isnan(table.targets[1, 0])


@pytest.mark.parametrize(
    ("inputs", "outputs", "targets", "message"),
    [
        ([], ["y"], np.zeros((1, 1)), "1–8 inputs, not 0"),
        ([f"x{i}" for i in range(9)], ["y"], np.zeros((512, 1)), "1–8 inputs, not 9"),
        (["a"], [], np.zeros((2, 0)), "1–4 outputs, not 0"),
        (["a"], ["p", "q", "r", "s", "t"], np.zeros((2, 5)), "1–4 outputs, not 5"),
        (["a", "a"], ["y"], np.zeros((4, 1)), "distinct"),
        (["a", " "], ["y"], np.zeros((4, 1)), "non-empty"),
        (["a", "b"], ["y"], np.zeros((3, 1)), "4 rows × 1 outputs"),
        (["a", "b"], ["y"], [[0], [1], [1.5], [0]], r"\[0, 1\]"),
        (["a", "b"], ["y"], [[0], [1], [-0.1], [0]], r"\[0, 1\]"),
        (["a", "b"], ["y"], [[0], [1], [math.inf], [0]], r"\[0, 1\]"),
    ],
)
def test_invalid_tables_are_refused_with_a_reason(inputs, outputs, targets, message):
    with pytest.raises(TableError, match=message):
        TruthTable(inputs, outputs, targets)


def test_blank_table():
    table = TruthTable.blank(3, 2)
    assert table.input_names == ["x1", "x2", "x3"]
    assert table.output_names == ["y1", "y2"]
    assert table.targets.shape == (8, 2)
    assert not table.targets.any()
    assert TruthTable.blank(1).output_names == ["y"]


def test_csv_round_trip_keeps_names_dont_care_and_fractions():
    targets = [[0, 1], [NAN, 0.3], [1 / 3, NAN], [1, 0.1 + 0.2]]
    table = TruthTable(["in A", "b"], ["out,1", "q"], targets)
    text = table.to_csv()
    assert text.splitlines()[0] == 'in A,b,"out,1",q'
    assert text.splitlines()[2] == "0,1,*,0.3"
    back = TruthTable.from_csv(text)
    assert back.input_names == table.input_names
    assert back.output_names == table.output_names
    assert np.array_equal(back.targets, table.targets, equal_nan=True)


def test_csv_file_round_trip(tmp_path):
    table = preset("full-adder").with_target(5, 1, NAN)
    path = tmp_path / "adder.csv"
    table.save_csv(path)
    back = TruthTable.load_csv(path)
    assert np.array_equal(back.targets, table.targets, equal_nan=True)
    assert [p.name for p in tmp_path.iterdir()] == ["adder.csv"]


def test_csv_accepts_any_row_order_bom_and_other_dont_care_tokens(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes("\ufeffx1,x2,y\n1,1,1\n0,0,?\n1,0,-\n0,1,\n".encode())
    table = TruthTable.load_csv(path)
    assert table.input_names == ["x1", "x2"]
    assert np.array_equal(table.targets[:, 0], [NAN, NAN, NAN, 1], equal_nan=True)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("x1,y\n0,1\n", "header row and at least 2 data rows"),
        ("x1,x2,y\n0,0,0\n0,1,0\n1,0,0\n", "2\\*\\*n rows .* this one has 3"),
        ("x1,x2\n0,0\n0,1\n1,0\n1,1\n", r"leave 0 output\(s\); a table has 1–4 outputs"),
        ("a,b,c,d,e,f,g\n0,0,0,0,0,0,0\n0,1,0,0,0,0,0\n1,0,0,0,0,0,0\n1,1,0,0,0,0,0\n",
         r"4 rows mean 2 input\(s\) \(a table lists all 2\*\*n input rows\), so .* 7 columns leave 5"),
        ("x1,x2,y\n0,0,0\n0,1\n1,0,0\n1,1,1\n", "line 3: 2 cells, the header has 3"),
        ("x1,x2,y\n0,0,0\n0,2,0\n1,0,0\n1,1,1\n", "line 3: inputs must be 0 or 1"),
        ("x1,x2,y\n0,0,0\n0,0,1\n1,0,0\n1,1,1\n", r"line 3: input row 0,0 appears twice \(4 rows mean 2"),
        ("x1;x2;y\n0;0;0\n0;1;0\n1;0;0\n1;1;1\n", "separated by commas, not semicolons"),
        ("x1,x2,y\n0,0,0\n0,1,yes\n1,0,0\n1,1,1\n", "line 3: target 'yes' is not a number"),
        ("x1,x2,y\n0,0,0\n0,1,2\n1,0,0\n1,1,1\n", r"line 3: target 2 is outside \[0, 1\]"),
        ("x1,x2,y\n0,0,0\n0,1,nan\n1,0,0\n1,1,1\n", r"line 3: target nan is outside \[0, 1\]"),
        ("x1,x1,y\n0,0,0\n0,1,0\n1,0,0\n1,1,1\n", "distinct"),
    ],
)
def test_bad_csv_gives_a_clear_table_error(text, message):
    with pytest.raises(TableError, match=message):
        TruthTable.from_csv(text)


def test_unreadable_csv_files_give_table_errors(tmp_path):
    with pytest.raises(TableError, match="cannot read"):
        TruthTable.load_csv(tmp_path / "missing.csv")
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"x1,y\n0,\xff\n1,1\n")
    with pytest.raises(TableError, match="cannot read"):
        TruthTable.load_csv(binary)
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as f:
        f.truncate(MAX_CSV_BYTES + 1)
    with pytest.raises(TableError, match="larger than"):
        TruthTable.load_csv(huge)


def test_resized_adding_an_input_keeps_each_old_rows_target():
    table = TruthTable(["a", "b"], ["y"], [[0], [NAN], [0.5], [1]])
    bigger = table.resized(3, 1)
    assert bigger.input_names == ["a", "b", "x3"]
    # rows (a, b, 0) and (a, b, 1) both keep the target of the old row (a, b)
    assert np.array_equal(bigger.targets[:, 0], [0, 0, NAN, NAN, 0.5, 0.5, 1, 1], equal_nan=True)


def test_resized_removing_an_input_keeps_the_rows_where_it_was_zero():
    table = preset("majority3")
    smaller = table.resized(2, 1)
    assert smaller.input_names == ["x1", "x2"]
    assert smaller.targets[:, 0].tolist() == [0, 0, 0, 1]  # majority with x3 = 0 is AND


def test_resized_outputs_keep_existing_targets_and_add_zeros():
    table = preset("half-adder")
    one = table.resized(2, 1)
    assert one.output_names == ["sum"]
    assert one.targets[:, 0].tolist() == [0, 1, 1, 0]
    three = table.resized(2, 3)
    assert three.output_names == ["sum", "carry", "y3"]
    assert three.targets.tolist() == [[0, 0, 0], [1, 0, 0], [1, 0, 0], [0, 1, 0]]
    assert table.targets.shape == (4, 2)  # the original is untouched


def test_copy_is_independent():
    table = preset("and")
    twin = table.copy()
    twin.input_names[0] = "z"
    assert table.targets[3, 0] == 1.0
    assert table.input_names[0] == "x1"


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.floats(min_value=-1e12, max_value=1e12) | st.just(NAN), min_size=1, max_size=30))
def test_the_widest_output_texts_include_the_longest(values):
    outputs = np.array(values)
    texts = widest_output_texts(outputs)
    written = [format_output(v) for v in values if not math.isnan(v)]
    assert set(texts) <= set(written)
    assert max(map(len, texts), default=0) == max(map(len, written), default=0)

"""Fuzzing the CSV table reader: whatever the text or bytes, `from_csv` and `load_csv` give a valid
table or one TableError with a short one-line message, within a second, never another exception."""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perceptron_gui.core.truth_table import MAX_CSV_BYTES, TableError, TruthTable
from tests.core.conftest import FUZZ, check_message, counted, read_in_a_thread


def outcome(read: Callable[[], TruthTable]) -> str:
    """A valid table that round-trips through CSV, or one short one-line TableError."""
    try:
        table = read()
    except TableError as exc:
        return check_message(exc)
    assert isinstance(table, TruthTable)
    assert table.targets.shape == (2**table.n_inputs, table.n_outputs)
    counted_cells = table.targets[table.mask]
    assert ((counted_cells >= 0) & (counted_cells <= 1)).all()
    back = TruthTable.from_csv(table.to_csv())
    assert (back.input_names, back.output_names) == (table.input_names, table.output_names)
    assert np.array_equal(back.targets, table.targets, equal_nan=True)
    return counted("accepted")


NAMES = st.text(st.characters(codec="utf-8", exclude_categories=["Cc"]), min_size=1, max_size=8).filter(
    lambda s: s.strip() == s and s)
TARGETS = st.sampled_from([0.0, 1.0, math.nan]) | st.floats(0, 1)


@st.composite
def tables(draw: st.DrawFn) -> TruthTable:
    n_in, n_out = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    names = draw(st.lists(NAMES, min_size=n_in + n_out, max_size=n_in + n_out, unique=True))
    targets = draw(st.lists(st.lists(TARGETS, min_size=n_out, max_size=n_out), min_size=2**n_in,
                            max_size=2**n_in))
    return TruthTable(names[:n_in], names[n_in:], targets)


@settings(FUZZ, max_examples=200)
@given(tables())
def test_fuzz_any_table_round_trips_through_csv(table):
    assert outcome(lambda: TruthTable.from_csv(table.to_csv())) == "accepted"


CELLS = st.sampled_from(["0", "1", "*", "-", "?", "", " 1 ", "nan", "inf", "-inf", "1e400", "-0", "0x1",
                         "1_0", "0.5e0", "２", '"', '"1"', "\x00", "\r", "\n", "1,1", "x" * 200_000,
                         "0." + "0" * 100_000 + "1"]) | st.text(max_size=6)


@st.composite
def mutated_csv(draw: st.DrawFn) -> str:
    lines = draw(tables()).to_csv().splitlines()
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["cell", "delete", "duplicate", "swap", "blank", "cut", "extra"]))
        if action == "cell":
            cells = lines[i].split(",")
            cells[draw(st.integers(0, len(cells) - 1))] = draw(CELLS)
            lines[i] = ",".join(cells)
        elif action == "delete" and len(lines) > 1:
            del lines[i]
        elif action == "duplicate":
            lines.insert(i, lines[i])
        elif action == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif action == "blank":
            lines.insert(i, draw(st.sampled_from(["", " ", ",,", " , "])))
        elif action == "cut":
            lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
        else:
            lines[i] += "," + draw(CELLS)
    end = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return draw(st.sampled_from(["", "\ufeff"])) + end.join(lines) + draw(st.sampled_from(["", end]))


@settings(FUZZ, max_examples=500)
@given(mutated_csv())
def test_fuzz_mutated_csv(text):
    outcome(lambda: TruthTable.from_csv(text))


@settings(FUZZ, max_examples=300)
@given(st.text(max_size=300))
def test_fuzz_random_text(text):
    outcome(lambda: TruthTable.from_csv(text))


ENCODINGS = ["utf-16", "utf-32", "latin-1", "cp1252"]


@settings(FUZZ, max_examples=200)
@given(st.one_of(
    st.binary(max_size=300),
    st.builds(lambda t, junk, at: t.to_csv().encode()[:at] + junk + t.to_csv().encode()[at:],
              tables(), st.binary(min_size=1, max_size=8), st.integers(0, 100)),
    st.builds(lambda t, enc: t.to_csv().replace("x", "é").encode(enc, "replace"), tables(),
              st.sampled_from(ENCODINGS)),
    st.builds(lambda t: b"\xef\xbb\xbf" + t.to_csv().encode(), tables()),
))
def test_fuzz_files_of_junk_other_encodings_and_a_bom(tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("csv") / "t.csv"
    path.write_bytes(raw)
    outcome(lambda: TruthTable.load_csv(path))


def test_line_ends_of_any_system_read_the_same():
    expected = TruthTable.from_csv("x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n")
    for end in ("\r\n", "\r"):
        table = TruthTable.from_csv(end.join(["x1,x2,y", "0,0,0", "0,1,1", "1,0,1", "1,1,0"]) + end)
        assert np.array_equal(table.targets, expected.targets)


def test_a_cell_beyond_the_csv_field_limit_is_a_table_error():
    with pytest.raises(TableError, match=r"^line 3: field larger than field limit"):
        TruthTable.from_csv('x1,y\n0,0\n1,"' + "1" * 200_000 + '"\n')


def test_a_long_cell_is_clipped_in_the_message():
    with pytest.raises(TableError, match=r"^line 3: target 'xxxxx+…' is not a number") as refused:
        TruthTable.from_csv("x1,y\n0,0\n1," + "x" * 100_000 + "\n")
    assert len(str(refused.value)) < 100


def test_a_100_mb_file_is_refused_by_its_size(tmp_path):
    path = tmp_path / "huge.csv"
    with path.open("wb") as f:
        f.write(b"x1,y\n0,0\n1,1\n")
        f.write(b"\n" * 100_000_000)  # blank lines: a valid table, were it read
    with pytest.raises(TableError, match=f"^huge.csv is larger than {MAX_CSV_BYTES // 1000} kB$"):
        TruthTable.load_csv(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_folder_fifo_or_device_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    link = tmp_path / "link-to-pipe.csv"
    link.symlink_to(fifo)
    devices = [Path(d) for d in ("/dev/zero", "/dev/urandom", "/dev/null") if Path(d).exists()]
    paths = [tmp_path, fifo, link, *devices]
    for path in paths:
        error = read_in_a_thread(lambda path=path: TruthTable.load_csv(path), [fifo])
        assert isinstance(error, TableError), path
        assert str(error) == f"cannot read {path}: not a regular file (a folder, a pipe or a device)"


@pytest.mark.parametrize("name", ["a\rb", "a\nb", "a\tb", "a\x00b", "a\x7fb"])
def test_a_name_with_a_control_character_is_refused(name):
    """CSV quotes a "\\n" in a name but not a "\\r" (Python 3.11): such a table could not be read back."""
    with pytest.raises(TableError, match=r"^input and output names must not hold control characters"):
        TruthTable(["x1"], [name], [[0], [1]])

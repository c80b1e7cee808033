"""Fuzzing the weights-file reader: whatever the bytes, `parse` and `load` end in a valid model or
in one WeightsFileError with a short one-line message, within a second, never another exception.

Documents start valid (from `to_document`, and a version 1 file without a history) and are
mutated: wrong types and shapes, NaN and infinity tokens, huge numbers and strings, deep nesting,
unknown versions, missing and extra fields, anywhere and within the run's history alone; then
truncated files, binary junk, other encodings, a BOM; then paths that are no file.
"""

from __future__ import annotations

import copy
import json
import math
import os
import stat
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perceptron_gui.core import weights_file
from perceptron_gui.core.config import TrainingConfig
from perceptron_gui.core.file_read import FileTooLarge, read_regular_file
from perceptron_gui.core.trainer import Trainer
from perceptron_gui.core.truth_table import TruthTable, preset
from perceptron_gui.core.weights_file import MAX_FILE_BYTES, MAX_JSON_VALUES, SavedModel, WeightsFileError
from tests.core.conftest import FUZZ, check_message, counted, read_in_a_thread


def base_documents() -> dict[str, dict[str, Any]]:
    """Valid documents of different shapes: a perceptron, two hidden layers, maxout, linear
    (unbounded outputs), don't care."""
    trainers = {
        "perceptron": Trainer(preset("and"), TrainingConfig(epochs=20)),
        "hidden-4-4": Trainer(preset("xor"), TrainingConfig(hidden_layers=(4, 4), optimizer="adam",
                                                            learning_rate=0.1, epochs=20)),
        "maxout": Trainer(preset("full-adder"), TrainingConfig(
            hidden_layers=(3,), hidden_activation="maxout", maxout_pieces=3, epochs=20)),
        "linear": Trainer(preset("or"), TrainingConfig(
            hidden_layers=(2,), hidden_activation="linear", output_activation="linear", learning_rate=0.1,
            epochs=20)),
        "dont-care": Trainer(TruthTable(["a", "b"], ["y"], [[0], [math.nan], [0.25], [1]]), TrainingConfig(
            hidden_layers=(2,), hidden_activation="relu", loss="bce", batch="sgd", epochs=20)),
    }
    for trainer in trainers.values():
        trainer.step(trainer.config.epochs)
    documents = {name: json.loads(json.dumps(weights_file.to_document(t))) for name, t in trainers.items()}
    version_1 = copy.deepcopy(documents["perceptron"])  # as the first format wrote it: no history
    version_1["version"] = 1
    del version_1["history"]
    return {**documents, "version-1": version_1}


BASES = base_documents()
BASE_TEXTS = {name: json.dumps(doc, indent=1) for name, doc in BASES.items()}


def outcome(read: Callable[[], SavedModel]) -> str:
    """Run a read; it must give a model that round-trips, or one short one-line WeightsFileError."""
    try:
        model = read()
    except WeightsFileError as exc:
        return check_message(exc)
    assert isinstance(model, SavedModel)
    assert np.isfinite(model.network.params).all()
    assert np.isfinite(model.network.predict(model.table.inputs)).all()
    again = weights_file.parse(json.dumps(weights_file.to_document(model), allow_nan=False))
    assert np.array_equal(again.network.params, model.network.params)
    assert np.array_equal(again.table.targets, model.table.targets, equal_nan=True)
    assert again.config == model.config
    return counted("accepted")


# --- mutations of valid documents ------------------------------------------------------------------

def all_paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    paths = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            paths += all_paths(item, (*prefix, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            paths += all_paths(item, (*prefix, i))
    return paths


PATHS = {name: all_paths(doc) for name, doc in BASES.items()}
NAMED = {name: [p for p in paths if isinstance(p[-1], str)] for name, paths in PATHS.items()}
HISTORY_PATHS = {name: [p for p in paths if p[0] == "history"] for name, paths in PATHS.items()
                 if "history" in BASES[name]}

# Raw JSON text put where a value was: what json.dumps cannot write from Python values.
RAW_TOKENS = [
    "NaN", "Infinity", "-Infinity", "1e999", "-1e999", "1" + "0" * 400, "9" * 5000, "-0", "1E-400",
    "[" * 1000 + "]" * 1000, "[" * 100_000 + "]" * 100_000, '{"a":' * 5000 + "1" + "}" * 5000,
    "[" * 50 + "1" + "]" * 50,
]
RAW_MARK = "\x00raw\x00"
LEAVES = (st.none() | st.booleans() | st.integers(-(2**70), 2**70)
          | st.sampled_from([10**400, -(10**309), 2**63, 2**64, 1e308, 5e-324, -0.0, 1.5, 0.5])
          | st.floats() | st.text(max_size=8)
          | st.sampled_from([10**5, 10**6]).map(lambda n: "x" * n))  # huge strings
JSON_VALUES = st.recursive(LEAVES, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=6), inner, max_size=4), max_leaves=10)


def reshaped(value: Any, how: str) -> Any:
    """The value in a wrong shape or type, derived from what it is."""
    if how == "wrap":
        return [value]
    if how == "unwrap":
        return value[0] if isinstance(value, list) and value else value
    if how == "drop" and isinstance(value, list) and value:
        return value[:-1]
    if how == "repeat" and isinstance(value, list) and value:
        return [*value, value[-1]]
    if how == "as_text":
        return json.dumps(value)
    if how == "huge" and isinstance(value, int | float) and not isinstance(value, bool):
        return value * 1e300 + 1e300
    if how == "negative" and isinstance(value, int | float) and not isinstance(value, bool):
        return -value - 1
    if how == "as_list" and isinstance(value, dict):
        return list(value.values())
    return None


@st.composite
def mutated_texts(draw: st.DrawFn, history_only: bool = False) -> str:
    """A valid document mutated 1–3 times anywhere (or, with `history_only`, within its history)."""
    name = draw(st.sampled_from(sorted(HISTORY_PATHS if history_only else BASES)))
    doc = copy.deepcopy(BASES[name])
    raw: list[str] = []
    for _ in range(draw(st.integers(1, 3))):
        if history_only:
            path = draw(st.sampled_from(HISTORY_PATHS[name]))
        else:
            path = draw(st.sampled_from(NAMED[name]) | st.sampled_from(PATHS[name]))
        parent = doc
        try:
            for key in path[:-1]:
                parent = parent[key]
            current = parent[path[-1]]
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed this path
        if not isinstance(parent, dict | list):
            continue  # an earlier mutation made a container a string: indexing it reads characters
        action = draw(st.sampled_from(["replace", "reshape", "raw", "delete", "extra", "version"]))
        if action == "replace":
            parent[path[-1]] = draw(JSON_VALUES)
        elif action == "reshape":
            how = draw(st.sampled_from(["wrap", "unwrap", "drop", "repeat", "as_text", "huge",
                                        "negative", "as_list"]))
            parent[path[-1]] = reshaped(current, how)
        elif action == "raw":
            raw.append(draw(st.sampled_from(RAW_TOKENS)))
            parent[path[-1]] = RAW_MARK
        elif action == "delete":
            del parent[path[-1]]
        elif action == "extra":
            target = current if isinstance(current, dict | list) else doc
            if isinstance(target, list):
                target.append(draw(JSON_VALUES))
            else:
                target[draw(st.text(max_size=6))] = draw(JSON_VALUES)
        else:
            doc["version"] = draw(st.integers(-3, 10**20) | st.sampled_from([1.0, "1", True, None]))
    text = json.dumps(doc, indent=draw(st.sampled_from([None, 1])))
    for token in raw:  # each mark in order of appearance; those removed later are gone
        text = text.replace(json.dumps(RAW_MARK), token, 1)
    return text


@settings(FUZZ, max_examples=600)
@given(mutated_texts())
def test_fuzz_mutated_documents(text):
    outcome(lambda: weights_file.parse(text, "w.json"))


@settings(FUZZ, max_examples=300)
@given(mutated_texts(history_only=True))
def test_fuzz_mutated_histories(text):
    outcome(lambda: weights_file.parse(text, "w.json"))


@settings(FUZZ, max_examples=200)
@given(st.sampled_from(sorted(BASE_TEXTS)), st.data())
def test_fuzz_truncated_files(name, data):
    text = BASE_TEXTS[name]
    cut = data.draw(st.integers(0, len(text)))
    result = outcome(lambda: weights_file.parse(text[:cut].encode(), "w.json"))
    assert result == ("accepted" if text[:cut].strip() == text.strip() else "refused")


def spliced(text: str, junk: bytes, at: int) -> bytes:
    raw = text.encode()
    return raw[:at] + junk + raw[at:]


ENCODINGS = ["utf-16", "utf-16-le", "utf-32", "latin-1", "cp1252"]


@settings(FUZZ, max_examples=400)
@given(st.one_of(
    st.binary(max_size=300),
    st.builds(spliced, st.sampled_from(list(BASE_TEXTS.values())), st.binary(min_size=1, max_size=20),
              st.integers(0, 3000)),
    st.builds(lambda text, enc: text.replace('"x1"', '"x\u00e9"').encode(enc),
              st.sampled_from(list(BASE_TEXTS.values())), st.sampled_from(ENCODINGS)),
    st.builds(lambda b: b"\xef\xbb\xbf" + b, st.binary(max_size=100)),
))
def test_fuzz_binary_junk_and_other_encodings(raw):
    outcome(lambda: weights_file.parse(raw, "w.json"))


# --- files as they come from a disk ----------------------------------------------------------------------

def test_finite_weights_whose_outputs_overflow_are_refused_as_save_refuses_them():
    doc = copy.deepcopy(BASES["linear"])
    for layer in doc["network"]["layers"]:
        layer["weights"] = [[1e300] * len(row) for row in layer["weights"]]
    with pytest.raises(WeightsFileError, match=r"^network: these weights give outputs that are not all"):
        weights_file.parse(json.dumps(doc), "w.json")


def test_a_byte_order_mark_is_read_past(tmp_path):
    path = tmp_path / "w.json"
    path.write_bytes(b"\xef\xbb\xbf" + BASE_TEXTS["maxout"].encode())
    assert outcome(lambda: weights_file.load(path)) == "accepted"
    assert weights_file.load(path).network.specs[0].pieces == 3


def timed(read: Callable[[], SavedModel]) -> tuple[str, float]:
    start = time.perf_counter()
    result = outcome(read)
    return result, time.perf_counter() - start


def test_a_100_mb_file_is_refused_by_its_size_before_it_is_read(tmp_path):
    """A valid document padded with 100 MB of JSON whitespace: only its size can refuse it, and
    the memory the refusal takes shows the file was not read."""
    path = tmp_path / "huge.json"
    with path.open("wb") as f:
        f.write(BASE_TEXTS["perceptron"].encode())
        f.write(b" " * 100_000_000)
    tracemalloc.start()
    try:
        result, seconds = timed(lambda: weights_file.load(path))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (result, seconds < 0.5, peak < 1_000_000) == ("refused", True, True)
    with pytest.raises(WeightsFileError, match=r"^huge.json is 100 MB; a weights file is at most 64 MiB$"):
        weights_file.load(path)


def test_a_file_over_the_value_limit_is_refused_before_json_builds_it():
    text = '{"format": "perceptron-gui.weights", "x": [' + "[]," * MAX_JSON_VALUES + "[]]}"
    with pytest.raises(WeightsFileError, match=r"^w.json holds over 2,000,000 JSON values"):
        weights_file.parse(text, "w.json")
    result, seconds = timed(lambda: weights_file.parse(text.encode(), "w.json"))
    assert (result, seconds < 0.5) == ("refused", True)


def test_the_largest_network_the_limits_allow_loads_within_the_limits(tmp_path):
    table = TruthTable.blank(8, 4)
    config = TrainingConfig(hidden_layers=(256,) * 8, hidden_activation="maxout", output_activation="maxout",
                            maxout_pieces=4, epochs=1)
    trainer = Trainer(table, config)
    path = tmp_path / "largest.json"
    weights_file.save(path, trainer)
    assert path.stat().st_size <= MAX_FILE_BYTES
    raw = path.read_bytes()
    assert sum(raw.count(mark) for mark in (b",", b"[", b"{")) <= MAX_JSON_VALUES
    assert np.array_equal(weights_file.load(path).network.params, trainer.network.params)


def no_file_paths(tmp_path: Path) -> dict[str, Path]:
    """A folder, a FIFO with no writer (opening it would wait forever), devices that never end."""
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    link = tmp_path / "link-to-pipe.json"
    link.symlink_to(fifo)
    paths = {"folder": tmp_path, "fifo": fifo, "link to a fifo": link}
    for device in ("/dev/zero", "/dev/urandom", "/dev/null"):
        if Path(device).exists():
            paths[device] = Path(device)
    return paths


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_folder_fifo_or_device_is_refused_without_hanging(tmp_path):
    paths = no_file_paths(tmp_path)
    fifos = [p for p in paths.values() if stat.S_ISFIFO(os.stat(p).st_mode)]
    for kind, path in paths.items():
        error = read_in_a_thread(lambda path=path: weights_file.load(path), fifos)
        assert isinstance(error, WeightsFileError), kind
        assert str(error) == f"cannot read {path}: not a regular file (a folder, a pipe or a device)"


def test_a_symlink_to_a_valid_file_is_read(tmp_path):
    path = tmp_path / "w.json"
    path.write_text(BASE_TEXTS["hidden-4-4"], encoding="utf-8")
    (tmp_path / "link.json").symlink_to(path)
    assert outcome(lambda: weights_file.load(tmp_path / "link.json")) == "accepted"


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_a_file_that_says_it_is_empty_is_still_read_only_up_to_the_limit():
    """/proc files report size 0 but hold text: the read itself must stop at the limit."""
    path = Path("/proc/self/status")
    assert os.stat(path).st_size == 0
    with pytest.raises(FileTooLarge) as refused:
        read_regular_file(path, 10)
    assert refused.value.size == 11
    assert read_regular_file(path, 1_000_000).startswith(b"Name:")

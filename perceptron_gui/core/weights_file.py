"""The weights file: one JSON format for export, import and saved projects.

Described by resources/schema/weights.schema.json and the README. Reading checks every field
and builds nothing until all of it is valid; a problem raises WeightsFileError naming the field.
"""

from __future__ import annotations

import json
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from perceptron_gui.core.atomic_write import write_text_atomically
from perceptron_gui.core.config import ConfigError, TrainingConfig
from perceptron_gui.core.file_read import FileTooLarge, read_regular_file
from perceptron_gui.core.network import LayerSpec, Network
from perceptron_gui.core.run_history import MAX_BUCKETS, RunHistory
from perceptron_gui.core.timeline import Timeline
from perceptron_gui.core.trainer import STATES, Trainer
from perceptron_gui.core.truth_table import TableError, TruthTable

FORMAT = "perceptron-gui.weights"
VERSION = 2  # what this program writes; version 1 had no history and still reads
READABLE_VERSIONS = (1, 2)
# The largest network the limits allow (8 inputs, 8 hidden layers of 256 maxout units with 4 pieces,
# 4 maxout outputs) has 1,855,504 weights: a 55 MiB file of 1.87 million JSON values. Commas and
# brackets bound the values json would build (and their memory: a 64 MiB file of "[]," is 1.8 GB).
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_JSON_VALUES = 2_000_000
_LARGEST_FLOAT = sys.float_info.max


class WeightsFileError(ValueError):
    """A weights file that cannot be read or written; the message says which field and why."""


@dataclass
class SavedModel:
    """What a weights file holds, ready to predict or to keep training, and the history of the
    run that led to it (none given: an empty one that ends at `epochs_run`)."""

    table: TruthTable
    config: TrainingConfig
    network: Network
    epochs_run: int
    final_loss: float | None
    state: str
    history: RunHistory = field(default=None)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.history is None:
            self.history = RunHistory.empty(self.epochs_run)
        if self.history.end != self.epochs_run:
            raise ValueError(f"a history up to epoch {self.history.end} cannot lead to weights trained "
                             f"{self.epochs_run} epochs")

    @classmethod
    def of(cls, trainer: Trainer, earlier: RunHistory | None = None) -> SavedModel:
        """A copy of the trainer's current model, with its run's history (after `earlier`, when
        the trainer went on from where that ends)."""
        before = earlier if earlier is not None and earlier.end == trainer.start_epoch else (
            RunHistory.empty(trainer.start_epoch))
        history = before.extended(trainer.loss_history, trainer.accuracy_history)
        return cls(trainer.table.copy(), trainer.config, trainer.network.copy(), trainer.epochs_run,
                   trainer.loss if math.isfinite(trainer.loss) else None, trainer.state, history)

    def trainer(self, timeline: Timeline | None = None) -> Trainer:
        """A trainer that goes on from these weights for `config.epochs` more epochs."""
        return Trainer(self.table, self.config, self.network.copy(), epochs_before=self.epochs_run,
                       timeline=timeline)


def to_document(model: SavedModel | Trainer) -> dict[str, Any]:
    """The JSON document of a model (or a trainer's current model): weights, table, hyperparameters.

    `predictions` is always the forward pass of these weights, so the file is self-consistent.
    """
    if isinstance(model, Trainer):
        model = SavedModel.of(model)
    config, network, table = model.config, model.network, model.table
    layers = []
    for spec, params in zip(network.specs, network.layer_params):
        layer: dict[str, Any] = {"units": spec.units, "activation": spec.activation}
        if spec.pieces > 1:
            layer["pieces"] = spec.pieces
        layer["weights"] = params[..., 1:].tolist()
        layer["bias"] = params[..., 0].tolist()
        layers.append(layer)
    training = {k: v for k, v in config.to_dict().items() if k != "loss"}
    training.update(epochs_run=model.epochs_run, final_loss=model.final_loss, state=model.state)
    history = model.history
    return {
        "format": FORMAT,
        "version": VERSION,
        "network": {"inputs": network.n_inputs, "layers": layers},
        "loss": config.loss,
        "training": training,
        "truth_table": {
            "inputs": list(table.input_names),
            "outputs": list(table.output_names),
            "rows": [
                {"x": [int(v) for v in x], "y": [None if math.isnan(v) else float(v) for v in y]}
                for x, y in zip(table.inputs, table.targets)
            ],
        },
        "predictions": network.predict(table.inputs).tolist(),
        "history": {
            "first_epoch": history.start,
            "epochs_per_bucket": history.epochs_per_bucket,
            "loss": {"min": history.loss_min.tolist(), "max": history.loss_max.tolist()},
            "accuracy": {"min": history.accuracy_min.tolist(), "max": history.accuracy_max.tolist()},
        },
    }


def save(path: str | Path, model: SavedModel | Trainer) -> None:
    """Write the model atomically: a crash leaves the old file or the new one."""
    network = model.network
    if not np.all(np.isfinite(network.params)):
        raise WeightsFileError("the weights are not all finite numbers; nothing was written")
    with np.errstate(over="ignore", invalid="ignore"):  # finite weights of a diverged run can overflow
        document = to_document(model)
    if not np.all(np.isfinite(document["predictions"])):
        raise WeightsFileError("the network's outputs are not all finite numbers (the run diverged); "
                               "nothing was written")
    text = json.dumps(document, indent=1, allow_nan=False)
    try:
        write_text_atomically(Path(path), text + "\n")
    except OSError as exc:
        raise WeightsFileError(f"cannot write {path}: {exc.strerror or exc}") from exc


def load(path: str | Path) -> SavedModel:
    """Read and check a weights file."""
    path = Path(path)
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES)
    except FileTooLarge as exc:
        raise WeightsFileError(
            f"{path.name} is {exc.size / 1e6:.0f} MB; a weights file is at most "
            f"{MAX_FILE_BYTES // 2**20} MiB"
        ) from None
    except OSError as exc:
        raise WeightsFileError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return parse(raw, path.name)


def parse(raw: bytes | str, name: str = "the file") -> SavedModel:
    """Check a weights document given as JSON text."""
    marks = (b",", b"[", b"{") if isinstance(raw, bytes) else (",", "[", "{")
    if sum(raw.count(mark) for mark in marks) > MAX_JSON_VALUES:
        raise WeightsFileError(f"{name} holds over {MAX_JSON_VALUES:,} JSON values, more than any "
                               "weights file")
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw  # a BOM, as Notepad writes
        # NaN and Infinity tokens load as floats; the field checks reject them and name the field.
        document = json.loads(text)
    except UnicodeDecodeError:
        raise WeightsFileError(f"{name} is not UTF-8 text, so not a weights file") from None
    except json.JSONDecodeError as exc:
        raise WeightsFileError(f"{name} is not valid JSON (line {exc.lineno}: {exc.msg})") from None
    except RecursionError:
        raise WeightsFileError(f"{name} is nested too deeply to be a weights file") from None
    except ValueError as exc:
        raise WeightsFileError(f"{name}: {exc}") from None
    return from_document(document)


def from_document(document: Any) -> SavedModel:
    """Build a SavedModel from a parsed document, or raise WeightsFileError naming the field."""
    doc = _Field(document, "")
    if doc.object().get("format") != FORMAT:
        raise WeightsFileError(f"format: expected {FORMAT!r}, so this is not a weights file")
    version = doc.get("version").integer()
    if version not in READABLE_VERSIONS:
        raise WeightsFileError(f"version: {version} is not supported (this program reads "
                               f"{' and '.join(map(str, READABLE_VERSIONS))})")
    keys = ["format", "version", "network", "loss", "training", "truth_table", "predictions"]
    doc.keys_exactly(keys if version == 1 else [*keys, "history"])
    table = _read_table(doc.get("truth_table"))
    training = doc.get("training")
    config = _read_config(training, _clipped(doc.get("loss").string()))
    network = _read_network(doc.get("network"), table, config)
    epochs_run = training.get("epochs_run").integer(0, 10**12)
    final = training.get("final_loss")
    final_loss = None if final.value is None else final.number()
    state = training.get("state").string()
    if state not in STATES:
        raise WeightsFileError(f"training.state: {_clipped(state)!r} is not one of {', '.join(STATES)}")
    doc.get("predictions").matrix((table.n_rows, table.n_outputs))
    with np.errstate(over="ignore", invalid="ignore"):  # finite weights can still overflow
        outputs_finite = np.isfinite(network.predict(table.inputs)).all()
    if not outputs_finite:  # as `save` refuses to write them
        raise WeightsFileError("network: these weights give outputs that are not all finite numbers")
    history = RunHistory.empty(epochs_run) if version == 1 else _read_history(doc.get("history"), epochs_run)
    return SavedModel(table, config, network, epochs_run, final_loss, state, history)


def _read_table(field: _Field) -> TruthTable:
    field.object()
    inputs = [f.string() for f in field.get("inputs").array()]
    outputs = [f.string() for f in field.get("outputs").array()]
    rows = field.get("rows").array()
    try:
        expected_x = TruthTable.blank(len(inputs), len(outputs)).inputs
    except TableError as exc:
        raise WeightsFileError(f"truth_table: {exc}") from None
    if len(rows) != len(expected_x):
        raise WeightsFileError(
            f"truth_table.rows: {len(inputs)} inputs need {len(expected_x)} rows, not {len(rows)}"
        )
    targets = np.empty((len(rows), len(outputs)))
    for i, (row, x) in enumerate(zip(rows, expected_x)):
        row.object()
        if row.get("x").matrix((len(inputs),)).tolist() != x.tolist():
            expected = x.astype(int).tolist()
            raise WeightsFileError(f"{row.path}.x: rows go in binary order, expected {expected}")
        ys = row.get("y").array(len(outputs))
        targets[i] = [math.nan if y.value is None else y.number() for y in ys]
    try:
        return TruthTable(inputs, outputs, targets)
    except TableError as exc:
        raise WeightsFileError(f"truth_table: {exc}") from None


RUN_KEYS = ("epochs_run", "final_loss", "state")


def _read_config(training: _Field, loss: str) -> TrainingConfig:
    names = [k for k in TrainingConfig.field_names() if k != "loss"]
    training.keys_exactly([*names, *RUN_KEYS])
    named = {k for k, v in TrainingConfig().to_dict().items() if isinstance(v, str)}  # "gd", "tanh", ...
    settings = {k: _clipped(training.get(k).string()) if k in named else training.get(k).value for k in names}
    settings["loss"] = loss
    if isinstance(settings.get("hidden_layers"), list):
        settings["hidden_layers"] = tuple(settings["hidden_layers"])
    try:
        return TrainingConfig(**settings)
    except ConfigError as exc:
        raise WeightsFileError(str(exc) if str(exc).startswith("loss") else f"training.{exc}") from None


def _read_network(field: _Field, table: TruthTable, config: TrainingConfig) -> Network:
    field.object()
    n_inputs = field.get("inputs").integer()
    if n_inputs != table.n_inputs:
        raise WeightsFileError(f"network.inputs: {n_inputs}, but the truth table has {table.n_inputs}")
    network = Network.build(
        config.sizes(table.n_inputs, table.n_outputs), config.hidden_activation,
        config.output_activation, config.maxout_pieces, config.elu_alpha,
    )
    layers = field.get("layers").array(len(network.specs))
    for spec, layer, params in zip(network.specs, layers, network.layer_params):
        layer.object()
        described = LayerSpec(
            spec.inputs, layer.get("units").integer(), _clipped(layer.get("activation").string()),
            layer.get("pieces").integer() if layer.has("pieces") else 1,
        )
        if described != spec:
            raise WeightsFileError(
                f"{layer.path}: {_describe(described)} do not match training's hidden_layers, "
                f"activations and maxout_pieces, which make it {_describe(spec)}"
            )
        params[..., 1:] = layer.get("weights").matrix(params[..., 1:].shape)
        params[..., 0] = layer.get("bias").matrix(params[..., 0].shape)
    return network


def _read_history(field: _Field, epochs_run: int) -> RunHistory:
    """The run's loss and accuracy envelopes, up to `epochs_run` (core.run_history)."""
    field.keys_exactly(["first_epoch", "epochs_per_bucket", "loss", "accuracy"])
    start = field.get("first_epoch").integer(0, epochs_run)
    count = epochs_run - start
    per_bucket = field.get("epochs_per_bucket")
    size = per_bucket.integer(1, max(1, count))
    if size & (size - 1):
        raise per_bucket.fail("a power of two")
    buckets = -(-count // size)
    if buckets > MAX_BUCKETS:
        raise WeightsFileError(f"{per_bucket.path}: {count:,} epochs in buckets of {size:,} make "
                               f"{buckets:,} buckets, more than {MAX_BUCKETS:,}")
    extremes = []
    for name, highest, expected in (("loss", math.inf, "a number ≥ 0"), ("accuracy", 1.0, "a number in 0–1")):
        pair = field.get(name)
        pair.keys_exactly(["min", "max"])
        low, high = (pair.get(key).matrix((buckets,)) for key in ("min", "max"))
        for key, values in (("min", low), ("max", high)):
            outside = np.flatnonzero((values < 0.0) | (values > highest))
            if outside.size:
                i = int(outside[0])
                raise WeightsFileError(f"{pair.path}.{key}[{i}]: expected {expected}, "
                                       f"got {float(values[i])!r}")
        above = np.flatnonzero(low > high)
        if above.size:
            i = int(above[0])
            raise WeightsFileError(f"{pair.path}.min[{i}]: {float(low[i])!r} is above max[{i}], "
                                   f"{float(high[i])!r}")
        extremes += [low, high]
    return RunHistory(start, count, size, *extremes)


def _clipped(value: Any) -> Any:
    """A string over 40 characters cut there, with "…": short enough for a message, and still no
    name of the format (none is that long), so checks refuse it just as they would the whole."""
    return value[:40] + "…" if isinstance(value, str) and len(value) > 40 else value


def _describe(spec: LayerSpec) -> str:
    pieces = f" with {spec.pieces} pieces" if spec.pieces > 1 else ""
    return f"{spec.units} {spec.activation} unit{'s' if spec.units != 1 else ''}{pieces}"


class _Field:
    """A value of the document and its path, with checks whose errors name that path."""

    def __init__(self, value: Any, path: str) -> None:
        self.value, self.path = value, path

    def fail(self, expected: str) -> WeightsFileError:
        kinds = {dict: "an object", list: "an array"}
        shown = kinds.get(type(self.value)) or json.dumps(self.value)[:40]
        return WeightsFileError(f"{self.path or 'the document'}: expected {expected}, got {shown}")

    def object(self) -> dict[str, Any]:
        if not isinstance(self.value, dict):
            raise self.fail("an object")
        return self.value

    def has(self, key: str) -> bool:
        return key in self.object()

    def keys_exactly(self, names: list[str]) -> None:
        """Every one of `names` is present and nothing else is."""
        for key in names:
            self.get(key)
        unknown = sorted(set(self.object()) - set(names))
        if unknown:
            name = unknown[0] if unknown[0].isidentifier() else json.dumps(unknown[0])[:40]
            path = f"{self.path}.{name}" if self.path else name
            raise WeightsFileError(f"{path}: not a field of this format")

    def get(self, key: str) -> _Field:
        path = f"{self.path}.{key}" if self.path else key
        if key not in self.object():
            raise WeightsFileError(f"{path}: missing")
        return _Field(self.value[key], path)

    def string(self) -> str:
        if not isinstance(self.value, str):
            raise self.fail("a string")
        return self.value

    def integer(self, minimum: int = 0, maximum: int = 10**6) -> int:
        if not isinstance(self.value, int) or isinstance(self.value, bool):
            raise self.fail("a whole number")
        if not minimum <= self.value <= maximum:
            raise self.fail(f"a whole number in {minimum}–{maximum}")
        return self.value

    def number(self) -> float:
        if not isinstance(self.value, int | float) or isinstance(self.value, bool):
            raise self.fail("a number")
        if abs(self.value) > _LARGEST_FLOAT or not math.isfinite(self.value):  # a huge int has no float
            raise self.fail("a finite number")
        return float(self.value)

    def array(self, length: int | None = None) -> list[_Field]:
        if not isinstance(self.value, list):
            raise self.fail("an array")
        if length is not None and len(self.value) != length:
            items = "item" if length == 1 else "items"
            raise WeightsFileError(f"{self.path}: expected {length} {items}, got {len(self.value)}")
        return [_Field(v, f"{self.path}[{i}]") for i, v in enumerate(self.value)]

    def matrix(self, shape: tuple[int, ...]) -> np.ndarray:
        """Nested arrays of finite numbers of exactly this shape."""
        if len(shape) == 1 and isinstance(self.value, list) and len(self.value) == shape[0]:
            row = _finite_row(self.value)
            if row is not None:
                return row
        if not shape:
            return np.array(self.number())
        return np.array([item.matrix(shape[1:]) for item in self.array(shape[0])], dtype=np.float64)


def _finite_row(values: list[Any]) -> np.ndarray | None:
    """The row as floats if every item is a finite number (not a bool), else None; a fast path
    for the checks of `_Field.number`, which name the item when this fails."""
    if not all(type(v) is float or type(v) is int for v in values):
        return None
    try:
        row = np.array(values, dtype=np.float64)
    except OverflowError:  # an int beyond the largest float
        return None
    return row if np.isfinite(row).all() else None

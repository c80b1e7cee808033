"""Hyperparameter sweeps: a grid of models over two axes, trained in batches, and what came of each.

A `SweepSpec` names a truth table, a base `TrainingConfig` and two `Axis`es chosen from learning
rate (log-spaced), seed, hidden layers, hidden activation and optimizer. Each grid cell is the
base config with the two axis values: `spec.config(ix, iy)` is exactly the config that the
single `Trainer` would train to the same curve. `run_sweep` groups the cells by what a batch must
share (topology, activation, optimizer) and trains each group with `BatchedTrainer`, in chunks,
calling `progress(done, total)` (model-epochs) after each and `cancelled()` before each; a
cancel raises `SweepCancelled`. Both hooks may come from a worker thread.

Per cell the result keeps the final loss (of the final weights), the state (converged,
epochs_done, diverged), the epochs run, the epochs to the threshold (the first epoch whose loss
is ≤ the threshold, counting the final weights' loss after the last update; −1 if never) and
the loss curve. A cell succeeds when it did not diverge and its final loss is ≤ the threshold.

Memory is bounded: curves keep at most CURVE_POINTS (512) points per model — the loss every
⌈epochs / 512⌉-th epoch, float64 (a diverging loss passes float32's range), 4 kB a model — and a
sweep has at most MAX_CELLS (20,000) models (82 MB of curves). Each batch holds at most
BATCH_BYTES (256 MiB) of buffers, so it has fewer models when the network or the table is large.

CSV columns (one row per cell, y-major): x_index, y_index, learning_rate, seed, hidden_layers
("4,4"; empty for none), hidden_activation, optimizer, output_activation, loss, init, epochs,
target_loss (empty for none), threshold, state, epochs_run, final_loss, accuracy,
epochs_to_threshold (empty for never), success (1 or 0). Floats round-trip exactly.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from perceptron_gui.core.atomic_write import write_text_atomically
from perceptron_gui.core.batched import BatchedTrainer, batch_key, bytes_per_model
from perceptron_gui.core.config import ConfigError, TrainingConfig
from perceptron_gui.core.trainer import DIVERGED
from perceptron_gui.core.truth_table import TruthTable

AXES = ("learning_rate", "seed", "hidden_layers", "hidden_activation", "optimizer")
MAX_CELLS = 20_000
CURVE_POINTS = 512
BATCH_MODELS = 10_000
BATCH_BYTES = 256 * 2**20
CHUNK_MODEL_EPOCHS = 2_000_000  # work between progress reports: ≈ 0.03–0.3 s
DEFAULT_THRESHOLD = 0.01
CSV_COLUMNS = ("x_index", "y_index", "learning_rate", "seed", "hidden_layers", "hidden_activation",
               "optimizer", "output_activation", "loss", "init", "epochs", "target_loss", "threshold",
               "state", "epochs_run", "final_loss", "accuracy", "epochs_to_threshold", "success")

Progress = Callable[[int, int], None]


class SweepCancelled(Exception):
    """`cancelled()` said so between two chunks."""


@dataclass(frozen=True)
class Axis:
    """One axis of the grid: a config field from AXES and its values, in order."""

    name: str
    values: tuple

    def __post_init__(self) -> None:
        if self.name not in AXES:
            raise ConfigError(f"axis {self.name!r} is not one of {', '.join(AXES)}")
        values = tuple(tuple(v) if self.name == "hidden_layers" else v for v in self.values)
        if not values:
            raise ConfigError(f"{self.name}: an axis needs at least one value")
        if len(set(values)) != len(values):
            raise ConfigError(f"{self.name}: a value appears twice")
        object.__setattr__(self, "values", values)

    @classmethod
    def learning_rates(cls, start: float, stop: float, count: int) -> Axis:
        """`count` learning rates from `start` to `stop`, evenly spaced on a log scale."""
        if not (start > 0 and stop > 0 and 1 <= count <= MAX_CELLS):
            raise ConfigError("learning_rate: a range needs start > 0, stop > 0 "
                              f"and a count in 1–{MAX_CELLS:,}")
        if count == 1 and start != stop:
            raise ConfigError("learning_rate: one value needs start = stop")
        return cls("learning_rate", tuple(float(v) for v in np.geomspace(start, stop, count)))

    @classmethod
    def seeds(cls, count: int, first: int = 0) -> Axis:
        """Seeds first, first + 1, …: `count` different initial weights."""
        if not 1 <= count <= MAX_CELLS:
            raise ConfigError(f"seed: a count in 1–{MAX_CELLS:,}")
        return cls("seed", tuple(range(first, first + count)))

    def __len__(self) -> int:
        return len(self.values)

    def label(self, value: object) -> str:
        """A value as the CSV and the charts show it."""
        if self.name == "hidden_layers":
            return hidden_label(value)  # type: ignore[arg-type]
        return f"{value:.3g}" if self.name == "learning_rate" else str(value)


AXIS_FORMATS = {
    "learning_rate": "START:STOP:COUNT, log-spaced (0.01:10:25), or values (0.1, 1, 10)",
    "seed": "a count N for seeds 0…N−1 (20), or seeds (0, 7, 42)",
    "hidden_layers": "layer lists separated by ; (none; 2; 4; 4,4)",
    "hidden_activation": "names (tanh, sigmoid, relu)",
    "optimizer": "names (gd, momentum, adam)",
}


def parse_axis(name: str, text: str) -> Axis:
    """An axis from the text a user types, in the form AXIS_FORMATS[name] says; ConfigError names
    the axis and the form when the text does not fit."""
    if name not in AXES:
        raise ConfigError(f"axis {name!r} is not one of {', '.join(AXES)}")
    text = text.strip()
    try:
        if name == "hidden_layers":
            values = [tuple(int(u) for u in part.split(",") if u.strip()) if part.strip().lower() != "none"
                      else () for part in text.split(";")]
            return Axis(name, tuple(values))
        parts = [p.strip() for p in text.split(",") if p.strip()]
        if name == "learning_rate":
            if len(parts) == 1 and parts[0].count(":") == 2:
                start, stop, count = parts[0].split(":")
                return Axis.learning_rates(float(start), float(stop), int(count))
            return Axis(name, tuple(float(p) for p in parts))
        if name == "seed":
            return Axis.seeds(int(parts[0])) if len(parts) == 1 else Axis(name, tuple(int(p) for p in parts))
        return Axis(name, tuple(parts))
    except ConfigError:
        raise  # a value out of range or twice: its own message
    except (ValueError, IndexError):
        raise ConfigError(f"{name}: {text!r} does not read as {AXIS_FORMATS[name]}") from None


@dataclass(frozen=True)
class SweepSpec:
    table: TruthTable
    base: TrainingConfig
    x: Axis
    y: Axis
    threshold: float = DEFAULT_THRESHOLD

    def __post_init__(self) -> None:
        if self.x.name == self.y.name:
            raise ConfigError(f"the two axes are both {self.x.name}; choose two different ones")
        if not (math.isfinite(self.threshold) and self.threshold >= 0):
            raise ConfigError("threshold: a number ≥ 0")
        if len(self.x) * len(self.y) > MAX_CELLS:
            raise ConfigError(f"{len(self.x)} × {len(self.y)} = {len(self.x) * len(self.y):,} models; "
                              f"a sweep has at most {MAX_CELLS:,}")
        if self.base.batch != "full":
            raise ConfigError("batch: sweeps train full batch only")
        for axis in (self.x, self.y):
            for value in axis.values:  # a value out of range fails here, by name
                self.base.replace(**{axis.name: value})
        if self._uses_maxout():
            raise ConfigError("maxout: sweeps do not train maxout layers; use the single Trainer")

    def _values(self, name: str) -> tuple:
        axis = next((a for a in (self.x, self.y) if a.name == name), None)
        return axis.values if axis is not None else (getattr(self.base, name),)

    def _uses_maxout(self) -> bool:
        hidden = any(self._values("hidden_layers"))
        return self.base.output_activation == "maxout" or (
            hidden and "maxout" in self._values("hidden_activation"))

    @property
    def shape(self) -> tuple[int, int]:
        """(rows, columns) of the grid: y values × x values."""
        return len(self.y), len(self.x)

    def config(self, ix: int, iy: int) -> TrainingConfig:
        """The exact config of cell (ix, iy): train it with `Trainer` to get the same curve."""
        return self.base.replace(**{self.x.name: self.x.values[ix], self.y.name: self.y.values[iy]})


@dataclass
class SweepResult:
    """Per cell, arrays shaped like the grid (y values × x values); curves add a points axis."""

    spec: SweepSpec
    final_loss: np.ndarray
    accuracy: np.ndarray
    states: np.ndarray  # str
    epochs_run: np.ndarray
    epochs_to_threshold: np.ndarray  # −1: never
    curves: np.ndarray  # NaN after the model stopped
    curve_epochs: np.ndarray

    @property
    def success(self) -> np.ndarray:
        return (self.states != DIVERGED) & (self.final_loss <= self.spec.threshold)

    def success_rate(self, axis: str) -> np.ndarray:
        """The share of successful cells for each value of the axis named `axis` (over the other)."""
        if axis == self.spec.x.name:
            return self.success.mean(axis=0)
        if axis == self.spec.y.name:
            return self.success.mean(axis=1)
        raise ValueError(f"{axis!r} is not an axis of this sweep")

    def median_epochs_to_threshold(self) -> np.ndarray:
        """Per x value, the median epochs to the threshold of the cells that got there (NaN: none)."""
        reached = np.where(self.epochs_to_threshold >= 0, self.epochs_to_threshold, np.nan)
        medians = np.full(reached.shape[1], np.nan)
        got_there = ~np.isnan(reached).all(axis=0)
        medians[got_there] = np.nanmedian(reached[:, got_there], axis=0)
        return medians

    def filled_curves(self) -> np.ndarray:
        """The curves, each held at its final loss after the model stopped (cells × points)."""
        curves = self.curves.reshape(-1, self.curves.shape[-1]).copy()
        final = self.final_loss.reshape(-1)
        stopped = np.isnan(curves)
        curves[stopped] = np.broadcast_to(final[:, None], curves.shape)[stopped]
        return curves

    def curve_band(self, quantiles: Sequence[float] = (0.1, 0.5, 0.9),
                   cells: np.ndarray | None = None) -> np.ndarray:
        """Quantiles of the loss curves at each point (len(quantiles) × points): the median and a
        band. `cells` (a boolean grid) picks the cells; all by default."""
        curves = self.filled_curves()
        if cells is not None:
            curves = curves[np.asarray(cells, dtype=bool).reshape(-1)]
        if not len(curves):
            return np.full((len(quantiles), curves.shape[-1]), np.nan)
        return np.quantile(curves, quantiles, axis=0)

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        success = self.success
        for iy in range(len(self.spec.y)):
            for ix in range(len(self.spec.x)):
                c = self.spec.config(ix, iy)
                reached = int(self.epochs_to_threshold[iy, ix])
                writer.writerow([
                    ix, iy, repr(c.learning_rate), c.seed, hidden_label(c.hidden_layers), c.hidden_activation,
                    c.optimizer, c.output_activation, c.loss, c.init, c.epochs,
                    "" if c.target_loss is None else repr(c.target_loss), repr(self.spec.threshold),
                    self.states[iy, ix], int(self.epochs_run[iy, ix]), repr(float(self.final_loss[iy, ix])),
                    repr(float(self.accuracy[iy, ix])), "" if reached < 0 else reached,
                    int(success[iy, ix]),
                ])
        return out.getvalue()

    def save_csv(self, path: str | Path) -> None:
        """Write `to_csv()` atomically; raises OSError."""
        write_text_atomically(Path(path), self.to_csv())


def hidden_label(layers: Sequence[int]) -> str:
    return ",".join(str(u) for u in layers)


def run_sweep(spec: SweepSpec, progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None) -> SweepResult:
    """Train every cell of `spec`; see the module's docstring for the hooks and the result."""
    rows, cols = spec.shape
    configs = [spec.config(ix, iy) for iy in range(rows) for ix in range(cols)]
    epochs = spec.base.epochs
    stride = -(-epochs // CURVE_POINTS)
    n_points = -(-epochs // stride)
    final_loss, accuracy = np.zeros(len(configs)), np.zeros(len(configs))
    states = np.empty(len(configs), dtype=object)
    epochs_run = np.zeros(len(configs), dtype=np.int64)
    reached = np.full(len(configs), -1, dtype=np.int64)
    curves = np.full((len(configs), n_points), np.nan)

    total, done = len(configs) * epochs, 0
    for cells in _batches(spec.table, configs):
        batch = BatchedTrainer(spec.table, [configs[i] for i in cells], history_points=CURVE_POINTS,
                               threshold=spec.threshold)
        chunk = max(1, CHUNK_MODEL_EPOCHS // len(cells))
        while not batch.finished:
            if cancelled is not None and cancelled():
                raise SweepCancelled("the sweep was cancelled")
            done += batch.step(chunk) * len(cells)
            if progress is not None:
                progress(done, total)
        done += (epochs - batch.epoch) * len(cells)  # every model stopped early
        final_loss[cells], accuracy[cells] = batch.loss, batch.accuracy
        states[cells] = batch.states
        epochs_run[cells], reached[cells] = batch.epochs_run, batch.first_below
        curves[cells] = batch.history.T
    if progress is not None:
        progress(total, total)
    return SweepResult(spec, final_loss.reshape(rows, cols), accuracy.reshape(rows, cols),
                       states.astype(str).reshape(rows, cols), epochs_run.reshape(rows, cols),
                       reached.reshape(rows, cols), curves.reshape(rows, cols, n_points),
                       np.arange(n_points) * stride)


def _batches(table: TruthTable, configs: list[TrainingConfig]) -> list[np.ndarray]:
    """Cell indices, grouped by what a batch must share and split to bound the memory."""
    groups: dict[tuple, list[int]] = {}
    for i, config in enumerate(configs):
        groups.setdefault(batch_key(config), []).append(i)
    batches = []
    for cells in groups.values():
        size = max(1, min(BATCH_MODELS, BATCH_BYTES // bytes_per_model(table, configs[cells[0]])))
        batches += [np.array(cells[i : i + size]) for i in range(0, len(cells), size)]
    return batches

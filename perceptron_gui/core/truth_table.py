"""Truth tables: rows in binary order (x1 most significant), targets in [0, 1] or "don't care"."""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from perceptron_gui.core.file_read import FileTooLarge, read_regular_file

MIN_INPUTS, MAX_INPUTS = 1, 8
MIN_OUTPUTS, MAX_OUTPUTS = 1, 4
DONT_CARE_TOKENS = ("*", "-", "?", "")
MAX_CSV_BYTES = 1_000_000


class TableError(ValueError):
    """A truth table that cannot be built or read; the message says why."""


def binary_inputs(n_inputs: int) -> np.ndarray:
    """All 2**n input rows in binary order, x1 the most significant bit, as float64."""
    rows = np.arange(2**n_inputs)
    bits = (rows[:, None] >> np.arange(n_inputs - 1, -1, -1)) & 1
    return bits.astype(np.float64)


@dataclass(frozen=True)
class TruthTable:
    """Named inputs and outputs; `targets` is rows × outputs, NaN where "don't care".

    Immutable: `targets` is read-only, and an edit is a new table (`with_target`), so a table held
    by a snapshot, a view or the training process never changes under it.
    """

    input_names: list[str]
    output_names: list[str]
    targets: np.ndarray

    def __post_init__(self) -> None:
        n_in, n_out = len(self.input_names), len(self.output_names)
        if not MIN_INPUTS <= n_in <= MAX_INPUTS:
            raise TableError(f"a truth table has {MIN_INPUTS}–{MAX_INPUTS} inputs, not {n_in}")
        if not MIN_OUTPUTS <= n_out <= MAX_OUTPUTS:
            raise TableError(f"a truth table has {MIN_OUTPUTS}–{MAX_OUTPUTS} outputs, not {n_out}")
        names = self.input_names + self.output_names
        if len(set(names)) != len(names) or any(not n.strip() for n in names):
            raise TableError("input and output names must be non-empty and distinct")
        if any(ord(c) < 32 or c == "\x7f" for n in names for c in n):  # CSV would not keep a "\r"
            raise TableError("input and output names must not hold control characters (line breaks, tabs)")
        targets = np.array(self.targets, dtype=np.float64)
        if targets.shape != (2**n_in, n_out):
            raise TableError(f"targets must be {2**n_in} rows × {n_out} outputs, not {targets.shape}")
        finite = targets[~np.isnan(targets)]
        if np.any((finite < 0) | (finite > 1)) or np.any(np.isinf(targets)):
            raise TableError("every target is a number in [0, 1] or \"don't care\"")
        targets.flags.writeable = False
        object.__setattr__(self, "input_names", list(self.input_names))
        object.__setattr__(self, "output_names", list(self.output_names))
        object.__setattr__(self, "targets", targets)

    def __setstate__(self, state: dict) -> None:
        """Unpickled (a report from the training process): read-only again."""
        state["targets"].flags.writeable = False
        self.__dict__.update(state)

    @classmethod
    def blank(cls, n_inputs: int, n_outputs: int = 1) -> TruthTable:
        """A table of the given size with every target 0."""
        if not (MIN_INPUTS <= n_inputs <= MAX_INPUTS and MIN_OUTPUTS <= n_outputs <= MAX_OUTPUTS):
            raise TableError(f"a truth table has {MIN_INPUTS}–{MAX_INPUTS} inputs and "
                             f"{MIN_OUTPUTS}–{MAX_OUTPUTS} outputs, not {n_inputs} and {n_outputs}")
        return cls(
            [f"x{i + 1}" for i in range(n_inputs)],
            ["y"] if n_outputs == 1 else [f"y{j + 1}" for j in range(n_outputs)],
            np.zeros((2**n_inputs, n_outputs)),
        )

    @property
    def n_inputs(self) -> int:
        return len(self.input_names)

    @property
    def n_outputs(self) -> int:
        return len(self.output_names)

    @property
    def n_rows(self) -> int:
        return self.targets.shape[0]

    @property
    def inputs(self) -> np.ndarray:
        return binary_inputs(self.n_inputs)

    @property
    def mask(self) -> np.ndarray:
        """True where a cell counts (is not "don't care")."""
        return ~np.isnan(self.targets)

    def copy(self) -> TruthTable:
        return TruthTable(list(self.input_names), list(self.output_names), self.targets.copy())

    def with_target(self, row: int, output: int, value: float) -> TruthTable:
        """This table with one target changed (NaN: "don't care")."""
        targets = self.targets.copy()
        targets[row, output] = value
        return self.with_targets(targets)

    def with_targets(self, targets: np.ndarray) -> TruthTable:
        """This table's names with new targets of the same shape."""
        return TruthTable(self.input_names, self.output_names, targets)

    def resized(self, n_inputs: int, n_outputs: int) -> TruthTable:
        """This table with inputs or outputs added or removed at the end; kept cells keep targets.

        A new row keeps the target of the old row that agrees on the inputs both tables have.
        """
        new = TruthTable.blank(n_inputs, n_outputs)
        keep_in, keep_out = min(n_inputs, self.n_inputs), min(n_outputs, self.n_outputs)
        names = self.input_names[:keep_in] + new.input_names[keep_in:]
        outs = self.output_names[:keep_out] + new.output_names[keep_out:]
        if len(set(names + outs)) != n_inputs + n_outputs:
            names, outs = new.input_names, new.output_names
        rows = np.arange(new.n_rows)
        shift = n_inputs - self.n_inputs
        old_rows = rows >> shift if shift >= 0 else rows << -shift
        targets = new.targets.copy()
        targets[:, :keep_out] = self.targets[old_rows, :keep_out]
        return TruthTable(names, outs, targets)

    def to_csv(self) -> str:
        """The table as CSV text: a header of names, then one row per input combination."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.input_names + self.output_names)
        for x, y in zip(self.inputs.astype(int), self.targets):
            writer.writerow([*x, *(format_target(v) for v in y)])
        return out.getvalue()

    @classmethod
    def from_csv(cls, text: str) -> TruthTable:
        """Parse CSV text; the row count (2**n) tells the number of inputs n."""
        reader = csv.reader(io.StringIO(text, newline=""))  # "\n", "\r\n" or "\r" ends a row
        try:
            rows = [r for r in reader if any(c.strip() for c in r)]
        except csv.Error as exc:  # a cell over csv's 128 KiB field limit
            raise TableError(f"line {reader.line_num}: {exc}") from None
        if len(rows) < 3:
            raise TableError("a CSV truth table needs a header row and at least 2 data rows")
        header, body = [c.strip() for c in rows[0]], rows[1:]
        if len(header) == 1 and any(mark in header[0] for mark in ";\t"):
            raise TableError("the cells must be separated by commas, not semicolons or tabs")
        n_inputs = int(math.log2(len(body))) if len(body) & (len(body) - 1) == 0 else -1
        if not MIN_INPUTS <= n_inputs <= MAX_INPUTS:
            raise TableError(
                f"a truth table with n inputs has 2**n rows (n = 1…8); this one has {len(body)}"
            )
        n_outputs = len(header) - n_inputs
        if not MIN_OUTPUTS <= n_outputs <= MAX_OUTPUTS:
            raise TableError(
                f"{len(body)} rows mean {n_inputs} input(s) (a table lists all 2**n input rows), so the "
                f"header's {len(header)} columns leave {n_outputs} output(s); a table has 1–4 outputs"
            )
        targets = np.full((len(body), n_outputs), np.nan)
        seen = set()
        for line, row in enumerate(body, start=2):
            cells = [c.strip() for c in row]
            if len(cells) != len(header):
                raise TableError(f"line {line}: {len(cells)} cells, the header has {len(header)}")
            if any(c not in ("0", "1") for c in cells[:n_inputs]):
                raise TableError(f"line {line}: inputs must be 0 or 1")
            index = int("".join(cells[:n_inputs]), 2)
            if index in seen:
                raise TableError(f"line {line}: input row {','.join(cells[:n_inputs])} appears twice "
                                 f"({len(body)} rows mean {n_inputs} input(s): a table lists all 2**n "
                                 "input rows, each once)")
            seen.add(index)
            targets[index] = [parse_target(c, line) for c in cells[n_inputs:]]
        return cls(header[:n_inputs], header[n_inputs:], targets)

    @classmethod
    def load_csv(cls, path: str | Path) -> TruthTable:
        path = Path(path)
        try:
            raw = read_regular_file(path, MAX_CSV_BYTES)
        except FileTooLarge:
            raise TableError(f"{path.name} is larger than {MAX_CSV_BYTES // 1000} kB") from None
        except OSError as exc:
            raise TableError(f"cannot read {path}: {exc.strerror or exc}") from exc
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise TableError(f"cannot read {path}: not UTF-8 text ({exc.reason} at byte {exc.start})"
                             ) from None
        try:
            return cls.from_csv(text)
        except TableError as exc:
            raise TableError(f"{path.name}: {exc}") from None

    def save_csv(self, path: str | Path) -> None:
        from perceptron_gui.core.atomic_write import write_text_atomically

        write_text_atomically(Path(path), self.to_csv())


def parse_target(cell: str, line: int) -> float:
    if cell in DONT_CARE_TOKENS:
        return math.nan
    try:
        value = float(cell)
    except ValueError:
        raise TableError(f"line {line}: target {_clipped(cell)!r} is not a number in [0, 1] or *") from None
    if not 0.0 <= value <= 1.0:
        raise TableError(f"line {line}: target {_clipped(cell)} is outside [0, 1]")
    return value


def _clipped(cell: str) -> str:
    """A cell for a message: at most 40 characters, then "…" (a cell can be 128 KiB long)."""
    return cell[:40] + "…" if len(cell) > 40 else cell


def format_output(value: float) -> str:
    """A network output for a table cell: 3 decimals, or 3 significant digits when huge."""
    return f"{value:.3f}" if abs(value) < 1e6 else f"{value:.3g}"


def widest_output_texts(outputs: np.ndarray) -> list[str]:
    """Among the texts `format_output` writes for `outputs` (NaN: none), the ones that can be the
    widest: with 3 decimals a text only grows with the size of the number, so the largest and the
    smallest output below 1e6 in size; and every huge one (a diverging linear output), as written."""
    shown = np.asarray(outputs, dtype=np.float64)
    shown = shown[~np.isnan(shown)]
    huge = np.abs(shown) >= 1e6
    small = shown[~huge]
    extremes = [small.max(), small.min()] if small.size else []
    return sorted({format_output(float(v)) for v in [*extremes, *shown[huge]]})


def format_target(value: float) -> str:
    if math.isnan(value):
        return "*"
    return str(int(value)) if value in (0.0, 1.0) else repr(float(value))


def _preset(n_inputs: int, outputs: list[str], rule: Callable[..., list[int]]) -> TruthTable:
    rows = binary_inputs(n_inputs).astype(int)
    targets = np.array([rule(*x) for x in rows], dtype=np.float64)
    return TruthTable([f"x{i + 1}" for i in range(n_inputs)], outputs, targets)


PRESETS: dict[str, Callable[[], TruthTable]] = {
    "and": lambda: _preset(2, ["y"], lambda a, b: [a & b]),
    "or": lambda: _preset(2, ["y"], lambda a, b: [a | b]),
    "xor": lambda: _preset(2, ["y"], lambda a, b: [a ^ b]),
    "nand": lambda: _preset(2, ["y"], lambda a, b: [1 - (a & b)]),
    "nor": lambda: _preset(2, ["y"], lambda a, b: [1 - (a | b)]),
    "xnor": lambda: _preset(2, ["y"], lambda a, b: [1 - (a ^ b)]),
    "majority3": lambda: _preset(3, ["y"], lambda a, b, c: [int(a + b + c >= 2)]),
    "parity3": lambda: _preset(3, ["y"], lambda a, b, c: [a ^ b ^ c]),
    "half-adder": lambda: _preset(2, ["sum", "carry"], lambda a, b: [a ^ b, a & b]),
    "full-adder": lambda: _preset(
        3, ["sum", "carry"], lambda a, b, c: [a ^ b ^ c, int(a + b + c >= 2)]
    ),
}


def preset(name: str) -> TruthTable:
    """A named preset table (case-insensitive): and, or, xor, ..., full-adder."""
    try:
        return PRESETS[name.strip().lower()]()
    except KeyError:
        raise TableError(f"unknown preset {name!r}; choose one of {', '.join(PRESETS)}") from None

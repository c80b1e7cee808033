"""A lesson: steps of text and typeset formulas, each with a set-up and a check, read from a
Markdown file a teacher can write by hand.

Format 1. The file starts with a header, then one block per step; a block is a TOML front matter
between two lines of `+++`, followed by the step's text in Markdown up to the next `+++`:

    +++
    format = 1
    title = "Neural Network from Scratch"
    language = "en"
    +++

    +++
    title = "Train AND"
    [setup]
    table = "and"              # a preset table
    epochs = 2000              # any hyperparameter; the others take their defaults
    views = ["inspector"]      # the views to bring to the front
    [check]
    table = "and"
    epochs_at_least = 2000
    all_rows_right = true
    +++
    Press **Train**. The loss falls:

    $$E = \\frac{1}{N}\\cdot\\frac{1}{2}\\sum_{i=1}^{N}(\\hat{y}_i - y_i)^2 = \\val{E}$$

A formula is LaTeX between `$$` and `$$` (one or more lines); `\\val{name}` in it shows a live
number of the run (`LIVE_VALUES`). A step without `[check]` is read, not checked; a check holds
when all its conditions do (`CONDITIONS`). Every error names its line.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from perceptron_gui.core.accuracy import cells_right
from perceptron_gui.core.activations import ACTIVATIONS
from perceptron_gui.core.config import ConfigError, TrainingConfig, is_int, is_number
from perceptron_gui.core.file_read import read_regular_file
from perceptron_gui.core.formula import FormulaError, formula_mathml
from perceptron_gui.core.inspection import EpochStep
from perceptron_gui.core.resources import resources_dir
from perceptron_gui.core.truth_table import PRESETS, TruthTable, preset

FORMAT = 1
FENCE = "+++"
LANGUAGES = ("en", "vi")
MAX_LESSON_BYTES = 1_000_000
MAX_STEPS = 200
OUTPUTS_NEAR_WITHIN = 0.05
# The views a step can bring to the front: the window's docks, and the explorer's window.
VIEWS = ("inspector", "diagram", "weights", "landscape", "activations", "explorer")
# The live numbers a formula can show, of the model and epoch on show and the inspector's row.
LIVE_VALUES = {
    "w0": "the output unit's bias w0",
    "w1": "the output unit's weight w1 of input x1",
    "w2": "the output unit's weight w2 of input x2",
    "x1": "input x1 of the selected row",
    "x2": "input x2 of the selected row",
    "y": "the target y of the selected row",
    "z": "the output unit's z = w0 + x1·w1 + x2·w2 of the selected row",
    "yhat": "the output ŷ = f(z) of the selected row",
    "E": "the loss E of the weights on show",
    "alpha": "the learning rate α",
    "dw0": "∂E/∂w0 at the weights on show",
    "dw1": "∂E/∂w1 at the weights on show",
    "dw2": "∂E/∂w2 at the weights on show",
    **{f"w{k}_after": f"w{k} after the next update (the next Step's)" for k in range(3)},
    **{f"e{i}": f"row {i}'s term ½(ŷ{i} − y{i})² of E" for i in range(1, 5)},
}
_VALUE = re.compile(r"\\val\{([^{}]*)\}")
_HEADER_KEYS = {"format", "title", "language"}
_STEP_KEYS = {"title", "setup", "check"}


class LessonError(ValueError):
    """A lesson file that cannot be used; the message names the line."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line


@dataclass(frozen=True)
class RunFacts:
    """What a check looks at: the table, the config and the model on show."""

    table: TruthTable
    config: TrainingConfig
    epochs_run: int
    predictions: np.ndarray  # rows × outputs
    loss: float


def _same_table(facts: RunFacts, name: object) -> bool:
    wanted = preset(str(name))
    return (facts.table.n_inputs == wanted.n_inputs and facts.table.targets.shape == wanted.targets.shape
            and np.array_equal(facts.table.targets, wanted.targets, equal_nan=True))


def _outputs_near(facts: RunFacts, value: object) -> bool:
    counted = ~np.isnan(facts.table.targets)
    return bool(np.all(np.abs(facts.predictions[counted] - float(value)) <= OUTPUTS_NEAR_WITHIN))


@dataclass(frozen=True)
class Condition:
    """One condition a check can name: what its value must be, and whether the run meets it."""

    kind: str  # the value's kind, for the message of a wrong one
    accepts: Callable[[object], bool]
    holds: Callable[[RunFacts, object], bool]


def _units(value: object) -> bool:
    return isinstance(value, list) and all(is_int(u) and u >= 1 for u in value)


CONDITIONS: dict[str, Condition] = {
    "table": Condition(f"one of {', '.join(PRESETS)}", lambda v: v in PRESETS, _same_table),
    "hidden_layers": Condition("a list of layer sizes, like [4] or []", _units,
                               lambda f, v: f.config.hidden_layers == tuple(v)),
    "hidden_units_at_least": Condition("a whole number ≥ 1", lambda v: is_int(v) and v >= 1,
                                       lambda f, v: sum(f.config.hidden_layers) >= v),
    "hidden_activation": Condition(f"one of {', '.join(ACTIVATIONS)}", lambda v: v in ACTIVATIONS,
                                   lambda f, v: f.config.hidden_activation == v),
    "output_activation": Condition(f"one of {', '.join(ACTIVATIONS)}", lambda v: v in ACTIVATIONS,
                                   lambda f, v: f.config.output_activation == v),
    "epochs_at_least": Condition("a whole number ≥ 0", lambda v: is_int(v) and v >= 0,
                                 lambda f, v: f.epochs_run >= v),
    "epochs_at_most": Condition("a whole number ≥ 0", lambda v: is_int(v) and v >= 0,
                                lambda f, v: f.epochs_run <= v),
    "all_rows_right": Condition("true or false", lambda v: isinstance(v, bool),
                                lambda f, v: bool(cells_right(f.predictions, f.table.targets).all()) == v),
    "learning_rate_at_least": Condition("a number > 0", lambda v: is_number(v) and v > 0,
                                        lambda f, v: f.config.learning_rate >= v),
    "learning_rate_at_most": Condition("a number > 0", lambda v: is_number(v) and v > 0,
                                       lambda f, v: f.config.learning_rate <= v),
    "loss_at_most": Condition("a number ≥ 0", lambda v: is_number(v) and v >= 0,
                              lambda f, v: math.isfinite(f.loss) and f.loss <= v),
    # every counted ŷ within 0.05 of the value: XOR's single perceptron stays at 0.5
    "outputs_near": Condition("a number", is_number, lambda f, v: _outputs_near(f, v)),
}


@dataclass(frozen=True)
class Check:
    """Conditions that must all hold."""

    conditions: Mapping[str, object]

    def unmet(self, facts: RunFacts) -> list[str]:
        """The names of the conditions the run does not meet yet (empty: the check passes)."""
        return [name for name, value in self.conditions.items() if not CONDITIONS[name].holds(facts, value)]


@dataclass(frozen=True)
class Setup:
    """What Set up puts on show: a preset table (None: the table stays), the config (the defaults
    for every hyperparameter not named), the views to bring to the front."""

    table: str | None
    config: TrainingConfig
    views: tuple[str, ...]


@dataclass(frozen=True)
class Step:
    title: str
    body: str  # Markdown; formulas between $$ and $$
    setup: Setup | None  # None: the step has no Set up button
    check: Check | None  # None: the step is read, not checked
    line: int  # of the step's opening +++

    def formulas(self) -> list[str]:
        """The step's formulas, in order (LaTeX, `\\val{…}` not yet filled in)."""
        return formulas_in(self.body)


@dataclass(frozen=True)
class Lesson:
    title: str
    language: str
    steps: tuple[Step, ...]


def formulas_in(markdown: str) -> list[str]:
    return [m.strip() for m in markdown.split("$$")[1::2]]


def live_names(latex: str) -> list[str]:
    return _VALUE.findall(latex)


def fill_values(latex: str, values: Mapping[str, float]) -> str:
    """The formula with every `\\val{name}` replaced by its number (three decimals, as the lecture
    prints; tiny and huge numbers in powers of ten), or a dash where the model has no such value."""
    return _VALUE.sub(lambda m: live_number(values.get(m.group(1))), latex)


def live_values(step: EpochStep, row: int) -> dict[str, float]:
    """The live numbers of the epoch that starts at the weights on show (`inspect` of them), for
    truth-table row `row`: only those this model has (a third input has no w3; a hidden layer's
    output unit reads h1, h2 as its x1, x2, so the x, z and w values are the perceptron's only)."""
    output = step.layers[-1]
    values = {"E": step.loss_before, "alpha": step.learning_rate}
    errors = np.nan_to_num(output.output[:, 0] - step.targets[:, 0])
    values |= {f"e{i + 1}": 0.5 * e ** 2 for i, e in enumerate(errors[:4])}
    if len(step.layers) == 1 and output.winner is None:
        inputs = output.inputs[row]
        values |= {"y": step.targets[row, 0], "z": output.z[row, 0], "yhat": output.output[row, 0]}
        values |= {f"x{k}": inputs[k] for k in range(1, min(3, inputs.size))}
        values |= {f"w{k}": output.weights_before[0, k] for k in range(min(3, inputs.size))}
        values |= {f"dw{k}": output.gradient[0, k] for k in range(min(3, inputs.size))}
        values |= {f"w{k}_after": output.weights_after[0, k] for k in range(min(3, inputs.size))}
    return {name: float(value) for name, value in values.items()}


def live_number(value: float | None) -> str:
    if value is None:
        return r"\text{–}"
    if not math.isfinite(value):
        return r"\text{" + ("nan" if math.isnan(value) else ("-" if value < 0 else "") + "inf") + "}"
    if value == 0 or 1e-3 <= abs(value) < 1e6:
        return f"{value:.3f}"
    mantissa, exponent = f"{value:.2e}".split("e")
    return rf"{mantissa}\times 10^{{{int(exponent)}}}"


def load_lesson(path: str | Path, check_formulas: bool = True) -> Lesson:
    """Read and check a lesson file; OSError when it cannot be read, LessonError when it is wrong."""
    data = read_regular_file(Path(path), MAX_LESSON_BYTES)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise LessonError(data.count(b"\n", 0, error.start) + 1, "not UTF-8 text") from None
    return parse_lesson(text, check_formulas)


def builtin_lesson(language: str) -> Lesson:
    """The lesson that ships with the app, in `language` (en or vi). Its formulas are not parsed
    here (a sixth of a second at start-up): the tests typeset every one of them."""
    return load_lesson(resources_dir() / "lessons" / f"lecture.{language}.md", check_formulas=False)


def parse_lesson(text: str, check_formulas: bool = True) -> Lesson:
    """The lesson in `text`, checked whole: every setting, condition, view and live value is known,
    and (`check_formulas`) every formula's LaTeX is right."""
    blocks = _blocks(text)
    if not blocks:
        raise LessonError(1, f"a lesson starts with a header between two lines of {FENCE}")
    header_line, header, _, _, _ = blocks[0]
    _known_keys(header, _HEADER_KEYS, header_line, "header")
    if header.get("format") != FORMAT:
        raise LessonError(header_line, f"format: this app reads lesson format {FORMAT}")
    if header.get("language") not in LANGUAGES:
        raise LessonError(header_line, f"language: one of {', '.join(LANGUAGES)}")
    title = _title(header, header_line)
    steps = tuple(_step(*block, check_formulas=check_formulas) for block in blocks[1:])
    if not steps:
        raise LessonError(header_line, "a lesson needs at least one step")
    if len(steps) > MAX_STEPS:
        raise LessonError(steps[MAX_STEPS].line, f"at most {MAX_STEPS} steps")
    return Lesson(title, header["language"], steps)


Locate = Callable[[str | None, str | None], int]  # (table, key) → its line; key None: the [table] line


def _blocks(text: str) -> list[tuple[int, dict, str, int, Locate]]:
    """(line of the opening +++, parsed front matter, Markdown body, line of the body, where a key
    of the front matter is) per block."""
    lines = text.splitlines()
    fences = [i for i, line in enumerate(lines) if line.strip() == FENCE]
    if any(line.strip() for line in lines[: fences[0] if fences else len(lines)]):
        raise LessonError(1, f"a lesson starts with a header between two lines of {FENCE}")
    if len(fences) % 2:
        raise LessonError(fences[-1] + 1, f"this {FENCE} opens a front matter that is never closed")
    blocks = []
    for n in range(0, len(fences), 2):
        start, end = fences[n], fences[n + 1]
        body_lines = lines[end + 1:fences[n + 2] if n + 2 < len(fences) else len(lines)]
        blank = next((i for i, line in enumerate(body_lines) if line.strip()), 0)
        body = "\n".join(body_lines).strip()
        front = lines[start + 1:end]
        blocks.append((start + 1, _toml(front, start + 2), body, end + 2 + blank,
                       _locator(front, start + 2, start + 1)))
    return blocks


def _locator(lines: list[str], first: int, fence: int) -> Locate:
    """Where `key` of [table] (None: the top) is written in a front matter; the [table] line for key
    None; the opening +++ when it is not written there (a default, a value TOML spread)."""
    def line(table: str | None, key: str | None) -> int:
        current = None
        for i, text in enumerate(lines):
            header = re.fullmatch(r"\[\s*([^\]]+?)\s*\]", text.strip())
            if header:
                current = header.group(1)
                if key is None and current == table:
                    return first + i
            elif key is not None and current == table and re.match(rf'"?{re.escape(key)}"?\s*=',
                                                                   text.strip()):
                return first + i
        return fence
    return line


def _toml(lines: list[str], first_line: int) -> dict:
    try:
        return tomllib.loads("\n".join(lines) + "\n")
    except tomllib.TOMLDecodeError as error:
        where = re.search(r"\(at line (\d+)", str(error))
        line = first_line + int(where.group(1)) - 1 if where else first_line
        reason = re.sub(r"\s*\(at [^)]*\)$", "", str(error))
        raise LessonError(line, f"front matter: {reason}") from None


def _known_keys(table: Mapping[str, object], known: Collection[str], line: int | Locate, what: str,
                section: str | None = None) -> None:
    unknown = sorted(set(table) - set(known))
    if unknown:
        keys = "key" if len(unknown) == 1 else "keys"
        at = line if isinstance(line, int) else line(section, unknown[0])
        raise LessonError(at, f"{what}: unknown {keys} {', '.join(unknown)}"
                                f" (known: {', '.join(sorted(known))})")


def _title(front: Mapping[str, object], line: int) -> str:
    title = front.get("title")
    if not isinstance(title, str) or not title.strip():
        raise LessonError(line, "title: a non-empty text")
    return title.strip()


def _step(line: int, front: dict, body: str, body_line: int, where: Locate, check_formulas: bool) -> Step:
    _known_keys(front, _STEP_KEYS, where, "step")
    setup_table, check_table = front.get("setup"), front.get("check")
    if not isinstance(setup_table, dict | None) or not isinstance(check_table, dict | None):
        raise LessonError(line, "[setup] and [check] are tables")
    parts = body.split("$$")
    if len(parts) % 2 == 0:
        opening = body_line + body[:body.rindex("$$")].count("\n")
        raise LessonError(opening, "this formula's $$ is never closed")
    for n, part in enumerate(parts):
        line_of_part = body_line + "$$".join(parts[:n]).count("\n")
        if n % 2:
            _check_formula(part, line_of_part, check_formulas)
        elif live_names(part):
            raise LessonError(line_of_part + part[:part.index("\\val")].count("\n"),
                              "a live value \\val{…} goes inside a formula, between $$ and $$")
    return Step(_title(front, where(None, "title")), body,
                None if setup_table is None else _setup(setup_table, where),
                None if check_table is None else _check(check_table, where), line)


def _check_formula(latex: str, line: int, check_latex: bool) -> None:
    unknown = sorted(set(live_names(latex)) - set(LIVE_VALUES))
    if unknown:
        raise LessonError(line, f"formula: unknown live value {', '.join(unknown)}"
                                f" (known: {', '.join(LIVE_VALUES)})")
    if not check_latex:
        return
    try:
        formula_mathml(fill_values(latex, dict.fromkeys(LIVE_VALUES, 0.0)))
    except FormulaError as error:
        raise LessonError(line, f"formula: {error}") from None


def _setup(table: dict, where: Locate) -> Setup:
    settings = dict(table)
    name, views = settings.pop("table", None), settings.pop("views", [])
    if name is not None and name not in PRESETS:
        raise LessonError(where("setup", "table"), f"setup: table is one of {', '.join(PRESETS)}")
    if not isinstance(views, list) or any(v not in VIEWS for v in views):
        raise LessonError(where("setup", "views"), f"setup: views is a list of {', '.join(VIEWS)}")
    _known_keys(settings, set(TrainingConfig.field_names()), where, "setup", "setup")
    try:
        config = TrainingConfig(**settings)
    except (ConfigError, TypeError) as error:  # a ConfigError's message starts with the setting's name
        raise LessonError(where("setup", str(error).split(":")[0]), f"setup: {error}") from None
    return Setup(name, config, tuple(views))


def _check(table: dict, where: Locate) -> Check:
    _known_keys(table, CONDITIONS, where, "check", "check")
    for name, value in table.items():
        if not CONDITIONS[name].accepts(value):
            raise LessonError(where("check", name), f"check: {name} is {CONDITIONS[name].kind}")
    if not table:
        raise LessonError(where("check", None), "check: name at least one condition, or leave [check] out")
    return Check(dict(table))

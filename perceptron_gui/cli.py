"""The command line: no arguments opens the window; `train`, `predict`, `sweep` and `lesson --check`
run headless.

The headless commands import only the core (numpy), never Qt, so they start fast and work on
a machine without a display. Bad input prints one line on stderr and exits with status 2.
"""

from __future__ import annotations

import argparse
import math
import multiprocessing
import os
import sys
from collections.abc import Sequence

import numpy as np

from perceptron_gui import __version__
from perceptron_gui.core import weights_file
from perceptron_gui.core.activations import ACTIVATIONS
from perceptron_gui.core.blas import use_one_blas_thread
from perceptron_gui.core.config import BATCH_MODES, INITS, OPTIMIZERS, ConfigError, TrainingConfig
from perceptron_gui.core.formula import FormulaError, formula_svg
from perceptron_gui.core.lesson import LIVE_VALUES, LessonError, fill_values, load_lesson
from perceptron_gui.core.losses import LOSSES, MSE_FORMULA
from perceptron_gui.core.sweep import DEFAULT_THRESHOLD, Axis, SweepResult, SweepSpec, run_sweep
from perceptron_gui.core.trainer import DIVERGED, Trainer
from perceptron_gui.core.truth_table import PRESETS, TableError, TruthTable, format_output, preset

EXIT_BAD_INPUT = 2
DEFAULT_PRESET = "and"
SHAPE_FLAGS = {"hidden_layers": "--hidden", "hidden_activation": "--activation",
               "output_activation": "--output-activation"}


class UsageError(Exception):
    """Bad input from the user: reported as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not argparse's usage block
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="perceptron-gui", description="Learn how a neural network learns.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="open the window, train XOR [4], load Vietnamese, save and reopen a file; "
                             "exit 0 if all worked")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    model = _model_flags()
    train = commands.add_parser("train", parents=[model], help="train headless and print actual vs expected")
    train.add_argument("--lr", type=float, dest="learning_rate", help="learning rate (default 1)")
    train.add_argument("--batch", type=_batch, metavar="full|sgd|N",
                       help="full batch (default), per-sample SGD, or mini-batches of N rows")
    train.add_argument("--seed", type=int, help="random seed (default 0): same seed, same run")
    train.add_argument("--from", dest="from_file", metavar="weights.json",
                       help="start from a saved model's weights and table")
    train.add_argument("--out", metavar="weights.json", help="write the trained model here")

    sweep = commands.add_parser("sweep", parents=[model],
                                help="train learning rates × seeds at once; print success rates")
    sweep.add_argument("--lr", type=_lr_range, default=(0.01, 10.0, 25), metavar="START:STOP:COUNT",
                       help="learning rates, log-spaced (default 0.01:10:25), or one number")
    sweep.add_argument("--seeds", type=int, default=10, help="seeds 0 … N−1 per learning rate (default 10)")
    sweep.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD,
                       help=f"success: final loss ≤ this, without diverging (default {DEFAULT_THRESHOLD:g})")
    sweep.add_argument("--out", metavar="sweep.csv", help="write one row per model here")

    predict = commands.add_parser("predict", help="print a saved model's predictions")
    predict.add_argument("weights", metavar="weights.json")
    predict.add_argument("--input", action="append", type=_numbers, metavar="1,0",
                         help="an input row (repeat for more); default: the table's rows")

    lesson = commands.add_parser("lesson", help="check a lesson file (the format is in the README)")
    lesson.add_argument("--check", required=True, metavar="FILE.md",
                        help="read the lesson, check every step, setting, check and formula; exit 0 or 2")
    return parser


def _model_flags() -> argparse.ArgumentParser:
    """The flags `train` and `sweep` share: the table, the network, the loss and the optimizer."""
    flags = _Parser(add_help=False)
    source = flags.add_mutually_exclusive_group()
    source.add_argument("--preset", help=f"a preset table: {', '.join(PRESETS)} (default {DEFAULT_PRESET})")
    source.add_argument("--table", metavar="FILE.csv", help="a truth table as CSV")
    flags.add_argument("--hidden", metavar="4,4", type=_hidden_layers, dest="hidden_layers",
                       help="hidden layer sizes; empty for none (the single perceptron)")
    flags.add_argument("--activation", choices=ACTIVATIONS, dest="hidden_activation",
                       help="hidden activation (default tanh)")
    flags.add_argument("--output-activation", choices=ACTIVATIONS, dest="output_activation",
                       help="output activation (default sigmoid)")
    flags.add_argument("--loss", choices=LOSSES, help=f"mse is {MSE_FORMULA} (default mse)")
    flags.add_argument("--optimizer", choices=OPTIMIZERS, help="gd (default), momentum, adam")
    flags.add_argument("--init", choices=INITS,
                       help="weight init; auto = uniform [0, 1) without hidden layers, else Xavier/He")
    flags.add_argument("--epochs", type=int, help="epochs of each run (default 2000)")
    flags.add_argument("--target-loss", type=float, dest="target_loss", help="stop once loss ≤ this")
    return flags


def main(argv: Sequence[str] | None = None) -> int:
    # First: in a frozen app each training process is this program started again, and this call
    # turns it into the process multiprocessing asked for (it does nothing outside a frozen app).
    multiprocessing.freeze_support()
    args_list = list(sys.argv[1:] if argv is None else argv)
    use_one_blas_thread()
    try:
        args = build_parser().parse_args(args_list)
        if args.command == "train":
            return run_train(args)
        if args.command == "predict":
            return run_predict(args)
        if args.command == "sweep":
            return run_sweep_command(args)
        if args.command == "lesson":
            return run_lesson_check(args.check)
        if args.self_test:
            from perceptron_gui.ui.self_test import run_self_test  # offscreen if there is no display

            return run_self_test()
        _check_display()
    except UsageError as exc:
        print(f"perceptron-gui: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("perceptron-gui: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader (say `| head`) left: stop quietly, as Python's docs advise
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    from perceptron_gui.ui.app import run_window  # Qt only when the window is wanted

    return run_window(args_list)


def _check_display() -> None:
    """On Linux, say so plainly when there is no screen, instead of letting Qt abort."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise UsageError("no display to open the window on (DISPLAY is not set); "
                         "`perceptron-gui train` and `predict` work without one")


def run_train(args: argparse.Namespace) -> int:
    overrides = _config_flags(args)
    if args.batch is not None:
        overrides.update(args.batch)
    if args.out is not None and not args.out.strip():
        raise UsageError("--out needs a file name")
    earlier = None  # the saved run's history, which this run continues
    try:
        if args.from_file:
            saved = _saved_model_to_continue(args, overrides)
            trainer, earlier = saved.trainer(), saved.history
        else:
            table = _table(args)
            trainer = Trainer(table, TrainingConfig(**overrides))
    except (ConfigError, TableError, weights_file.WeightsFileError) as exc:
        raise UsageError(str(exc)) from None
    _note_the_default_table(args)
    trainer.step(trainer.config.epochs)
    print(f"epochs run: {trainer.epochs_run} ({trainer.state.replace('_', ' ')})")
    print(f"final loss: {trainer.loss:.6g} ({_loss_label(trainer.config.loss)})")
    print(f"accuracy: {trainer.accuracy:.0%}")
    print(_actual_vs_expected(trainer.table, trainer.predictions))
    if args.out:
        try:
            weights_file.save(args.out, weights_file.SavedModel.of(trainer, earlier))
        except weights_file.WeightsFileError as exc:
            raise UsageError(str(exc)) from None
        print(f"saved {args.out}")
    return 0


def _saved_model_to_continue(args: argparse.Namespace, overrides: dict) -> weights_file.SavedModel:
    if args.preset or args.table:
        raise UsageError("--from brings its own truth table; drop --preset/--table")
    for key, flag in SHAPE_FLAGS.items():
        if key in overrides:
            raise UsageError(f"{flag} would change the saved network; it cannot go with --from")
    saved = weights_file.load(args.from_file)
    saved.config = saved.config.replace(**overrides)
    return saved


def run_sweep_command(args: argparse.Namespace) -> int:
    base = _config_flags(args)  # the shared flags (the grid sets learning rate and seed)
    if args.out is not None and not args.out.strip():
        raise UsageError("--out needs a file name")
    if args.out and not os.path.isdir(os.path.dirname(os.path.abspath(args.out))):
        raise UsageError(f"cannot write {args.out}: no such folder")  # before the sweep, not after
    try:
        spec = SweepSpec(_table(args), TrainingConfig(**base), Axis.learning_rates(*args.lr),
                         Axis.seeds(args.seeds), args.threshold)
    except (ConfigError, TableError) as exc:
        raise UsageError(str(exc)) from None
    _note_the_default_table(args)
    result = run_sweep(spec)
    print(_sweep_summary(result))
    if args.out:
        try:
            result.save_csv(args.out)
        except OSError as exc:
            raise UsageError(f"cannot write {args.out}: {exc.strerror or exc}") from None
        print(f"saved {args.out}")
    return 0


def _sweep_summary(result: SweepResult) -> str:
    """Per learning rate: successes, divergences and the median epochs to the threshold."""
    spec = result.spec
    seeds = len(spec.y)
    lines = [f"{len(spec.x)} learning rates × {seeds} seeds, {spec.base.epochs} epochs each; "
             f"success: final loss ≤ {spec.threshold:g} without diverging",
             f"{'learning rate':>13}  {'success':>9}  {'diverged':>8}  {'median epochs to threshold':>26}"]
    rates, medians = result.success_rate("learning_rate"), result.median_epochs_to_threshold()
    for ix, lr in enumerate(spec.x.values):
        median = "-" if math.isnan(medians[ix]) else f"{medians[ix]:.0f}"
        diverged = int((result.states[:, ix] == DIVERGED).sum())
        lines.append(f"{lr:>13.4g}  {rates[ix]:>8.0%}  {diverged:>8}  {median:>26}")
    return "\n".join(lines)


def run_predict(args: argparse.Namespace) -> int:
    try:
        saved = weights_file.load(args.weights)
    except weights_file.WeightsFileError as exc:
        raise UsageError(str(exc)) from None
    table, network = saved.table, saved.network
    if not args.input:
        print(_actual_vs_expected(table, network.predict(table.inputs)))
        return 0
    for row in args.input:
        if len(row) != table.n_inputs:
            raise UsageError(f"--input needs {table.n_inputs} numbers, got {len(row)}")
    outputs = network.predict(np.array(args.input))
    header = table.input_names + table.output_names
    lines = ["  ".join(f"{h:>8}" for h in header)]
    for x, y in zip(args.input, outputs):
        lines.append("  ".join(f"{v:>8g}" for v in x) + "  " + "  ".join(f"{format_output(v):>8}" for v in y))
    print("\n".join(lines))
    return 0


def run_lesson_check(path: str) -> int:
    """Every formula is typeset too, as the window would (ziamath), so a lesson that passes shows."""
    try:
        lesson = load_lesson(path)
    except OSError as exc:
        raise UsageError(f"{path}: {exc.strerror or exc}") from None
    except LessonError as exc:
        raise UsageError(f"{path}: {exc}") from None
    for step in lesson.steps:
        for latex in step.formulas():
            try:
                formula_svg(fill_values(latex, dict.fromkeys(LIVE_VALUES, 0.5)))
            except FormulaError as exc:  # what reading cannot see: the layout itself
                raise UsageError(f"{path}: line {step.line}: formula: {exc}") from None
    formulas = sum(len(step.formulas()) for step in lesson.steps)
    print(f"{path}: {lesson.title!r} ({lesson.language}), {len(lesson.steps)} steps, {formulas} formulas: ok")
    return 0


def _config_flags(args: argparse.Namespace) -> dict[str, object]:
    """The config fields given on the command line (their flags' dest is the field's name)."""
    return {name: getattr(args, name) for name in TrainingConfig.field_names()
            if getattr(args, name, None) is not None}


def _table(args: argparse.Namespace) -> TruthTable:
    if args.table:
        return TruthTable.load_csv(args.table)
    return preset(DEFAULT_PRESET if args.preset is None else args.preset)


def _note_the_default_table(args: argparse.Namespace) -> None:
    """A first try with no table trains the default preset: say so (once the input is known good)."""
    if args.preset is None and args.table is None and getattr(args, "from_file", None) is None:
        print(f"perceptron-gui: note: no --preset or --table given: training the preset {DEFAULT_PRESET!r}",
              file=sys.stderr)


def _actual_vs_expected(table: TruthTable, predictions: np.ndarray) -> str:
    """The lecture's table: each row's inputs, then actual and expected per output."""
    header = [*table.input_names]
    for name in table.output_names:
        header += [f"{name} actual", f"{name} expected"]
    widths = [max(len(h), 3) for h in header]
    lines = ["  ".join(h.rjust(w) for h, w in zip(header, widths))]
    for x, actual, expected in zip(table.inputs.astype(int), predictions, table.targets):
        cells = [str(v) for v in x]
        for a, e in zip(actual, expected):
            cells += [format_output(a), "*" if np.isnan(e) else f"{e:g}"]
        lines.append("  ".join(c.rjust(w) for c, w in zip(cells, widths)))
    return "\n".join(lines)


def _loss_label(loss: str) -> str:
    return f"mse: {MSE_FORMULA}, the ½ included" if loss == "mse" else "binary cross-entropy"


def _hidden_layers(text: str) -> tuple[int, ...]:
    parts = [p.strip() for p in text.split(",")] if text.strip() else []
    try:
        return tuple(int(p) for p in parts)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a list of layer sizes like 4 or 4,4") from None


def _batch(text: str) -> dict[str, object]:
    if text in BATCH_MODES[:2]:
        return {"batch": text}
    try:
        return {"batch": "mini", "batch_size": int(text)}
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: use full, sgd or a number of rows") from None


def _lr_range(text: str) -> tuple[float, float, int]:
    parts = text.split(":")
    try:
        if len(parts) == 1:
            return float(parts[0]), float(parts[0]), 1
        if len(parts) == 3:
            return float(parts[0]), float(parts[1]), int(parts[2])
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"{text!r}: use START:STOP:COUNT like 0.01:10:25, or one number")


def _numbers(text: str) -> list[float]:
    try:
        numbers = [float(p) for p in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a list of numbers like 1,0") from None
    if not all(math.isfinite(n) for n in numbers):
        raise argparse.ArgumentTypeError(f"{text!r}: inputs must be finite numbers")
    if not all(0.0 <= n <= 1.0 for n in numbers):  # the table's 0 and 1, and the surface between
        raise argparse.ArgumentTypeError(f"{text!r}: inputs must lie in [0, 1], like the table's 0 and 1")
    return numbers

"""Benchmark of the numpy training engine (not a timed test: pytest collects test_*.py only).

Measures, in one run, epochs per second of `Trainer.step` against

* the baseline: the lecture's code path written plainly in numpy (a class with
  `feed_forward` / `back_propagation`, `np.dot` each epoch, sigmoid as 1/(1 + np.exp(-z)),
  a Python list that gets one numpy loss array appended each epoch), and
* PyTorch on the CPU with one thread, when torch is installed (same models, full-batch SGD),

on AND with no hidden layer and on XOR with one hidden layer of 4 (tanh hidden, sigmoid
output). Every implementation starts from the engine's initial weights and takes the same
full-batch gradient-descent steps (learning rate 1, the lecture's MSE gradient), so the
work per epoch is the same; the run checks that their predictions agree at the end.
It also measures what the loss history costs per epoch. Prints a table of medians and
ratios, and writes it all as JSON.

    python tests/benchmarks/bench_engine.py [--quick] [--json PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
import tracemalloc
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from perceptron_gui.core.config import TrainingConfig
from perceptron_gui.core.trainer import Trainer
from perceptron_gui.core.truth_table import preset

TARGETS = {"and": 2.5, "xor[4]": 2.0}  # engine epochs/s ÷ baseline epochs/s, at least
GUARDS = {"and": 1.3}  # what a change of the engine must keep (issue 14), at least
PROJECTED_EPOCHS = 10_000_000
GUI_CHUNK = 500  # the GUI worker runs step() in chunks of about 4 ms


@dataclass(frozen=True)
class Case:
    name: str
    table: str
    hidden: tuple[int, ...]

    def config(self, epochs: int) -> TrainingConfig:
        return TrainingConfig(hidden_layers=self.hidden, learning_rate=1.0, epochs=epochs, seed=0)


CASES = (Case("and", "and", ()), Case("xor[4]", "xor", (4,)))


@dataclass(frozen=True)
class Plan:
    repeats: int
    epochs: dict[str, int]
    torch_repeats: int
    torch_epochs: int
    warmup: int
    check_epochs: int
    memory_epochs: int


FULL = Plan(repeats=9, epochs={"and": 20_000, "xor[4]": 20_000}, torch_repeats=3, torch_epochs=10_000,
            warmup=2_000, check_epochs=2_000, memory_epochs=20_000)
QUICK = Plan(repeats=3, epochs={"and": 4_000, "xor[4]": 4_000}, torch_repeats=1, torch_epochs=500,
             warmup=500, check_epochs=500, memory_epochs=4_000)


# --- the baseline: the lecture's code, plainly ----------------------------------------------
def sigmoid(z):
    return 1.0 / (1 + np.exp(-z))


def sigmoid_derivative(s):
    return s * (1.0 - s)  # of the sigmoid's output s


class LecturePerceptron:
    """One perceptron, as in the lecture: bias as weight 0 of a column of ones in X."""

    def __init__(self, X, Y, weights):
        self.N = X.shape[0]
        self.X = np.hstack((np.ones([X.shape[0], 1]), X))
        self.Y = Y
        self.weights = weights.copy()  # (1 + inputs) × 1
        self.output = np.zeros(self.Y.shape)
        self.mean_square_error_log = []

    def feed_forward(self):
        self.output = sigmoid(np.dot(self.X, self.weights))

    def back_propagation(self):
        output_diff = self.output - self.Y
        self.mean_square_error_log.append(np.sum(output_diff**2, axis=0) / self.N)
        res = output_diff * sigmoid_derivative(self.output)
        d_weights = np.dot(self.X.T, res) / self.N
        alpha = 1
        self.weights -= alpha * d_weights


class LectureTwoLayer:
    """The same, with a tanh hidden layer: its outputs get a column of ones for their bias too."""

    def __init__(self, X, Y, hidden_weights, output_weights):
        self.N = X.shape[0]
        self.X = np.hstack((np.ones([X.shape[0], 1]), X))
        self.Y = Y
        self.hidden_weights = hidden_weights.copy()  # (1 + inputs) × hidden
        self.output_weights = output_weights.copy()  # (1 + hidden) × 1
        self.hidden = np.zeros((self.N, hidden_weights.shape[1] + 1))
        self.output = np.zeros(self.Y.shape)
        self.mean_square_error_log = []

    def feed_forward(self):
        hidden = np.tanh(np.dot(self.X, self.hidden_weights))
        self.hidden = np.hstack((np.ones([self.N, 1]), hidden))
        self.output = sigmoid(np.dot(self.hidden, self.output_weights))

    def back_propagation(self):
        output_diff = self.output - self.Y
        self.mean_square_error_log.append(np.sum(output_diff**2, axis=0) / self.N)
        res = output_diff * sigmoid_derivative(self.output)
        d_output_weights = np.dot(self.hidden.T, res) / self.N
        hidden_res = np.dot(res, self.output_weights[1:].T) * (1 - self.hidden[:, 1:] ** 2)
        d_hidden_weights = np.dot(self.X.T, hidden_res) / self.N
        alpha = 1
        self.output_weights -= alpha * d_output_weights
        self.hidden_weights -= alpha * d_hidden_weights


def lecture_model(case: Case, start: Trainer):
    """The baseline for `case`, from the engine's initial weights (units × (1 + inputs) → transposed)."""
    X, Y = start.table.inputs, start.table.targets
    layers = start.network.layer_params
    if not case.hidden:
        return LecturePerceptron(X, Y, layers[0].T.copy())
    return LectureTwoLayer(X, Y, layers[0].T.copy(), layers[1].T.copy())


def train_lecture(model, epochs: int) -> None:
    for _ in range(epochs):
        model.feed_forward()
        model.back_propagation()


# --- PyTorch ----------------------------------------------------------------------------------
def load_torch():
    try:
        import torch
    except ImportError:
        return None
    torch.set_num_threads(1)
    return torch


class TorchRun:
    """The same model in torch (float64), full-batch SGD, loss ½·mean((ŷ − y)²) like the engine."""

    def __init__(self, torch, case: Case, start: Trainer, epochs: int) -> None:
        nn = torch.nn
        sizes = start.network.sizes
        layers: list = []
        for i, w in enumerate(start.network.layer_params):
            linear = nn.Linear(sizes[i], sizes[i + 1], dtype=torch.float64)
            with torch.no_grad():
                linear.bias.copy_(torch.from_numpy(w[:, 0].copy()))
                linear.weight.copy_(torch.from_numpy(w[:, 1:].copy()))
            layers.append(linear)
            layers.append(nn.Sigmoid() if i == len(sizes) - 2 else nn.Tanh())
        self.torch = torch
        self.model = nn.Sequential(*layers)
        self.x = torch.from_numpy(start.table.inputs.copy())
        self.y = torch.from_numpy(start.table.targets.copy())
        self.optimizer = torch.optim.SGD(self.model.parameters(), lr=1.0)
        self.history = np.empty(epochs)

    def train(self, epochs: int) -> None:
        model, x, y, optimizer, history = self.model, self.x, self.y, self.optimizer, self.history
        for i in range(epochs):
            optimizer.zero_grad()
            loss = 0.5 * self.torch.mean((model(x) - y) ** 2)
            loss.backward()
            optimizer.step()
            history[i] = loss.item()

    def predict(self) -> np.ndarray:
        with self.torch.no_grad():
            return self.model(self.x).numpy().copy()


# --- timing -----------------------------------------------------------------------------------
@dataclass
class Result:
    case: str
    implementation: str
    epochs: int
    seconds: list[float] = field(default_factory=list)
    target: float | None = None
    ratio: float | None = None

    @property
    def median_seconds(self) -> float:
        return statistics.median(self.seconds)

    @property
    def epochs_per_second(self) -> float:
        return self.epochs / self.median_seconds

    @property
    def spread(self) -> float:
        """(slowest − fastest) / median."""
        return (max(self.seconds) - min(self.seconds)) / self.median_seconds

    def to_dict(self) -> dict[str, object]:
        return {
            "case": self.case,
            "implementation": self.implementation,
            "epochs": self.epochs,
            "repeats": len(self.seconds),
            "seconds": self.seconds,
            "median_seconds": self.median_seconds,
            "median_epochs_per_second": self.epochs_per_second,
            "microseconds_per_epoch": 1e6 / self.epochs_per_second,
            "spread": self.spread,
            "ratio_vs_baseline": self.ratio,
            "target_ratio": self.target,
            "target_met": None if self.target is None else bool(self.ratio >= self.target),
        }


def new_trainer(case: Case, epochs: int) -> Trainer:
    return Trainer(preset(case.table), case.config(epochs))


def time_engine(case: Case, epochs: int, chunk: int | None = None) -> float:
    trainer = new_trainer(case, epochs)
    start = time.perf_counter()
    if chunk is None:
        trainer.step(epochs)
    else:
        while not trainer.finished:
            trainer.step(chunk)
    elapsed = time.perf_counter() - start
    if trainer.epochs_run != epochs:
        raise RuntimeError(f"the engine stopped at epoch {trainer.epochs_run} of {epochs}: {trainer.state}")
    return elapsed


def time_lecture(case: Case, epochs: int) -> float:
    model = lecture_model(case, new_trainer(case, epochs))
    start = time.perf_counter()
    train_lecture(model, epochs)
    return time.perf_counter() - start


def time_torch(torch, case: Case, epochs: int) -> float:
    run = TorchRun(torch, case, new_trainer(case, epochs), epochs)
    start = time.perf_counter()
    run.train(epochs)
    return time.perf_counter() - start


def agreement(case: Case, epochs: int, torch) -> dict[str, float]:
    """Largest |Δ prediction| against the engine after `epochs` epochs from the same weights."""
    trainer = new_trainer(case, epochs)
    model = lecture_model(case, trainer)
    torch_run = TorchRun(torch, case, trainer, epochs) if torch is not None else None
    trainer.step(epochs)
    train_lecture(model, epochs)
    model.feed_forward()  # predictions of the final weights, as the engine's are
    out = {"baseline": float(np.max(np.abs(model.output - trainer.predictions)))}
    if torch_run is not None:
        torch_run.train(epochs)
        out["torch"] = float(np.max(np.abs(torch_run.predict() - trainer.predictions)))
    return out


def benchmark(plan: Plan, torch) -> list[Result]:
    results: list[Result] = []
    for case in CASES:
        epochs = plan.epochs[case.name]
        runners = {
            "engine": lambda c, e: time_engine(c, e),
            f"engine, step({GUI_CHUNK}) chunks": lambda c, e: time_engine(c, e, GUI_CHUNK),
            "baseline (lecture)": time_lecture,
        }
        for run in runners.values():  # warm up: imports, caches, first-call paths
            run(case, plan.warmup)
        timed = {name: Result(case.name, name, epochs) for name in runners}
        names = list(runners)
        for r in range(plan.repeats):  # interleaved, in a rotating order, so drift hits all alike
            for name in names[r % len(names):] + names[: r % len(names)]:
                timed[name].seconds.append(runners[name](case, epochs))
        if torch is not None:
            time_torch(torch, case, max(plan.warmup // 10, 50))
            timed["torch (cpu, 1 thread)"] = Result(case.name, "torch (cpu, 1 thread)", plan.torch_epochs)
            for _ in range(plan.torch_repeats):
                timed["torch (cpu, 1 thread)"].seconds.append(time_torch(torch, case, plan.torch_epochs))
        base = timed["baseline (lecture)"].epochs_per_second
        for result in timed.values():
            result.ratio = result.epochs_per_second / base
        timed["engine"].target = TARGETS[case.name]
        results.extend(timed.values())
    return results


# --- memory of history ------------------------------------------------------------------------
def history_memory(plan: Plan) -> dict[str, float]:
    epochs = plan.memory_epochs
    trainer = new_trainer(CASES[0], epochs)
    trainer.step(epochs)
    engine_loss = trainer._loss.nbytes / epochs
    engine_accuracy = trainer._accuracy.nbytes / epochs

    model = lecture_model(CASES[0], new_trainer(CASES[0], epochs))
    train_lecture(model, 10)  # its arrays exist already; only the log grows from here
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    train_lecture(model, epochs)
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    lecture = (after - before) / epochs
    return {
        "epochs_measured": epochs,
        "engine_loss_bytes_per_epoch": engine_loss,
        "engine_accuracy_bytes_per_epoch": engine_accuracy,
        "lecture_list_bytes_per_epoch": lecture,
        "projected_epochs": PROJECTED_EPOCHS,
        "engine_loss_projected_bytes": engine_loss * PROJECTED_EPOCHS,
        "engine_loss_and_accuracy_projected_bytes": (engine_loss + engine_accuracy) * PROJECTED_EPOCHS,
        "lecture_list_projected_bytes": lecture * PROJECTED_EPOCHS,
    }


# --- the machine ------------------------------------------------------------------------------
def machine(torch) -> dict[str, object]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    info: dict[str, object] = {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "cores_usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "python": platform.python_version(),
        "numpy": np.__version__,
        "blas": blas_description(),
        "torch": None,
    }
    if torch is not None:
        info["torch"] = f"{torch.__version__}, {torch.get_num_threads()} thread (torch.set_num_threads(1))"
    return info


def blas_description() -> str:
    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        pass
    else:
        pools = [p for p in threadpool_info() if p.get("user_api") == "blas"]
        if pools:
            return "; ".join(
                f"{p.get('internal_api')} {p.get('version')} ({p.get('num_threads')} threads, "
                f"{p.get('architecture')})" for p in pools
            )
    try:
        blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
    except Exception as exc:  # numpy < 1.25 has no mode="dicts"
        return f"unknown ({exc})"
    text = f"{blas.get('name')} {blas.get('version')}"
    config = blas.get("openblas configuration")
    return f"{text} [{config}]" if config else text


# --- report -----------------------------------------------------------------------------------
def mb(n_bytes: float) -> str:
    return f"{n_bytes / 1e6:,.0f} MB"


def report(info: dict, results: list[Result], memory: dict, check: dict) -> str:
    both = memory["engine_loss_bytes_per_epoch"] + memory["engine_accuracy_bytes_per_epoch"]
    lines = [
        f"machine: {info['cpu']}, {info['cores']} cores ({info['cores_usable']} usable), "
        f"Python {info['python']}, numpy {info['numpy']}",
        f"BLAS: {info['blas']}",
        f"torch: {info['torch'] or 'not installed (its rows are left out)'}",
        "",
        f"{'case':<7} {'implementation':<24} {'epochs × runs':>14} {'median ep/s':>12} {'µs/epoch':>9} "
        f"{'spread':>7} {'× baseline':>10}  target",
    ]
    for r in results:
        target = ""
        if r.target is not None:
            target = f"≥ {r.target:g}×  {'met' if r.ratio >= r.target else 'MISSED'}"
            if r.case in GUARDS:
                kept = r.ratio >= GUARDS[r.case]
                target += f"; guard ≥ {GUARDS[r.case]:g}×  {'kept' if kept else 'BROKEN'}"
        lines.append(
            f"{r.case:<7} {r.implementation:<24} {f'{r.epochs:,} × {len(r.seconds)}':>14} "
            f"{r.epochs_per_second:>12,.0f} {1e6 / r.epochs_per_second:>9.2f} {r.spread:>6.0%} "
            f"{r.ratio:>9.2f}×  {target}"
        )
    lines += [
        "",
        "agreement with the engine after the same epochs from the same weights (max |Δŷ|): "
        + ", ".join(f"{case} {impl} {d:.1e}" for case, diffs in check.items() for impl, d in diffs.items()),
        "",
        f"history memory per epoch (measured over {memory['epochs_measured']:,} epochs):",
        f"  engine loss (float64)        {memory['engine_loss_bytes_per_epoch']:6.1f} B"
        f"   → {PROJECTED_EPOCHS:,} epochs: {mb(memory['engine_loss_projected_bytes'])}",
        f"  engine loss + accuracy (f16) {both:6.1f} B"
        f"   → {PROJECTED_EPOCHS:,} epochs: {mb(memory['engine_loss_and_accuracy_projected_bytes'])}",
        f"  lecture list of numpy arrays {memory['lecture_list_bytes_per_epoch']:6.1f} B"
        f"   → {PROJECTED_EPOCHS:,} epochs: {mb(memory['lecture_list_projected_bytes'])}  (tracemalloc)",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer and shorter runs: a smoke run")
    parser.add_argument("--json", default="bench-engine.json", type=Path,
                        help="where to write the results (default: bench-engine.json in the cwd)")
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    torch = load_torch()
    info = machine(torch)

    started = time.perf_counter()
    check = {case.name: agreement(case, plan.check_epochs, torch) for case in CASES}
    results = benchmark(plan, torch)
    memory = history_memory(plan)
    wall = time.perf_counter() - started

    print(report(info, results, memory, check))
    print(f"\n({'quick' if args.quick else 'full'} run, {wall:.0f} s; "
          f"JSON written to {args.json})")
    data = {
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "quick": args.quick,
        "wall_seconds": wall,
        "machine": info,
        "targets": {f"engine/baseline {k}": v for k, v in TARGETS.items()},
        "guards": {f"engine/baseline {k}": v for k, v in GUARDS.items()},
        "results": [r.to_dict() for r in results],
        "agreement_max_abs_prediction_difference": check,
        "history_memory": memory,
    }
    args.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

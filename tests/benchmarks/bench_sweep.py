"""Benchmark of the batched engine (not a timed test: pytest collects test_*.py only).

Model-epochs per second of `BatchedTrainer` for M = 1, 100, 1,000 and 10,000 models, on AND
with no hidden layer and on XOR with a hidden layer of 4 (tanh, sigmoid output, mse, full-batch
gradient descent, learning rate 1, seeds 0…), against

* the single-model engine run M times, one model after the other: `Trainer.step` timed on a
  few models and extrapolated (its throughput does not depend on M), and
* a C-level ceiling: what a fused C loop over the models could reach on this machine, the
  larger of (a) the bytes it must move — each model's weights read and written once an epoch —
  over the memory bandwidth measured with a large numpy copy, and (b) its arithmetic — the
  flops counted below at the per-core rate of a large BLAS matrix product, plus the exp/tanh
  calls at numpy's measured cost per element.

    python tests/benchmarks/bench_sweep.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import dataclass

import numpy as np

from perceptron_gui.core.batched import BatchedTrainer
from perceptron_gui.core.config import TrainingConfig
from perceptron_gui.core.trainer import Trainer
from perceptron_gui.core.truth_table import preset

MODELS = (1, 100, 1_000, 10_000)
TARGET_AND_10K = 10e6  # model-epochs/s at M = 10,000 on AND
TARGET_SPEEDUP = 100  # × the one-by-one throughput at M = 10,000
GUARD_SHARE = 0.45  # of the ceiling at M = 10,000, on both cases: what a change must keep (issue 14)


@dataclass(frozen=True)
class Case:
    name: str
    table: str
    hidden: tuple[int, ...]
    params: int  # weights and biases of one model
    flops: int  # per model-epoch, counted by hand (a multiply-add is 2)
    exps: int  # exp or tanh calls per model-epoch

    def configs(self, m: int, epochs: int) -> list[TrainingConfig]:
        return [TrainingConfig(hidden_layers=self.hidden, learning_rate=1.0, seed=i, epochs=epochs)
                for i in range(m)]


# AND, 4 rows: z 4×3 MA (24) · σ 4×3 · error, loss 13 · δ 16 · gradient 3×4 MA (24) · update 6
# XOR[4]: z₁ 4×4×3 MA (96) · z₂ 4×5 MA (40) · σ 12 · error, loss 13 · δ₂ 16 · ∇₂ 5×4 MA (40)
#         · back 16 · δ₁ 48 · ∇₁ 12×4 MA (96) · update 34
CASES = (Case("AND", "and", (), 3, 95, 4), Case("XOR [4]", "xor", (4,), 17, 411, 20))


def median_seconds(run, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def batched_rate(case: Case, m: int, model_epochs: int, repeats: int) -> float:
    epochs = max(100, min(20_000, model_epochs // m))
    batches = [BatchedTrainer(preset(case.table), case.configs(m, epochs * 2)) for _ in range(repeats)]
    for batch in batches:
        batch.step(5)  # warm up
    runs = iter(batches)
    seconds = median_seconds(lambda: next(runs).step(epochs), repeats)
    return m * epochs / seconds


def single_rate(case: Case, models: int, epochs: int) -> float:
    trainers = [Trainer(preset(case.table), config) for config in case.configs(models, epochs + 5)]
    for trainer in trainers:
        trainer.step(5)
    seconds = median_seconds(lambda: [t.step(epochs // models) for t in trainers], 3)
    return epochs / seconds


def memory_bandwidth() -> float:
    """Bytes per second of a 256 MB numpy copy (read + write)."""
    src = np.ones(32_000_000)
    dst = np.empty_like(src)
    np.copyto(dst, src)
    seconds = min(median_seconds(lambda: np.copyto(dst, src), 3) for _ in range(2))
    return 2 * src.nbytes / seconds


def flops_per_core() -> float:
    a = np.random.default_rng(0).random((1500, 1500))
    a @ a
    seconds = median_seconds(lambda: a @ a, 3)
    return 2 * 1500**3 / seconds / (os.cpu_count() or 1)


def exp_seconds() -> float:
    """numpy's exp on one core, per element."""
    z = np.random.default_rng(0).random(1_000_000)
    out = np.empty_like(z)
    return median_seconds(lambda: np.exp(z, out=out), 5) / z.size


def ceiling(case: Case, bandwidth: float, flops: float, exp: float) -> tuple[float, str]:
    memory = 2 * 8 * case.params / bandwidth
    compute = case.flops / flops + case.exps * exp
    return 1 / max(memory, compute), "memory" if memory > compute else "compute"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="shorter runs: a smoke run")
    args = parser.parse_args(argv)
    model_epochs, repeats = (400_000, 1) if args.quick else (4_000_000, 3)
    started = time.perf_counter()

    bandwidth, flops, exp = memory_bandwidth(), flops_per_core(), exp_seconds()
    print(f"machine: {os.cpu_count()} cores, numpy {np.__version__}, Python {sys.version.split()[0]}")
    print(f"memory bandwidth (copy) {bandwidth / 1e9:.1f} GB/s · matrix product {flops / 1e9:.1f} GFLOP/s "
          f"per core · numpy exp {exp * 1e9:.2f} ns/element")
    print()
    print(f"{'case':<8} {'M':>6} {'batched':>14} {'one by one':>12} {'× one by one':>12} "
          f"{'ceiling':>14} {'of ceiling':>10}")
    for case in CASES:
        single = single_rate(case, 3, 3_000 if args.quick else 15_000)
        top, bound = ceiling(case, bandwidth, flops, exp)
        for m in MODELS:
            rate = batched_rate(case, m, model_epochs, repeats)
            line = (f"{case.name:<8} {m:>6,} {rate / 1e6:>10.2f} M/s {single / 1e6:>8.3f} M/s "
                    f"{rate / single:>11.0f}× {top / 1e6:>7.0f} M/s ({bound[:3]}) {rate / top:>9.0%}")
            if m == MODELS[-1]:
                speedup = rate / single >= TARGET_SPEEDUP
                met = speedup and (case.name != "AND" or rate >= TARGET_AND_10K)
                line += "  target " + ("met" if met else "MISSED")
                line += "; guard ≥ 45% " + ("kept" if rate / top >= GUARD_SHARE else "BROKEN")
            print(line)
    print(f"\n({'quick' if args.quick else 'full'} run, {time.perf_counter() - started:.0f} s; model-epochs "
          f"per second; the ceiling is a fused C loop's, as the module's docstring explains)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

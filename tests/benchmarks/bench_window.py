"""Benchmark of the window while training runs flat out (not a timed test: pytest collects test_*.py).

Drives the real MainWindow and prints, in one run, for AND (no hidden layer), XOR [4] and the
largest table (8 inputs, 256 rows, 4 outputs, hidden [64, 64]):

1. responsiveness: how late a 10 ms QTimer in the GUI thread fires while training runs at max
   speed (p50, p99, max in ms);
2. throughput: epochs per second in the window against the headless engine on the same model in
   the same process;
3. frame rate: redraws per second, and how long a progress signal waits in the event queue
   (a growing wait would be a backlog);

and then

4. memory: RSS growth over a 10-million-epoch run of AND in the window (its process and the
   training process together);
5. start-up: from the command to the first painted window and to the end of its deferred build
   (the 3D view comes after the first paint), median of 5 runs, with where the time went (Qt,
   the window's imports, its construction, showing and painting it); and that the headless CLI
   does not import Qt.

    xvfb-run -a -s "-screen 0 1600x1000x24" python tests/benchmarks/bench_window.py [--seconds 8]
        [--memory-epochs 10000000] [--json PATH] [--startup-only]

Without a display it runs offscreen (then with no 3D view).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from perceptron_gui.core.config import TrainingConfig
from perceptron_gui.core.trainer import Trainer
from perceptron_gui.core.truth_table import TruthTable, preset
from perceptron_gui.ui.app import prepare_application
from perceptron_gui.ui.main_window import MainWindow

TARGETS = {"p99 ms": 20.0, "max ms": 100.0, "throughput": 0.8, "fps": (30.0, 60.0), "memory MB": 150.0,
           "start-up s": 1.5}
STARTUP = """
import time
started = time.perf_counter()
import perceptron_gui.cli  # as `perceptron-gui` starts: numpy and the core first
from PySide6.QtCore import QObject, QEvent, QTimer
from PySide6.QtWidgets import QApplication
from perceptron_gui.ui.app import prepare_application
prepare_application()
app = QApplication([])
qt = time.perf_counter()
from perceptron_gui.ui.main_window import MainWindow
imported = time.perf_counter()
window = MainWindow()
built = time.perf_counter()
def report(name, since):
    print(name, time.perf_counter() - since, flush=True)
def done():
    report("finished", started)
    QTimer.singleShot(0, window.close)
    QTimer.singleShot(0, app.quit)
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            report("painted", started)
            window.removeEventFilter(self)
        return False
first = FirstPaint()
window.installEventFilter(first)
window.deferred_build.finished.connect(done)
print("qt", qt - started, "imports", imported - qt, "construction", built - imported, flush=True)
window.show()
app.exec()
"""
PHASES = ("qt", "imports", "construction", "shown and painted", "built after the paint")


def largest_table() -> TruthTable:
    table = TruthTable.blank(8, 4)
    targets = np.random.default_rng(0).integers(0, 2, size=table.targets.shape).astype(float)
    return TruthTable(table.input_names, table.output_names, targets)


CASES = {
    "AND": (lambda: preset("and"), ()),
    "XOR [4]": (lambda: preset("xor"), (4,)),
    "8×4 [64, 64]": (largest_table, (64, 64)),
}


def wait(app: QApplication, seconds: float) -> None:
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < seconds * 1000:
        app.processEvents()
        time.sleep(0.001)


def rss_mb(*pids: int | str) -> float:
    """Resident memory of these processes together (this one by default), in MB."""
    total = 0
    for pid in pids or ("self",):
        with open(f"/proc/{pid}/statm") as statm:
            total += int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    return total / 2**20


def headless_rate(table: TruthTable, config: TrainingConfig, seconds: float) -> float:
    trainer = Trainer(table, config)
    started, epochs = time.perf_counter(), 0
    while time.perf_counter() - started < seconds:
        epochs += trainer.step(500)
    return epochs / (time.perf_counter() - started)


def open_window(app: QApplication, table: TruthTable, hidden: tuple[int, ...], epochs: int) -> MainWindow:
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    window.session.replace_table(table)
    window.panel.set_config(TrainingConfig(hidden_layers=hidden, epochs=epochs))
    window.panel.changed.emit()
    window.set_speed(None)
    while not window.deferred_build.is_finished:  # the 3D view comes after the first paint
        wait(app, 0.1)
    wait(app, 1.0)  # shown, laid out, first frames drawn
    return window


def measure_case(app: QApplication, name: str, seconds: float) -> dict[str, float]:
    make_table, hidden = CASES[name]
    window = open_window(app, make_table(), hidden, 100_000_000)
    queue_waits: list[float] = []
    on_progress = window.on_progress

    def timed_progress(progress) -> None:  # from the training process's send to the GUI thread
        queue_waits.append(time.perf_counter() - progress.sent_at)
        on_progress(progress)

    window.training.connection.progressed.disconnect(window.on_progress)
    window.training.connection.progressed.connect(timed_progress)
    lateness: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        lateness.append((now - last[0]) * 1000 - 10)
        last[0] = now

    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    window.session.train()
    wait(app, 0.5)  # past the start: chunks have grown to full size
    frames0, epochs0, started = window.views.frames_drawn, window.session.epochs_run, time.perf_counter()
    last[0] = started
    timer.start()
    wait(app, seconds)
    elapsed = time.perf_counter() - started
    timer.stop()
    frames, epochs = window.views.frames_drawn - frames0, window.session.epochs_run - epochs0
    config = window.session.config
    table = window.session.table.copy()
    window.close()
    in_window = epochs / elapsed
    headless = headless_rate(table, config, min(seconds, 4.0))
    late = np.array(lateness)
    waits = np.array(queue_waits) * 1000
    return {
        "p50 ms": float(np.percentile(late, 50)), "p99 ms": float(np.percentile(late, 99)),
        "max ms": float(late.max()), "window epochs/s": in_window, "headless epochs/s": headless,
        "throughput": in_window / headless, "fps": frames / elapsed,
        "queue wait p50 ms": float(np.percentile(waits, 50)), "queue wait max ms": float(waits.max()),
        "progress/s": len(queue_waits) / elapsed,
        "queue wait trend ms": float(np.mean(waits[-len(waits) // 4 :]) - np.mean(waits[: len(waits) // 4])),
    }


def measure_memory(app: QApplication, epochs: int) -> dict[str, float]:
    window = open_window(app, preset("and"), (), epochs)
    both = ("self", window.training.connection.process.pid)  # the window's process and the training one
    before = rss_mb(*both)
    peak, started = before, time.perf_counter()
    window.session.train()
    finished = ("epochs_done", "converged", "diverged")
    while window.session.last_progress is None or window.session.last_progress.state not in finished:
        wait(app, 0.5)
        peak = max(peak, rss_mb(*both))
    seconds = time.perf_counter() - started
    run = window.session.epochs_run
    window.close()
    return {"epochs": run, "seconds": seconds, "rss before MB": before, "rss peak MB": peak,
            "growth MB": peak - before}


def measure_startup(runs: int = 5) -> dict[str, float]:
    """Seconds from the command to the window's first paint, and to the end of its deferred build
    (the 3D view), in one process each run, with where the time went (medians)."""
    paints, finished, phases = [], [], {name: [] for name in PHASES}
    for _ in range(runs):
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", STARTUP], stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        words = child.stdout.readline().split()  # qt …, imports …, construction … (inside the child)
        painted = child.stdout.readline().split()
        paints.append(time.perf_counter() - started)
        done = child.stdout.readline().split()
        finished.append(time.perf_counter() - started)
        child.wait(timeout=30)
        if painted[:1] != ["painted"] or done[:1] != ["finished"]:
            raise RuntimeError("the window did not paint, or did not finish building")
        for name, value in zip(words[::2], words[1::2]):
            phases[name].append(float(value))
        phases["shown and painted"].append(float(painted[1]) - sum(float(v) for v in words[1::2]))
        phases["built after the paint"].append(float(done[1]) - float(painted[1]))
    probe = ("import sys, perceptron_gui.cli as c; c.main(['train', '--preset', 'and', '--epochs', '10']); "
             "print(any(m.startswith('PySide6') for m in sys.modules), file=sys.stderr)")
    headless = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return {"median s": statistics.median(paints), "min s": min(paints), "max s": max(paints),
            "built median s": statistics.median(finished),
            **{f"{name} s": statistics.median(values) for name, values in phases.items()},
            "headless cli imports qt": headless.stderr.strip().splitlines()[-1] == "True"}


def verdict(name: str, value: float) -> str:
    target = TARGETS.get(name)
    if target is None:
        return ""
    if isinstance(target, tuple):
        return "ok" if target[0] <= value <= target[1] else f"MISSED ({target[0]:g}–{target[1]:g})"
    better_high = name == "throughput"
    ok = value >= target if better_high else value <= target
    return "ok" if ok else f"MISSED ({'≥' if better_high else '≤'} {target:g})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=8.0, help="training time per case")
    parser.add_argument("--memory-epochs", type=int, default=10_000_000)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--startup-only", action="store_true", help="measure the start-up alone")
    args = parser.parse_args()
    settings = tempfile.mkdtemp(prefix="bench-window-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
    prepare_application()
    app = QApplication.instance() or QApplication([])
    QCoreApplication.setOrganizationName("PerceptronGUI-bench")
    print(f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, Qt platform {app.platformName()}")
    results: dict[str, object] = {}
    for name in () if args.startup_only else CASES:
        figures = measure_case(app, name, args.seconds)
        results[name] = figures
        print(f"\n{name}")
        for key, value in figures.items():
            print(f"  {key:22} {value:12,.2f}  {verdict(key, value)}")
    if args.memory_epochs and not args.startup_only:
        memory = measure_memory(app, args.memory_epochs)
        results["memory"] = memory
        print(f"\nmemory over {memory['epochs']:,} AND epochs in {memory['seconds']:.0f} s: RSS "
              f"{memory['rss before MB']:.0f} → {memory['rss peak MB']:.0f} MB, growth "
              f"{memory['growth MB']:.1f} MB  {verdict('memory MB', memory['growth MB'])}")
    startup = measure_startup()
    results["start-up"] = startup
    print(f"\nstart-up to the first paint: median {startup['median s']:.2f} s (min {startup['min s']:.2f}, "
          f"max {startup['max s']:.2f})  {verdict('start-up s', startup['median s'])}; fully built: median "
          f"{startup['built median s']:.2f} s; the headless CLI imports Qt: "
          f"{startup['headless cli imports qt']}")
    went = ", ".join(f"{name} {startup[name + ' s']:.2f}" for name in PHASES)
    print(f"  where it went (medians, s): {went}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()

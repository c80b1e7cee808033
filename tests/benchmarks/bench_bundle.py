"""The standalone app's size and start-up, as a student gets it.

    python tests/benchmarks/bench_bundle.py [dist/perceptron-gui] [--runs 5]
    python tests/benchmarks/bench_bundle.py --venv [--runs 5]   # `python -m perceptron_gui` of this Python

Prints the bundle's size unpacked and as a .tar.gz (not with --venv), then starts the program
(from another folder, under `env -i`) on a 1366x768 virtual screen (Xvfb with a black root), a
first, cold time not counted and then `--runs` times, and prints the medians of:

- first paint: from starting the program to the first look at the screen in which the window's own
  pixels cover a third of it (the window with its controls and table; the charts come just after);
- built: to the screen's last change (seen within 0.1 s) before it holds still for 2 s (the
  charts, the 3D view and the formulas drawn too, and the training process's first report shown);
- the CPU time the window's process had used by its first paint: less sensitive than the wall time
  to other programs on a shared machine (the training process starts at the same time, on another
  core if there is one free).

The screen is read through python-xlib (`pip install -e '.[bench]'`), a line of pixels at a time:
for the first paint, the middle row and the middle column every 10 ms (the window is a rectangle:
the painted shares of the two multiplied); then 16 rows and 16 columns every 100 ms, to see the
screen change. Each line costs the X server and this script about 0.4 ms. (Grabbing the whole
screen, 25 ms of the X server's and this script's time a grab, every 30 ms with xwd took a core's
share of a 2-core machine from the program it timed: the same venv's first paint read 2.1 s
that way, 1.06 s reading lines.) Needs Linux with Xvfb.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import numpy as np
from Xlib import X
from Xlib.display import Display
from Xlib.error import DisplayConnectionError

TARGETS = {"unpacked MB": 200, "compressed MB": 75, "first paint s": 1.0}
WIDTH, HEIGHT = 1366, 768
STILL_SECONDS = 2.0  # the screen holds still this long: the program has built and drawn all it will
LOOK_EVERY, GRAB_EVERY = 0.01, 0.1  # seconds between looks for the first paint, for a change
LINES = 16  # rows and columns looked at for a change
TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Start:
    first_paint: float  # seconds from the command
    built: float
    cpu_at_first_paint: float  # CPU seconds of the window's process by then


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def compressed_mb(folder: Path) -> float:
    with tempfile.TemporaryDirectory() as scratch:
        archive = Path(scratch) / "perceptron-gui.tar.gz"
        with tarfile.open(archive, "w:gz", compresslevel=6) as tar:  # gzip's default, as `tar czf` makes
            tar.add(folder, arcname=folder.name)
        return archive.stat().st_size / 1e6


class Screen:
    """The X screen of `display`, read as a client of its server, a line of pixels at a time."""

    def __init__(self, display: str, server: subprocess.Popen) -> None:
        deadline = time.perf_counter() + 30
        while True:
            try:
                self._display = Display(display)
                break
            except DisplayConnectionError:  # not up yet
                if server.poll() is not None or time.perf_counter() > deadline:
                    raise RuntimeError(f"Xvfb did not start on {display}") from None
                time.sleep(0.05)
        self._root = self._display.screen().root
        self._rows = np.linspace(0, HEIGHT - 1, LINES).astype(int)
        self._columns = np.linspace(0, WIDTH - 1, LINES).astype(int)

    def _row(self, y: int) -> np.ndarray:
        return self._pixels(0, int(y), WIDTH, 1)

    def _column(self, x: int) -> np.ndarray:
        return self._pixels(int(x), 0, 1, HEIGHT)

    def _pixels(self, x: int, y: int, width: int, height: int) -> np.ndarray:
        image = self._root.get_image(x, y, width, height, X.ZPixmap, 0xFFFFFFFF)
        return np.frombuffer(image.data, dtype="<u4") & 0xFFFFFF  # (depth 24 in 32-bit pixels)

    def painted_share(self) -> float:
        """The share of the screen that is not the black root (the window's own pixels), from the
        middle row and column: a window is a rectangle."""
        row, column = self._row(HEIGHT // 2), self._column(WIDTH // 2)
        return float(np.count_nonzero(row)) / WIDTH * float(np.count_nonzero(column)) / HEIGHT

    def signature(self) -> bytes:
        """16 rows and 16 columns of the screen: they change when what is on it does."""
        return b"".join([*(self._row(y).tobytes() for y in self._rows),
                         *(self._column(x).tobytes() for x in self._columns)])

    def close(self) -> None:
        self._display.close()


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of process `pid` so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def one_start(command: list[str], screen: Screen, display: str, home: Path) -> Start:
    with tempfile.TemporaryFile(mode="w+") as errors:
        try:
            return timed_start(command, screen, display, home, errors)
        finally:
            while screen.painted_share() > 0:  # the next run starts on a black screen
                time.sleep(0.02)


def timed_start(command: list[str], screen: Screen, display: str, home: Path, errors: IO[str]) -> Start:
    env = {"HOME": str(home), "DISPLAY": display}
    started = time.perf_counter()
    app = subprocess.Popen(command, env=env, cwd=home, stderr=errors)
    try:
        while True:
            if screen.painted_share() >= 1 / 3:
                first_paint, cpu = time.perf_counter() - started, cpu_seconds(app.pid)
                break
            if app.poll() is not None:
                errors.seek(0)
                said = " / ".join(errors.read().strip().splitlines()[-3:])
                raise RuntimeError(f"{command[0]} ended ({app.returncode}) before it painted: {said}")
            if time.perf_counter() - started > 30:
                raise RuntimeError("no paint within 30 s")
            time.sleep(LOOK_EVERY)
        last, last_change = screen.signature(), time.perf_counter()
        while time.perf_counter() - last_change < STILL_SECONDS:
            time.sleep(GRAB_EVERY)
            now = screen.signature()
            if now != last:
                last, last_change = now, time.perf_counter()
            if time.perf_counter() - started > 60:
                raise RuntimeError("the screen did not hold still within 60 s")
        return Start(first_paint, last_change - started, cpu)
    finally:
        app.terminate()
        app.wait(timeout=10)


def verdict(name: str, value: float) -> str:
    return "ok" if value <= TARGETS[name] else f"MISSED (≤ {TARGETS[name]:g})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=Path("dist/perceptron-gui"))
    parser.add_argument("--venv", action="store_true",
                        help="start `python -m perceptron_gui` with this Python instead of the bundle")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if args.venv:
        command, source = [sys.executable, "-m", "perceptron_gui"], f"{sys.executable} -m perceptron_gui"
    else:
        bundle = args.bundle.resolve()
        executable = bundle / ("perceptron-gui.exe" if os.name == "nt" else "perceptron-gui")
        if not executable.exists():
            sys.exit(f"no bundle at {bundle}: run packaging/build-bundle first")
        unpacked, compressed = folder_mb(bundle), compressed_mb(bundle)
        print(f"size: {unpacked:.0f} MB unpacked {verdict('unpacked MB', unpacked)}, "
              f"{compressed:.0f} MB as .tar.gz {verdict('compressed MB', compressed)}")
        command, source = [str(executable)], "the bundle"
    display = f":{200 + os.getpid() % 500}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{WIDTH}x{HEIGHT}x24", "-br", "-nolisten",
                             "tcp"], stderr=subprocess.DEVNULL)
    screen: Screen | None = None
    try:
        screen = Screen(display, xvfb)
        with tempfile.TemporaryDirectory() as home:
            one_start(command, screen, display, Path(home))  # a first, cold run: not counted
            starts = []
            for run in range(args.runs):
                start = one_start(command, screen, display, Path(home))
                print(f"  run {run + 1}: first paint {start.first_paint:.2f} s (CPU "
                      f"{start.cpu_at_first_paint:.2f} s), built {start.built:.2f} s", flush=True)
                starts.append(start)
    finally:
        if screen is not None:
            screen.close()
        xvfb.terminate()
        xvfb.wait(timeout=10)
    paints = [start.first_paint for start in starts]
    median = statistics.median(paints)
    print(f"first paint from {source}: median {median:.2f} s of {args.runs} (min {min(paints):.2f}, "
          f"max {max(paints):.2f}) {verdict('first paint s', median)}; CPU by then: median "
          f"{statistics.median(start.cpu_at_first_paint for start in starts):.2f} s; built: median "
          f"{statistics.median(start.built for start in starts):.2f} s")


if __name__ == "__main__":
    main()

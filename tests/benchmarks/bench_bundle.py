"""The standalone app's size and start-up, as a student gets it.

    python tests/benchmarks/bench_bundle.py [dist/perceptron-gui] [--runs 5]

Prints the bundle's size unpacked and as a .tar.gz, and the time from starting its executable
(from another folder, under `env -i`) to the first paint of its window on a 1366x768 virtual screen
(Xvfb with a black root): the first screen grab, polled about every 20 ms, in which the window's
own pixels cover a third of the screen. Needs Linux with Xvfb and xwd (x11-apps).
"""

from __future__ import annotations

import argparse
import os
import statistics
import struct
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import numpy as np

TARGETS = {"unpacked MB": 200, "compressed MB": 75, "first paint s": 1.0}
WIDTH, HEIGHT = 1366, 768


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def compressed_mb(folder: Path) -> float:
    with tempfile.TemporaryDirectory() as scratch:
        archive = Path(scratch) / "perceptron-gui.tar.gz"
        with tarfile.open(archive, "w:gz", compresslevel=6) as tar:  # gzip's default, as `tar czf` makes
            tar.add(folder, arcname=folder.name)
        return archive.stat().st_size / 1e6


def screen_grab(display: str) -> subprocess.CompletedProcess:
    return subprocess.run(["xwd", "-root", "-silent", "-display", display], capture_output=True)


def painted_share(display: str) -> float:
    """The share of the screen that is not the black root: the window's own pixels."""
    grab = screen_grab(display).stdout
    if len(grab) < 100:  # (a grab can fail while a window is being mapped: nothing painted yet)
        return 0.0
    header_size, _, _, _, width, height = struct.unpack(">6I", grab[:24])
    ncolors = struct.unpack(">I", grab[76:80])[0]
    pixels = np.frombuffer(grab, dtype=np.uint8, offset=header_size + 12 * ncolors)
    return float(np.count_nonzero(pixels.reshape(-1, 4)[:, :3].any(axis=1))) / (width * height)


def first_paint_seconds(executable: Path, display: str, home: Path) -> float:
    env = {"HOME": str(home), "DISPLAY": display}
    started = time.perf_counter()
    app = subprocess.Popen([str(executable)], env=env, cwd=home, stderr=subprocess.DEVNULL)
    try:
        while painted_share(display) < 1 / 3:
            if app.poll() is not None:
                raise RuntimeError(f"the app ended with status {app.returncode} before it painted")
            if time.perf_counter() - started > 30:
                raise RuntimeError("no paint within 30 s")
        return time.perf_counter() - started
    finally:
        app.terminate()
        app.wait(timeout=10)
        while painted_share(display) > 0:  # the next run starts on a black screen
            time.sleep(0.02)


def verdict(name: str, value: float) -> str:
    return "ok" if value <= TARGETS[name] else f"MISSED (≤ {TARGETS[name]:g})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=Path("dist/perceptron-gui"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    bundle = args.bundle.resolve()
    executable = bundle / ("perceptron-gui.exe" if os.name == "nt" else "perceptron-gui")
    if not executable.exists():
        sys.exit(f"no bundle at {bundle}: run packaging/build-bundle first")
    unpacked, compressed = folder_mb(bundle), compressed_mb(bundle)
    print(f"size: {unpacked:.0f} MB unpacked {verdict('unpacked MB', unpacked)}, "
          f"{compressed:.0f} MB as .tar.gz {verdict('compressed MB', compressed)}")
    display = f":{200 + os.getpid() % 500}"
    screen = f"{WIDTH}x{HEIGHT}x24"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", screen, "-br", "-nolisten", "tcp"],
                            stderr=subprocess.DEVNULL)
    try:
        while screen_grab(display).returncode:  # until the screen is up
            time.sleep(0.05)
        with tempfile.TemporaryDirectory() as home:
            first_paint_seconds(executable, display, Path(home))  # a first, cold run: not counted
            times = [first_paint_seconds(executable, display, Path(home)) for _ in range(args.runs)]
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)
    median = statistics.median(times)
    print(f"first paint from the bundle: median {median:.2f} s of {args.runs} (min {min(times):.2f}, "
          f"max {max(times):.2f}) {verdict('first paint s', median)}")


if __name__ == "__main__":
    main()

"""Crash-safe saving: a save that fails at any step, or whose process is killed at any moment,
leaves the old file or the new one, complete — never a broken one."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from perceptron_gui.core import atomic_write, weights_file
from perceptron_gui.core.atomic_write import write_text_atomically
from perceptron_gui.core.config import TrainingConfig
from perceptron_gui.core.trainer import Trainer
from perceptron_gui.core.truth_table import TruthTable, preset
from perceptron_gui.core.weights_file import WeightsFileError

OLD, NEW = "the old file\n", "the new file, longer than the old one\n" * 1000
REPO = Path(__file__).resolve().parents[2]


class FailingFile:
    """The temporary file's object, failing at one step: `write` after writing half the text."""

    def __init__(self, f: Any, step: str, error: BaseException) -> None:
        self.f, self.step, self.error = f, step, error

    def __enter__(self) -> FailingFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.f.close()
        if self.step == "close":
            raise self.error

    def write(self, text: str) -> int:
        if self.step == "write":
            self.f.write(text[: len(text) // 2])
            self.f.flush()
            raise self.error
        return self.f.write(text)

    def flush(self) -> None:
        if self.step == "flush":
            raise self.error
        self.f.flush()

    def fileno(self) -> int:
        return self.f.fileno()


def fail_at(monkeypatch: pytest.MonkeyPatch, step: str, error: BaseException) -> None:
    def failing(*_: object, **__: object) -> None:
        raise error

    if step in ("write", "flush", "close"):
        real_fdopen = os.fdopen
        monkeypatch.setattr(atomic_write.os, "fdopen",
                            lambda *a, **k: FailingFile(real_fdopen(*a, **k), step, error))
    elif step == "mkstemp":
        monkeypatch.setattr(atomic_write.tempfile, "mkstemp", failing)
    elif step == "permissions":
        monkeypatch.setattr(atomic_write, "_mode_for", failing)
    else:
        monkeypatch.setattr(atomic_write.os, step, failing)


STEPS = ["mkstemp", "permissions", "chmod", "write", "flush", "fsync", "close", "replace"]
ERRORS = {"disk full": OSError(errno.ENOSPC, "No space left on device"), "Ctrl+C": KeyboardInterrupt()}


def open_fds() -> list[str]:
    return sorted(os.listdir("/proc/self/fd")) if Path("/proc/self/fd").exists() else []


@pytest.mark.parametrize("error", ERRORS.values(), ids=ERRORS.keys())
@pytest.mark.parametrize("step", STEPS)
@pytest.mark.parametrize("existing", [True, False], ids=["over an old file", "a new file"])
def test_a_failure_at_any_step_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch, step,
                                                                          error, existing):
    path = tmp_path / "w.json"
    if existing:
        path.write_text(OLD, encoding="utf-8")
    fds = open_fds()
    fail_at(monkeypatch, step, error)
    with pytest.raises(type(error)):
        write_text_atomically(path, NEW)
    monkeypatch.undo()
    assert [p.name for p in tmp_path.iterdir()] == (["w.json"] if existing else [])
    if existing:
        assert path.read_text(encoding="utf-8") == OLD
    assert open_fds() == fds  # the temporary file's descriptor is closed too
    write_text_atomically(path, NEW)  # and the next save works
    assert path.read_text(encoding="utf-8") == NEW


@pytest.mark.parametrize("step", STEPS)
def test_a_failing_save_is_a_weights_file_error_and_keeps_the_old_model(tmp_path, monkeypatch, step):
    path = tmp_path / "w.json"
    weights_file.save(path, Trainer(preset("and"), TrainingConfig()))
    old = path.read_bytes()
    fail_at(monkeypatch, step, OSError(errno.EIO, "Input/output error"))
    with pytest.raises(WeightsFileError, match=r"^cannot write .*w\.json: Input/output error$"):
        weights_file.save(path, Trainer(preset("xor"), TrainingConfig(hidden_layers=(4,))))
    assert path.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["w.json"]


# --- a process killed mid-save ---------------------------------------------------------------------------

# Saves the models in turn; in save number `at` it stops at `moment` (the step of the atomic write
# just done), says so on stdout and waits there to be killed.
SAVER = """
import os, signal, sys, tempfile
from perceptron_gui.core import atomic_write, weights_file
moment, at, target, *sources = sys.argv[1:]
models = [weights_file.load(s) for s in sources]
saves = 0

def stop_after(step):
    def wrapped(*args, **kwargs):
        result = step(*args, **kwargs)
        if saves == int(at):
            print(moment, flush=True)
            signal.pause()
        return result
    return wrapped

steps = {"temporary file created": (tempfile, "mkstemp"), "temporary file written": (os, "fsync"),
         "just renamed": (os, "replace")}
module, name = steps[moment]
setattr(module, name, stop_after(getattr(module, name)))
while saves < int(at):  # (a save that never reaches the moment ends here: the test then fails)
    for model in models:
        saves += 1
        weights_file.save(target, model)
"""


def big_models(folder: Path) -> list[Path]:
    """Two models of about 1.7 MB each: a save writes its file in many blocks."""
    paths = []
    for seed in (1, 2):
        config = TrainingConfig(hidden_layers=(256, 256), seed=seed, epochs=1)
        path = folder / f"model-{seed}.json"
        weights_file.save(path, Trainer(TruthTable.blank(8, 4), config))
        paths.append(path)
    return paths


def temporary_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(".w.json.") and p.name.endswith(".tmp")]


MOMENTS = ["temporary file created", "temporary file written", "just renamed"]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_a_save_killed_at_any_moment_leaves_the_old_or_the_new_file(tmp_path):
    models = big_models(tmp_path)
    versions = [weights_file.load(m).network.params for m in models]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    for round_, when in enumerate(MOMENTS * 2):
        folder = tmp_path / f"round-{round_}"
        folder.mkdir()
        target = folder / "w.json"
        target.write_bytes(models[0].read_bytes())
        # the 2nd or 3rd save: the target already holds a save of this process, then the other model
        saver = subprocess.Popen([sys.executable, "-c", SAVER, when, str(2 + round_ % 2), str(target),
                                  *map(str, models)], env=env, stdout=subprocess.PIPE, text=True)
        try:
            assert saver.stdout.readline() == f"{when}\n"  # waits until the saver stands there
            saver.send_signal(signal.SIGKILL)
            assert saver.wait(timeout=10) == -signal.SIGKILL
        finally:
            if saver.poll() is None:
                saver.kill()
                saver.wait(timeout=10)
            saver.stdout.close()
        # Complete and valid, and one of the two models. (Weights, not bytes: each save recomputes
        # the predictions it writes, and a 256 × 257 matrix product may round its last bit
        # differently in another process.)
        saved = weights_file.load(target).network.params
        assert any(np.array_equal(saved, v) for v in versions), f"killed at '{when}': neither version"
        # What a kill cannot clean up: at most one hidden temporary file, never the target.
        assert len(temporary_files(folder)) <= 1

"""`perceptron-gui --self-test`, the bundle's smoke test: it passes on a working program and says in
one line what failed otherwise."""

from __future__ import annotations

import os
import subprocess
import sys

from perceptron_gui.ui import i18n
from perceptron_gui.ui.self_test import run_self_test
from perceptron_gui.ui.training_process import threads_still_running


def test_the_self_test_passes_through_the_entry_point_without_a_display(tmp_path):
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "QT_QPA_PLATFORM")}
    env["HOME"] = str(tmp_path)  # and it writes nothing there: its settings live in a temporary folder
    done = subprocess.run([sys.executable, "-m", "perceptron_gui", "--self-test"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout, done.stderr) == (0, "perceptron-gui: self-test passed\n", "")
    assert list(tmp_path.iterdir()) == []


def test_a_failing_check_exits_1_with_one_line_and_leaves_nothing_running(
        qapp, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(i18n, "translation_files", lambda language: [tmp_path / f"missing_{language}.qm"])
    assert run_self_test() == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("perceptron-gui: self-test failed: FileNotFoundError: no translation file at ")
    assert err.count("\n") == 1
    assert threads_still_running() == []

"""What a student downloads: the wheel carries what runs (the code, the compiled translation, the
schema, the icon, the lessons), not the screenshots or the translation source; the sdist builds that wheel."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_carries_what_runs_and_the_sdist_builds_it(tmp_path):
    # with no --sdist or --wheel, build makes the sdist, then the wheel from it: so the sdist is complete
    subprocess.run([sys.executable, "-m", "build", "--outdir", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True, timeout=600)
    (wheel,) = tmp_path.glob("*.whl")
    (sdist,) = tmp_path.glob("*.tar.gz")
    names = zipfile.ZipFile(wheel).namelist()
    resources = sorted(n for n in names if n.startswith("perceptron_gui/resources/"))
    assert resources == ["perceptron_gui/resources/i18n/perceptron_gui_vi.qm",
                         "perceptron_gui/resources/i18n/qtbase_vi.qm",
                         "perceptron_gui/resources/icons/perceptron-gui.svg",
                         "perceptron_gui/resources/lessons/lecture.en.md",
                         "perceptron_gui/resources/lessons/lecture.vi.md",
                         "perceptron_gui/resources/schema/weights.schema.json"]
    assert "perceptron_gui/ui/main_window.py" in names and "perceptron_gui/core/trainer.py" in names
    assert not [n for n in names if n.endswith((".png", ".ts")) or n.startswith("tests/")]
    assert wheel.stat().st_size < 300_000
    with tarfile.open(sdist) as archive:
        members = archive.getnames()
    assert not [n for n in members if "/screenshots/" in n or n.endswith(".ts")]
    assert any(n.endswith("/resources/i18n/perceptron_gui_vi.qm") for n in members)

"""The headless CLI, driven through its installed entry point as a user runs it."""

from __future__ import annotations

import csv
import io
import json
import os
import shlex
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from perceptron_gui.core import weights_file
from perceptron_gui.core.truth_table import preset


def entry_point() -> list[str]:
    """`perceptron-gui` as installed beside this Python (or on PATH), else `python -m`."""
    search = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    found = shutil.which("perceptron-gui", path=search)
    return [found] if found else [sys.executable, "-m", "perceptron_gui"]


def headless_env() -> dict[str, str]:
    """No display at all: the headless commands must not need one."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    return env


def cli(*args: str, cwd: Path, command: list[str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*(command or entry_point()), *args], cwd=cwd, env=headless_env(),
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def table_rows(stdout: str, n_inputs: int) -> list[list[str]]:
    """The data rows of the printed actual-vs-expected table, split into cells."""
    rows = []
    for line in stdout.splitlines():
        cells = line.split()
        if len(cells) > n_inputs and all(c in ("0", "1") for c in cells[:n_inputs]):
            rows.append(cells)
    return rows


def test_train_and_prints_the_lectures_table_and_saves_the_model(tmp_path):
    result = cli("train", "--preset", "and", "--seed", "1", "--out", "w.json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    out = result.stdout
    assert "epochs run: 2000 (epochs done)" in out
    assert "final loss: " in out
    assert "½" in out  # the reported mse includes the ½, and says so
    assert "actual" in out
    assert "expected" in out
    rows = table_rows(out, 2)
    assert [r[:2] for r in rows] == [["0", "0"], ["0", "1"], ["1", "0"], ["1", "1"]]
    assert [r[2] for r in rows] == ["0.001", "0.082", "0.082", "0.903"]  # the lecture's figures
    assert [r[3] for r in rows] == ["0", "0", "0", "1"]
    saved = weights_file.load(tmp_path / "w.json")
    assert saved.epochs_run == 2000
    assert saved.config.seed == 1
    assert "saved w.json" in out
    assert json.loads((tmp_path / "w.json").read_text(encoding="utf-8"))["version"] == 2
    assert (saved.history.start, saved.history.count, saved.history.epochs_per_bucket) == (0, 2000, 1)
    assert saved.history.loss_min[-1] > saved.final_loss  # E after 1,999 updates, then after 2,000


def test_train_without_a_table_says_it_trains_the_default_preset(tmp_path):
    result = cli("train", "--epochs", "20", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == "perceptron-gui: note: no --preset or --table given: training the preset 'and'\n"
    rows = table_rows(result.stdout, 2)
    assert [r[3] for r in rows] == ["0", "0", "0", "1"]  # AND's targets
    chosen = cli("sweep", "--preset", "or", "--lr", "1", "--seeds", "1", "--epochs", "5", cwd=tmp_path)
    assert chosen.returncode == 0, chosen.stderr
    assert chosen.stderr == ""  # a table named: no note


def test_train_and_sweep_share_the_model_flags(tmp_path):
    """One declaration (argparse parents): both commands take the same flags into the same config."""
    from perceptron_gui.cli import _config_flags, build_parser

    shared = ["--preset", "xor", "--hidden", "3,2", "--activation", "relu", "--output-activation", "sigmoid",
              "--loss", "bce", "--optimizer", "adam", "--init", "he", "--epochs", "7",
              "--target-loss", "0.01"]
    parser = build_parser()
    train, sweep = parser.parse_args(["train", *shared]), parser.parse_args(["sweep", *shared])
    assert _config_flags(train) == _config_flags(sweep) == {
        "hidden_layers": (3, 2), "hidden_activation": "relu", "output_activation": "sigmoid", "loss": "bce",
        "optimizer": "adam", "init": "he", "epochs": 7, "target_loss": 0.01}
    assert train.preset == sweep.preset == "xor"


def test_python_dash_m_is_the_same_program_with_the_default_seed(tmp_path):
    result = cli("train", "--preset", "AND", "--out", "w.json", cwd=tmp_path,
                 command=[sys.executable, "-m", "perceptron_gui"])
    assert result.returncode == 0, result.stderr
    actual = [float(r[2]) for r in table_rows(result.stdout, 2)]
    np.testing.assert_allclose(actual, [0.001, 0.082, 0.082, 0.903], atol=0.002)
    again = cli("train", "--preset", "and", "--out", "w2.json", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    # same seed, same run: the two files are byte for byte the same
    assert (tmp_path / "w.json").read_bytes() == (tmp_path / "w2.json").read_bytes()


@pytest.fixture(scope="module")
def saved_and(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    result = cli("train", "--preset", "and", "--seed", "1", "--lr", "0.5", "--out", "w.json", cwd=folder)
    assert result.returncode == 0, result.stderr
    return folder / "w.json"


def test_predict_one_input(saved_and, tmp_path):
    result = cli("predict", str(saved_and), "--input", "1,1", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    header, line = result.stdout.strip().splitlines()
    assert header.split() == ["x1", "x2", "y"]
    x1, x2, y = line.split()
    assert (x1, x2) == ("1", "1")
    model = weights_file.load(saved_and)
    assert y == f"{model.network.predict([1, 1])[0, 0]:.3f}"


def test_predict_several_inputs_and_the_whole_table(saved_and, tmp_path):
    result = cli("predict", str(saved_and), "--input", "0,0", "--input", "0.5,0.5", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.strip().splitlines()) == 3
    assert result.stdout.strip().splitlines()[2].split()[:2] == ["0.5", "0.5"]
    whole = cli("predict", str(saved_and), cwd=tmp_path)
    assert whole.returncode == 0, whole.stderr
    model = weights_file.load(saved_and)
    expected = model.network.predict(preset("and").inputs)[:, 0]
    assert [r[2] for r in table_rows(whole.stdout, 2)] == [f"{v:.3f}" for v in expected]


def test_train_from_a_saved_model_continues_it(saved_and, tmp_path):
    result = cli("train", "--from", str(saved_and), "--epochs", "10", "--out", "more.json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "epochs run: 2010" in result.stdout
    more = json.loads((tmp_path / "more.json").read_text(encoding="utf-8"))
    assert more["training"]["epochs_run"] == 2010
    assert more["training"]["epochs"] == 10
    assert more["training"]["learning_rate"] == 0.5  # the saved hyperparameters apply
    # exactly what continuing the saved model in-process gives
    expected = weights_file.load(saved_and)
    expected.config = expected.config.replace(epochs=10)
    trainer = expected.trainer()
    trainer.step(10)
    continued = weights_file.load(tmp_path / "more.json")
    assert np.array_equal(continued.network.params, trainer.network.params)
    # the run's history goes on from the saved one's
    assert (continued.history.start, continued.history.count) == (0, 2010)
    assert np.array_equal(continued.history.loss_max[:2000], expected.history.loss_max)
    assert np.array_equal(continued.history.loss_min[2000:], trainer.loss_history)


def test_train_from_a_version_1_file_starts_its_history_there(saved_and, tmp_path):
    document = json.loads(saved_and.read_text(encoding="utf-8"))
    document["version"] = 1
    del document["history"]
    (tmp_path / "v1.json").write_text(json.dumps(document), encoding="utf-8")
    result = cli("train", "--from", "v1.json", "--epochs", "10", "--out", "more.json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    history = weights_file.load(tmp_path / "more.json").history
    assert (history.start, history.count) == (2000, 10)


def test_train_from_with_a_flag_that_keeps_the_shape_overrides_it(saved_and, tmp_path):
    result = cli("train", "--from", str(saved_and), "--epochs", "5", "--lr", "0.25", "--optimizer", "adam",
                 "--out", "more.json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    training = json.loads((tmp_path / "more.json").read_text(encoding="utf-8"))["training"]
    assert (training["learning_rate"], training["optimizer"], training["epochs_run"]) == (0.25, "adam", 2005)


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--hidden", "4"], "--hidden would change the saved network"),
        (["--activation", "relu"], "--activation would change the saved network"),
        (["--output-activation", "tanh"], "--output-activation would change the saved network"),
        (["--preset", "or"], "--from brings its own truth table"),
    ],
)
def test_train_from_refuses_flags_that_change_the_network(saved_and, tmp_path, flags, message):
    result = cli("train", "--from", str(saved_and), *flags, "--out", "x.json", cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "x.json").exists()


def test_train_a_csv_table_with_dont_care_and_fractions(tmp_path):
    (tmp_path / "t.csv").write_text("a,b,out\n0,0,0\n0,1,*\n1,0,0.75\n1,1,1\n", encoding="utf-8")
    result = cli("train", "--table", "t.csv", "--hidden", "3", "--epochs", "500", "--batch", "sgd",
                 "--out", "w.json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[3].split() == ["a", "b", "out", "actual", "out", "expected"]
    rows = table_rows(result.stdout, 2)
    assert [r[3] for r in rows] == ["0", "*", "0.75", "1"]
    saved = weights_file.load(tmp_path / "w.json")
    assert saved.table.input_names == ["a", "b"]
    assert np.isnan(saved.table.targets[1, 0])
    assert saved.config.batch == "sgd"
    assert saved.config.hidden_layers == (3,)


def test_training_options_reach_the_saved_file(tmp_path):
    result = cli("train", "--preset", "half-adder", "--hidden", "4,3", "--activation", "maxout",
                 "--output-activation", "sigmoid", "--loss", "bce", "--lr", "0.3", "--epochs", "40",
                 "--batch", "2", "--optimizer", "momentum", "--init", "he", "--seed", "12",
                 "--target-loss", "0.001", "--out", "w.json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    config = weights_file.load(tmp_path / "w.json").config
    assert (config.hidden_layers, config.hidden_activation, config.loss, config.learning_rate) == (
        (4, 3), "maxout", "bce", 0.3)
    assert (config.epochs, config.batch, config.batch_size, config.optimizer, config.init, config.seed,
            config.target_loss) == (40, "mini", 2, "momentum", "he", 12, 0.001)


def test_a_diverged_run_is_reported_without_a_traceback(tmp_path):
    result = cli("train", "--preset", "xor", "--hidden", "3,3", "--activation", "linear",
                 "--output-activation", "linear", "--lr", "1e6", "--seed", "1", "--out", "w.json",
                 cwd=tmp_path)
    assert "(diverged)" in result.stdout
    assert "Traceback" not in result.stderr
    assert "Warning" not in result.stderr
    if result.returncode != 0:  # outputs that overflow cannot be saved: one clear line
        assert result.returncode == 2
        assert len(result.stderr.splitlines()) == 1
        assert not (tmp_path / "w.json").exists()


BAD_INPUT = [
    (["train", "--preset", "nope"], "unknown preset 'nope'"),
    (["train", "--preset", ""], "unknown preset ''"),
    (["train", "--out", ""], "--out needs a file name"),
    (["train", "--hidden", "4,,4"], "not a list of layer sizes"),
    (["predict", "good.json", "--input", "nan,1"], "inputs must be finite numbers"),
    (["train", "--lr", "abc"], "--lr: invalid float value: 'abc'"),
    (["train", "--epochs", "0"], "epochs:"),
    (["train", "--hidden", "4,x"], "not a list of layer sizes"),
    (["train", "--batch", "half"], "use full, sgd or a number"),
    (["train", "--activation", "softmax"], "--activation: invalid choice"),
    (["train", "--loss", "bce", "--output-activation", "tanh"], "sigmoid output"),
    (["train", "--seed", "-1"], "seed:"),
    (["train", "--preset", "and", "--table", "t.csv"], "not allowed with argument"),
    (["train", "--table", "missing.csv"], "cannot read missing.csv"),
    (["train", "--table", "bad.csv"], "line 3: inputs must be 0 or 1"),
    (["train", "--from", "missing.json"], "cannot read missing.json"),
    (["train", "--from", "corrupt.json"], "corrupt.json is not valid JSON"),
    (["predict", "missing.json"], "cannot read missing.json"),
    (["predict", "corrupt.json"], "corrupt.json is not valid JSON"),
    (["predict", "other.json"], "format: expected 'perceptron-gui.weights'"),
    (["predict", "w.json", "--input", "1"], "--input needs 2 numbers, got 1"),
    (["predict", "w.json", "--input", "1,0,1"], "--input needs 2 numbers, got 3"),
    (["predict", "w.json", "--input", "1,yes"], "not a list of numbers"),
    (["predict", "w.json", "--input", "1,2"], "inputs must lie in [0, 1]"),
    (["predict", "w.json", "--input=-0.5,1"], "inputs must lie in [0, 1]"),
    (["predict"], "required: weights.json"),
    (["sweep", "--lr", "0.1:x"], "use START:STOP:COUNT"),
    (["sweep", "--lr", "0:1:3"], "start > 0"),
    (["sweep", "--seeds", "0"], "seed: a count in 1"),
    (["sweep", "--hidden", "2", "--activation", "maxout"], "sweeps do not train maxout"),
    (["sweep", "--out", "no/such/folder/s.csv"], "cannot write no/such/folder/s.csv"),
    (["fly"], "invalid choice: 'fly'"),
]


@pytest.fixture(scope="module")
def bad_input_folder(saved_and) -> Path:
    folder = saved_and.parent
    (folder / "corrupt.json").write_text('{"format": "perceptron-gui.weights", ', encoding="utf-8")
    (folder / "other.json").write_text('{"format": "something else"}', encoding="utf-8")
    (folder / "bad.csv").write_text("x1,x2,y\n0,0,0\n0,2,1\n1,0,1\n1,1,1\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize(("args", "message"), BAD_INPUT, ids=lambda a: " ".join(a) if isinstance(a, list)
                         else None)
def test_bad_input_is_one_line_on_stderr_and_exit_status_2(bad_input_folder, args, message):
    result = cli(*args, cwd=bad_input_folder)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("perceptron-gui: error: ")
    assert message in lines[0]
    assert result.stdout == ""


def test_an_unwritable_output_is_one_line_on_stderr(tmp_path):
    result = cli("train", "--preset", "or", "--epochs", "5", "--out", "no/such/folder/w.json", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [result.stderr.strip()]
    assert "cannot write no/such/folder/w.json" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_the_headless_commands_never_import_qt(tmp_path, saved_and):
    script = textwrap.dedent(f"""
        import sys
        from perceptron_gui.cli import main
        assert main(["train", "--preset", "and", "--epochs", "5", "--out", "w.json"]) == 0
        assert main(["predict", {str(saved_and)!r}, "--input", "1,0"]) == 0
        assert main(["train", "--from", "w.json", "--epochs", "5"]) == 0
        assert main(["predict", "missing.json"]) == 2
        qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6", "pyqtgraph", "OpenGL",
                                                             "perceptron_gui.ui")))
        assert not qt, qt
        print("no Qt")
    """)
    result = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=headless_env(),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("no Qt")


def test_version(tmp_path):
    result = cli("--version", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("perceptron-gui ")


def test_the_window_without_a_display_is_one_clear_line(tmp_path):
    result = cli(cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "no display" in result.stderr


def test_a_closed_pipe_ends_quietly(tmp_path):
    program = " ".join(shlex.quote(part) for part in entry_point())
    result = subprocess.run(f"{program} train --preset full-adder --epochs 10 | head -c 1", shell=True,
                            env=headless_env(), capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert "Traceback" not in result.stderr
    assert "BrokenPipe" not in result.stderr


def test_an_overwritten_file_keeps_its_permissions_and_huge_outputs_stay_short(tmp_path):
    target = tmp_path / "shared.json"
    target.write_text("{}")
    target.chmod(0o644)
    result = cli("train", "--preset", "and", "--output-activation", "linear", "--lr", "100",
                 "--epochs", "30", "--out", "shared.json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert target.stat().st_mode & 0o777 == 0o644
    rows = result.stdout.splitlines()[-4:]  # the actual-vs-expected table
    assert all(len(cell) < 12 for line in rows for cell in line.split()), rows


# --- sweep ------------------------------------------------------------------------------------

def test_sweep_prints_success_per_learning_rate_and_each_csv_row_is_a_single_run(tmp_path, capsys):
    from perceptron_gui.cli import main
    from perceptron_gui.core.config import TrainingConfig
    from perceptron_gui.core.trainer import Trainer

    out = tmp_path / "sweep.csv"
    assert main(["sweep", "--preset", "XOR", "--hidden", "2", "--lr", "0.1:10:3", "--seeds", "4",
                 "--epochs", "400", "--threshold", "0.05", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "3 learning rates × 4 seeds, 400 epochs each" in printed
    assert f"saved {out}" in printed
    rates = {}
    for line in printed.splitlines():
        cells = line.split()
        if len(cells) == 4 and cells[1].endswith("%"):
            rates[float(cells[0])] = float(cells[1].rstrip("%")) / 100
    assert sorted(rates) == [0.1, 1.0, 10.0]

    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 12
    for lr, rate in rates.items():
        mine = [r for r in rows if float(r["learning_rate"]) == pytest.approx(lr)]
        assert rate == sum(int(r["success"]) for r in mine) / 4
    row = next(r for r in rows if r["x_index"] == "2" and r["seed"] == "3")
    config = TrainingConfig(hidden_layers=(2,), learning_rate=float(row["learning_rate"]), seed=3, epochs=400)
    single = Trainer(preset("xor"), config)
    single.step(400)
    assert float(row["final_loss"]) == pytest.approx(single.loss, rel=1e-12)
    assert (row["state"], int(row["epochs_run"])) == (single.state, single.epochs_run)
    assert row["success"] == str(int(single.loss <= 0.05))


def test_sweep_a_csv_table_through_python_dash_m_without_qt(tmp_path):
    (tmp_path / "nand.csv").write_text("a,b,y\n0,0,1\n0,1,1\n1,0,1\n1,1,0\n", encoding="utf-8")
    result = cli("sweep", "--table", "nand.csv", "--lr", "2", "--seeds", "3", "--epochs", "300",
                 "--out", "nand-sweep.csv", cwd=tmp_path, command=[sys.executable, "-m", "perceptron_gui"])
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    rows = list(csv.DictReader(io.StringIO((tmp_path / "nand-sweep.csv").read_text(encoding="utf-8"))))
    assert [int(r["seed"]) for r in rows] == [0, 1, 2]
    from perceptron_gui.core.config import TrainingConfig
    from perceptron_gui.core.trainer import Trainer

    table = preset("nand")
    for row in rows:
        single = Trainer(table, TrainingConfig(learning_rate=2.0, seed=int(row["seed"]), epochs=300))
        single.step(300)
        assert float(row["final_loss"]) == pytest.approx(single.loss, rel=1e-12)
    script = ("import sys; from perceptron_gui.cli import main; "
              "main(['sweep', '--lr', '1', '--seeds', '2', '--epochs', '5']); "
              "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))))")
    check = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=headless_env(),
                           capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, check.stderr
    assert check.stdout.strip().endswith("[]")


@pytest.mark.parametrize("language", ["en", "vi"])
def test_lesson_check_passes_the_built_in_lessons(tmp_path, language):
    lesson = Path(__file__).parents[1] / "resources" / "lessons" / f"lecture.{language}.md"
    result = cli("lesson", "--check", str(lesson), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.strip().endswith("12 steps, 25 formulas: ok")


def test_lesson_check_refuses_a_broken_lesson_naming_its_line(tmp_path):
    (tmp_path / "mine.md").write_text(textwrap.dedent("""\
        +++
        format = 1
        title = "Mine"
        language = "en"
        +++

        +++
        title = "Train XOR"
        [check]
        epochs_at_least = "many"
        +++
        Train.
        """), encoding="utf-8")
    result = cli("lesson", "--check", "mine.md", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == ("perceptron-gui: error: mine.md: line 10: check: epochs_at_least is a whole"
                             " number ≥ 0\n")
    missing = cli("lesson", "--check", "gone.md", cwd=tmp_path)
    assert missing.returncode == 2 and "gone.md: No such file" in missing.stderr

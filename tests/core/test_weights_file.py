"""The weights file: exact round trips, the JSON Schema, atomic writes, and a reader that
rejects anything malformed with one WeightsFileError naming the field."""

from __future__ import annotations

import copy
import json
import math
import re
from pathlib import Path

import jsonschema
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from perceptron_gui.core import atomic_write, weights_file
from perceptron_gui.core.config import TrainingConfig
from perceptron_gui.core.network import Network
from perceptron_gui.core.run_history import RunHistory
from perceptron_gui.core.trainer import Trainer
from perceptron_gui.core.truth_table import TruthTable, preset
from perceptron_gui.core.weights_file import MAX_FILE_BYTES, SavedModel, WeightsFileError

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "resources" / "schema" / "weights.schema.json"
NAN = math.nan


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def dont_care_table() -> TruthTable:
    return TruthTable(["a", "b", "c"], ["sum", "carry"],
                      [[0, 0], [1, NAN], [1, 0], [0, 1], [NAN, NAN], [0, 1], [0.25, 1], [1, 1]])


MODELS = {
    "perceptron": lambda: Trainer(preset("and"), TrainingConfig(epochs=50)),
    "hidden-4-4": lambda: Trainer(preset("xor"), TrainingConfig(hidden_layers=(4, 4), epochs=50,
                                                               optimizer="adam", learning_rate=0.1)),
    "maxout": lambda: Trainer(preset("full-adder"), TrainingConfig(
        hidden_layers=(3,), hidden_activation="maxout", maxout_pieces=3, epochs=50, learning_rate=0.3)),
    "maxout-output": lambda: Trainer(preset("or"), TrainingConfig(
        hidden_layers=(2,), output_activation="maxout", epochs=20, learning_rate=0.1)),
    "dont-care": lambda: Trainer(dont_care_table(), TrainingConfig(
        hidden_layers=(3,), hidden_activation="elu", elu_alpha=0.5, loss="bce", batch="mini",
        batch_size=3, seed=9, target_loss=1e-9, epochs=40)),
}


def trained(name: str) -> Trainer:
    trainer = MODELS[name]()
    trainer.step(trainer.config.epochs)
    return trainer


def valid_document() -> dict:
    return json.loads(json.dumps(weights_file.to_document(trained("dont-care"))))


def parse_document(document) -> SavedModel:
    return weights_file.parse(json.dumps(document), "w.json")


def assert_same_model(a: SavedModel, b: SavedModel) -> None:
    assert np.array_equal(a.network.params, b.network.params)
    assert a.network.specs == b.network.specs
    assert a.table.input_names == b.table.input_names
    assert a.table.output_names == b.table.output_names
    assert np.array_equal(a.table.targets, b.table.targets, equal_nan=True)
    assert a.config == b.config
    assert (a.epochs_run, a.final_loss, a.state) == (b.epochs_run, b.final_loss, b.state)
    assert_same_history(a.history, b.history)


def assert_same_history(a: RunHistory, b: RunHistory) -> None:
    assert (a.start, a.count, a.epochs_per_bucket) == (b.start, b.count, b.epochs_per_bucket)
    for name in ("loss_min", "loss_max", "accuracy_min", "accuracy_max"):
        assert np.array_equal(getattr(a, name), getattr(b, name)), name


# --- round trip and schema ------------------------------------------------------------------------

@pytest.mark.parametrize("name", MODELS)
def test_save_then_load_gives_the_same_model(tmp_path, name):
    trainer = trained(name)
    path = tmp_path / "w.json"
    weights_file.save(path, trainer)
    loaded = weights_file.load(path)
    assert_same_model(loaded, SavedModel.of(trainer))
    assert loaded.epochs_run == trainer.epochs_run
    assert loaded.state == trainer.state
    assert loaded.final_loss == trainer.loss
    assert [p.name for p in tmp_path.iterdir()] == ["w.json"]


@pytest.mark.parametrize("name", MODELS)
def test_the_saved_file_validates_against_the_schema(tmp_path, validator, name):
    path = tmp_path / "w.json"
    weights_file.save(path, trained(name))
    validator.validate(json.loads(path.read_text(encoding="utf-8")))


def test_the_documented_layout(tmp_path):
    trainer = trained("maxout")
    path = tmp_path / "w.json"
    weights_file.save(path, trainer)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert (doc["format"], doc["version"], doc["loss"]) == ("perceptron-gui.weights", 2, "mse")
    maxout, out = doc["network"]["layers"]
    assert doc["network"]["inputs"] == 3
    assert (maxout["units"], maxout["activation"], maxout["pieces"]) == (3, "maxout", 3)
    assert np.shape(maxout["weights"]) == (3, 3, 3)  # pieces × units × inputs
    assert np.shape(maxout["bias"]) == (3, 3)  # pieces × units
    assert "pieces" not in out
    assert np.shape(out["weights"]) == (2, 3)  # units × inputs: row j feeds unit j
    assert np.shape(out["bias"]) == (2,)
    w = trainer.network.layer_params[1]
    assert out["bias"] == w[:, 0].tolist()
    assert out["weights"] == w[:, 1:].tolist()
    assert doc["truth_table"]["rows"][6] == {"x": [1, 1, 0], "y": [0.0, 1.0]}
    training = doc["training"]
    assert set(training) == set(TrainingConfig.field_names()) - {"loss"} | {
        "epochs_run", "final_loss", "state"}
    assert (training["epochs_run"], training["state"]) == (50, "epochs_done")
    history = doc["history"]
    assert (history["first_epoch"], history["epochs_per_bucket"]) == (0, 1)
    # history[k]: E of the weights after k updates, k = 0 … 49; E after 50 is final_loss
    assert history["loss"]["min"] == history["loss"]["max"] == trainer.loss_history.tolist()
    assert history["accuracy"]["min"] == trainer.accuracy_history.astype(float).tolist()
    assert training["final_loss"] == trainer.loss


def test_a_history_round_trips_and_goes_on_with_the_run(tmp_path, validator):
    """As `train --from a.json --out b.json` keeps it: the saved run, then the new one."""
    first = trained("hidden-4-4")
    path = tmp_path / "w.json"
    weights_file.save(path, first)
    saved = weights_file.load(path)
    assert_same_history(saved.history, SavedModel.of(first).history)
    more = saved.trainer()
    more.step(30)
    both = SavedModel.of(more, earlier=saved.history)
    weights_file.save(path, both)
    validator.validate(json.loads(path.read_text(encoding="utf-8")))
    again = weights_file.load(path)
    assert (again.history.start, again.history.count, again.epochs_run) == (0, 80, 80)
    assert np.array_equal(again.history.loss_min, np.concatenate([first.loss_history, more.loss_history]))
    assert np.array_equal(again.history.accuracy_max,
                          np.concatenate([first.accuracy_history, more.accuracy_history]).astype(float))


def test_a_long_run_keeps_at_most_2048_buckets_of_min_and_max(tmp_path, validator):
    trainer = Trainer(preset("xor"), TrainingConfig(hidden_layers=(2,), epochs=10_000))
    trainer.step(10_000)
    path = tmp_path / "w.json"
    weights_file.save(path, trainer)
    doc = json.loads(path.read_text(encoding="utf-8"))
    validator.validate(doc)
    history = weights_file.load(path).history
    size = history.epochs_per_bucket
    assert (size, history.loss_min.size) == (8, 1250) == (doc["history"]["epochs_per_bucket"],
                                                          len(doc["history"]["loss"]["max"]))
    for i in range(history.loss_min.size):
        epochs = slice(i * size, (i + 1) * size)
        assert history.loss_min[i] == trainer.loss_history[epochs].min()
        assert history.loss_max[i] == trainer.loss_history[epochs].max()
        assert history.accuracy_min[i] == trainer.accuracy_history[epochs].min()


def test_a_version_1_file_still_opens_without_a_history(tmp_path):
    trainer = trained("perceptron")
    doc = weights_file.to_document(trainer)
    doc["version"] = 1
    del doc["history"]
    path = tmp_path / "v1.json"
    path.write_text(json.dumps(doc, indent=1), encoding="utf-8")
    loaded = weights_file.load(path)
    assert np.array_equal(loaded.network.params, trainer.network.params)
    assert (loaded.epochs_run, loaded.history.start, loaded.history.count) == (50, 50, 0)
    doc["history"] = weights_file.to_document(trainer)["history"]
    with pytest.raises(WeightsFileError, match=r"^history: not a field of this format$"):
        parse_document(doc)  # version 1 had none


def test_dont_care_is_null_in_the_file_and_nan_after_loading(tmp_path):
    path = tmp_path / "w.json"
    weights_file.save(path, trained("dont-care"))
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["truth_table"]["rows"][1]["y"] == [1.0, None]
    assert doc["truth_table"]["rows"][4]["y"] == [None, None]
    targets = weights_file.load(path).table.targets
    assert np.isnan(targets[1, 1])
    assert np.isnan(targets[4]).all()
    assert targets[6, 0] == 0.25


@pytest.mark.parametrize("name", MODELS)
def test_predictions_in_the_file_are_the_forward_pass_of_its_weights(tmp_path, name):
    trainer = trained(name)
    path = tmp_path / "w.json"
    weights_file.save(path, trainer)
    doc = json.loads(path.read_text(encoding="utf-8"))
    loaded = weights_file.load(path)
    assert doc["predictions"] == loaded.network.predict(loaded.table.inputs).tolist()
    assert doc["predictions"] == trainer.predictions.tolist()


def test_floats_round_trip_exactly(tmp_path):
    trainer = Trainer(preset("half-adder"), TrainingConfig(hidden_layers=(2,), learning_rate=0.1 + 0.2))
    awkward = [0.1 + 0.2, 1 / 3, -2 / 7, 5e-324, -1e-310, 1e150, math.pi, -0.0, 2**-1074,
               1 - 2**-53, 123456789.123456789, -math.e]
    trainer.network.params[:] = awkward[: trainer.network.params.size]
    trainer.set_targets(np.array([[0.1, 0.2], [1 / 3, 0.0], [2 / 3, 1.0], [0.7, NAN]]))
    path = tmp_path / "w.json"
    weights_file.save(path, trainer)
    loaded = weights_file.load(path)
    assert loaded.network.params.view(np.int64).tolist() == trainer.network.params.view(np.int64).tolist()
    assert np.array_equal(loaded.table.targets, trainer.table.targets, equal_nan=True)
    assert loaded.config.learning_rate == 0.1 + 0.2
    assert loaded.final_loss == trainer.loss


def test_a_loaded_model_keeps_training_from_where_it_stopped(tmp_path):
    trainer = trained("perceptron")
    weights_file.save(tmp_path / "w.json", trainer)
    more = weights_file.load(tmp_path / "w.json").trainer()
    assert np.array_equal(more.network.params, trainer.network.params)
    more.step(10)
    assert more.epochs_run == 60
    trainer.set_config(trainer.config.replace(epochs=60))
    trainer.step(10)
    assert np.array_equal(more.network.params, trainer.network.params)


def test_an_untrained_model_can_be_saved(tmp_path, validator):
    path = tmp_path / "w.json"
    weights_file.save(path, Trainer(preset("nand"), TrainingConfig()))
    validator.validate(json.loads(path.read_text(encoding="utf-8")))
    loaded = weights_file.load(path)
    assert (loaded.epochs_run, loaded.state) == (0, "ready")


# --- writing ----------------------------------------------------------------------------------------

def test_writing_is_atomic_when_the_rename_fails(tmp_path, monkeypatch):
    path = tmp_path / "w.json"
    weights_file.save(path, trained("perceptron"))
    old = path.read_bytes()

    def failing_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_write.os, "replace", failing_replace)
    with pytest.raises(WeightsFileError, match=r"cannot write .*No space left on device"):
        weights_file.save(path, trained("hidden-4-4"))
    assert path.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["w.json"]  # no temporary file left


def test_writing_is_atomic_when_the_write_fails(tmp_path, monkeypatch):
    path = tmp_path / "w.json"
    weights_file.save(path, trained("perceptron"))
    old = path.read_bytes()

    def failing_fsync(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(atomic_write.os, "fsync", failing_fsync)
    with pytest.raises(WeightsFileError, match="Input/output error"):
        weights_file.save(path, trained("maxout"))
    assert path.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["w.json"]


def test_an_interrupted_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic_write.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        weights_file.save(tmp_path / "w.json", trained("perceptron"))
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_gives_a_weights_file_error(tmp_path):
    with pytest.raises(WeightsFileError, match="cannot write"):
        weights_file.save(tmp_path / "nope" / "w.json", trained("perceptron"))


def test_non_finite_weights_are_not_written(tmp_path):
    trainer = trained("perceptron")
    trainer.network.params[1] = np.inf
    with pytest.raises(WeightsFileError, match="not all finite"):
        weights_file.save(tmp_path / "w.json", trainer)
    assert list(tmp_path.iterdir()) == []


def test_finite_weights_with_non_finite_outputs_are_not_written(tmp_path):
    """Finite weights of a diverged run can still overflow in the forward pass."""
    net = Network.build([2, 3, 3, 1], "linear", "linear")
    net.params[:] = 1e150
    model = SavedModel(preset("xor"), TrainingConfig(hidden_layers=(3, 3), hidden_activation="linear",
                                                     output_activation="linear"), net, 3, None, "diverged")
    with pytest.raises(WeightsFileError, match="outputs are not all finite"):
        weights_file.save(tmp_path / "w.json", model)
    assert list(tmp_path.iterdir()) == []


# --- reading: every malformed file is refused, naming the field ------------------------------------------

def mutated(change) -> dict:
    doc = valid_document()
    change(doc)
    return doc


def set_in(doc: dict, path: list, value) -> None:
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


def delete_in(doc: dict, path: list) -> None:
    target = doc
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]


BAD_VALUES = [
    (["format"], "perceptron-gui.project", r"^format: expected 'perceptron-gui.weights'"),
    (["version"], 3, r"^version: 3 is not supported \(this program reads 1 and 2\)"),
    (["version"], "1", r"^version: expected a whole number, got \"1\""),
    (["version"], 1.0, r"^version: expected a whole number"),
    (["loss"], 3, r"^loss: expected a string"),
    (["loss"], "hinge", r"^loss: 'hinge' is not one of"),
    (["network"], [], r"^network: expected an object, got an array"),
    (["network", "inputs"], "3", r"^network.inputs: expected a whole number"),
    (["network", "inputs"], 2, r"^network.inputs: 2, but the truth table has 3"),
    (["network", "layers", 0, "units"], 4, r"^network.layers\[0\]: 4 elu units do not match"),
    (["network", "layers", 0, "activation"], "tanh", r"^network.layers\[0\]: .*tanh units do not match"),
    (["network", "layers", 0, "weights", 0, 1], "0.5",
     r"^network.layers\[0\].weights\[0\]\[1\]: expected a number"),
    (["network", "layers", 0, "weights", 1, 2], True,
     r"^network.layers\[0\].weights\[1\]\[2\]: expected a number"),
    (["network", "layers", 1, "bias"], {"0": 1},
     r"^network.layers\[1\].bias: expected an array, got an object"),
    (["network", "layers", 1, "bias", 0], None,
     r"^network.layers\[1\].bias\[0\]: expected a number, got null"),
    (["training"], None, r"^training: expected an object"),
    (["training", "learning_rate"], "fast", r"^training.learning_rate: a number"),
    (["training", "hidden_layers"], 3, r"^training.hidden_layers: a list"),
    (["training", "hidden_layers"], [3, "x"], r"^training.hidden_layers: each layer"),
    (["training", "hidden_layers"], [4], r"^network.layers\[0\]: 3 elu units do not match"),
    (["training", "epochs_run"], -1, r"^training.epochs_run: expected a whole number in 0–"),
    (["training", "epochs_run"], 1.5, r"^training.epochs_run: expected a whole number"),
    (["training", "final_loss"], "low", r"^training.final_loss: expected a number"),
    (["training", "state"], "finished", r"^training.state: 'finished' is not one of"),
    (["training", "seed"], -3, r"^training.seed: "),
    (["training", "output_activation"], "tanh", r"^loss: .*sigmoid"),
    (["truth_table"], "and", r"^truth_table: expected an object"),
    (["truth_table", "inputs"], "abc", r"^truth_table.inputs: expected an array"),
    (["truth_table", "inputs", 1], 7, r"^truth_table.inputs\[1\]: expected a string, got 7"),
    (["truth_table", "outputs"], ["sum", "sum"], r"^truth_table: .*distinct"),
    (["truth_table", "rows", 2, "y"], [1], r"^truth_table.rows\[2\].y: expected 2 items, got 1"),
    (["truth_table", "rows", 2, "y", 0], 1.5, r"^truth_table: .*\[0, 1\]"),
    (["truth_table", "rows", 2, "y", 0], "*", r"^truth_table.rows\[2\].y\[0\]: expected a number"),
    (["truth_table", "rows", 2, "x"], [0, 1, 1], r"^truth_table.rows\[2\].x: rows go in binary order, "
                                                 r"expected \[0, 1, 0\]"),
    (["truth_table", "rows", 2, "x"], [0, 1], r"^truth_table.rows\[2\].x: expected 3 items, got 2"),
    (["predictions"], [[0.5, 0.5]], r"^predictions: expected 8 items, got 1"),
    (["predictions", 7], [0.5], r"^predictions\[7\]: expected 2 items, got 1"),
    (["predictions", 7, 1], "high", r"^predictions\[7\]\[1\]: expected a number"),
    (["network", "layers", 0, "bias", 0], 10**400,
     r"^network.layers\[0\].bias\[0\]: expected a finite number"),
    (["history"], None, r"^history: expected an object, got null"),
    (["history", "first_epoch"], -1, r"^history.first_epoch: expected a whole number in 0–40"),
    (["history", "first_epoch"], 41, r"^history.first_epoch: expected a whole number in 0–40"),
    (["history", "epochs_per_bucket"], 3, r"^history.epochs_per_bucket: expected a power of two, got 3"),
    (["history", "epochs_per_bucket"], 64, r"^history.epochs_per_bucket: expected a whole number in 1–40"),
    (["history", "epochs_per_bucket"], 0, r"^history.epochs_per_bucket: expected a whole number in 1–40"),
    (["history", "loss"], [], r"^history.loss: expected an object, got an array"),
    (["history", "loss", "min"], [0.1], r"^history.loss.min: expected 40 items, got 1"),
    (["history", "loss", "min", 0], -0.5, r"^history.loss.min\[0\]: expected a number ≥ 0, got -0.5"),
    (["history", "loss", "max", 5], "high", r"^history.loss.max\[5\]: expected a number, got \"high\""),
    (["history", "loss", "min", 3], 1e6, r"^history.loss.min\[3\]: 1000000.0 is above max\[3\]"),
    (["history", "accuracy", "max", 2], 1.5,
     r"^history.accuracy.max\[2\]: expected a number in 0–1, got 1.5"),
    (["history", "accuracy", "min", 0], None, r"^history.accuracy.min\[0\]: expected a number, got null"),
    (["training", "epochs_run"], 3000, r"^history.epochs_per_bucket: 3,000 epochs in buckets of 1 make 3,000 "
                                       r"buckets, more than 2,048"),
]


@pytest.mark.parametrize(("path", "value", "message"), BAD_VALUES,
                         ids=[f"{'.'.join(map(str, p))}={v!r:.20}" for p, v, _ in BAD_VALUES])
def test_a_wrong_value_is_refused_naming_the_field(path, value, message):
    with pytest.raises(WeightsFileError, match=message):
        parse_document(mutated(lambda doc: set_in(doc, path, value)))


def test_weights_with_a_wrong_row_count_are_refused():
    def drop_a_row(doc):
        doc["network"]["layers"][0]["weights"].pop()

    with pytest.raises(WeightsFileError, match=r"^network.layers\[0\].weights: expected 3 items, got 2"):
        parse_document(mutated(drop_a_row))

    def short_row(doc):
        doc["network"]["layers"][1]["weights"][1].append(0.0)

    with pytest.raises(WeightsFileError, match=r"^network.layers\[1\].weights\[1\]: expected 3 items, got 4"):
        parse_document(mutated(short_row))


def test_a_missing_layer_is_refused():
    with pytest.raises(WeightsFileError, match=r"^network.layers: expected 2 items, got 1"):
        parse_document(mutated(lambda doc: doc["network"]["layers"].pop()))


def test_rows_out_of_binary_order_are_refused():
    def swap(doc):
        rows = doc["truth_table"]["rows"]
        rows[1], rows[2] = rows[2], rows[1]

    with pytest.raises(WeightsFileError, match=r"^truth_table.rows\[1\].x: rows go in binary order, "
                                               r"expected \[0, 0, 1\]"):
        parse_document(mutated(swap))


MISSING = [
    ["version"], ["network"], ["loss"], ["training"], ["truth_table"], ["predictions"],
    ["network", "inputs"], ["network", "layers"], ["network", "layers", 0, "weights"],
    ["network", "layers", 1, "bias"], ["network", "layers", 1, "units"], ["training", "epochs_run"],
    ["training", "final_loss"], ["training", "state"], ["truth_table", "rows", 3, "y"],
    ["truth_table", "outputs"], ["history"], ["history", "first_epoch"], ["history", "epochs_per_bucket"],
    ["history", "loss", "max"], ["history", "accuracy"],
]


def shown(path: list) -> str:
    """A path as the reader names it: network.layers[0].weights."""
    return "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in path).lstrip(".")


@pytest.mark.parametrize("path", MISSING, ids=shown)
def test_a_missing_key_is_refused_naming_it(path):
    with pytest.raises(WeightsFileError, match=f"^{re.escape(shown(path))}: missing$"):
        parse_document(mutated(lambda doc: delete_in(doc, path)))


def test_a_document_without_format_is_not_a_weights_file():
    with pytest.raises(WeightsFileError, match=r"^format: expected 'perceptron-gui\.weights'"):
        parse_document(mutated(lambda doc: delete_in(doc, ["format"])))


@pytest.mark.parametrize("path", [["training", "learning_rate"], ["training", "hidden_layers"]], ids=shown)
def test_every_hyperparameter_must_be_there(path):
    with pytest.raises(WeightsFileError, match=f"^{re.escape(shown(path))}: missing$"):
        parse_document(mutated(lambda doc: delete_in(doc, path)))


@pytest.mark.parametrize("where", [[], ["training"], ["history"], ["history", "loss"]],
                         ids=["top", "training", "history", "history.loss"])
def test_an_unknown_field_is_refused_naming_it(where):
    def add(doc):
        target = doc
        for key in where:
            target = target[key]
        target["colour"] = "blue"

    name = ".".join([*where, "colour"])
    with pytest.raises(WeightsFileError, match=f"^{re.escape(name)}: not a field of this format$"):
        parse_document(mutated(add))


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_tokens_are_refused_naming_the_field(token):
    text = json.dumps(valid_document())
    weight = text.index('"weights": [[') + len('"weights": [[')
    end = text.index(",", weight)
    with pytest.raises(WeightsFileError, match=r"^network.layers\[0\].weights\[0\]\[0\]: expected a finite "
                                               f"number, got {token}"):
        weights_file.parse(text[:weight] + token + text[end:], "w.json")
    doc = valid_document()
    doc["training"]["final_loss"] = float(token.lower().replace("infinity", "inf"))
    with pytest.raises(WeightsFileError, match=r"^training.final_loss: expected a finite number"):
        weights_file.parse(json.dumps(doc), "w.json")  # json.dumps writes the bare token
    doc = valid_document()
    doc["training"]["learning_rate"] = math.nan
    with pytest.raises(WeightsFileError, match=r"^training.learning_rate:"):
        weights_file.parse(json.dumps(doc), "w.json")


def test_a_document_that_is_not_an_object_is_refused():
    for text in ("[]", "1", '"weights"', "null"):
        with pytest.raises(WeightsFileError, match=r"^the document: expected an object"):
            weights_file.parse(text, "w.json")


def test_non_utf8_bytes_are_refused(tmp_path):
    path = tmp_path / "w.json"
    path.write_bytes(json.dumps(valid_document()).encode("utf-16"))
    with pytest.raises(WeightsFileError, match=r"^w.json is not UTF-8 text"):
        weights_file.load(path)
    path.write_bytes(b'{"format": "perceptron-gui.weights\xff"}')
    with pytest.raises(WeightsFileError, match=r"^w.json is not UTF-8 text"):
        weights_file.load(path)


@pytest.mark.parametrize("text", ['{"format": ', "{'format': 1}", "", "{}x", '{"a": 1,}'])
def test_invalid_json_is_refused_with_its_line(tmp_path, text):
    path = tmp_path / "w.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(WeightsFileError, match=r"^w.json is not valid JSON \(line 1: "):
        weights_file.load(path)


def test_deeply_nested_json_is_refused(tmp_path):
    path = tmp_path / "w.json"
    path.write_text('{"format": ' + "[" * 200_000 + "]" * 200_000 + "}", encoding="utf-8")
    with pytest.raises(WeightsFileError, match=r"^w.json is nested too deeply"):
        weights_file.load(path)


def test_a_file_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk used
    with pytest.raises(WeightsFileError, match=r"^huge.json is 67 MB; a weights file is at most 64 MiB"):
        weights_file.load(path)


def test_missing_file_and_folder_are_refused(tmp_path):
    with pytest.raises(WeightsFileError, match=r"^cannot read .*missing.json"):
        weights_file.load(tmp_path / "missing.json")
    with pytest.raises(WeightsFileError, match=r"^cannot read"):
        weights_file.load(tmp_path)


def test_the_schema_also_refuses_what_the_reader_refuses(validator):
    for path, value in ((["version"], 3), (["network", "inputs"], "3"),
                        (["truth_table", "rows", 2, "y", 0], 1.5), (["training", "state"], "finished"),
                        (["history", "loss", "min", 0], -0.5), (["history", "epochs_per_bucket"], 0),
                        (["version"], 1)):  # a version 1 file has no history
        doc = mutated(lambda d, path=path, value=value: set_in(d, path, value))
        assert not validator.is_valid(doc), path
    assert not validator.is_valid(mutated(lambda d: delete_in(d, ["predictions"])))


# --- properties ---------------------------------------------------------------------------------------------

JSON_LEAVES = (st.none() | st.booleans() | st.integers(-(2**70), 2**70)
               | st.sampled_from([10**400, -(10**309)]) | st.floats() | st.text(max_size=8))
JSON_VALUES = st.recursive(JSON_LEAVES, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=6), inner, max_size=4), max_leaves=12)
VALID = valid_document()


def all_paths(value, prefix=()) -> list[tuple]:
    paths = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            paths += all_paths(item, (*prefix, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            paths += all_paths(item, (*prefix, i))
    return paths


PATHS = [p for p in all_paths(VALID) if p]
NAMED_PATHS = [p for p in PATHS if isinstance(p[-1], str)]  # drawn more often than array items


@st.composite
def mutated_documents(draw):
    doc = copy.deepcopy(VALID)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(NAMED_PATHS) | st.sampled_from(PATHS))
        parent = doc
        try:
            for key in path[:-1]:
                parent = parent[key]
            parent[path[-1]]
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed this path
        action = draw(st.sampled_from(["replace", "delete", "grow"]))
        if action == "replace":
            parent[path[-1]] = draw(JSON_VALUES)
        elif action == "delete":
            del parent[path[-1]]
        elif isinstance(parent, list):
            parent.append(draw(JSON_VALUES))
        else:
            parent[draw(st.text(max_size=6))] = draw(JSON_VALUES)
    return doc


AWKWARD = [None, True, 0, -1, 3, 10**400, 1e308, math.nan, -math.inf, "", "x",
           [], [None], [[1]], {}, {"a": 1}]


def test_every_named_field_with_every_awkward_value_gives_weights_file_error_or_a_model():
    """A systematic sweep next to the random one: each key of the document gets each value."""
    for path in NAMED_PATHS:
        for value in AWKWARD:
            doc = copy.deepcopy(VALID)
            set_in(doc, list(path), copy.deepcopy(value))
            try:
                model = weights_file.parse(json.dumps(doc), "w.json")
            except WeightsFileError:
                continue
            except Exception as exc:
                pytest.fail(f"{shown(list(path))} = {value!r:.30}: {type(exc).__name__}: {exc}")
            assert np.all(np.isfinite(model.network.params))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_documents())
def test_random_mutations_never_raise_anything_but_weights_file_error(doc):
    try:
        model = weights_file.parse(json.dumps(doc), "w.json")
    except WeightsFileError as exc:
        assert str(exc)
        assert "\n" not in str(exc)
    else:
        assert isinstance(model, SavedModel)
        assert np.all(np.isfinite(model.network.params))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_random_bytes_never_raise_anything_but_weights_file_error(raw):
    with pytest.raises(WeightsFileError):
        weights_file.parse(raw, "w.json")


finite = st.floats(min_value=-1e150, max_value=1e150, allow_nan=False, allow_infinity=False)
target = st.sampled_from([0.0, 1.0, NAN]) | st.floats(0, 1)


@settings(max_examples=150, deadline=None)
@given(st.lists(finite, min_size=8, max_size=8), st.lists(target, min_size=8, max_size=8),
       st.integers(0, 10**12))
def test_any_finite_weights_and_targets_round_trip_exactly(params, targets, epochs_run):
    table = TruthTable(["x1", "x2", "x3"], ["y"], np.array(targets)[:, None])
    net = Network.build([3, 2], "tanh", "sigmoid")
    net.params[:] = params
    model = SavedModel(TruthTable(table.input_names, ["p", "q"], np.hstack([table.targets] * 2)),
                       TrainingConfig(), net, epochs_run, None, "epochs_done")
    text = json.dumps(weights_file.to_document(model), allow_nan=False)
    assert_same_model(weights_file.parse(text), model)


@pytest.mark.parametrize("n_inputs", [0, 9, 40, 100])
def test_a_table_with_too_many_inputs_is_refused_before_anything_is_allocated(n_inputs):
    def widen(doc):
        doc["truth_table"]["inputs"] = [f"x{i}" for i in range(n_inputs)]

    with pytest.raises(WeightsFileError, match=r"^truth_table: a truth table has 1–8 inputs"):
        parse_document(mutated(widen))

"""The training loop, driven over real pipes as the window drives it (here in a thread)."""

from __future__ import annotations

import dataclasses
import multiprocessing
import threading

import numpy as np
import pytest

from perceptron_gui.core import training_loop
from perceptron_gui.core.config import TrainingConfig
from perceptron_gui.core.timeline import Timeline
from perceptron_gui.core.trainer import Trainer
from perceptron_gui.core.training_loop import Report, TimelineCopy
from perceptron_gui.core.truth_table import preset

WAIT_SECONDS = 20


class Driver:
    """The GUI's end: send commands, read messages, with bounded waits."""

    def __init__(self) -> None:
        commands_out, self.commands = multiprocessing.Pipe(duplex=False)
        self.messages, messages_in = multiprocessing.Pipe(duplex=False)
        self.thread = threading.Thread(target=training_loop.serve, args=(commands_out, messages_in))
        self.thread.start()
        self.sent = 0
        self.copy = TimelineCopy()

    def send(self, *command: object) -> None:
        self.commands.send(command)
        self.sent += 1

    def receive(self) -> tuple[str, object]:
        assert self.messages.poll(WAIT_SECONDS), "the loop said nothing"
        return self.messages.recv()

    def until_idle(self) -> list[Report]:
        """Reports until the loop says it waits with every command taken."""
        reports = []
        while True:
            kind, payload = self.receive()
            if kind == "error":
                pytest.fail(str(payload))
            if kind == "idle" and payload == self.sent:
                return reports
            if kind == "report":
                reports.append(payload)

    def close(self) -> None:
        if self.thread.is_alive():
            self.send("stop")
        self.thread.join(WAIT_SECONDS)
        assert not self.thread.is_alive()


@pytest.fixture
def driver():
    d = Driver()
    yield d
    d.close()


def load(driver: Driver, table: str = "and", **settings) -> Trainer:
    trainer = Trainer(preset(table), TrainingConfig(**settings), timeline=Timeline())
    driver.send("load", trainer.snapshot(), 7)
    return trainer


def test_steps_report_the_history_and_end_idle(driver):
    load(driver)
    for report in driver.until_idle():  # the new model, reported once
        driver.copy.update(report)
    driver.send("step", 5)
    (report,) = driver.until_idle()
    progress = driver.copy.update(report)
    assert (progress.generation, progress.epochs_run, progress.first_index) == (7, 5, 0)
    headless = Trainer(preset("and"), TrainingConfig())
    headless.step(5)
    assert np.array_equal(progress.new_losses, headless.loss_history)
    assert np.array_equal(progress.params, headless.network.params)
    assert [s.epoch for s in progress.snapshots] == [0, 1, 2, 3, 4, 5]
    assert not progress.running and report.taken == driver.sent


def test_training_on_its_own_to_the_end(driver):
    load(driver, epochs=3000)
    driver.send("speed", None)
    driver.send("start")
    reports = driver.until_idle()  # it ends by itself: epochs done
    progresses = [driver.copy.update(r) for r in reports]
    last = progresses[-1]
    assert last.state == "epochs_done" and last.epochs_run == 3000 and not last.running
    history = np.concatenate([p.new_losses for p in progresses])
    assert history.size == 3000  # every epoch's loss, once, in order
    headless = Trainer(preset("and"), TrainingConfig(epochs=3000))
    headless.step(3000)
    assert np.array_equal(history, headless.loss_history)
    # the copy of the timeline holds what the loop keeps, after its thinning
    assert [s.epoch for s in last.snapshots] == [s.epoch for s in headless_timeline(3000)]


def headless_timeline(epochs: int):
    trainer = Trainer(preset("and"), TrainingConfig(epochs=epochs), timeline=Timeline())
    done = 0
    while done < epochs:  # in chunks, as the loop does: snapshots do not depend on the chunks
        done += trainer.step(97)
    return trainer.timeline.snapshots


def test_edits_reach_the_running_model(driver):
    load(driver, epochs=1000)
    driver.send("targets", preset("or").targets)
    driver.send("config", TrainingConfig(epochs=1000, learning_rate=2.0))
    driver.send("step", 10)
    reports = driver.until_idle()
    last = driver.copy.update(reports[-1])
    assert last.snapshot.config.learning_rate == 2.0
    assert np.array_equal(last.snapshot.table.targets, preset("or").targets)


def test_a_load_it_cannot_do_is_reported(driver):
    trainer = Trainer(preset("and"), TrainingConfig())
    broken = dataclasses.replace(trainer.snapshot(), params=np.zeros(4))  # AND's perceptron has 3
    driver.send("load", broken, 1)
    kind, payload = driver.receive()
    while kind == "idle":
        kind, payload = driver.receive()
    assert kind == "error" and "ValueError" in payload
    driver.thread.join(WAIT_SECONDS)
    assert not driver.thread.is_alive()  # the loop ended; close() finds it gone


def test_the_copy_starts_afresh_for_a_new_model():
    copy = TimelineCopy()
    trainer = Trainer(preset("and"), TrainingConfig(), timeline=Timeline())
    trainer.step(3)
    progress = training_loop.Progress(1, 3, 0, np.zeros(3), np.zeros(3), 0.1, 1.0, trainer.snapshot(), (),
                                      np.zeros((4, 1)), "running", False, 0.0, 0.0)
    snapshots = trainer.timeline.snapshots
    first = copy.update(Report(progress, snapshots, tuple(s.epoch for s in snapshots), 1))
    assert len(first.snapshots) == 4
    fresh = dataclasses.replace(progress, generation=2)
    second = copy.update(Report(fresh, snapshots[:1], (0,), 2))
    assert [s.epoch for s in second.snapshots] == [0] and second.snapshots[0] is snapshots[0]


def test_start_on_a_finished_run_does_not_arm_it(driver):
    """Train pressed as the run ends, then Epochs raised: the run waits for the next Train."""
    load(driver, epochs=10)
    driver.send("step", 10)
    for report in driver.until_idle():  # the run has finished: epochs done
        driver.copy.update(report)
    driver.send("start")  # sent before the window heard so
    driver.send("config", TrainingConfig(epochs=1000))
    reports = driver.until_idle()
    last = driver.copy.update(reports[-1])
    assert last.epochs_run == 10 and last.state == "running" and not last.running


def test_the_copy_keeps_one_table_while_it_does_not_change(driver):
    load(driver, epochs=500)
    driver.send("speed", None)
    driver.send("start")
    progress = None
    for report in driver.until_idle():
        progress = driver.copy.update(report)
    tables = {id(s.table) for s in progress.snapshots}
    assert len(progress.snapshots) > 100 and len(tables) == 1

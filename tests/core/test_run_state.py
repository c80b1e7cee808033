"""The run's state machine: every transition, as the session and the training loop use it."""

from __future__ import annotations

import pytest

from perceptron_gui.core.run_state import FINISHED_STATES, Run, RunState
from perceptron_gui.core.trainer import READY, RUNNING


def test_a_new_model_is_ready_and_train_runs_it():
    run = Run()
    run.load(0)
    assert run.state is RunState.READY and not run.running and not run.can_resume
    assert run.start() and run.running


def test_an_opened_model_with_epochs_can_resume():
    run = Run()
    run.load(500)
    assert run.state is RunState.PAUSED and run.can_resume


def test_pause_and_step_stop_a_run_that_has_epochs():
    run = Run()
    run.load(0)
    run.start()
    run.follow(RUNNING, True, 40)
    run.pause()
    assert run.state is RunState.PAUSED
    assert run.start() and run.step() and run.state is RunState.PAUSED


def test_a_step_at_epoch_0_stays_ready_until_the_epoch_is_reported():
    run = Run()
    run.load(0)
    assert run.step() and run.state is RunState.READY
    run.follow(RUNNING, False, 1)
    assert run.state is RunState.PAUSED


@pytest.mark.parametrize("state", FINISHED_STATES)
def test_a_finished_run_refuses_start_and_step(state):
    run = Run()
    run.load(0)
    run.start()
    run.follow(state, False, 100)
    assert run.finished and not run.can_resume
    assert not run.start() and not run.step() and run.finished


def test_a_finished_run_goes_on_when_its_trainer_does():
    """Epochs raised (or new targets) after a finished run: paused, and Train goes on."""
    run = Run()
    run.load(0)
    run.follow("epochs_done", False, 100)
    run.follow(RUNNING, False, 100)
    assert run.state is RunState.PAUSED and run.start()


def test_loading_a_new_model_ends_a_finished_run():
    run = Run()
    run.follow("converged", False, 80)
    run.load(0)
    assert run.state is RunState.READY and run.start()


def test_off_is_final():
    run = Run()
    run.turn_off()
    run.load(0)
    run.follow(READY, True, 3)
    run.pause()
    assert run.state is RunState.OFF and not run.start() and not run.step() and not run.running

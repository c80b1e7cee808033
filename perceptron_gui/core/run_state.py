"""The one state machine of a run: what "running" means, and what Train, Pause and Step do.

The window's session and the training process's loop each hold one, and move it by the same
transitions: the loop by the commands it takes and the trainer it runs, the session by the
buttons pressed and the loop's reports. A finished run (converged, epochs done, diverged) stays
finished until its trainer says otherwise (raising Epochs, new targets): Train then runs it again
from its start (core/starting_point.py), and Step is refused.

    READY ──start──▶ RUNNING ──pause / step──▶ PAUSED ──start──▶ RUNNING
      ▲                 │ the trainer finishes       ▲
    load                ▼                            │ the trainer goes on (raised Epochs, new targets)
      └──────────── FINISHED ────────────────────────┘
    any ──turn_off──▶ OFF (the training process cannot start: nothing leaves it)
"""

from __future__ import annotations

from enum import Enum

from perceptron_gui.core.trainer import FINISHED_STATES

__all__ = ["FINISHED_STATES", "Run", "RunState"]


class RunState(Enum):
    READY = "ready"  # not training, at epoch 0: Train starts it
    RUNNING = "running"  # training on its own
    PAUSED = "paused"  # not training, some epochs run: Train (Resume) goes on
    FINISHED = "finished"  # the trainer ended the run: Train runs it again from its start
    OFF = "off"  # training cannot run at all


class Run:
    """A run's state, moved only by the transitions below."""

    def __init__(self) -> None:
        self.state = RunState.READY
        self.epochs_run = 0  # as the run last heard

    @property
    def running(self) -> bool:
        return self.state is RunState.RUNNING

    @property
    def finished(self) -> bool:
        return self.state is RunState.FINISHED

    @property
    def can_resume(self) -> bool:
        """Pause's button reads Resume: stopped, some epochs run, and not finished."""
        return self.state is RunState.PAUSED

    def _to(self, state: RunState) -> None:
        if self.state is not RunState.OFF:
            self.state = state

    def _stopped(self) -> RunState:
        return RunState.PAUSED if self.epochs_run > 0 else RunState.READY

    def load(self, epochs_run: int) -> None:
        """A new model, trained `epochs_run` epochs (an opened file's count), not training."""
        self.epochs_run = epochs_run
        self._to(self._stopped())

    def start(self) -> bool:
        """Train on; False (and no change) when the run has finished or training is off."""
        if self.state in (RunState.FINISHED, RunState.OFF):
            return False
        self.state = RunState.RUNNING
        return True

    def pause(self) -> None:
        if self.running:
            self.state = self._stopped()

    def step(self) -> bool:
        """One epoch, then wait; False (and no change) when the run has finished or training is off."""
        if self.state in (RunState.FINISHED, RunState.OFF):
            return False
        self.state = self._stopped()
        return True

    def follow(self, trainer_state: str, running: bool, epochs_run: int) -> None:
        """What the trainer says: finished (one of FINISHED_STATES), or training on its own or not."""
        self.epochs_run = epochs_run
        if trainer_state in FINISHED_STATES:
            self._to(RunState.FINISHED)
        else:
            self._to(RunState.RUNNING if running else self._stopped())

    def turn_off(self) -> None:
        """Training cannot run (its process will not start): final."""
        self.state = RunState.OFF

"""When a run stops and which weights it keeps: the one rule of both engines.

A run is ready, then running, then finished in one of three states. It has *converged* once its
loss is at or below its target loss, and its *epochs are done* at its epoch limit. It has
*diverged* when its loss is not finite — the update before broke the model, so that update is
undone and the run keeps the last weights with a finite loss — or when an update leaves a weight
that is not finite or past 1e154 (where the sum of the squares overflows): that update is undone.
Each engine keeps the weights an epoch starts from (`last good`) before its update, for the undo.

How each engine sees that a rule applies is its own cheap test (a float compared for the single
engine; any of M models for the batched one); what follows is the `Stop` below, for both.
"""

from __future__ import annotations

from dataclasses import dataclass

READY, RUNNING = "ready", "running"
CONVERGED, EPOCHS_DONE, DIVERGED = "converged", "epochs_done", "diverged"
FINISHED_STATES = (CONVERGED, EPOCHS_DONE, DIVERGED)
STATES = (READY, RUNNING, *FINISHED_STATES)


@dataclass(frozen=True)
class Stop:
    """What a run that stops at `epoch` (updates done so far in this run) ends with."""

    state: str
    undo: bool = False  # go back to the last good weights
    back: int = 0  # epochs from the current weights back to the kept ones

    def epochs_kept(self, epoch: int) -> int:
        return max(epoch - self.back, 0)

    def goes_back(self, epoch: int) -> bool:
        """Whether the last good weights replace the current ones (there are none before epoch 0)."""
        return self.undo and epoch >= self.back


TARGET_REACHED = Stop(CONVERGED)
LIMIT_REACHED = Stop(EPOCHS_DONE)
LOSS_NOT_FINITE = Stop(DIVERGED, undo=True, back=1)  # the previous update broke the model
WEIGHTS_NOT_FINITE = Stop(DIVERGED, undo=True)  # this epoch's update broke it

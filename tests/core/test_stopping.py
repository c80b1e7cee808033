"""The stop-and-rollback rule both engines apply (test_batched checks they apply it alike)."""

from __future__ import annotations

import pytest

from perceptron_gui.core import stopping
from perceptron_gui.core.stopping import CONVERGED, DIVERGED, EPOCHS_DONE


def test_the_states_in_order():
    assert stopping.STATES == ("ready", "running", CONVERGED, EPOCHS_DONE, DIVERGED)
    assert stopping.STATES[2:] == stopping.FINISHED_STATES


@pytest.mark.parametrize(("stop", "epoch", "state", "goes_back", "kept"), [
    (stopping.TARGET_REACHED, 7, CONVERGED, False, 7),
    (stopping.LIMIT_REACHED, 2000, EPOCHS_DONE, False, 2000),
    # the loss of the weights after 7 updates is not finite: back to those after 6
    (stopping.LOSS_NOT_FINITE, 7, DIVERGED, True, 6),
    (stopping.LOSS_NOT_FINITE, 0, DIVERGED, False, 0),  # the initial weights: nothing to go back to
    # the 8th update leaves a weight past 1e154: back to the weights it started from
    (stopping.WEIGHTS_NOT_FINITE, 7, DIVERGED, True, 7),
    (stopping.WEIGHTS_NOT_FINITE, 0, DIVERGED, True, 0),
])
def test_what_a_stop_keeps(stop, epoch, state, goes_back, kept):
    assert (stop.state, stop.goes_back(epoch), stop.epochs_kept(epoch)) == (state, goes_back, kept)

"""A run's loss and accuracy per epoch as the loss chart keeps them, for a weights file to save and
the chart to draw again: bounded envelopes, each bucket's min and max (core.envelope), at most
2,048 buckets whatever the length of the run.

history[k] is E of the weights after k updates, measured in the forward pass of the epoch that
starts from them (and the accuracy of that pass), for k = start … end − 1. E of the weights after
`end` updates, the ones saved, is the file's final_loss.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from perceptron_gui.core.envelope import DEFAULT_BUCKETS, Envelope

MAX_BUCKETS = DEFAULT_BUCKETS


@dataclass(frozen=True, eq=False)
class RunHistory:
    start: int  # the epoch of the first value
    count: int  # values: epochs start … start + count − 1
    epochs_per_bucket: int  # bucket i starts at epoch start + i·epochs_per_bucket (the last may be short)
    loss_min: np.ndarray
    loss_max: np.ndarray
    accuracy_min: np.ndarray
    accuracy_max: np.ndarray

    @property
    def end(self) -> int:
        """The epoch after the last value: the epochs the weights that follow it were trained."""
        return self.start + self.count

    @classmethod
    def empty(cls, start: int) -> RunHistory:
        """No values yet, from epoch `start` on (a model built here, or a file that kept none)."""
        none = np.empty(0)
        return cls(start, 0, 1, none, none, none, none)

    @classmethod
    def of(cls, start: int, loss: Envelope, accuracy: Envelope) -> RunHistory:
        """The history two envelopes of the same values' epochs hold, from epoch `start` on."""
        if (loss.count, loss.size) != (accuracy.count, accuracy.size):
            raise ValueError("the loss and accuracy envelopes cover different epochs")
        return cls(start, loss.count, loss.size, *loss.bucket_extremes(), *accuracy.bucket_extremes())

    def envelopes(self) -> tuple[Envelope, Envelope]:
        """The loss and accuracy envelopes to draw, or to go on from."""
        return (Envelope.restored(self.epochs_per_bucket, self.count, self.loss_min, self.loss_max),
                Envelope.restored(self.epochs_per_bucket, self.count, self.accuracy_min, self.accuracy_max))

    def extended(self, losses: np.ndarray, accuracy: np.ndarray) -> RunHistory:
        """This history followed by the epochs of a run that went on from its end."""
        loss_envelope, accuracy_envelope = self.envelopes()
        loss_envelope.extend(losses)
        accuracy_envelope.extend(accuracy)
        return RunHistory.of(self.start, loss_envelope, accuracy_envelope)

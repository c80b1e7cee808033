"""A run's loss and accuracy per epoch, as the session keeps them for the loss chart to draw and a
weights file to save: bounded envelopes (each bucket's min and max, core/envelope.py), so adding
epochs and drawing cost the same at any length of run.

The point at epoch n is E of the weights after n updates (epoch 0: the initial weights): the
history's value k at first_epoch + k, then the current weights' E (`set_latest`) at the end.
"""

from __future__ import annotations

import numpy as np

from perceptron_gui.core.envelope import Envelope
from perceptron_gui.core.run_history import RunHistory


class LossRecord:
    def __init__(self) -> None:
        self.loss = Envelope()
        self.accuracy = Envelope()
        self.latest = (np.nan, np.nan)  # E and accuracy of the current weights, after the history
        self.first_epoch = 0
        self._base = 0  # history index of the current run's first epoch (after a loaded history)
        self.version = 0  # counts the changes: a chart redraws when it has not drawn this one

    @property
    def count(self) -> int:
        """Epochs of this run received so far."""
        return self.loss.count

    def recent_losses(self, n: int) -> np.ndarray:
        """The last n losses (at least the last 512 are kept exactly)."""
        return self.loss.recent(n)

    def points(self, envelope: Envelope, latest: float) -> tuple[np.ndarray, np.ndarray]:
        """What a curve draws of `envelope` (self.loss or self.accuracy): x (epochs) and y."""
        x, y = envelope.points(self.first_epoch)
        if np.isfinite(latest):
            x, y = np.append(x, self.first_epoch + envelope.count), np.append(y, latest)
        return x, y

    def clear(self, first_epoch: int = 0) -> None:
        """Forget the history; its first epoch will be first_epoch."""
        self.loss.clear()
        self.accuracy.clear()
        self.latest = (np.nan, np.nan)
        self.first_epoch = first_epoch
        self._base = 0
        self.version += 1

    def load(self, history: RunHistory) -> None:
        """A saved run's history (an opened file's); `append` then goes on after its end."""
        self.clear(history.start)
        self.loss, self.accuracy = history.envelopes()
        self._base = history.count

    def history(self) -> RunHistory:
        """What the record holds, as a weights file keeps it."""
        return RunHistory.of(self.first_epoch, self.loss, self.accuracy)

    def append(self, first_index: int, losses: np.ndarray, accuracy: np.ndarray) -> None:
        """Add epochs [first_index, first_index + len) of this run's history (a first_index before
        the end cuts the end off: a rolled-back epoch)."""
        for envelope, values in ((self.loss, losses), (self.accuracy, accuracy)):
            envelope.truncate(self._base + first_index)
            envelope.extend(values)
        self.version += 1

    def set_latest(self, loss: float, accuracy: float) -> None:
        """E and accuracy of the current weights: the point after the history (not drawn if not
        finite)."""
        self.latest = (loss, accuracy)
        self.version += 1

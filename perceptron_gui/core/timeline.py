"""A run's past at a bounded memory cost: snapshots every `stride`-th epoch, replayed on demand.

A `Snapshot` holds everything the next epochs depend on (weights, optimizer state, the shuffle
generator, the table and the hyperparameters), so training on from it is bit-identical to the
original run. The timeline keeps at most `capacity` snapshots: when full, it doubles its stride
and drops every other one, so a run of any length costs the same memory and any epoch is at most
one stride of replay away. Snapshots taken where the run changed (the start, an edited table, new
hyperparameters) are pinned: replay must never cross a change.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

import numpy as np

from perceptron_gui.core.config import TrainingConfig
from perceptron_gui.core.truth_table import TruthTable

BUDGET_BYTES = 32 * 2**20
MIN_CAPACITY, MAX_CAPACITY = 2, 1024


@dataclass(frozen=True, eq=False)
class Snapshot:
    """The state of a run after `epoch` epochs; its arrays are read-only."""

    epoch: int
    table: TruthTable
    config: TrainingConfig
    params: np.ndarray
    optimizer_state: tuple
    shuffle_state: dict[str, Any]
    pinned: bool = False

    def __post_init__(self) -> None:
        for array in (self.params, *self.optimizer_state):
            if isinstance(array, np.ndarray):
                array.flags.writeable = False

    @property
    def nbytes(self) -> int:
        arrays = [a for a in (self.params, *self.optimizer_state) if isinstance(a, np.ndarray)]
        return sum(a.nbytes for a in arrays)


class Timeline:
    """Snapshots of one run, oldest first, in `snapshots`: an immutable tuple, replaced on each
    change, so a reader holding one never sees it change."""

    def __init__(self, budget_bytes: int = BUDGET_BYTES) -> None:
        self.budget_bytes = budget_bytes
        self.stride = 1
        self.capacity = MAX_CAPACITY
        self.snapshots: tuple[Snapshot, ...] = ()

    def clear(self) -> None:
        self.stride = 1
        self.snapshots = ()

    def next_due(self, epoch: int) -> int:
        """The first epoch after `epoch` at which a snapshot is due."""
        return (epoch // self.stride + 1) * self.stride

    def add(self, snapshot: Snapshot) -> None:
        """Keep `snapshot`, replacing one of the same epoch; thin out when over capacity."""
        if not self.snapshots:
            fits = self.budget_bytes // max(snapshot.nbytes, 1)
            self.capacity = int(np.clip(fits, MIN_CAPACITY, MAX_CAPACITY))
        kept = [s for s in self.snapshots if s.epoch < snapshot.epoch]
        kept.append(snapshot)
        while len(kept) > self.capacity:
            self.stride *= 2
            thinned = [s for s in kept if s.pinned or s.epoch % self.stride == 0]
            if len(thinned) == len(kept):  # only pinned ones left: nothing more can go
                break
            kept = thinned
        self.snapshots = tuple(kept)

    def truncate(self, epoch: int) -> None:
        """Forget snapshots after `epoch` (a diverged epoch was rolled back)."""
        self.snapshots = tuple(s for s in self.snapshots if s.epoch <= epoch)


def nearest(snapshots: tuple[Snapshot, ...], epoch: int) -> Snapshot | None:
    """The latest of `snapshots` (oldest first) at or before `epoch`."""
    i = bisect.bisect_right([s.epoch for s in snapshots], epoch)
    return snapshots[i - 1] if i else None

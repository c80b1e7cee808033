"""Where a model came from, and so where Train starts it again once a run has finished.

A model built here (or an explorer's cell) starts from the seed's initial weights at epoch 0; an
opened file's model from the file's weights, at the file's epoch count, after the file's history;
weights typed by hand (the lecture's first exercise) from those weights, at epoch 0.
Train after a finished run (converged, epochs done, diverged) runs it again from that same start,
with the table and hyperparameters then on show; Reset always builds a new model from the seed.
"""

from __future__ import annotations

from dataclasses import dataclass

from perceptron_gui.core.config import TrainingConfig
from perceptron_gui.core.network import Network
from perceptron_gui.core.run_history import RunHistory
from perceptron_gui.core.timeline import Timeline
from perceptron_gui.core.trainer import Trainer
from perceptron_gui.core.truth_table import TruthTable
from perceptron_gui.core.weights_file import SavedModel

# where a model came from
NEW, OPENED_FILE, EXPLORER_CELL, BY_HAND = "new", "opened file", "explorer cell", "weights by hand"


@dataclass(frozen=True, eq=False)
class StartingPoint:
    network: Network | None  # the weights to start from; None: the config's seed initializes them
    history: RunHistory  # the run before these weights (an opened file's); it ends at their epoch
    origin: str = NEW  # NEW (Reset, a new table or topology), OPENED_FILE, EXPLORER_CELL or BY_HAND

    @classmethod
    def from_seed(cls, origin: str = NEW) -> StartingPoint:
        """The seed's initial weights at epoch 0: a model built here, or an explorer's cell."""
        return cls(None, RunHistory.empty(0), origin)

    @classmethod
    def from_file(cls, saved: SavedModel) -> StartingPoint:
        return cls(saved.network.copy(), saved.history, OPENED_FILE)

    @classmethod
    def by_hand(cls, network: Network) -> StartingPoint:
        """Weights set by hand: a new run from them, at epoch 0."""
        return cls(network.copy(), RunHistory.empty(0), BY_HAND)

    @property
    def epoch(self) -> int:
        """The epochs the starting weights have been trained."""
        return self.history.end

    def trainer(self, table: TruthTable, config: TrainingConfig, timeline: Timeline | None = None) -> Trainer:
        """A new run from here: `config.epochs` epochs on `table`."""
        network = None if self.network is None else self.network.copy()
        return Trainer(table, config, network, epochs_before=self.epoch, timeline=timeline)

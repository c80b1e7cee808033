"""Training off the GUI thread: a QObject worker moved to a QThread, driven by thread-safe calls.

The worker advances the engine's Trainer in chunks and emits a `Progress` (copies, never live
arrays) at most about 60 times a second, timed by its own clock, so a GUI that falls behind
never makes it emit faster.
"""

from __future__ import annotations

import threading
import time
import traceback
import weakref
from collections import deque
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot

from perceptron_gui.core.config import TrainingConfig
from perceptron_gui.core.timeline import Snapshot
from perceptron_gui.core.trainer import Trainer

EMIT_INTERVAL = 1 / 60  # seconds between progress signals, at most
CHUNK_SECONDS = 0.004  # a chunk at "max" speed lasts about this long, so commands act fast
MAX_CHUNK = 200_000
_threads: weakref.WeakSet[QThread] = weakref.WeakSet()


@dataclass(frozen=True)
class Progress:
    """A copy of where training stands, sent to the GUI thread."""

    generation: int  # which model this is; the GUI drops progress of a model it replaced
    epochs_run: int
    first_index: int  # history index of new_losses[0]
    new_losses: np.ndarray  # loss of each epoch since the previous Progress
    new_accuracy: np.ndarray
    loss: float  # of the current weights
    accuracy: float
    snapshot: Snapshot  # the current weights and all the next epochs depend on
    snapshots: tuple[Snapshot, ...]  # the run's timeline, for going back to an earlier epoch
    predictions: np.ndarray
    state: str  # the trainer's: ready, running, converged, epochs_done, diverged
    running: bool  # the worker is training on its own (not paused, not finished)
    epochs_per_second: float

    @property
    def params(self) -> np.ndarray:
        return self.snapshot.params


class TrainingWorker(QObject):
    """Runs a Trainer in its thread. The public methods are safe to call from any thread."""

    progressed = Signal(object)
    errored = Signal(str)
    finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._cond = threading.Condition()
        self._trainer: Trainer | None = None
        self._generation = 0
        self._incoming: tuple[Trainer, int] | None = None
        self._targets: np.ndarray | None = None
        self._config: TrainingConfig | None = None
        self._running = False
        self._steps = 0
        self._stop = False
        self._waiting = False  # blocked until the next command, with nothing left to do
        self._announce = False  # a pause or resume the GUI should hear about
        self._speed: float | None = None
        self._pace: tuple[float, int] = (0.0, 0)  # (time, epochs_run) the speed counts from
        self._sent_index = 0
        self._rate_samples: deque[tuple[float, int]] = deque(maxlen=64)

    # --- commands, from any thread ---------------------------------------------------------
    def load(self, trainer: Trainer, generation: int) -> None:
        """Train this trainer from now on (it belongs to the worker after this call)."""
        with self._cond:
            self._incoming = (trainer, generation)
            self._targets = self._config = None
            self._running, self._steps = False, 0
            self._cond.notify()

    def start(self) -> None:
        with self._cond:
            self._running = self._announce = True
            self._repace()
            self._cond.notify()

    def pause(self) -> None:
        with self._cond:
            self._running, self._announce = False, True
            self._cond.notify()

    def step(self, epochs: int = 1) -> None:
        """Run this many epochs, then wait (the worker pauses first)."""
        with self._cond:
            self._running = False
            self._steps += epochs
            self._cond.notify()

    def set_targets(self, targets: np.ndarray) -> None:
        with self._cond:
            self._targets = targets.copy()
            self._cond.notify()

    def set_config(self, config: TrainingConfig) -> None:
        """Hyperparameters that keep the network; they apply at the next chunk."""
        with self._cond:
            self._config = config
            self._cond.notify()

    def set_speed(self, epochs_per_second: float | None) -> None:
        """Epochs per second to animate at, or None for as fast as possible."""
        with self._cond:
            self._speed = epochs_per_second
            self._repace()
            self._cond.notify()

    def idle(self) -> bool:
        """Every command taken and nothing left to do: what it emits for them is already queued
        to the GUI thread. (A barrier for tests and benchmarks.)"""
        with self._cond:
            return self._waiting and not self._has_news() and not self._has_work()

    def training_on(self) -> bool:
        """Training on its own, with every command taken."""
        with self._cond:
            return self._running and not self._has_news()

    def stop(self) -> None:
        with self._cond:
            self._stop = True
            self._cond.notify()

    # --- the loop, in the worker's thread --------------------------------------------------
    @Slot()
    def run(self) -> None:
        try:
            self._loop()
        except Exception:
            self.errored.emit(traceback.format_exc())
        finally:
            self.finished.emit()

    def _loop(self) -> None:
        chunk, last_emit = 1, 0.0
        while True:
            with self._cond:
                while not (self._stop or self._has_news() or self._has_work()):
                    self._waiting = True
                    self._cond.wait()
                    self._waiting = False
                if self._stop:
                    return
                changed = self._take_news()
                steps, self._steps = self._steps, 0
                speed, running = self._speed, self._running
                due = self._due_epochs(speed) if running else 0
            trainer = self._trainer
            assert trainer is not None
            if steps:
                trainer.step(steps)
                last_emit = self._emit()
                continue
            if not running or trainer.finished:
                if changed:
                    last_emit = self._emit()
                continue
            if due <= 0:  # ahead of the chosen speed: wait a little, or for a command
                with self._cond:
                    self._cond.wait(min(EMIT_INTERVAL, 1.0 / speed if speed else EMIT_INTERVAL))
                continue
            started = time.perf_counter()
            ran = trainer.step(min(due, chunk))
            elapsed = time.perf_counter() - started
            # Size the next chunk from what this one ran, at most twice as many epochs, so a
            # switch to "max" never starts with a chunk that takes seconds.
            if ran:
                chunk = int(np.clip(ran * CHUNK_SECONDS / max(elapsed, 1e-6), 1, min(2 * ran, MAX_CHUNK)))
            if trainer.finished:
                with self._cond:
                    self._running = False
            if changed or trainer.finished or time.perf_counter() - last_emit >= EMIT_INTERVAL:
                last_emit = self._emit()
            time.sleep(0)  # let the GUI thread take the interpreter between chunks

    def _has_news(self) -> bool:
        return self._announce or any(
            news is not None for news in (self._incoming, self._targets, self._config))

    def _has_work(self) -> bool:
        trainer = self._trainer
        return trainer is not None and (self._steps > 0 or (self._running and not trainer.finished))

    def _take_news(self) -> bool:
        """Apply what the GUI sent since the last chunk; True if anything changed."""
        changed = self._has_news()
        if self._incoming is not None:
            self._trainer, self._generation = self._incoming
            self._incoming, self._sent_index = None, 0
            self._rate_samples.clear()
            self._repace()  # the speed counts from this trainer's epochs, not the last one's
        if self._trainer is not None:
            if self._targets is not None:
                self._trainer.set_targets(self._targets)
            if self._config is not None:
                self._trainer.set_config(self._config)
                self._repace()
        self._targets = self._config = None
        self._announce = False
        return changed

    def _repace(self) -> None:
        epochs = self._trainer.epochs_run if self._trainer is not None else 0
        self._pace = (time.perf_counter(), epochs)

    def _due_epochs(self, speed: float | None) -> int:
        """Epochs to run now to keep to `speed` (None: a large chunk)."""
        if speed is None:
            return MAX_CHUNK
        assert self._trainer is not None
        since, epochs_then = self._pace
        return int(speed * (time.perf_counter() - since)) - (self._trainer.epochs_run - epochs_then)

    def _emit(self) -> float:
        trainer = self._trainer
        assert trainer is not None
        now = time.perf_counter()
        self._rate_samples.append((now, trainer.epochs_run))
        while len(self._rate_samples) > 2 and now - self._rate_samples[0][0] > 1.0:
            self._rate_samples.popleft()
        (t0, e0), (t1, e1) = self._rate_samples[0], self._rate_samples[-1]
        rate = (e1 - e0) / (t1 - t0) if t1 > t0 else 0.0
        losses, accuracy = trainer.loss_history, trainer.accuracy_history
        first = min(self._sent_index, len(losses))
        self._sent_index = len(losses)
        with self._cond:
            running = self._running
        self.progressed.emit(Progress(
            generation=self._generation,
            epochs_run=trainer.epochs_run,
            first_index=first,
            new_losses=losses[first:].copy(),
            new_accuracy=accuracy[first:].astype(np.float64),
            loss=trainer.loss,
            accuracy=trainer.accuracy,
            snapshot=trainer.snapshot(),
            snapshots=trainer.timeline.snapshots if trainer.timeline is not None else (),
            predictions=trainer.predictions.copy(),
            state=trainer.state,
            running=running and not trainer.finished,
            epochs_per_second=rate,
        ))
        return now


class TrainingThread(QObject):
    """Owns the QThread and its worker, from start to a clean join."""

    def __init__(self) -> None:
        super().__init__()
        self.worker = TrainingWorker()
        self.thread = QThread()
        self.thread.setObjectName("training")
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.finished.connect(self.thread.quit)
        self.thread.finished.connect(self.worker.deleteLater)
        self.thread.start()
        _threads.add(self.thread)

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Stop the worker and join its thread; True if it ended within the timeout.

        A chunk lasts milliseconds, so this takes that long; if the timeout passes all the same,
        wait on: destroying a running QThread would crash the program.
        """
        self.worker.stop()
        self.thread.quit()
        if self.thread.wait(timeout_ms):
            return True
        self.thread.wait()
        return False


def threads_still_running() -> list[QThread]:
    """Training threads started and not yet finished (tests check this is empty)."""
    return [t for t in _threads if t.isRunning()]

"""The training loop the window runs in a process of its own, driven by commands over a pipe.

A process, not a thread: the GUI thread and a training thread would share one interpreter lock,
and every frame the window draws would stop training for as long (measured: 168,000 AND epochs a
second with the window not drawing, 78,000 with it drawing 40 frames a second).

The loop advances a Trainer in chunks of about CHUNK_SECONDS, paced to an animation speed, and
reports at most about 60 times a second by its own clock, so a GUI that falls behind never makes
it report faster. A report carries the new part of the loss history, a snapshot of the current
state, and only the timeline's changes (new snapshots, and which epochs it still keeps).
Commands, GUI → loop: ("load", snapshot, generation), ("start",), ("pause",), ("step", n),
("targets", array), ("config", TrainingConfig), ("speed", epochs per second or None), ("stop",).
Messages, loop → GUI: ("report", Report), ("idle", commands taken), ("error", traceback text).
"""

from __future__ import annotations

import time
import traceback
from collections import deque
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection

import numpy as np

from perceptron_gui.core.blas import use_one_blas_thread
from perceptron_gui.core.run_state import Run
from perceptron_gui.core.timeline import Snapshot, Timeline
from perceptron_gui.core.trainer import Trainer

EMIT_INTERVAL = 1 / 60  # seconds between reports, at most
CHUNK_SECONDS = 0.004  # a chunk at "max" speed lasts about this long, so commands act fast
MAX_CHUNK = 200_000


@dataclass(frozen=True)
class Progress:
    """Where training stands, as the GUI receives it."""

    generation: int  # which model this is; the GUI drops progress of a model it replaced
    epochs_run: int
    first_index: int  # history index of new_losses[0]
    # E of each epoch since the previous Progress: index k is the weights after start_epoch + k
    # updates (Trainer.loss_history); `loss` (epoch epochs_run) comes next
    new_losses: np.ndarray
    new_accuracy: np.ndarray
    loss: float  # of the current weights
    accuracy: float
    snapshot: Snapshot  # the current weights and all the next epochs depend on
    snapshots: tuple[Snapshot, ...]  # the run's timeline, for going back to an earlier epoch
    predictions: np.ndarray
    state: str  # the trainer's: ready, running, converged, epochs_done, diverged
    running: bool  # training on its own (not paused, not finished)
    epochs_per_second: float
    sent_at: float  # time.perf_counter() when the loop sent it (the same clock in every process)
    targets_since: int = 0  # the epoch the current targets took effect: epochs since ran on them

    @property
    def params(self) -> np.ndarray:
        return self.snapshot.params


@dataclass(frozen=True)
class Report:
    """A Progress without its timeline, and the timeline's changes since the previous report."""

    progress: Progress
    new_snapshots: tuple[Snapshot, ...]
    kept_epochs: tuple[int, ...]
    taken: int  # commands taken so far


def serve(commands: Connection, messages: Connection) -> None:
    """The training process: run the loop until told to stop or the GUI goes away."""
    use_one_blas_thread()
    try:
        TrainingLoop(commands, messages).run()
    except (EOFError, BrokenPipeError):  # the GUI process has gone
        pass
    except Exception:
        messages.send(("error", traceback.format_exc()))
    finally:
        messages.close()


class TrainingLoop:
    def __init__(self, commands: Connection, messages: Connection) -> None:
        self._commands, self._messages = commands, messages
        self._trainer: Trainer | None = None
        self._generation = 0
        self._run = Run()  # the same state machine as the window's session
        self._steps = 0
        self._stop = False
        self._changed = False  # something the GUI should hear about at the next report
        self._speed: float | None = None
        self._pace: tuple[float, int] = (0.0, 0)  # (time, epochs_run) the speed counts from
        self._sent_index = 0
        # The timeline's snapshots already sent, by epoch. Held, not just their ids: a dropped
        # snapshot's id could be reused by a new one, which would then never be sent.
        self._sent_snapshots: dict[int, Snapshot] = {}
        self._rate_samples: deque[tuple[float, int]] = deque(maxlen=64)
        self._taken = 0

    # --- commands ------------------------------------------------------------------------------
    def _take(self, block: bool, timeout: float | None = None) -> None:
        """Apply the commands waiting; with `block`, first wait for one (up to `timeout`)."""
        if block and not self._commands.poll(timeout):
            return
        while self._commands.poll():
            self._apply(*self._commands.recv())
            self._taken += 1

    def _apply(self, kind: str, *args: object) -> None:
        trainer = self._trainer
        if kind == "load":
            snapshot, generation = args
            assert isinstance(snapshot, Snapshot) and isinstance(generation, int)
            self._trainer = Trainer.resume(snapshot, snapshot.config.epochs, timeline=Timeline())
            self._generation, self._steps = generation, 0
            self._run.load(self._trainer.epochs_run)
            self._sent_index = 0
            self._sent_snapshots.clear()
            self._rate_samples.clear()
            self._repace()
        elif kind == "start" and trainer is not None:  # (a finished run stays finished: Run.start)
            self._run.start()
            self._repace()
        elif kind == "pause":
            self._run.pause()
        elif kind == "step":
            self._run.step()
            self._steps += int(args[0])  # type: ignore[call-overload]
        elif kind == "targets" and trainer is not None:
            trainer.set_targets(args[0])  # type: ignore[arg-type]
            self._follow(trainer)
        elif kind == "config" and trainer is not None:
            trainer.set_config(args[0])  # type: ignore[arg-type]
            self._follow(trainer)
            self._repace()
        elif kind == "speed":
            self._speed = args[0]  # type: ignore[assignment]
            self._repace()
        elif kind == "stop":
            self._stop = True
        self._changed = self._changed or kind in ("load", "start", "pause", "targets", "config")

    def _follow(self, trainer: Trainer) -> None:
        """The run as the trainer now stands (finished, or not any more)."""
        self._run.follow(trainer.state, self._run.running, trainer.epochs_run)

    def _repace(self) -> None:
        epochs = self._trainer.epochs_run if self._trainer is not None else 0
        self._pace = (time.perf_counter(), epochs)

    def _has_work(self) -> bool:
        trainer = self._trainer
        return trainer is not None and (self._steps > 0 or self._run.running)

    # --- the loop ------------------------------------------------------------------------------
    def run(self) -> None:
        chunk, last_emit = 1, 0.0
        while not self._stop:
            if not self._has_work():
                if self._changed and self._trainer is not None:
                    last_emit = self._emit()
                self._messages.send(("idle", self._taken))  # all taken, all reported: waiting
                self._take(block=True)
                continue
            self._take(block=False)
            trainer = self._trainer
            if self._stop or trainer is None:
                continue
            if self._steps:
                steps, self._steps = self._steps, 0
                trainer.step(steps)
                self._follow(trainer)
                last_emit = self._emit()
                continue
            if not self._run.running:
                continue
            due = self._due_epochs()
            if due <= 0:  # ahead of the chosen speed: wait a little, or for a command
                speed = self._speed
                self._take(block=True, timeout=min(EMIT_INTERVAL, 1.0 / speed if speed else EMIT_INTERVAL))
                continue
            started = time.perf_counter()
            ran = trainer.step(min(due, chunk))
            elapsed = time.perf_counter() - started
            # Size the next chunk from what this one ran, at most twice as many epochs, so a
            # switch to "max" never starts with a chunk that takes seconds.
            if ran:
                chunk = int(np.clip(ran * CHUNK_SECONDS / max(elapsed, 1e-6), 1, min(2 * ran, MAX_CHUNK)))
            if trainer.finished:
                self._follow(trainer)
            if self._changed or trainer.finished or time.perf_counter() - last_emit >= EMIT_INTERVAL:
                last_emit = self._emit()

    def _due_epochs(self) -> int:
        """Epochs to run now to keep to the speed (None: a large chunk)."""
        if self._speed is None:
            return MAX_CHUNK
        assert self._trainer is not None
        since, epochs_then = self._pace
        return int(self._speed * (time.perf_counter() - since)) - (self._trainer.epochs_run - epochs_then)

    def _emit(self) -> float:
        trainer = self._trainer
        assert trainer is not None
        now = time.perf_counter()
        self._rate_samples.append((now, trainer.epochs_run))
        while len(self._rate_samples) > 2 and now - self._rate_samples[0][0] > 1.0:
            self._rate_samples.popleft()
        (t0, e0), (t1, e1) = self._rate_samples[0], self._rate_samples[-1]
        losses, accuracy = trainer.loss_history, trainer.accuracy_history
        first = min(self._sent_index, len(losses))
        self._sent_index = len(losses)
        timeline = trainer.timeline.snapshots if trainer.timeline is not None else ()
        new = tuple(s for s in timeline if self._sent_snapshots.get(s.epoch) is not s)
        self._sent_snapshots = {s.epoch: s for s in timeline}
        progress = Progress(
            generation=self._generation, epochs_run=trainer.epochs_run, first_index=first,
            new_losses=losses[first:].copy(), new_accuracy=accuracy[first:].astype(np.float64),
            loss=trainer.loss, accuracy=trainer.accuracy, snapshot=trainer.snapshot(), snapshots=(),
            predictions=trainer.predictions.copy(), state=trainer.state,
            running=self._run.running,
            epochs_per_second=(e1 - e0) / (t1 - t0) if t1 > t0 else 0.0, sent_at=now,
            targets_since=trainer.targets_since)
        self._messages.send(("report", Report(progress, new, tuple(s.epoch for s in timeline), self._taken)))
        self._changed = False
        return now


class TimelineCopy:
    """The GUI's copy of the loop's timeline, rebuilt from reports."""

    def __init__(self) -> None:
        self._generation = -1
        self._by_epoch: dict[int, Snapshot] = {}

    def update(self, report: Report) -> Progress:
        """The report's Progress, with the whole timeline."""
        if report.progress.generation != self._generation:  # a new model: a new timeline
            self._generation = report.progress.generation
            self._by_epoch = {}
        kept = set(report.kept_epochs)
        self._by_epoch = {e: s for e, s in self._by_epoch.items() if e in kept}
        for snapshot in report.new_snapshots:
            self._by_epoch[snapshot.epoch] = self._share_table(snapshot)
        return replace(report.progress, snapshots=tuple(self._by_epoch[e] for e in sorted(self._by_epoch)))

    def _share_table(self, snapshot: Snapshot) -> Snapshot:
        """Each report unpickles its own copy of the table: keep one while it does not change, so the
        copy costs what the timeline's budget counts (up to 1,024 × 256 rows otherwise)."""
        latest = self._by_epoch[max(self._by_epoch)] if self._by_epoch else None
        if latest is not None and latest.table.input_names == snapshot.table.input_names and (
                latest.table.output_names == snapshot.table.output_names) and np.array_equal(
                latest.table.targets, snapshot.table.targets, equal_nan=True):
            return replace(snapshot, table=latest.table)
        return snapshot

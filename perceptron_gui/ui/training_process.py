"""Training off the GUI: a process runs the loop (core.training_loop), a thread relays its reports.

The session (core/session.py) calls the connection's methods from the GUI thread; each sends one
command down a pipe to the training process. A QThread waits on the other pipe for the process's
messages and emits them as Qt signals, queued to the GUI thread: `progressed(Progress)` at most
about 60 times a second, `errored(traceback)` if the loop fails. The process has an interpreter of
its own, so drawing the window does not slow training, and training does not make the window late.
"""

from __future__ import annotations

import multiprocessing
import threading
import weakref
from multiprocessing.process import BaseProcess

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot

from perceptron_gui.core import training_loop
from perceptron_gui.core.config import TrainingConfig
from perceptron_gui.core.trainer import Trainer
from perceptron_gui.core.training_loop import Progress, TimelineCopy

__all__ = ["Progress", "TrainingConnection", "TrainingProcess", "threads_still_running"]

_threads: weakref.WeakSet[QThread] = weakref.WeakSet()
_processes: weakref.WeakSet[BaseProcess] = weakref.WeakSet()
# "spawn": a fresh interpreter. Forking a process that runs Qt threads could copy a held lock.
_context = multiprocessing.get_context("spawn")


class TrainingConnection(QObject):
    """The GUI's end of the pipes to the training process: commands out (from any thread), and the
    relay (`run`, in the relay thread) that turns the process's messages into signals."""

    progressed = Signal(object)
    errored = Signal(str)
    finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        commands_out, commands_in = _context.Pipe(duplex=False)
        messages_out, messages_in = _context.Pipe(duplex=False)
        self.process = _context.Process(target=training_loop.serve, args=(commands_out, messages_in),
                                        name="training", daemon=True)
        self.process.start()
        commands_out.close()
        messages_in.close()
        _processes.add(self.process)
        self._commands, self._messages = commands_in, messages_out
        self._lock = threading.Lock()  # the counters below; never held across the pipes
        self._send_lock = threading.Lock()  # one command on the pipe at a time
        self._sent = 0  # commands sent
        self._idle_after = -1  # the loop said it waits, having taken this many commands
        self._taken = 0  # commands the loop had taken at its latest report
        self._training_on = False
        self._answered = False  # the process has sent something: it did start
        self._stopping = False  # the end of the pipe is expected from now on
        self._timeline = TimelineCopy()

    # --- commands, from any thread ---------------------------------------------------------
    def _send(self, *command: object) -> None:
        # Not under self._lock: a big command can wait on a full pipe until the process reads it,
        # and the process may first wait for the relay, which takes self._lock, to read a report.
        with self._send_lock:
            with self._lock:
                self._sent += 1
            try:
                self._commands.send(command)
            except OSError:  # the process has ended; the relay reports why
                with self._lock:
                    self._sent -= 1

    def load(self, trainer: Trainer, generation: int) -> None:
        """Train from where `trainer` stands (the process builds its own copy)."""
        self._send("load", trainer.snapshot(), generation)

    def start(self) -> None:
        self._send("start")

    def pause(self) -> None:
        self._send("pause")

    def step(self, epochs: int = 1) -> None:
        """Run this many epochs, then wait (the loop pauses first)."""
        self._send("step", epochs)

    def set_targets(self, targets: np.ndarray) -> None:
        self._send("targets", targets.copy())

    def set_config(self, config: TrainingConfig) -> None:
        """Hyperparameters that keep the network; they apply at the next chunk."""
        self._send("config", config)

    def set_speed(self, epochs_per_second: float | None) -> None:
        """Epochs per second to animate at, or None for as fast as possible."""
        self._send("speed", epochs_per_second)

    def stop(self) -> None:
        self._stopping = True
        self._send("stop")

    def close_pipe(self) -> None:
        """After the process has ended: release the command pipe."""
        with self._send_lock:
            self._commands.close()

    def idle(self) -> bool:
        """Every command taken and nothing left to do: what it emitted for them is already queued
        to the GUI thread. (A barrier for tests and benchmarks.)"""
        with self._lock:
            return self._idle_after == self._sent

    def answered(self) -> bool:
        """The process has reported at least once: it started. (A process that ends before it
        answers failed as it started: in a broken install it will again.)"""
        with self._lock:
            return self._answered

    def training_on(self) -> bool:
        """Training on its own, with every command taken."""
        with self._lock:
            return self._training_on and self._taken == self._sent

    # --- the relay, in its thread ----------------------------------------------------------
    @Slot()
    def run(self) -> None:
        """Relay the process's messages until it ends."""
        try:
            while True:
                kind, payload = self._messages.recv()
                with self._lock:
                    self._answered = True
                if kind == "report":
                    self.progressed.emit(self._timeline.update(payload))
                    with self._lock:
                        self._taken, self._idle_after = payload.taken, -1
                        self._training_on = payload.progress.running
                elif kind == "idle":
                    with self._lock:
                        self._taken = self._idle_after = payload
                        self._training_on = False
                else:  # the loop failed and ends: the end of the pipe comes next, expected
                    self._stopping = True
                    self.errored.emit(payload)
        except (EOFError, OSError):  # the process has ended: asked to, or not
            if not self._stopping:
                self.process.join(1.0)
                code = self.process.exitcode
                self.errored.emit(f"The training process ended unexpectedly (exit code {code}).")
        finally:
            self._messages.close()
            self.finished.emit()


class TrainingProcess(QObject):
    """Owns the training process, the relay thread and the connection, from start to a clean end."""

    def __init__(self) -> None:
        super().__init__()
        self.connection = TrainingConnection()
        self.thread = QThread()
        self.thread.setObjectName("training relay")
        self.connection.moveToThread(self.thread)
        self.thread.started.connect(self.connection.run)
        self.connection.finished.connect(self.thread.quit)
        self.thread.finished.connect(self.connection.deleteLater)
        self.thread.start()
        _threads.add(self.thread)

    def shutdown(self, timeout_ms: int = 2000) -> bool:
        """Stop the process and join it and the relay; True if they ended within the timeout
        (otherwise the process is killed, and the relay then ends too)."""
        process = self.connection.process
        self.connection.stop()
        self.thread.quit()  # (Qt 6 remembers a quit asked before the relay's event loop starts)
        process.join(timeout_ms / 1000)
        ended = not process.is_alive()
        if not ended:
            process.kill()
            process.join()
        self.thread.wait()  # the relay ends at the end of the pipe: destroying a running QThread crashes
        self.connection.close_pipe()  # (the Process object stays readable: is_alive, exitcode)
        return ended


def threads_still_running() -> list[object]:
    """Training processes and relay threads started and not yet ended (tests check this is empty)."""
    return [t for t in _threads if t.isRunning()] + [p for p in _processes if p.is_alive()]

"""Python's cyclic garbage is collected in the GUI thread only (perceptron_gui/ui/gui_gc.py).

A collection that ran in the training relay thread destroyed a closed window's Qt objects there and
deadlocked the process. These tests do not wait for a hang: they record the thread of every
collection while windows train flat out, resize, close and are dropped.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
import weakref
from concurrent.futures import ProcessPoolExecutor

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from perceptron_gui.core.config import MAX_EPOCHS
from perceptron_gui.ui import gui_gc, training_process
from perceptron_gui.ui.main_window import MainWindow
from perceptron_gui.ui.training_process import threads_still_running
from tests.ui.conftest import WAIT_MS, running

WINDOWS = 3
LOW_THRESHOLDS = (100, 10, 10)  # were collection automatic, the relay's unpickling would trip it at once


class Node:
    """A plain object in a cycle: its weak reference dies when a collection has run."""

    def __init__(self) -> None:
        self.me = self
        self.qobject = QObject()  # a Python-owned Qt object, destroyed by whoever collects the cycle


@pytest.fixture
def thresholds():
    saved = gc.get_threshold()
    yield
    gc.set_threshold(*saved)


@pytest.fixture
def collections():
    """The thread ident of every collection from now on (gc.callbacks, phase "start")."""
    threads: list[int] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.get_ident())

    gc.callbacks.append(record)
    yield threads
    gc.callbacks.remove(record)


def garbage_past(count: int) -> weakref.ref[Node]:
    """Unreachable cycles, each holding a QObject, until generation 0's count is over `count`; a weak
    reference to the last one."""
    node = Node()
    for _ in range(100 * count):  # bounded: were collection automatic, the count would keep resetting
        if gc.get_count()[0] > count:
            break
        node = Node()
    return weakref.ref(node)


def train_flat_out(qtbot, window: MainWindow) -> None:
    """Train as fast as it goes, for longer than the test lasts."""
    window.panel.epochs.setValue(MAX_EPOCHS)
    window.set_speed(None)
    qtbot.mouseClick(window.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: running(window), timeout=WAIT_MS)


def drop(window: MainWindow) -> None:
    window.close()
    assert window.training.thread.wait(WAIT_MS)
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_automatic_collection_is_off_and_a_gui_thread_timer_collects(window):
    collector = gui_gc.collector()
    assert collector is not None and not gc.isenabled()
    assert collector.timer.isActive() and collector.timer.interval() == gui_gc.INTERVAL_MS
    assert collector.thread() is QApplication.instance().thread()
    assert gui_gc.collect_in_gui_thread() is collector  # one per application, however many windows


def test_the_collector_follows_pythons_rule(qapp, thresholds):
    """The generation Python itself would have collected, step by step (a collector of the test's own,
    its timer stopped: nothing else collects meanwhile)."""
    gc.collect()
    collector = gui_gc.GuiThreadCollector(qapp)
    collector.timer.stop()
    gc.set_threshold(50, 1, 1)
    try:
        assert collector.collect_due() is None  # generation 0 is under its threshold

        def step() -> int | None:
            dead = garbage_past(50)
            generation = collector.collect_due()
            assert dead() is None
            return generation

        # A generation's count is the collections of the one below since its own last; when generation 0
        # is due, the oldest generation over its threshold is collected (with all younger ones) ...
        assert [step() for _ in range(7)] == [0, 0, 1, 0, 0, 1, 0]
        # A burst of allocations counts as the collections of generation 0 Python would have made in it;
        # the oldest generation is collected once a quarter more objects than survived the last full
        # collection have moved in.
        survivors = [[] for _ in range(collector.old_survivors // 2)]
        assert [step() for _ in range(2)] == [1, 2]
        assert collector.old_pending == 0 and collector.old_survivors >= len(survivors)
        gc.set_threshold(0)  # Python's way to turn collection off: the collector honours it
        garbage_past(50)
        assert collector.collect_due() is None
    finally:
        collector.deleteLater()


def test_every_collection_runs_in_the_gui_thread_while_windows_train_close_and_are_dropped(
        qtbot, thresholds, collections):
    gc.set_threshold(*LOW_THRESHOLDS)
    windows = []
    try:
        for n in range(WINDOWS):
            window = MainWindow()
            windows.append(window)
            window.show()
            qtbot.waitExposed(window)
            qtbot.waitUntil(lambda w=window: w.session.last_progress is not None, timeout=WAIT_MS)
            train_flat_out(qtbot, window)
            window.resize(900 + 60 * n, 640 + 40 * n)
            window.open_explorer().close()
            reports = window.views.frames_drawn
            qtbot.waitUntil(lambda w=window, r=reports: w.views.frames_drawn > r + 10, timeout=WAIT_MS)
            if n:  # the one before goes while this one trains
                drop(windows.pop(0))
        dead = garbage_past(LOW_THRESHOLDS[0])
        qtbot.waitUntil(lambda: dead() is None, timeout=WAIT_MS)  # the timer collected them
    finally:
        while windows:
            drop(windows.pop())
    assert collections, "no collection ran"
    assert set(collections) == {threading.main_thread().ident}
    assert threads_still_running() == []


def test_the_counts_stay_bounded_while_a_window_trains_flat_out(qtbot, window, thresholds, collections):
    """With automatic collection off, cycles are still collected as they pile up: no generation's
    count grows without bound."""
    gc.set_threshold(*LOW_THRESHOLDS)
    counts: list[tuple[int, int, int]] = []
    sampler = QTimer(interval=20)
    sampler.timeout.connect(lambda: counts.append(gc.get_count()))
    train_flat_out(qtbot, window)
    del collections[:]
    sampler.start()
    qtbot.waitUntil(lambda: len(counts) >= 50 and len(collections) >= 2 * LOW_THRESHOLDS[1], timeout=WAIT_MS)
    sampler.stop()
    assert running(window)
    assert max(c[1] for c in counts) <= LOW_THRESHOLDS[1] + 1  # each generation is collected once due
    assert min(c[0] for c in counts[-10:]) <= LOW_THRESHOLDS[0]  # and generation 0 keeps coming back down
    assert set(collections) == {threading.main_thread().ident}


def test_the_training_process_keeps_pythons_automatic_collection(qapp):
    """It is spawned, a fresh interpreter without Qt: gc.disable() here does not reach it."""
    assert not gc.isenabled()
    with ProcessPoolExecutor(1, mp_context=training_process._context) as pool:
        assert pool.submit(gc.isenabled).result(timeout=WAIT_MS / 1000) is True


WINDOW_ALONE = """
import gc
import os
from PySide6.QtWidgets import QApplication
from perceptron_gui.ui import gui_gc
from perceptron_gui.ui.app import prepare_application

if __name__ == "__main__":
    prepare_application()
    app = QApplication([])
    print(gc.isenabled(), gui_gc.collector() is None)
    from perceptron_gui.ui.main_window import MainWindow
    window = MainWindow()
    collector = gui_gc.collector()
    print(gc.isenabled(), collector is not None and collector.timer.isActive())
    window.close()
"""


def test_a_window_turns_collection_over_to_the_gui_thread_in_a_fresh_process(tmp_path):
    """Every MainWindow does it (the app's start, the benchmarks), not only the tests' conftest."""
    script = tmp_path / "window_alone.py"
    script.write_text(WINDOW_ALONE)
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True", "False", "True"]

"""Python's cyclic garbage collector runs only in the GUI thread.

Qt objects must be destroyed in the GUI thread. A Python-owned one in a reference cycle (a closed
window's widgets, a replaced training worker, pyqtgraph items) is destroyed by the collector, which
Python runs in whichever thread allocates when generation 0 passes its threshold. When that was the
training relay thread (inside `pickle.loads` of a report), it waited for Qt's lock in a QObject
destructor while the GUI thread held it and waited for the GIL: the process hung.

So automatic collection is off (`gc.disable()`), and a timer in the GUI thread collects instead, by
CPython's own rule (3.11-3.13): when generation 0's count is over its threshold (`gc.get_threshold()`,
so the usual knobs still apply), the oldest generation whose count is over its threshold (counting the
collections of generation 0 a burst of allocations, a window being built, say, would have made); the
oldest (a full collection, 0.1-0.3 s for this app's heap) only once the objects moved into it since
the last full collection number a quarter of those that survived it. pyqtgraph ships the idea as
`pyqtgraph.util.garbage_collector.GarbageCollector` (without the last two rules). CPython 3.14's
incremental collector gives these counts other meanings: revisit the rule with it. Every MainWindow
starts the collector (once per application), and so does the tests' conftest for every test that
uses Qt. The training process is spawned, a fresh interpreter without Qt: its collector stays on.
"""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

INTERVAL_MS = 20  # how often the GUI thread looks at the counts (a look costs about a microsecond)

_collectors: list[GuiThreadCollector] = []  # the one for the running application, if started


class GuiThreadCollector(QObject):
    """The GUI thread's collector: a child of the application, checking the counts on a timer."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.old_survivors = len(gc.get_objects(generation=2))  # after the last full collection
        self.old_pending = 0  # objects moved into the oldest generation since
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.collect_due)
        gc.disable()
        self.timer.start()

    def collect_due(self) -> int | None:
        """Collect what Python would have collected by now; the generation collected, or None."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if thresholds[0] == 0 or counts[0] <= thresholds[0]:  # a threshold of 0: collection is off
            return None
        if counts[2] > thresholds[2] and self.old_pending >= self.old_survivors / 4:
            gc.collect(2)
            self.old_survivors, self.old_pending = len(gc.get_objects(generation=2)), 0
            return 2
        backlog = counts[0] // thresholds[0]  # the collections of generation 0 Python would have made
        if counts[1] + backlog - 1 > thresholds[1]:  # ... and one of generation 1 among them
            young = len(gc.get_objects(generation=0)) + len(gc.get_objects(generation=1))
            self.old_pending += young - gc.collect(1)  # the survivors move to the oldest generation
            return 1
        gc.collect(0)
        return 0


def collect_in_gui_thread() -> GuiThreadCollector:
    """Turn automatic collection off and collect from the GUI thread from now on; call it in the GUI
    thread once the QApplication exists (again is harmless: one collector per application)."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        raise RuntimeError("the GUI thread's collector starts in the GUI thread of a running QApplication")
    running = collector()
    if running is not None:
        return running
    _collectors[:] = [GuiThreadCollector(app)]
    return _collectors[0]


def collector() -> GuiThreadCollector | None:
    """The running application's collector, if it has one."""
    app = QCoreApplication.instance()
    return next((c for c in _collectors if shiboken6.isValid(c) and app is not None and c.parent() is app),
                None)

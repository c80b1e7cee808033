"""`perceptron-gui --self-test`: the whole program once, as a bundle's smoke test.

It opens the window (offscreen when there is no display), trains XOR with a hidden layer of 4 in
the real training process until it converges, loads the Vietnamese translation, saves and reopens
a weights file, and closes. It leaves the user's settings alone (it uses a temporary folder), and
any warning Qt prints fails it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QSettings, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from perceptron_gui.core.trainer import CONVERGED, FINISHED_STATES
from perceptron_gui.core.truth_table import preset
from perceptron_gui.ui.app import prepare_application
from perceptron_gui.ui.i18n import set_language
from perceptron_gui.ui.training_process import threads_still_running

SECONDS = 60.0  # an upper bound for each wait on a slow machine, never a pause
# Not the program's faults: the offscreen platform's limits (said of every window when there is no
# display), and Qt's notice that it uses UTF-8 in a "C" locale (as under `env -i`).
HARMLESS_NOTICES = ("This plugin does not support", 'Detected locale "C"')


class SelfTestFailure(Exception):
    """What failed, in one line."""


def run_self_test() -> int:
    """0 if every check passed; 1 with one line on stderr saying what failed."""
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    warnings: list[str] = []

    def record(kind: QtMsgType, _context: object, message: str) -> None:
        quiet = kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)
        if not quiet and not message.startswith(HARMLESS_NOTICES):
            warnings.append(message)

    previous = qInstallMessageHandler(record)
    try:
        with tempfile.TemporaryDirectory(prefix="perceptron-gui-self-test-") as folder:
            _check_everything(Path(folder))
        if warnings:
            raise SelfTestFailure(f"Qt warned: {warnings[0]}")
    except Exception as exc:  # a failed check, or anything else: said in one line
        reason = str(exc) if isinstance(exc, SelfTestFailure) else f"{type(exc).__name__}: {exc}"
        print(f"perceptron-gui: self-test failed: {' '.join(reason.split())}", file=sys.stderr)
        return 1
    finally:
        qInstallMessageHandler(previous)
    print("perceptron-gui: self-test passed")
    return 0


def _check_everything(folder: Path) -> None:
    if QApplication.instance() is None:
        prepare_application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName("PerceptronGUI-self-test")
    app.setApplicationName("perceptron-gui-self-test")
    from perceptron_gui.ui.main_window import MainWindow  # after the settings' folder is set

    window = MainWindow()
    try:
        _train_save_and_reopen(window, folder / "xor.json")
    finally:
        window.close()
        window.deleteLater()  # now, in this thread, not at exit after the application
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    _wait_for(lambda: not threads_still_running(), "the training process to end")


def _train_save_and_reopen(window, path: Path) -> None:
    def wait(condition: Callable[[], bool], what: str) -> None:
        def done() -> bool:
            if window.error_dialog is not None:
                raise SelfTestFailure(window.error_dialog.text())
            return condition()
        _wait_for(done, what)

    window.show()
    wait(lambda: window.deferred_build.is_finished, "the window to be built (the 3D view comes after)")
    wait(lambda: window.session.last_progress is not None, "the training process to start")
    window.session.replace_table(preset("xor"))
    window.form.load_config(window.session.config.replace(hidden_layers=(4,), epochs=20_000,
                                                          target_loss=0.01))
    window.set_speed(None)
    window.session.train()
    session = window.session
    wait(lambda: session.last_progress is not None and session.last_progress.state in FINISHED_STATES,
         "XOR with a hidden layer of 4 to finish training")
    progress = window.session.last_progress
    if progress.state != CONVERGED:
        raise SelfTestFailure(f"XOR [4] did not converge: {progress.state} at loss {progress.loss:.3g}")

    set_language("vi")  # the window's own texts and Qt's standard buttons, as a student sees them
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)  # (the widgets retranslate)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
    buttons.deleteLater()
    if window.train_button.text() == "Train":
        raise SelfTestFailure("the Vietnamese translation did not load")
    if cancel.replace("&", "") == "Cancel":
        raise SelfTestFailure("the Vietnamese translation of Qt's own buttons did not load")
    set_language("en")

    window.files.export_weights(path)
    saved = window.session.last_progress.predictions  # the latest weights' (the ones saved; a frame may lag)
    if not window.files.open_file(path):
        raise SelfTestFailure(f"could not reopen {path.name}: {window.error_dialog.text()}")
    if (window.session.network.predict(window.session.table.inputs) != saved).any():
        raise SelfTestFailure(f"the weights reopened from {path.name} predict differently")


def _wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + SECONDS
    while not condition():
        if time.monotonic() > deadline:
            raise SelfTestFailure(f"timed out waiting for {what}")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)

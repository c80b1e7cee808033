"""Shared test set-up: a display for Qt, isolated settings, and no thread left running.

Qt is imported only where a test uses it: tests/core runs with PySide6 not installed (.ci/run).
"""

from __future__ import annotations

import importlib.util
import os

import pytest


@pytest.hookimpl(trylast=True)
def pytest_configure(config: pytest.Config) -> None:
    if importlib.util.find_spec("PySide6") is None:  # the core's tests alone, without Qt
        return
    if config.getoption("dist", "no") != "no" and "PYTEST_XDIST_WORKER" not in os.environ:
        return  # pytest-xdist's controller runs no test: each worker starts its own Xvfb
    # pytest-xvfb has set DISPLAY by now if Xvfb exists; with no display at all, run offscreen.
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from perceptron_gui.ui.app import prepare_application  # before pytest-qt makes the QApplication

    prepare_application()


@pytest.fixture(autouse=True)
def isolated_settings(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """Each test that uses Qt gets its own empty QSettings (an INI file in a temp folder)."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QCoreApplication, QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("PerceptronGUI-tests")
    QCoreApplication.setApplicationName("perceptron-gui-tests")
    yield


@pytest.fixture(autouse=True)
def gui_thread_collection(request: pytest.FixtureRequest):
    """Each test that uses Qt runs as the app does: Python's cyclic garbage is collected in the GUI
    thread only (perceptron_gui/ui/gui_gc.py), bare widgets included, from the first such test on."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    request.getfixturevalue("qapp")
    from perceptron_gui.ui.gui_gc import collect_in_gui_thread

    collect_in_gui_thread()
    yield


def opengl_required() -> bool:
    """CI sets PERCEPTRON_GUI_REQUIRE_OPENGL: there, a test must not skip for lack of OpenGL."""
    return os.environ.get("PERCEPTRON_GUI_REQUIRE_OPENGL") == "1"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Destroy the QApplication while its X display still exists.

    pytest-xvfb stops Xvfb at interpreter exit, before Python would destroy the application;
    Qt then loses its X connection and the process crashes after the tests have passed. Every
    widget (and OpenGL context) goes first, then the application.
    """
    import gc
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    app.closeAllWindows()
    for widget in QApplication.topLevelWidgets():
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    gc.collect()
    shiboken6.delete(app)

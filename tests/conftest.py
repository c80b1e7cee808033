"""Shared test set-up: a display for Qt, isolated settings, and no thread left running."""

from __future__ import annotations

import os

import pytest


@pytest.hookimpl(trylast=True)
def pytest_configure(config: pytest.Config) -> None:
    # pytest-xvfb has set DISPLAY by now if Xvfb exists; with no display at all, run offscreen.
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


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


def opengl_required() -> bool:
    """CI sets PERCEPTRON_GUI_REQUIRE_OPENGL: there, a test must not skip for lack of OpenGL."""
    return os.environ.get("PERCEPTRON_GUI_REQUIRE_OPENGL") == "1"

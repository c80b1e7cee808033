"""Starts the window: `perceptron-gui` with no arguments, or `python -m perceptron_gui`."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from perceptron_gui.core.blas import use_one_blas_thread
from perceptron_gui.core.resources import resources_dir

ORGANIZATION, APPLICATION = "PerceptronGUI", "perceptron-gui"


def prepare_application() -> None:
    """What must be set before the QApplication exists: the 3D view shares OpenGL contexts; and
    BLAS gets one thread, so that it does not fight the window for the cores (core/blas.py)."""
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    use_one_blas_thread()


def app_icon() -> QIcon:
    """The app's icon, drawn from its SVG at any size (the bundle's .ico and .icns come from it too)."""
    return QIcon(str(resources_dir() / "icons" / "perceptron-gui.svg"))


def run_window(argv: Sequence[str] = ()) -> int:
    prepare_application()
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Perceptron GUI")
    app.setWindowIcon(app_icon())
    from perceptron_gui.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    code = app.exec()
    # Closed: the settings are saved and the training process joined (closeEvent). Python's
    # finalization would destroy the Qt and pyqtgraph objects in no set order, which crashed after
    # Ctrl+Q in about one run in three: end here, with what is buffered written out.
    window.settings.sync()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)

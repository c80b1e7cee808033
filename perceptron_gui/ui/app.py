"""Starts the window: `perceptron-gui` with no arguments, or `python -m perceptron_gui`."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

ORGANIZATION, APPLICATION = "PerceptronGUI", "perceptron-gui"


def run_window(argv: Sequence[str] = ()) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Perceptron GUI")
    from perceptron_gui.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    return app.exec()

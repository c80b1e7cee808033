"""The loss view on its own: texts in retranslate(), the history untouched by a language change."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent

from perceptron_gui.ui.loss_view import LossView


def test_a_language_change_keeps_the_loss_named_and_the_curves(qtbot):
    view = LossView()
    qtbot.addWidget(view)
    view.set_loss_name("bce")
    view.append(0, np.array([0.7, 0.5, 0.3]), np.array([0.25, 0.5, 1.0]))
    view.redraw()
    view.log_check.setChecked(True)
    title = view.title.text()
    assert "binary cross-entropy" in title
    points = view.loss_points()

    QCoreApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))

    assert view.title.text() == title  # still the chosen loss, not the default
    assert view.count == 3
    np.testing.assert_array_equal(view.loss_points()[1], points[1])
    assert view.log_check.isChecked() and view.log_check.text() == "log scale"
    assert view.loss_plot.getAxis("left").labelText == "loss E"
    assert view.accuracy_plot.getAxis("bottom").labelText == "epoch"

"""The loss view on its own: texts in retranslate(), the history untouched by a language change."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QApplication

from perceptron_gui.ui.i18n import set_language
from perceptron_gui.ui.loss_view import LossView


def test_a_language_change_keeps_the_loss_named_and_the_curves(qtbot):
    view = LossView()
    qtbot.addWidget(view)
    view.set_loss_name("bce")
    view.record.append(0, np.array([0.7, 0.5, 0.3]), np.array([0.25, 0.5, 1.0]))
    view.redraw()
    view.log_check.setChecked(True)
    title = view.title.text()
    assert "binary cross-entropy" in title
    points = view.loss_points()
    view.build_chart()  # as the window does after its first paint

    QCoreApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))

    assert view.title.text() == title  # still the chosen loss, not the default
    assert view.count == 3
    np.testing.assert_array_equal(view.loss_points()[1], points[1])
    assert view.log_check.isChecked() and view.log_check.text() == "log scale"
    assert view.loss_plot.getAxis("left").labelText == "loss E"
    assert view.accuracy_plot.getAxis("bottom").labelText == "epoch"


def test_what_comes_before_the_chart_is_drawn_when_it_is_built(qtbot):
    """The window's first frame has no charts (pyqtgraph comes after it): the record, the log box
    and the marked epoch wait for them, in white places as tall as the charts' least height."""
    view = LossView()
    qtbot.addWidget(view)
    view.record.append(0, np.array([0.7, 0.5, 0.3]), np.array([0.25, 0.5, 1.0]))
    view.redraw()
    view.log_check.setChecked(True)
    view.mark(1)
    font_height = QFontMetricsF(view.font()).height()
    assert view.loss_plot is None and view.minimumSizeHint().height() >= 40 + 2.5 * font_height

    view.build_chart()

    _, y = view.loss_curve.getOriginalDataset()
    np.testing.assert_array_equal(y, [0.7, 0.5, 0.3])
    assert view.loss_plot.getPlotItem().ctrl.logYCheck.isChecked()
    assert view.marker.isVisible() and view.marker.value() == 1
    view.mark(None)
    assert not view.marker.isVisible()


def shown_view(qtbot, height: int = 330) -> LossView:
    view = LossView()
    view.build_chart()
    qtbot.addWidget(view)
    view.resize(700, height)
    view.show()
    qtbot.waitExposed(view)
    return view


def drawn_labels(axis) -> list[tuple[QRectF, str]]:
    """The tick labels the axis paints (where, in the axis's coordinates, and what), once it has
    widened to its labels (pyqtgraph drops a label wider than the axis, then widens it)."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    for _ in range(2):
        painter = QPainter(image)
        try:
            _, _, texts = axis.generateDrawSpecs(painter)
        finally:
            painter.end()
        QApplication.processEvents()  # the layout gives the axis its new width
    return [(rect, text) for rect, _, text in texts]


@pytest.mark.parametrize("low, high", [(1e-12, 1.0), (0.003, 0.18), (0.125, 0.143), (0.5, 0.5000001)])
def test_the_log_axis_labels_any_range_readably(qtbot, low, high):
    view = shown_view(qtbot)
    view.record.append(0, np.geomspace(high, low, 50), np.ones(50))
    view.record.set_latest(low, 1.0)
    view.redraw()
    view.log_check.setChecked(True)
    view.loss_plot.setYRange(np.log10(low), np.log10(high), padding=0)
    axis = view.loss_plot.getAxis("left")
    labels = sorted(drawn_labels(axis), key=lambda drawn: drawn[0].center().y())
    assert len(labels) >= 2, (low, high)
    height = QFontMetricsF(QFont()).height()  # the font the axis paints its labels in
    centres = [axis.mapToScene(rect.center()).y() for rect, _ in labels]
    assert min(np.diff(centres)) >= height  # no label overlaps the next one
    assert len(labels) <= axis.size().height() / height + 1
    for (rect, text), centre in zip(labels, centres):
        assert low * (1 - 1e-9) <= float(text) <= high * (1 + 1e-9)
        assert height / 2 <= centre <= view.loss_plot.height() - height / 2  # none cut at an end
        assert rect.width() >= QFontMetricsF(QFont()).horizontalAdvance(text)  # nor at its side
    values = [float(text) for _, text in labels]
    assert values == sorted(values, reverse=True)  # the top label is the largest loss


@pytest.mark.parametrize("language", ["en", "vi"])
def test_the_axis_labels_fit_their_axes_in_both_languages(qtbot, language):
    try:
        set_language(language)
        view = shown_view(qtbot, height=200)  # squeezed: both charts at their least heights
        charts = ((view.loss_plot, view.tr("loss E")), (view.accuracy_plot, view.tr("accuracy")))

        def label_inside(plot) -> bool:
            axis = plot.getAxis("left")
            given = axis.mapRectToScene(QRectF(QPointF(0, 0), axis.size()))
            label = axis.label.mapRectToScene(axis.label.boundingRect())  # rotated: tall, not wide
            return given.top() <= label.top() and label.bottom() <= given.bottom()

        # the charts take their least heights once laid out for the new size (from the event loop)
        qtbot.waitUntil(lambda: all(label_inside(plot) for plot, _ in charts), timeout=5000)
        for plot, text in charts:
            axis = plot.getAxis("left")
            assert axis.label.toPlainText().strip() == text
            if language == "vi":
                assert text != "accuracy" or plot is view.loss_plot
            assert QFontMetricsF(axis.label.font()).horizontalAdvance(text) <= axis.size().height()
    finally:
        set_language("en")


def test_a_fresh_model_on_a_log_axis_shows_its_point_with_labels(qtbot):
    view = shown_view(qtbot)
    view.record.set_latest(0.181649, 0.75)  # epoch 0 only: the initial weights
    view.redraw()
    view.log_check.setChecked(True)
    low, high = view.loss_plot.getViewBox().viewRange()[1]
    assert low < np.log10(0.181649) < high  # in sight (a log axis "from 0" was 1 to 1.6)
    assert len(drawn_labels(view.loss_plot.getAxis("left"))) >= 2
    view.log_check.setChecked(False)
    assert view.loss_plot.getViewBox().viewRange()[1][0] == 0  # linear: from 0 again

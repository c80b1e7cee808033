"""The loss landscape: E over two weights (or two directions) and the path of gradient descent."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QComboBox

from perceptron_gui.core.network import Network
from perceptron_gui.core.truth_table import preset
from perceptron_gui.ui.landscape_view import CONTOUR_LEVELS, LandscapeView
from tests.ui.conftest import set_hidden_layers, train_to_the_end, wait_drawn


@pytest.fixture
def landscape(qtbot, window):
    window.docks["landscape"].raise_()
    qtbot.waitUntil(lambda: window.landscape.surface is not None)
    return window.landscape


def grid(view) -> tuple[np.ndarray, np.ndarray]:
    a_low, a_high, b_low, b_high = view.extent
    rows, columns = view.surface.shape
    return np.linspace(a_low, a_high, columns), np.linspace(b_low, b_high, rows)


def lecture_loss(w0: float, w1: float, w2: float) -> float:
    """E = (1/N)·½·Σ(σ(w0 + w1·x1 + w2·x2) − y)² on AND, written out."""
    table = preset("and")
    y_hat = 1 / (1 + np.exp(-(w0 + table.inputs @ [w1, w2])))
    return float(np.mean(0.5 * (y_hat - table.targets[:, 0]) ** 2))


def test_the_perceptrons_loss_over_w1_and_w2(qtbot, window, landscape):
    combo = window.findChild(QComboBox, "landscapePlaneCombo")
    assert [combo.itemText(i) for i in range(combo.count())] == ["w0 × w1", "w0 × w2", "w1 × w2"]
    assert combo.currentText() == "w1 × w2"
    initial = window.session.network.params.copy()
    train_to_the_end(qtbot, window)
    wait_drawn(window)
    assert landscape.computed_epoch == 2000
    w0, w1, w2 = window.session.network.params
    assert landscape.current_point() == pytest.approx((w1, w2))
    a, b = grid(landscape)
    for row, column in ((0, 0), (7, 30), (60, 60)):
        assert landscape.surface[row, column] == pytest.approx(lecture_loss(w0, a[column], b[row]), rel=1e-12)
    path_x, path_y = landscape.path.getData()
    assert (path_x[0], path_y[0]) == pytest.approx((initial[1], initial[2]), rel=1e-12)  # epoch 0
    assert (path_x[-1], path_y[-1]) == pytest.approx(landscape.current_point())  # it ends at the dot
    assert not landscape.plot.getAxis("left").autoSIPrefix  # w2 reads as it is, not "(x0.001)"
    # downhill: gradient descent ends where the loss is lower than where it started
    assert landscape.loss_at(path_x[-1], path_y[-1]) < landscape.loss_at(path_x[0], path_y[0])


def test_a_recompute_gives_the_same_contour_lines_new_levels(qtbot, window, landscape):
    contours = list(landscape.contours)
    before = [contour.level for contour in contours]
    train_to_the_end(qtbot, window)
    wait_drawn(window)
    assert landscape.computed_epoch == 2000
    assert all(now is then for now, then in zip(landscape.contours, contours, strict=True))
    logs = landscape.image.image
    levels = np.linspace(logs.min(), logs.max(), CONTOUR_LEVELS + 2)[1:-1]
    assert [contour.level for contour in contours] == pytest.approx(levels) != before
    for contour in contours:
        np.testing.assert_array_equal(contour.data, logs.T)
    in_scene = [item for item in landscape.plot.scene().items() if isinstance(item, pg.IsocurveItem)]
    assert len(in_scene) == CONTOUR_LEVELS  # none left behind


def test_choosing_another_plane_recomputes(qtbot, window, landscape):
    train_to_the_end(qtbot, window)
    wait_drawn(window)
    combo = window.findChild(QComboBox, "landscapePlaneCombo")
    combo.setCurrentIndex(0)  # w0 × w1, with w2 held
    w0, w1, w2 = window.session.network.params
    assert landscape.current_point() == pytest.approx((w0, w1))
    a, b = grid(landscape)
    assert landscape.surface[10, 20] == pytest.approx(lecture_loss(a[20], b[10], w2), rel=1e-12)


def test_a_bigger_model_uses_random_directions(qtbot, window, landscape):
    window.table_editor.select_preset("xor")
    set_hidden_layers(qtbot, window, "4")
    train_to_the_end(qtbot, window)
    wait_drawn(window)
    combo = window.findChild(QComboBox, "landscapePlaneCombo")
    assert combo.count() == 1 and "filter-normalized" in combo.currentText()
    assert landscape.current_point() == pytest.approx((0.0, 0.0), abs=1e-9)  # the plane's centre
    path_x, _ = landscape.path.getData()
    assert len(path_x) > 10
    assert landscape.loss_at(0.0, 0.0) == pytest.approx(window.session.last_progress.loss, rel=0.5)


def test_a_language_change_keeps_the_surface_the_plane_and_the_note(qtbot, window, landscape):
    combo = window.findChild(QComboBox, "landscapePlaneCombo")
    items = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    index, surface, extent = combo.currentIndex(), landscape.surface.copy(), landscape.extent
    note = landscape.note.text()
    assert "grid through the weights of epoch" in note
    axes = [landscape.plot.getAxis(side).labelText for side in ("bottom", "left")]
    assert axes == ["w1", "w2"]

    QCoreApplication.sendEvent(landscape, QEvent(QEvent.Type.LanguageChange))

    assert [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == items
    assert combo.currentIndex() == index
    np.testing.assert_array_equal(landscape.surface, surface)
    assert landscape.extent == extent and landscape.note.text() == note
    assert [landscape.plot.getAxis(side).labelText for side in ("bottom", "left")] == axes


def test_the_random_directions_plane_is_retranslated_in_place(qtbot):
    view = LandscapeView()
    qtbot.addWidget(view)
    view.set_model(Network.build([2, 4, 1], "tanh", "sigmoid"))
    text = view.plane_combo.currentText()
    QCoreApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert (view.plane_combo.count(), view.plane_combo.currentData(), view.plane_combo.currentText()) == (
        1, None, text)


def test_the_chart_comes_once_built_and_the_window_builds_it_after_its_first_paint(qtbot, window):
    view = LandscapeView()
    qtbot.addWidget(view)
    view.set_model(Network.build([2, 1], "tanh", "sigmoid"))  # before the chart: nothing to clear
    assert view.plot is None and view.findChild(pg.PlotWidget, "landscapePlot") is None
    view.build_chart()
    plot = view.findChild(pg.PlotWidget, "landscapePlot")
    assert plot is view.plot and len(view.contours) == CONTOUR_LEVELS
    layout = view.layout()
    assert (layout.indexOf(plot), layout.indexOf(view.note)) == (1, 2)  # between the header and the note
    assert view.colorbar.getAxis("left").labelText == "log₁₀ E"
    view.build_chart()
    assert view.findChildren(pg.PlotWidget) == [plot]
    assert window.deferred_build.is_finished and window.landscape.plot is not None


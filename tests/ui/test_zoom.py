"""View → Zoom: the standard shortcuts scale every text and line of the window, 80–250 %, remembered;
the charts' text is dark enough to read. `.ci/run` runs this module on the users' screens too."""

from __future__ import annotations

import itertools

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter
from PySide6.QtWidgets import QApplication, QTableView, QToolTip

from perceptron_gui.ui import zoom
from perceptron_gui.ui.chart_style import contrast_ratio
from perceptron_gui.ui.main_window import MainWindow
from perceptron_gui.ui.surface_view import LABEL_3D_SCALE
from tests.ui.conftest import WAIT_MS
from tests.ui.screen_checks import assert_controls_reachable, assert_frame_fits, assert_no_overlaps, settle

# the keys (QKeySequence needs the application first: it asks the platform for its standard keys)
ZOOM_IN, ZOOM_OUT, ACTUAL_SIZE = QKeySequence.StandardKey.ZoomIn, QKeySequence.StandardKey.ZoomOut, "Ctrl+0"
CHARTS = ("lossPlot", "accuracyPlot", "surface2d", "weightsPlot", "landscapePlot")


@pytest.fixture(autouse=True)
def back_to_actual_size(qapp):
    """The zoom is the application's: what a test leaves, the next test's widgets would inherit."""
    base = QApplication.font().pointSizeF()
    yield base
    zoom.set_zoom(1.0)


def press(qtbot, window: MainWindow, keys: QKeySequence.StandardKey | str, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keySequence(window, QKeySequence(keys))
    settle()


def show_diagram(qtbot, window: MainWindow) -> None:
    """The docks draw while on show: the weights (and their legend) once, then the diagram."""
    window.docks["weights"].raise_()
    qtbot.waitUntil(lambda: len(window.weights_view.legend.items) == 3, timeout=WAIT_MS)
    window.docks["diagram"].raise_()
    qtbot.waitUntil(lambda: window.diagram.network is not None, timeout=WAIT_MS)


def chart(window: MainWindow, name: str) -> pg.PlotWidget:
    plot = window.findChild(pg.PlotWidget, name)
    assert plot is not None, f"no chart called {name}"
    return plot


def text_sizes(window: MainWindow) -> dict[str, float]:
    """Point sizes of the texts a student reads, across the window."""
    sizes = {
        "application": QApplication.font().pointSizeF(),
        "menus": window.menuBar().font().pointSizeF(),
        "tooltips": QToolTip.font().pointSizeF(),
        "truth table": window.findChild(QTableView, "truthTable").font().pointSizeF(),
        "inspector": window.findChild(QTableView, "inspectorRowsTable").font().pointSizeF(),
        "diagram": window.diagram.font().pointSizeF(),
    }
    for name, dock in window.docks.items():
        sizes[f"{name} dock"] = dock.font().pointSizeF()
    for _, label in window.weights_view.legend.items:  # the weights' names (w0, w1, w2)
        sizes[f"legend {label.text}"] = float(label.opts["size"].removesuffix("pt"))
    if window.surface_view.has_3d:
        sizes["3D labels"] = window.surface_view._texts3d[0].font.pointSizeF() / LABEL_3D_SCALE
    for name in CHARTS:
        for side in ("left", "bottom"):
            axis = chart(window, name).getAxis(side)
            sizes[f"{name} {side} numbers"] = axis.style["tickFont"].pointSizeF()
            sizes[f"{name} {side} label"] = axis.label.font().pointSizeF()
    return sizes


def assert_zoomed(window: MainWindow, base: float, factor: float) -> None:
    assert zoom.zoom_factor() == pytest.approx(factor)
    for what, size in text_sizes(window).items():
        assert size == pytest.approx(base * factor), what
    rows = window.findChild(QTableView, "truthTable").verticalHeader().defaultSectionSize()
    assert rows == round(24 * factor)
    assert window.loss_view.loss_curve.opts["pen"].widthF() == pytest.approx(factor)  # 1 pixel at 100 %
    assert window.diagram.node_position(0, 0).x() == pytest.approx(70 * factor)  # room for the names


def test_the_shortcuts_zoom_every_text_and_line(qtbot, window, back_to_actual_size):
    base = back_to_actual_size
    show_diagram(qtbot, window)
    assert "Ctrl++" in [keys.toString() for keys in window.actions["zoom in"].shortcuts()]
    press(qtbot, window, ZOOM_IN)
    assert_zoomed(window, base, 1.1)
    press(qtbot, window, ZOOM_IN, 2)
    assert_zoomed(window, base, 1.5)
    press(qtbot, window, ZOOM_OUT, 4)
    assert_zoomed(window, base, 0.9)
    press(qtbot, window, ACTUAL_SIZE)
    assert_zoomed(window, base, 1.0)


def test_the_zoom_stops_at_80_and_250_percent(qtbot, window, back_to_actual_size):
    press(qtbot, window, ZOOM_IN, 12)
    assert zoom.zoom_factor() == 2.5
    assert not window.actions["zoom in"].isEnabled()
    assert QApplication.font().pointSizeF() == pytest.approx(2.5 * back_to_actual_size)
    press(qtbot, window, ZOOM_OUT, 15)
    assert zoom.zoom_factor() == 0.8
    assert not window.actions["zoom out"].isEnabled() and window.actions["zoom in"].isEnabled()
    window.zoom.set_zoom(7.0)  # a remembered value from elsewhere: clamped too
    assert zoom.zoom_factor() == 2.5


def test_the_zoom_is_remembered_and_applied_at_start_up(qtbot, window, back_to_actual_size):
    press(qtbot, window, ZOOM_IN, 3)
    assert zoom.zoom_factor() == 1.5
    window.close()
    assert window.training.thread.wait(2000)
    zoom.set_zoom(1.0)  # as a new run of the program starts
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    qtbot.waitUntil(lambda: again.deferred_build.is_finished, timeout=WAIT_MS)  # its 3D view, its landscape
    settle()
    try:
        show_diagram(qtbot, again)
        assert_zoomed(again, back_to_actual_size, 1.5)
        assert again.actions["zoom in"].isEnabled() and again.actions["zoom out"].isEnabled()
    finally:
        again.close()
        assert again.training.thread.wait(2000)


def test_at_175_percent_the_window_still_fits_and_numbers_are_whole(qtbot, window):
    window.zoom.set_zoom(1.75)
    settle()
    screen = QApplication.primaryScreen().availableGeometry()
    if window.minimumSizeHint().height() <= screen.height():
        qtbot.waitUntil(lambda: screen.contains(window.frameGeometry()), timeout=WAIT_MS)  # moved in
        assert_frame_fits(window)
    else:  # a screen too short for this zoom: at least the top, with the menus, is in sight
        qtbot.waitUntil(lambda: window.frameGeometry().top() == screen.top(), timeout=WAIT_MS)
    assert_no_overlaps(window)
    assert_controls_reachable(window)
    for name in ("truthTable", "predictionTable"):
        view = window.findChild(QTableView, name)
        model = view.model()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                text = str(model.data(model.index(row, column)))
                needed = view.fontMetrics().horizontalAdvance(text)
                assert needed < view.columnWidth(column), f"{name} cuts {text!r} at 175 %"


def test_every_chart_has_its_name(window):
    assert chart(window, "lossPlot") is window.loss_view.loss_plot
    assert chart(window, "accuracyPlot") is window.loss_view.accuracy_plot
    for name in CHARTS:
        chart(window, name)
    explorer = window.open_explorer()
    for name in ("sweepHeatMap", "sweepSuccessPlot", "sweepEpochsPlot", "sweepCurvesPlot"):
        assert explorer.findChild(pg.PlotWidget, name) is not None
    explorer.close()


def test_the_contrast_ratio_is_wcags():
    white = QColor("#ffffff")
    assert contrast_ratio(QColor("#000000"), white) == pytest.approx(21.0)
    assert contrast_ratio(white, white) == pytest.approx(1.0)
    assert contrast_ratio(QColor("#969696"), white) == pytest.approx(2.96, abs=0.01)  # pyqtgraph's grey
    assert contrast_ratio(QColor("#767676"), white) == pytest.approx(4.54, abs=0.01)  # WCAG's own example


def test_chart_text_reads_at_4_5_to_1_against_the_chart(qtbot, window):
    explorer = window.open_explorer()
    plots = window.findChildren(pg.PlotWidget) + explorer.findChildren(pg.PlotWidget)
    assert len(plots) >= len(CHARTS) + 4
    for plot in plots:
        background = plot.backgroundBrush().color()
        item = plot.getPlotItem()
        for axis in (i for i in plot.scene().items() if isinstance(i, pg.AxisItem)):
            for what, colour in (("numbers", axis.textPen().color()),
                                 ("label", QColor(axis.labelStyle["color"]))):
                ratio = contrast_ratio(colour, background)
                assert ratio >= 4.5, f"{plot.objectName()} {axis.orientation} {what}: {ratio:.2f} : 1"
        if item.titleLabel.isVisible():
            assert contrast_ratio(QColor(item.titleLabel.opts["color"]), background) >= 4.5
    explorer.close()


def test_the_zoom_menu_says_where_it_is(qtbot, window):
    view_menu = window.menus["view"]
    texts = [action.text() for action in view_menu.actions()]
    for name in ("zoom in", "zoom out", "actual size", "full screen"):
        assert window.actions[name].text() in texts
    window.zoom.set_zoom(1.25)
    assert "125 %" in window.actions["zoom in"].toolTip()
    exact = QKeySequence.SequenceMatch.ExactMatch
    assert window.actions["actual size"].shortcut().matches(QKeySequence(ACTUAL_SIZE)) == exact
    assert window.actions["zoom out"].shortcut().matches(QKeySequence(ZOOM_OUT)) == exact


def drawn_numbers(axis: pg.AxisItem) -> list[tuple[QRectF, str]]:
    """Where the axis draws its numbers, and which."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _, _, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [(rect, text) for rect, _, text in texts]


def test_axis_numbers_never_crowd_even_at_250_percent_in_the_smallest_window(qtbot, window):
    window.zoom.set_zoom(2.5)
    settle()
    window.resize(window.minimumSize())
    settle()
    for name in ("lossPlot", "accuracyPlot"):
        for side in ("left", "bottom"):
            numbers = drawn_numbers(chart(window, name).getAxis(side))
            assert len(numbers) >= 2, f"{name} {side}: {numbers}"
            for (a, text_a), (b, text_b) in itertools.combinations(numbers, 2):
                assert not a.intersects(b), f"{name} {side}: {text_a} and {text_b} overlap"


def title_ink_height(dock) -> int:
    """How many pixel rows the dock's title text covers, as painted (its left half: no buttons)."""
    title = dock.widget().geometry().top()
    image = dock.grab(QRect(0, 0, dock.width() // 2, title)).toImage()
    dark = [y for y in range(image.height())
            if any(image.pixelColor(x, y).lightness() < 100 for x in range(image.width()))]
    return dark[-1] - dark[0] + 1 if dark else 0


def test_a_zoom_while_running_reaches_the_docks_titles(qtbot, window):
    dock = window.docks["inspector"]
    before = title_ink_height(dock)
    press(qtbot, window, ZOOM_IN, 3)  # 150 %
    after = title_ink_height(dock)
    assert before > 0 and after >= 1.3 * before, (before, after)


def left_title_fits(plot: pg.PlotWidget) -> bool:
    """The left axis's title (rotated: tall, not wide) lies within the axis's length."""
    axis = plot.getAxis("left")
    given = axis.mapRectToScene(QRectF(QPointF(0, 0), axis.size()))
    label = axis.label.mapRectToScene(axis.label.boundingRect())
    return given.top() <= label.top() and label.bottom() <= given.bottom()


def test_the_charts_axis_titles_are_whole_at_175_percent_in_the_smallest_window(qtbot, window):
    window.zoom.set_zoom(1.75)
    settle()
    window.resize(window.minimumSize())  # every chart at its least height
    plots = [chart(window, name) for name in ("lossPlot", "accuracyPlot")]
    # (the charts take their least heights from the event loop, once laid out)
    qtbot.waitUntil(lambda: all(left_title_fits(plot) for plot in plots), timeout=WAIT_MS)
    assert window.size() == window.minimumSize()

"""SurfaceView driven as a student would: a network's output over two inputs, in 3D and in 2D."""

from __future__ import annotations

import os

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtOpenGLWidgets import QOpenGLWidget
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QSpinBox, QTabWidget, QWidget

from perceptron_gui.core.network import Network
from perceptron_gui.core.truth_table import TruthTable, preset
from perceptron_gui.ui import surface_view
from perceptron_gui.ui.surface_view import SurfaceView, decision_boundary

# Qt's offscreen platform says this on every window shown; it is about the platform, not the view.


def network(params: list[float], n_inputs: int = 2, n_outputs: int = 1) -> Network:
    """A one-layer sigmoid network with hand-set parameters (per output: bias, then weights)."""
    net = Network.build([n_inputs, n_outputs], "tanh", "sigmoid")
    net.params[:] = params
    return net


def corners(z: np.ndarray) -> np.ndarray:
    """The grid values at (0,0), (0,1), (1,0), (1,1): the truth table's row order."""
    return np.array([z[0, 0], z[0, -1], z[-1, 0], z[-1, -1]])


def image_of(view: SurfaceView) -> np.ndarray:
    plot = view.findChild(pg.PlotWidget, "surface2d")
    (image,) = [item for item in plot.getPlotItem().items if isinstance(item, pg.ImageItem)]
    return image.image


def scatter_of(view: SurfaceView) -> pg.ScatterPlotItem:
    plot = view.findChild(pg.PlotWidget, "surface2d")
    (scatter,) = [item for item in plot.getPlotItem().items if isinstance(item, pg.ScatterPlotItem)]
    return scatter


def require_3d(view: SurfaceView) -> None:
    """Skip where OpenGL is missing, except where CI demands it: there, fail."""
    if view.has_3d:
        return
    reason = "no OpenGL here: " + view.findChild(QLabel, "openglNote").text()
    if os.environ.get("PERCEPTRON_GUI_REQUIRE_OPENGL") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture
def view(qtbot) -> SurfaceView:
    widget = SurfaceView()
    qtbot.addWidget(widget)
    widget.resize(760, 640)
    widget.show()
    qtbot.waitExposed(widget)
    widget.build_3d()  # as the window does once it is on screen
    widget.build_2d()
    return widget


def test_grid_corners_are_the_networks_predictions(view):
    table = preset("and")
    net = network([-6.0, 4.0, 4.0])
    view.set_table(table)
    view.show_network(net)
    xs, ys, z = view.last_grid
    assert z.shape == (20, 20) and view.grid_size == 20
    np.testing.assert_allclose(xs, np.linspace(0, 1, 20))
    np.testing.assert_allclose(ys, np.linspace(0, 1, 20))
    np.testing.assert_allclose(corners(z), net.predict(table.inputs)[:, 0], rtol=1e-12)
    np.testing.assert_array_equal(image_of(view), z)
    assert view.objectName() == "surfaceView"
    assert "x1, x2" in view.findChild(QLabel, "surfaceTitle").text()


def test_grid_size_spin_changes_the_grid(view, qtbot):
    view.show_network(network([-6.0, 4.0, 4.0]))
    spin = view.findChild(QSpinBox, "gridSizeSpin")
    assert (spin.minimum(), spin.maximum(), spin.value()) == (5, 100, 20)
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert view.last_grid[2].shape == (21, 21)
    assert image_of(view).shape == (21, 21)
    view.grid_size = 5
    assert spin.value() == 5
    xs, _, z = view.last_grid
    assert z.shape == (5, 5)
    np.testing.assert_allclose(xs, [0, 0.25, 0.5, 0.75, 1])


def test_two_inputs_and_one_output_hide_the_choosers(view):
    view.set_table(preset("or"))
    for name in ("xAxisCombo", "yAxisCombo", "outputCombo"):
        assert not view.findChild(QComboBox, name).isVisible()
    assert not any(spin.isVisible() for spin in view.findChildren(QDoubleSpinBox))


def test_three_inputs_choose_axes_and_fix_the_third(view, qtbot):
    view.set_table(preset("majority3"))
    net = network([-2.0, 1.0, 2.0, 3.0], n_inputs=3)
    view.show_network(net)
    x_combo = view.findChild(QComboBox, "xAxisCombo")
    y_combo = view.findChild(QComboBox, "yAxisCombo")
    assert x_combo.isVisible() and y_combo.isVisible()
    assert [x_combo.itemText(i) for i in range(x_combo.count())] == ["x1", "x2", "x3"]
    fixed = view.findChild(QDoubleSpinBox, "fixedInput2")
    assert fixed.isVisible()
    assert not view.findChild(QDoubleSpinBox, "fixedInput0").isVisible()
    rows = preset("majority3").inputs

    before = view.last_grid[2].copy()
    np.testing.assert_allclose(corners(before), net.predict(rows[rows[:, 2] == 0])[:, 0])
    fixed.setValue(1.0)
    after = view.last_grid[2]
    assert not np.allclose(after, before)
    np.testing.assert_allclose(corners(after), net.predict(rows[rows[:, 2] == 1])[:, 0])
    assert "x3 = 1" in view.findChild(QLabel, "surfaceTitle").text()
    assert len(scatter_of(view).data) == 4

    x_combo.setCurrentIndex(2)  # x3 across, x2 still up: x1 is now the held input
    assert view.findChild(QDoubleSpinBox, "fixedInput0").isVisible() and not fixed.isVisible()
    along_x3_then_x2 = [[0, 0, 0], [0, 1, 0], [0, 0, 1], [0, 1, 1]]
    np.testing.assert_allclose(corners(view.last_grid[2]), net.predict(along_x3_then_x2)[:, 0])
    x_combo.setCurrentIndex(1)  # the y axis's input: the axes swap
    assert (x_combo.currentIndex(), y_combo.currentIndex()) == (1, 2)


def test_two_outputs_choose_which_to_plot(view, qtbot):
    table = preset("half-adder")
    net = network([-1.0, 2.0, 2.0, -6.0, 4.0, 4.0], n_outputs=2)
    view.set_table(table)
    view.show_network(net)
    combo = view.findChild(QComboBox, "outputCombo")
    assert combo.isVisible()
    assert [combo.itemText(i) for i in range(combo.count())] == ["sum", "carry"]
    first = view.last_grid[2].copy()
    combo.setCurrentIndex(1)
    second = view.last_grid[2]
    assert not np.allclose(first, second)
    np.testing.assert_allclose(corners(second), net.predict(table.inputs)[:, 1])
    assert "carry" in view.findChild(QLabel, "surfaceTitle").text()


def test_points_are_coloured_by_target_and_dont_care_is_hollow(view):
    targets = np.array([[0.0], [np.nan], [0.5], [1.0]])
    view.set_table(TruthTable(["a", "b"], ["y"], targets))
    points = scatter_of(view).points()
    assert [(p.pos().x(), p.pos().y()) for p in points] == [(0, 0), (0, 1), (1, 0), (1, 1)]
    brushes = [p.brush() for p in points]
    assert brushes[1].style() == Qt.BrushStyle.NoBrush
    blue, half, red = brushes[0].color(), brushes[2].color(), brushes[3].color()
    assert blue.blue() > blue.red() and red.red() > red.blue()
    assert blue.red() < half.red() and half.blue() > red.blue()
    plot = view.findChild(pg.PlotWidget, "surface2d").getPlotItem()
    assert plot.getAxis("bottom").labelText == "a" and plot.getAxis("left").labelText == "b"


def test_a_network_of_another_shape_waits_for_its_table(view):
    view.set_table(preset("majority3"))
    view.show_network(network([-2.0, 1.0, 2.0, 3.0], n_inputs=3))
    grid = view.last_grid
    view.set_table(preset("and"))  # the window changed the table; the worker still sends 3 inputs
    view.show_network(network([-2.0, 1.0, 2.0, 3.0], n_inputs=3))
    assert view.last_grid is grid
    assert len(view.findChildren(QDoubleSpinBox)) == 2
    view.show_network(network([-6.0, 4.0, 4.0]))
    assert view.last_grid is not grid


def test_decision_boundary_follows_the_perceptrons_line():
    net = network([-6.0, 4.0, 4.0])  # ŷ = 0.5 where 4·x1 + 4·x2 = 6
    z = surface_view.output_grid(net, 41, 0, 1, [0.0, 0.0])[2]
    x, y = decision_boundary(z)
    line = ~np.isnan(x)
    assert line.sum() > 10
    np.testing.assert_allclose(x[line] + y[line], 1.5, atol=0.02)
    flat = 0.5 + 1e-4 * z  # the XOR perceptron's 0.5 everywhere: no boundary to speak of
    assert decision_boundary(flat)[0].size == 0


def grab(gl_view: QWidget) -> np.ndarray:
    """What the 3D view draws now: its native GL window renders a frame and reads it back."""
    image = gl_view.view.grabFramebuffer().convertToFormat(QImage.Format.Format_RGBA8888)
    return pg.functions.ndarray_from_qimage(image)[..., :3].astype(int)


def test_3d_surface_renders_blue_low_and_red_high(view, qtbot):
    require_3d(view)
    gl_view = view.findChild(QWidget, "surface3d")
    tabs = view.findChild(QTabWidget, "surfaceTabs")
    assert tabs.tabText(0) == "3D surface" and gl_view.parent() is tabs.currentWidget()
    view.show_network(network([-6.0, 4.0, 4.0]))
    qtbot.waitUntil(gl_view.isVisible)
    pixels = grab(gl_view)
    colours = np.unique(pixels.reshape(-1, 3), axis=0)
    assert len(colours) > 50
    r, b = pixels[..., 0], pixels[..., 2]
    assert np.count_nonzero((b > r + 60) & (b > 150)) > 10_000  # the low, blue part
    assert np.count_nonzero((r > b + 60) & (r > 150)) > 1_000  # the rise to red at (1, 1), more than its dot
    view.show_network(network([6.0, -4.0, -4.0]))  # NAND-like: the red moves to (0, 0)
    assert not np.array_equal(grab(gl_view), pixels)


def test_the_tabs_are_there_at_once_and_build_3d_and_build_2d_fill_them(qtbot):
    """The window shows both tabs in its first frame, the 3D one white; the slow views come after."""
    widget = SurfaceView()
    qtbot.addWidget(widget)
    widget.resize(760, 640)
    widget.show()
    qtbot.waitExposed(widget)
    net = network([-6.0, 4.0, 4.0])
    widget.show_network(net)
    tabs = widget.findChild(QTabWidget, "surfaceTabs")
    page = widget.findChild(QWidget, "surface3dPage")
    assert (tabs.count(), tabs.tabText(0), tabs.currentWidget()) == (2, "3D surface", page)
    assert tabs.tabText(1) == "2D decision map"
    assert not widget.has_3d and widget.findChild(QWidget, "surface3d") is None
    assert widget.findChild(pg.PlotWidget, "surface2d") is None
    assert page.palette().window().color().name() == "#ffffff"  # the 3D view's background
    assert not widget.findChild(QLabel, "openglNote").isVisible()
    widget.build_3d()
    require_3d(widget)
    gl_view = widget.findChild(QWidget, "surface3d")
    assert gl_view.parent() is page and tabs.currentWidget() is page
    (surface,) = [item for item in gl_view.view.items if isinstance(item, pg.opengl.GLSurfacePlotItem)]
    assert surface.visible()  # the network shown before the view existed is drawn in it
    np.testing.assert_array_equal(surface._z, widget.last_grid[2])
    assert "blue (0) to red (1)" in gl_view.toolTip()
    widget.build_2d()
    plot = widget.findChild(pg.PlotWidget, "surface2d")
    assert (tabs.count(), tabs.widget(1), tabs.tabText(1)) == (2, plot, "2D decision map")
    assert tabs.currentWidget() is page
    np.testing.assert_array_equal(image_of(widget), widget.last_grid[2])  # the network shown before
    assert len(scatter_of(widget).points()) == 4 and "decision boundary" in plot.toolTip()


def test_the_surface_is_coloured_on_the_gpu_as_coolwarm_colours_it(view, qtbot):
    """The shader gives the look the colours computed on the CPU gave, with no colours per frame."""
    require_3d(view)
    gl_view = view.findChild(QWidget, "surface3d")
    (surface,) = [item for item in gl_view.view.items if isinstance(item, pg.opengl.GLSurfacePlotItem)]
    view.show_network(network([-6.0, 4.0, 4.0]))
    qtbot.waitUntil(gl_view.view.isExposed)
    assert surface.opts["meshdata"].vertexColors() is None  # nothing computed for the colours
    on_gpu = grab(gl_view)
    z = surface._z
    surface.setShader(None)  # pyqtgraph's plain shader, with each vertex's colour from the CPU
    surface.setData(z=z, colors=surface_view.coolwarm().map(z.ravel(), mode="float"))
    on_cpu = grab(gl_view)
    difference = np.abs(on_gpu - on_cpu).max(axis=-1)
    assert np.count_nonzero(difference > 3) < 0.001 * difference.size  # rounding, at most
    assert len(np.unique(on_gpu.reshape(-1, 3), axis=0)) > 50  # a real, shaded surface


def test_3d_view_is_a_native_gl_window_that_fills_its_tab_and_turns(view, qtbot):
    """No QOpenGLWidget: one would make Qt compose the whole main window through OpenGL."""
    require_3d(view)
    assert not any(isinstance(w, QOpenGLWidget) for w in view.findChildren(QWidget))
    gl_view = view.findChild(QWidget, "surface3d")
    window = gl_view.view
    view.show_network(network([-6.0, 4.0, 4.0]))
    qtbot.waitUntil(window.isExposed)
    assert (window.width(), window.height()) == (gl_view.width(), gl_view.height())
    with qtbot.waitSignal(window.frameSwapped):  # the resized window has drawn itself
        view.resize(900, 500)
    assert (window.width(), window.height()) == (gl_view.width(), gl_view.height())
    resized = grab(gl_view)
    assert resized.shape[:2] == (window.height(), window.width())
    assert np.count_nonzero(resized.sum(axis=-1) == 0) < 100  # no black, unpainted strip

    before, azimuth = grab(gl_view), window.opts["azimuth"]
    centre = QPoint(window.width() // 2, window.height() // 2)
    qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=centre)
    move = QMouseEvent(QEvent.Type.MouseMove, QPointF(centre + QPoint(60, 0)), QPointF(),
                       Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QCoreApplication.sendEvent(window, move)
    qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=centre + QPoint(60, 0))
    assert window.opts["azimuth"] == pytest.approx(azimuth - 60)
    assert not np.array_equal(grab(gl_view), before)

    tabs = view.findChild(QTabWidget, "surfaceTabs")
    tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not window.isVisible())
    tabs.setCurrentIndex(0)
    qtbot.waitUntil(window.isExposed)


def test_without_opengl_the_2d_map_stays_with_a_note(qtbot, monkeypatch):
    monkeypatch.setattr(surface_view, "opengl_unavailable_reason", lambda: "no GPU in this test")
    widget = SurfaceView()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.build_3d()
    widget.build_2d()
    assert not widget.has_3d
    note = widget.findChild(QLabel, "openglNote")
    assert note.isVisible() and "no GPU in this test" in note.text()
    assert widget.findChild(QWidget, "surface3d") is None
    tabs = widget.findChild(QTabWidget, "surfaceTabs")
    assert tabs.count() == 1 and tabs.currentWidget() is widget.findChild(pg.PlotWidget, "surface2d")
    net = network([-6.0, 4.0, 4.0])
    widget.show_network(net)
    np.testing.assert_allclose(corners(image_of(widget)), net.predict(preset("and").inputs)[:, 0])


def test_the_offscreen_platform_falls_back_without_probing(qapp, monkeypatch):
    monkeypatch.setattr(surface_view.QGuiApplication, "platformName", staticmethod(lambda: "offscreen"))
    assert "offscreen" in surface_view.opengl_unavailable_reason()


def test_one_input_table_plots_along_x1_only(view):
    view.set_table(TruthTable(["a"], ["not a"], np.array([[1.0], [0.0]])))
    net = network([3.0, -6.0], n_inputs=1)
    view.show_network(net)
    xs, _, z = view.last_grid
    np.testing.assert_allclose(z, np.repeat(net.predict(xs[:, None]), len(xs), axis=1))
    assert [(p.pos().x(), p.pos().y()) for p in scatter_of(view).points()] == [(0, 0.5), (1, 0.5)]
    assert view.findChild(QLabel, "surfaceTitle").text().endswith("ŷ over a")


def test_unshared_opengl_contexts_fall_back(qapp, monkeypatch):
    monkeypatch.setattr(surface_view.QGuiApplication, "platformName", staticmethod(lambda: "xcb"))
    monkeypatch.setattr(surface_view.QCoreApplication, "testAttribute", staticmethod(lambda _: False))
    assert "AA_ShareOpenGLContexts" in surface_view.opengl_unavailable_reason()


def test_a_huge_linear_output_is_drawn_without_overflow(qtbot, view):
    require_3d(view)
    huge = Network.build([2, 1], "tanh", "linear")
    huge.params[:] = [1e40, 1e40, -1e40]
    view.show_network(huge)  # float32 would overflow: warnings fail the test
    assert view.last_grid[2].max() == pytest.approx(2e40)  # the 2D map has the true values
    surface = view.findChild(QWidget, "surface3d").view.items
    heights = next(item for item in surface if isinstance(item, pg.opengl.GLSurfacePlotItem))._z
    assert heights.max() == surface_view.SURFACE_LIMIT


def test_a_language_change_keeps_the_axes_the_slice_and_the_drawing(view):
    view.set_table(preset("full-adder"))
    net = network([0.5, -1.0, 2.0, 1.0, -3.0, 1.0, 1.0, 1.0], n_inputs=3, n_outputs=2)
    view.show_network(net)
    view.findChild(QComboBox, "outputCombo").setCurrentIndex(1)
    view.findChild(QComboBox, "xAxisCombo").setCurrentIndex(2)
    view.findChild(QDoubleSpinBox, "fixedInput0").setValue(1.0)
    before = view.slice_settings(), view.last_grid[2].copy()
    combos = [view.findChild(QComboBox, name) for name in ("outputCombo", "xAxisCombo", "yAxisCombo")]
    chosen = [(c.currentIndex(), [c.itemText(i) for i in range(c.count())]) for c in combos]
    title = view.findChild(QLabel, "surfaceTitle").text()
    assert "(with" in title  # a held input in the title
    tabs = view.findChild(QTabWidget, "surfaceTabs")
    tab_texts = [tabs.tabText(i) for i in range(tabs.count())]
    tip = view.findChild(QDoubleSpinBox, "fixedInput0").toolTip()

    QCoreApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))

    assert (view.slice_settings(), view.last_grid[2].tolist()) == (before[0], before[1].tolist())
    assert [(c.currentIndex(), [c.itemText(i) for i in range(c.count())]) for c in combos] == chosen
    assert view.findChild(QLabel, "surfaceTitle").text() == title
    assert [tabs.tabText(i) for i in range(tabs.count())] == tab_texts and "2D decision map" in tab_texts
    assert view.findChild(QDoubleSpinBox, "fixedInput0").toolTip() == tip


def test_the_opengl_note_survives_a_language_change(qtbot, monkeypatch):
    monkeypatch.setattr(surface_view, "opengl_unavailable_reason", lambda: "no GPU in this test")
    widget = SurfaceView()
    qtbot.addWidget(widget)
    widget.build_3d()
    widget.build_2d()
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    note = widget.findChild(QLabel, "openglNote")
    assert note.text().startswith("3D view unavailable: no GPU in this test.")


def test_a_wide_short_3d_view_steps_back_to_keep_the_box_in_sight(qtbot, view):
    require_3d(view)
    view.resize(1200, 420)
    view.show()
    qtbot.waitExposed(view)
    gl_view = view.findChild(QWidget, "surface3d").view
    qtbot.waitUntil(lambda: gl_view.width() > 2 * gl_view.height())
    # resized on its next GL pass: then far enough for the box to fit the short height
    fitted = lambda: 1.6 * gl_view.width() / gl_view.height()  # noqa: E731
    qtbot.waitUntil(lambda: gl_view.opts["distance"] == pytest.approx(fitted()))
    assert gl_view.opts["distance"] > 3.7


def test_the_2d_map_fills_a_wide_panel_with_the_unit_square(qtbot, view):
    view.resize(1200, 420)
    tabs = view.findChild(QTabWidget, "surfaceTabs")
    plot = view.findChild(pg.PlotWidget, "surface2d")
    tabs.setCurrentWidget(plot)
    view.show_network(network([-6.0, 4.0, 4.0]))
    qtbot.waitUntil(lambda: plot.isVisible() and plot.width() > 2 * plot.height())
    (x_low, x_high), (y_low, y_high) = plot.getPlotItem().getViewBox().viewRange()
    assert (x_low, x_high) == pytest.approx((-0.05, 1.05)) and (y_low, y_high) == pytest.approx((-0.05, 1.05))
    assert not plot.getPlotItem().getViewBox().state["aspectLocked"]
    # the square spans the panel's width: x = 0 and x = 1 are near its two sides
    box = plot.getPlotItem().getViewBox()
    left, right = box.mapViewToScene(QPointF(0, 0)).x(), box.mapViewToScene(QPointF(1, 0)).x()
    assert right - left > 0.8 * box.sceneBoundingRect().width()

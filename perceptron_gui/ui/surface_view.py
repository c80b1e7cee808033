"""SurfaceView: the network's output ŷ over two inputs, as the lecture's 3D surface and a 2D map.

Plot items are built once; `show_network` only computes the grid and calls `setData`, so it
can run at the worker's 60 Hz (the surface's colours come from its heights in a shader). The two
views are slow to build (the 3D one: PyOpenGL, a GL window, its first frames): their tabs are
there at once, and `build_3d` and `build_2d` fill them when the owner asks (the window, once it is
on screen). The 3D view needs OpenGL: where it cannot start, the 2D decision map stays alone, with
a note saying why.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QOffscreenSurface,
    QOpenGLContext,
    QPalette,
    QVector3D,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from perceptron_gui.core.network import Network
from perceptron_gui.core.surface import output_grid, rows_on_slice
from perceptron_gui.core.truth_table import TruthTable, preset
from perceptron_gui.ui.elided_label import ElidedLabel
from perceptron_gui.ui.i18n import Retranslating
from perceptron_gui.ui.zoom import scaled

if TYPE_CHECKING:
    import pyqtgraph as pg
    from pyqtgraph.opengl.shaders import ShaderProgram

SURFACE_LIMIT = 1e6
# matplotlib's "coolwarm", the lecture's colours, at 0, ¼, ½, ¾ and 1: blue low, grey middle, red high.
COOLWARM_STOPS = (np.linspace(0.0, 1.0, 5),
                  [(59, 76, 192), (141, 176, 254), (221, 221, 221), (244, 154, 123), (180, 4, 38)])
DONT_CARE_GREY = (130, 130, 130)
MIN_GL_VERSION = (2, 1)  # pyqtgraph.opengl refuses older
FLAT_SPREAD = 0.01  # an output varying less than this over the grid draws no decision boundary
MAP_RANGE = (-0.05, 1.05)  # the 2D map's x and y: the unit square and a margin for the dots
# the 3D view's smallest size: small, so that a layout can always give it that much (a native
# window given less than its minimum paints over its neighbours)
MIN_3D_SIZE = (160, 100)
TITLE_SCALE, LABEL_3D_SCALE = 1.25, 1.1  # × the widget's font
DOT_PIXELS, ERROR_LINE_PIXELS = 16, 2.0  # the 3D view's dots and error lines, at 100 %


def opengl_unavailable_reason() -> str | None:
    """Why this session cannot show OpenGL views, or None when it can.

    Decided before any QOpenGLWidget exists: creating one where OpenGL is missing logs Qt
    warnings or aborts. The application must set Qt.AA_ShareOpenGLContexts before it creates
    its QApplication.
    """
    platform = QGuiApplication.platformName()
    if platform in ("offscreen", "minimal"):
        return QCoreApplication.translate("SurfaceView", "the “{0}” display has no OpenGL").format(platform)
    if not QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts):
        # pyqtgraph compiles its shaders once, for the first context; a second window's context
        # must share with it (pyqtgraph issues 1822, 3455). Set before the QApplication exists.
        return QCoreApplication.translate(
            "SurfaceView", "the application did not share OpenGL contexts (Qt.AA_ShareOpenGLContexts)"
        )
    surface = QOffscreenSurface()
    surface.create()
    context = QOpenGLContext()
    try:
        if not (context.create() and context.makeCurrent(surface)):
            return QCoreApplication.translate("SurfaceView", "no OpenGL context could be created")
        fmt = context.format()
        version = (fmt.majorVersion(), fmt.minorVersion())
        context.doneCurrent()
    finally:
        surface.destroy()
    if version < MIN_GL_VERSION:
        return QCoreApplication.translate("SurfaceView", "OpenGL {0}.{1} is too old (2.1 needed)").format(
            *version
        )
    return None


@functools.cache
def coolwarm() -> pg.ColorMap:
    """COOLWARM_STOPS as pyqtgraph's colour map (made when first used: pyqtgraph comes after the
    window's first paint)."""
    import pyqtgraph as pg

    return pg.ColorMap(*COOLWARM_STOPS)


@functools.cache
def height_colour_shader() -> ShaderProgram:
    """The 3D surface's shader: each vertex coloured by its height ŷ with the COOLWARM stops, as
    `coolwarm().map(ŷ)` colours it (clamped to the ends, linear between the stops), and the colours
    blended across each triangle. On the GPU: nothing is computed per frame for the colours.
    (Call once pyqtgraph.opengl may be imported.)"""
    from pyqtgraph.opengl import shaders

    positions, colours = coolwarm().getStops(mode="float")

    def rgb(colour: np.ndarray) -> str:
        return f"vec3({colour[0]:.8f}, {colour[1]:.8f}, {colour[2]:.8f})"

    steps = "".join(
        f"    colour = mix(colour, {rgb(c)}, clamp((z - {a:.8f}) / {b - a:.8f}, 0.0, 1.0));\n"
        for a, b, c in zip(positions[:-1], positions[1:], colours[1:])
    )
    vertex = (
        "uniform mat4 u_mvp;\n"
        "attribute vec4 a_position;\n"
        "varying vec4 v_color;\n"
        "void main() {\n"
        "    float z = a_position.z;\n"
        f"    vec3 colour = {rgb(colours[0])};\n"
        f"{steps}"
        "    v_color = vec4(colour, 1.0);\n"
        "    gl_Position = u_mvp * a_position;\n"
        "}\n"
    )
    fragment = (
        "#ifdef GL_ES\n"
        "precision mediump float;\n"
        "#endif\n"
        "varying vec4 v_color;\n"
        "void main() {\n"
        "    gl_FragColor = v_color;\n"
        "}\n"
    )
    return shaders.ShaderProgram(
        "perceptronHeightColour", [shaders.VertexShader(vertex), shaders.FragmentShader(fragment)]
    )


def decision_boundary(z: np.ndarray, level: float = 0.5) -> tuple[np.ndarray, np.ndarray]:
    """x and y of the lines where the grid `z` over [0, 1]² crosses `level`, NaN between lines.

    A nearly flat z (XOR's perceptron gives 0.5 everywhere) has none: its crossings are noise.
    """
    import pyqtgraph as pg

    xs: list[float] = []
    ys: list[float] = []
    drawable = np.all(np.isfinite(z)) and np.ptp(z) >= FLAT_SPREAD  # a diverged net has no boundary
    lines = pg.functions.isocurve(z, level, connected=True) if drawable else []
    for line in lines:
        # isocurve puts grid point i at i + 0.5
        points = (np.array(line) - 0.5) / (len(z) - 1)
        xs += [*points[:, 0], np.nan]
        ys += [*points[:, 1], np.nan]
    return np.array(xs), np.array(ys)


class SurfaceView(Retranslating, QWidget):
    """ŷ of a network over two of its inputs in [0, 1]: a 3D surface and a 2D decision map."""

    def __init__(self, table: TruthTable | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surfaceView")
        self._table = table if table is not None else preset("and")
        self._network: Network | None = None
        self._x_axis, self._y_axis = 0, 1
        self._output = 0
        self._fixed_spins: list[QDoubleSpinBox] = []
        self._points_xy = np.zeros((0, 2))
        self._point_targets = np.zeros(0)
        self.last_grid: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

        self._title = ElidedLabel(objectName="surfaceTitle",
                                  alignment=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._note = QLabel(objectName="openglNote", wordWrap=True)
        self._note.hide()
        self._tabs = QTabWidget(objectName="surfaceTabs")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addLayout(self._build_controls())
        layout.addWidget(self._note)
        layout.addWidget(self._tabs, 1)

        self._import_error: str | None = None  # why pyqtgraph.opengl did not load
        self.has_3d = False  # until build_3d has built the 3D view
        self._view3d: QWidget | None = None
        # the 3D view's tab, white (the 3D view's background) until build_3d puts the view in it
        self._page3d: QWidget | None = QWidget(objectName="surface3dPage", autoFillBackground=True)
        self._page3d.setMinimumSize(*MIN_3D_SIZE)
        palette = self._page3d.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("white"))
        self._page3d.setPalette(palette)
        QVBoxLayout(self._page3d).setContentsMargins(0, 0, 0, 0)
        self._tabs.addTab(self._page3d, "")  # texts in retranslate()
        self._view2d: pg.PlotWidget | None = None  # the 2D map and its items: build_2d
        self._plot2d: pg.PlotItem | None = None
        self._pending2d: QWidget | None = QWidget()  # the 2D map's tab until build_2d replaces it
        self._tabs.addTab(self._pending2d, "")
        self.set_table(self._table)
        self._follow_font()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # the zoom changed
            self._follow_font()
        super().changeEvent(event)

    def _follow_font(self) -> None:
        """The title's and the 3D view's text and lines, sized from the widget's font (the zoom's)."""
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * TITLE_SCALE)
        title_font.setBold(True)
        self._title.setFont(title_font)
        if self.has_3d:
            label_font = QFont(self.font())
            label_font.setPointSizeF(label_font.pointSizeF() * LABEL_3D_SCALE)
            for text in self._texts3d:
                text.setData(font=label_font)
            self._scatter3d.setData(size=scaled(DOT_PIXELS))
            self._errors3d.setData(width=scaled(ERROR_LINE_PIXELS))

    def retranslate(self) -> None:
        if self._page3d is not None:
            self._tabs.setTabText(self._tabs.indexOf(self._page3d), self.tr("3D surface"))
        if self._view3d is not None:
            self._view3d.setToolTip(self.tr(
                "The network's output ŷ as a height over two inputs in [0, 1], coloured blue (0) to "
                "red (1) as in the lecture. Dots are the truth table's targets; a line joins each to "
                "the surface, the error. Drag to turn, scroll to zoom."
            ))
        if self._page3d is None:
            if self._import_error is not None:
                reason = self.tr("the OpenGL module could not load ({0})").format(self._import_error)
            else:  # asked again, to say it in the language now chosen
                reason = opengl_unavailable_reason() or ""
            self._note.setText(
                self.tr("3D view unavailable: {0}. The 2D decision map shows the same output from above.")
                .format(reason)
            )
        page2d = self._view2d if self._view2d is not None else self._pending2d
        self._tabs.setTabText(self._tabs.indexOf(page2d), self.tr("2D decision map"))
        if self._view2d is not None:
            self._view2d.setToolTip(self.tr(
                "The same output seen from above: colour is ŷ (blue 0, red 1) and the black line is "
                "ŷ = 0.5, the decision boundary. Dots are the truth table's rows, filled with the "
                "target's colour; hollow grey means “don't care”."
            ))
        self._grid_spin.setToolTip(
            self.tr("Points per side of the grid ŷ is computed on (the lecture uses 20)")
        )
        self._output_combo.setToolTip(self.tr("Which output of the network to plot"))
        self._x_combo.setToolTip(self.tr("Input along the horizontal x axis"))
        self._y_combo.setToolTip(self.tr("Input along the y axis"))
        self._grid_label.setText(self.tr("Grid:"))
        self._output_label.setText(self.tr("Output:"))
        self._x_label.setText(self.tr("x axis:"))
        self._y_label.setText(self.tr("y axis:"))
        self._fixed_label.setText(self.tr("Other inputs held at:"))
        self._update_fixed_tooltips()
        self._update_title()

    # --- public API ------------------------------------------------------------------------
    def build_3d(self) -> None:
        """Build the 3D view in its tab, where OpenGL works; where it cannot start, take the tab away
        and say why. Slow (PyOpenGL, the GL window): the window calls it once it is on screen."""
        if self._page3d is None or self.has_3d:
            return
        reason = opengl_unavailable_reason()
        if reason is None:
            try:
                import pyqtgraph.opengl as gl  # slow to import: only where OpenGL works
            except ImportError as exc:
                self._import_error = str(exc)
        if reason is None and self._import_error is None:
            self._view3d = self._build_3d(gl)
            self._page3d.layout().addWidget(self._view3d)
            self.has_3d = True
            self._follow_font()
            self._axes_changed()  # the axes' names, the dots and the surface of the network on show
        else:
            self._tabs.removeTab(self._tabs.indexOf(self._page3d))
            self._page3d.deleteLater()
            self._page3d = None
            self._note.show()
        self.retranslate()

    def build_2d(self) -> None:
        """Build the 2D decision map in its tab (once)."""
        if self._view2d is not None:
            return
        plot = self._build_2d()
        index, current = self._tabs.indexOf(self._pending2d), self._tabs.currentIndex()
        self._tabs.removeTab(index)
        self._pending2d.deleteLater()
        self._pending2d = None
        self._tabs.insertTab(index, plot, "")
        self._tabs.setCurrentIndex(current)
        self._view2d = plot
        self._axes_changed()  # the axes' names, the dots and the map of the network on show
        self.retranslate()

    @property
    def grid_size(self) -> int:
        """Points per side of the grid the output is evaluated on."""
        return self._grid_spin.value()

    @grid_size.setter
    def grid_size(self, size: int) -> None:
        self._grid_spin.setValue(size)

    def set_table(self, table: TruthTable) -> None:
        """Show `table`: rebuild the choosers if its shape changed and redraw its points."""
        old, self._table = self._table, table
        if not self._fixed_spins or old.input_names != table.input_names:
            self._rebuild_input_choosers()
        if self._output_combo.count() == 0 or old.output_names != table.output_names:
            self._rebuild_output_chooser()
        self._axes_changed()

    @Slot(object)
    def show_network(self, network: Network) -> None:
        """Draw the output of `network` (new weights); cheap enough to call 60 times a second."""
        self._network = network
        self._redraw()

    def slice_settings(self) -> tuple[int, int | None, list[float]]:
        """The plotted inputs (x axis, y axis or None) and the values the others are held at."""
        x_axis, y_axis = self._axes()
        return x_axis, y_axis, self._fixed_values()

    # --- building --------------------------------------------------------------------------
    def _build_controls(self) -> QVBoxLayout:
        self._grid_spin = QSpinBox(objectName="gridSizeSpin", minimum=5, maximum=100, value=20)
        self._output_combo = QComboBox(objectName="outputCombo")
        self._x_combo = QComboBox(objectName="xAxisCombo")
        self._y_combo = QComboBox(objectName="yAxisCombo")
        self._grid_label = QLabel(buddy=self._grid_spin)
        self._output_label = QLabel(buddy=self._output_combo)
        self._x_label = QLabel(buddy=self._x_combo)
        self._y_label = QLabel(buddy=self._y_combo)
        self._grid_spin.valueChanged.connect(self._redraw)
        self._output_combo.currentIndexChanged.connect(self._output_chosen)
        self._x_combo.currentIndexChanged.connect(self._x_chosen)
        self._y_combo.currentIndexChanged.connect(self._y_chosen)

        row = QHBoxLayout()  # the title beside the controls: one row less for the 3D view on a short screen
        row.addWidget(self._title, 1)
        row.addWidget(self._grid_label)
        row.addWidget(self._grid_spin)
        for widget in (self._output_label, self._output_combo, self._x_label, self._x_combo,
                       self._y_label, self._y_combo):
            row.addSpacing(8 if isinstance(widget, QLabel) else 0)
            row.addWidget(widget)
        self._fixed_row = QHBoxLayout()
        self._fixed_label = QLabel()
        self._fixed_row.addWidget(self._fixed_label)
        self._fixed_row.addStretch(1)
        controls = QVBoxLayout()
        controls.addLayout(row)
        controls.addLayout(self._fixed_row)
        return controls

    def _build_2d(self) -> pg.PlotWidget:
        import pyqtgraph as pg

        from perceptron_gui.ui.chart_style import chart

        plot = chart("surface2d")
        item = plot.getPlotItem()
        # the unit square fills the panel, whatever its shape: a locked aspect left a wide panel
        # mostly empty (x from −2.3 to 3.2)
        item.setAspectLocked(False)
        item.setRange(xRange=MAP_RANGE, yRange=MAP_RANGE, padding=0)
        self._image = pg.ImageItem(axisOrder="col-major")
        item.addItem(self._image)
        self._boundary = pg.PlotDataItem(pen=pg.mkPen("k", width=2.5), connect="finite")
        self._boundary.setZValue(5)
        item.addItem(self._boundary)
        colorbar = pg.ColorBarItem(values=(0.0, 1.0), colorMap=coolwarm(), interactive=False,
                                   pen="k")
        colorbar.setImageItem(self._image, insert_in=item)
        colorbar.getAxis("right").setLabel("ŷ")
        self._scatter2d = pg.ScatterPlotItem(size=20, pxMode=True)
        self._scatter2d.setZValue(10)
        item.addItem(self._scatter2d)
        self._plot2d = item
        return plot

    def _build_3d(self, gl) -> QWidget:
        from OpenGL import GL  # PyOpenGL, loaded already by pyqtgraph.opengl

        from perceptron_gui.ui.gl_view_window import GLViewContainer, GLViewWindow

        # a native GL window, not pyqtgraph's GLViewWidget (a QOpenGLWidget): see gl_view_window
        view = GLViewWindow()
        view.setBackgroundColor("w")
        container = GLViewContainer(view)
        container.setObjectName("surface3d")
        container.setMinimumSize(*MIN_3D_SIZE)
        view.setCameraPosition(pos=QVector3D(0.5, 0.5, 0.45), distance=3.7, elevation=24, azimuth=-62)
        view.fit_distance(3.7)
        floor = gl.GLGridItem(color=(0, 0, 0, 60))
        floor.setSize(1, 1, 0)
        floor.setSpacing(0.25, 0.25, 1)
        floor.translate(0.5, 0.5, -0.01)  # just below ŷ = 0, so the surface never dips under it
        box = gl.GLBoxItem(color=(0, 0, 0, 70))
        box.setSize(1, 1, 1)
        self._surface = gl.GLSurfacePlotItem(
            computeNormals=False, showGrid=True, lineColor=(0.0, 0.0, 0.0, 0.18),
            shader=height_colour_shader(),
        )
        self._surface.hide()  # until the first network: pyqtgraph cannot paint an empty mesh
        # targets and errors are drawn without a depth test: a dot just under the surface stays in sight
        no_depth = {"glOptions": {
            GL.GL_DEPTH_TEST: False,
            GL.GL_BLEND: True,
            "glBlendFunc": (GL.GL_SRC_ALPHA, GL.GL_ONE_MINUS_SRC_ALPHA),
        }}
        self._errors3d = gl.GLLinePlotItem(mode="lines", color=(0.1, 0.1, 0.1, 1.0), **no_depth)
        self._errors3d.hide()
        self._scatter3d = gl.GLScatterPlotItem(pxMode=True, **no_depth)
        label = {"color": (0, 0, 0, 255)}  # the font: _follow_font
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
        self._x_text = gl.GLTextItem(pos=(0.5, -0.18, 0.0), alignment=centre, **label)
        self._y_text = gl.GLTextItem(pos=(1.18, 0.5, 0.0), alignment=centre, **label)
        z_text = gl.GLTextItem(pos=(0.0, 1.0, 1.08), text="ŷ", alignment=centre, **label)
        corners = [
            gl.GLTextItem(pos=(x + 0.14 * (2 * x - 1), y + 0.14 * (2 * y - 1), 0.0), text=f"({x}, {y})",
                          alignment=centre, **label)
            for x in (0, 1) for y in (0, 1)
        ]
        ticks = [
            gl.GLTextItem(pos=(-0.1, 1.0, h), text=f"{h:g}", alignment=Qt.AlignmentFlag.AlignRight
                          | Qt.AlignmentFlag.AlignVCenter, **label)
            for h in (0.5, 1.0)
        ]
        self._texts3d = [self._x_text, self._y_text, z_text, *corners, *ticks]
        for item in (floor, box, self._surface, self._errors3d, self._scatter3d, *self._texts3d):
            view.addItem(item)
        return container

    def _rebuild_input_choosers(self) -> None:
        names = self._table.input_names
        n = len(names)
        if n < 2 or max(self._x_axis, self._y_axis) >= n or self._x_axis == self._y_axis:
            self._x_axis, self._y_axis = 0, (1 if n > 1 else 0)
        for combo, index in ((self._x_combo, self._x_axis), (self._y_combo, self._y_axis)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(names)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        while len(self._fixed_spins) > n:
            spin = self._fixed_spins.pop()
            self._fixed_row.removeWidget(spin)
            spin.setParent(None)  # gone from findChild at once, not at the next deleteLater
            spin.deleteLater()
        while len(self._fixed_spins) < n:
            self._fixed_spins.append(self._new_fixed_spin(len(self._fixed_spins)))
        for spin, name in zip(self._fixed_spins, names):
            spin.setPrefix(f"{name} = ")
        self._update_fixed_tooltips()

    def _update_fixed_tooltips(self) -> None:
        for spin, name in zip(self._fixed_spins, self._table.input_names):
            spin.setToolTip(self.tr(
                "Value of {0} while the plot sweeps the two axes; the dots show the table rows "
                "whose {0} is the nearest 0 or 1"
            ).format(name))

    def _new_fixed_spin(self, index: int) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(objectName=f"fixedInput{index}", minimum=0.0, maximum=1.0, singleStep=0.1,
                              decimals=2)
        spin.valueChanged.connect(self._fixed_changed)
        self._fixed_row.insertWidget(self._fixed_row.count() - 1, spin)
        return spin

    def _rebuild_output_chooser(self) -> None:
        names = self._table.output_names
        self._output = min(self._output, len(names) - 1)
        self._output_combo.blockSignals(True)
        self._output_combo.clear()
        self._output_combo.addItems(names)
        self._output_combo.setCurrentIndex(self._output)
        self._output_combo.blockSignals(False)

    # --- reacting to the user --------------------------------------------------------------
    @Slot(int)
    def _x_chosen(self, index: int) -> None:
        if index == self._y_axis:  # choosing the other axis's input swaps the two
            self._set_combo(self._y_combo, self._x_axis)
            self._y_axis = self._x_axis
        self._x_axis = index
        self._axes_changed()

    @Slot(int)
    def _y_chosen(self, index: int) -> None:
        if index == self._x_axis:
            self._set_combo(self._x_combo, self._y_axis)
            self._x_axis = self._y_axis
        self._y_axis = index
        self._axes_changed()

    @staticmethod
    def _set_combo(combo: QComboBox, index: int) -> None:
        combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    @Slot(int)
    def _output_chosen(self, index: int) -> None:
        self._output = index
        self._update_title()
        self._update_points()
        self._redraw()

    @Slot(float)
    def _fixed_changed(self, _value: float) -> None:
        self._update_title()
        self._update_points()
        self._redraw()

    # --- drawing ---------------------------------------------------------------------------
    def _axes(self) -> tuple[int, int | None]:
        """The plotted inputs; a one-input table has no y axis."""
        return self._x_axis, (self._y_axis if self._table.n_inputs > 1 else None)

    def _fixed_values(self) -> list[float]:
        return [spin.value() for spin in self._fixed_spins]

    def _axes_changed(self) -> None:
        table = self._table
        many_inputs = table.n_inputs > 2
        for widget in (self._x_label, self._x_combo, self._y_label, self._y_combo, self._fixed_label):
            widget.setVisible(many_inputs)
        for i, spin in enumerate(self._fixed_spins):
            spin.setVisible(i not in self._axes())
        self._output_label.setVisible(table.n_outputs > 1)
        self._output_combo.setVisible(table.n_outputs > 1)
        x_axis, y_axis = self._axes()
        x_name = table.input_names[x_axis]
        y_name = "" if y_axis is None else table.input_names[y_axis]
        if self._plot2d is not None:
            self._plot2d.setLabel("bottom", x_name)
            self._plot2d.setLabel("left", y_name)
        if self.has_3d:
            self._x_text.setData(text=x_name)
            self._y_text.setData(text=y_name)
        self._update_title()
        self._update_points()
        self._redraw()

    def _update_title(self) -> None:
        table = self._table
        x_axis, y_axis = self._axes()
        axes = ", ".join(table.input_names[a] for a in (x_axis, y_axis) if a is not None)
        title = self.tr("Output “{0}”: ŷ over {1}").format(table.output_names[self._output], axes)
        held = [
            f"{name} = {value:g}"
            for i, (name, value) in enumerate(zip(table.input_names, self._fixed_values()))
            if i not in (x_axis, y_axis)
        ]
        if held:
            title = self.tr("{0} (with {1})").format(title, ", ".join(held))
        self._title.setText(title)

    def _update_points(self) -> None:
        """The table rows on the plotted slice, coloured by target (for the chosen output)."""
        table = self._table
        x_axis, y_axis = self._axes()
        axes = [a for a in (x_axis, y_axis) if a is not None]
        on_slice = rows_on_slice(table.inputs, axes, self._fixed_values())
        rows = table.inputs[on_slice]
        self._points_xy = np.column_stack(
            [rows[:, x_axis], rows[:, y_axis] if y_axis is not None else np.full(len(rows), 0.5)]
        )
        self._point_targets = table.targets[on_slice, self._output]
        care = ~np.isnan(self._point_targets)
        if self._plot2d is not None:
            import pyqtgraph as pg

            colours = coolwarm().map(np.nan_to_num(self._point_targets), mode="qcolor")
            grey = pg.mkColor(DONT_CARE_GREY)
            self._scatter2d.setData(
                pos=self._points_xy,
                brush=[pg.mkBrush(c) if cared else pg.mkBrush(None) for c, cared in zip(colours, care)],
                pen=[pg.mkPen("k", width=2) if cared else pg.mkPen(grey, width=3) for cared in care],
            )
        if self.has_3d:
            rgba = coolwarm().map(np.nan_to_num(self._point_targets), mode="float")
            rgba[~care] = [c / 255 for c in DONT_CARE_GREY] + [1.0]
            heights = np.where(care, self._point_targets, 0.5)  # _draw_3d puts "don't care" on the surface
            self._scatter3d.setData(pos=np.column_stack([self._points_xy, heights]), color=rgba)

    @Slot()
    def _redraw(self) -> None:
        network, table = self._network, self._table
        if network is None or (network.n_inputs, network.n_outputs) != (table.n_inputs, table.n_outputs):
            return  # a network of an earlier table shape: the next one will match
        x_axis, y_axis = self._axes()
        with np.errstate(over="ignore", invalid="ignore"):  # a diverged network overflows: draw it
            xs, ys, z = output_grid(network, self.grid_size, x_axis, y_axis, self._fixed_values(),
                                    self._output)
        self.last_grid = (xs, ys, z)
        if self._plot2d is not None:
            self._draw_2d(z)
        if self.has_3d:
            self._draw_3d(xs, ys, z)

    def _draw_2d(self, z: np.ndarray) -> None:
        resized = self._image.image is None or self._image.image.shape != z.shape
        self._image.setImage(z, autoLevels=False)
        if resized:  # pixel centres on the grid points: pixel i covers xs[i] ± half a step
            half = 0.5 / (len(z) - 1)
            self._image.setRect(-half, -half, 1 + 2 * half, 1 + 2 * half)
        self._boundary.setData(*decision_boundary(z))

    def _draw_3d(self, xs: np.ndarray, ys: np.ndarray, z: np.ndarray) -> None:
        # OpenGL draws in float32: a linear output far off the [0, 1] box is drawn at ±1e6, off it all
        # the same, instead of overflowing the cast
        z = np.clip(z, -SURFACE_LIMIT, SURFACE_LIMIT)
        self._surface.setData(x=xs, y=ys, z=z)  # coloured by height_colour_shader, on the GPU
        index = np.rint(self._points_xy * (len(xs) - 1)).astype(int)
        on_surface = z[index[:, 0], index[:, 1]]
        care = ~np.isnan(self._point_targets)
        heights = np.where(care, self._point_targets, on_surface)  # "don't care" sits on the surface
        self._scatter3d.setData(pos=np.column_stack([self._points_xy, heights]))
        tips = np.column_stack([self._points_xy, on_surface])[care]
        ends = np.column_stack([self._points_xy, heights])[care]
        self._errors3d.setData(pos=np.stack([ends, tips], axis=1).reshape(-1, 3))
        self._surface.show()
        self._errors3d.show()

"""GLViewWindow: pyqtgraph's 3D view as a native OpenGL window, embedded in a plain widget.

pyqtgraph's GLViewWidget is a QOpenGLWidget. The mere presence of one makes Qt compose its
whole top-level window through OpenGL on every repaint; with software OpenGL (Mesa llvmpipe,
as under Xvfb on CI) a training window then drew 7–9 frames/s instead of 33, even with the
3D tab hidden. A QOpenGLWindow does its own GL in its own native child window, so the rest of
the window keeps Qt's raster backing store. GLViewContainer holds it in a layout.
"""

from __future__ import annotations

from OpenGL import GL
from pyqtgraph.opengl.GLViewWidget import GLViewMixin
from PySide6.QtCore import QEvent, QRect, Qt, QTimer
from PySide6.QtGui import QCursor, QImage, QMouseEvent, QOpenGLContext
from PySide6.QtOpenGL import QOpenGLWindow
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

TOOLTIP_DELAY_MS = 700
# pyqtgraph's field of view is horizontal: a wide, short view shows less height. Far enough back,
# the whole unit box fits: at least this distance times the view's width ÷ height.
FIT_DISTANCE_PER_ASPECT = 1.6


class GLViewWindow(GLViewMixin, QOpenGLWindow):
    """GLViewWidget's camera, items and mouse control (drag to turn, wheel to zoom) in a QOpenGLWindow."""

    def __init__(self) -> None:
        # share with the global context (Qt.AA_ShareOpenGLContexts): pyqtgraph compiles its
        # shaders once, for the first context it meets
        super().__init__(QOpenGLContext.globalShareContext())
        self._tooltip = ""
        self._tooltip_widget: QWidget | None = None
        self._tooltip_timer = QTimer(self, singleShot=True, interval=TOOLTIP_DELAY_MS)
        self._tooltip_timer.timeout.connect(self._show_tooltip)
        self._least_distance = 0.0

    def fit_distance(self, least: float) -> None:
        """From now on, stay at least `least` away, and far enough for the box to fit the height."""
        self._least_distance = least
        self._fit()

    def _fit(self) -> None:
        aspect = self.width() / max(self.height(), 1)
        self.opts["distance"] = max(self._least_distance, FIT_DISTANCE_PER_ASPECT * aspect)

    def resizeGL(self, width: int, height: int) -> None:
        self._fit()  # a new shape: the camera steps back or in so that ŷ = 0…1 stays in view

    def rect(self) -> QRect:
        """The window's own rectangle, as QWidget.rect() gives (GLTextItem places labels with it)."""
        return QRect(0, 0, self.width(), self.height())

    def grabFramebuffer(self) -> QImage:
        """The scene rendered now, as GLViewWidget.grabFramebuffer gives it.

        QOpenGLWindow's own only reads back what the last frame left in the buffer.
        """
        if not self.isValid():
            return QImage()
        self.makeCurrent()
        GL.glBindFramebuffer(GL.GL_FRAMEBUFFER, self.defaultFramebufferObject())
        GL.glViewport(0, 0, self.deviceWidth(), self.deviceHeight())
        self.paintGL()
        return super().grabFramebuffer()

    def setToolTip(self, text: str, widget: QWidget | None = None) -> None:
        """Show `text` when the mouse rests on the view: a QWindow has no tooltips of its own."""
        self._tooltip, self._tooltip_widget = text, widget

    def mouseMoveEvent(self, ev: QMouseEvent) -> None:
        if self._tooltip and ev.buttons() == Qt.MouseButton.NoButton:
            self._tooltip_timer.start()
        else:
            self._tooltip_timer.stop()
        super().mouseMoveEvent(ev)

    def mousePressEvent(self, ev: QMouseEvent) -> None:
        self._tooltip_timer.stop()
        QToolTip.hideText()
        super().mousePressEvent(ev)

    def event(self, ev: QEvent) -> bool:
        if ev.type() in (QEvent.Type.Leave, QEvent.Type.Hide):
            self._tooltip_timer.stop()
            QToolTip.hideText()
        return super().event(ev)

    def _show_tooltip(self) -> None:
        if self.isExposed():
            QToolTip.showText(QCursor.pos(), self._tooltip, self._tooltip_widget)


class GLViewContainer(QWidget):
    """A widget holding a GLViewWindow, for layouts and tab widgets (QWidget.createWindowContainer)."""

    def __init__(self, view: GLViewWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._container = QWidget.createWindowContainer(view, self)  # takes ownership of view
        self._container.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout.addWidget(self._container)

    def setToolTip(self, text: str) -> None:
        super().setToolTip(text)
        self.view.setToolTip(text, self)

    def grabFramebuffer(self) -> QImage:
        """The 3D view rendered now, as GLViewWidget.grabFramebuffer gives it."""
        return self.view.grabFramebuffer()

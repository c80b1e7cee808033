"""Scroll areas that let a panel be shorter (or narrower) than its contents: the window fits small screens."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class ScrollPanel(QScrollArea):
    """Holds `panel` at its own size when there is room, and scrolls it when there is not."""

    def __init__(self, panel: QWidget, name: str) -> None:
        super().__init__(objectName=name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(panel)


class VerticalScrollPanel(ScrollPanel):
    """Scrolls up and down only: as wide as the panel needs, its scroll bar included, so that the
    panel is never cut at the side. Follows the panel when its width changes (a zoom, a language)."""

    def __init__(self, panel: QWidget, name: str) -> None:
        super().__init__(panel, name)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _width_for(self, panel_width: int) -> int:
        return panel_width + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:
        return QSize(self._width_for(self.widget().minimumSizeHint().width()),
                     super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        hint = self.widget().sizeHint()
        return QSize(self._width_for(hint.width()), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the panel's size hints changed: so did ours
        return super().eventFilter(watched, event)

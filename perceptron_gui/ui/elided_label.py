"""A one-line label that can be narrower than its text, for titles above the charts.

A word-wrapped label would need more height when narrow, which a splitter does not give (it asks
for minimum sizes, not heights for a width): the views beside it would overlap. This one ends in
"…" instead, and its tooltip then gives the whole text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip

MIN_CHARACTERS = 8  # the narrowest it gets, in average characters


class ElidedLabel(QLabel):
    def __init__(self, **properties) -> None:
        super().__init__(**properties)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:
        width = MIN_CHARACTERS * self.fontMetrics().averageCharWidth()
        return QSize(width, super().minimumSizeHint().height())

    def shown_text(self) -> str:
        """The text as drawn: cut with "…" when it does not fit."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             self.contentsRect().width())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment()), self.palette(),
                                  self.isEnabled(), self.shown_text(), self.foregroundRole())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and not self.toolTip() and self.shown_text() != self.text():
            QToolTip.showText(event.globalPos(), self.text(), self)
            return True
        return super().event(event)

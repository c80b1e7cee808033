"""A slider over the run so far: go back to any earlier epoch of a paused or finished run."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QSpinBox, QWidget

from perceptron_gui.ui.i18n import Retranslating, groups_thousands


class EpochScrubber(Retranslating, QWidget):
    """`epochChosen(epoch)` once the user settles on an epoch (moves are coalesced); `liveChosen`
    to follow training again."""

    epochChosen = Signal(int)
    liveChosen = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName="epochSlider")
        self.spin = QSpinBox(objectName="epochSpin")
        self.spin.setKeyboardTracking(False)
        self.live_button = QPushButton(objectName="liveButton")
        self.live_button.clicked.connect(self.liveChosen)
        self.label = QLabel()
        self._pending = QTimer(self, singleShot=True, interval=0)  # one replay per burst of moves
        self._pending.timeout.connect(lambda: self.epochChosen.emit(self.slider.value()))
        self.slider.valueChanged.connect(self._on_slider)
        self.spin.valueChanged.connect(self.slider.setValue)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.spin)
        layout.addWidget(self.live_button)
        self.set_range(0, 0, live=True, enabled=False)
        self.retranslate()

    def retranslate(self) -> None:
        self.spin.setGroupSeparatorShown(groups_thousands())
        self.slider.setToolTip(self.tr("Go back to an earlier epoch of the run: the surface, the "
                                       "predictions, the diagram and the inspector show that epoch "
                                       "(← → one epoch, Page Up/Down a tenth of the run)"))
        self.spin.setToolTip(self.tr("The epoch on show"))
        self.live_button.setText(self.tr("Live"))
        self.live_button.setToolTip(self.tr("Show the latest epoch again and follow training"))
        self.label.setText(self.tr("Epoch:"))

    def set_range(self, first: int, last: int, live: bool, enabled: bool) -> None:
        """The run spans epochs first…last; when `live`, the slider follows the last one."""
        for widget in (self.slider, self.spin):
            widget.blockSignals(True)
            widget.setRange(first, last)
            if live:
                widget.setValue(last)
            widget.blockSignals(False)
        self.slider.setPageStep(max(1, (last - first) // 10))
        for widget in (self.slider, self.spin):
            widget.setEnabled(enabled and last > first)
        self.live_button.setEnabled(not live)

    def _on_slider(self, value: int) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(value)
        self.spin.blockSignals(False)
        self._pending.start()

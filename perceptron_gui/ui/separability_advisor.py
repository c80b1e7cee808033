"""Says, for each output column, whether a single perceptron can learn it (the session's LP test)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from perceptron_gui.core.truth_table import TruthTable
from perceptron_gui.ui.i18n import Retranslating


class SeparabilityAdvisor(Retranslating, QWidget):
    addHiddenLayerRequested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel(objectName="separabilityLabel", wordWrap=True)
        self.add_button = QPushButton(objectName="addHiddenLayerButton")
        self.add_button.clicked.connect(self.addHiddenLayerRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.add_button)
        self.separable: list[bool] = []
        self._shown: tuple[TruthTable, bool] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setToolTip(self.tr(
            "A single perceptron draws one straight line (a plane) between the rows it answers 1 "
            "and those it answers 0. A linear program checks exactly whether such a line exists."))
        self.add_button.setText(self.tr("Add a hidden layer"))
        self.add_button.setToolTip(self.tr("Give the network a hidden layer of 4 units, then train again"))
        if self._shown is not None:
            self._describe(*self._shown)

    def show_table(self, table: TruthTable, separable: list[bool], has_hidden_layer: bool) -> None:
        """`separable`: for each output, can a single perceptron learn it."""
        self.separable = separable
        self._shown = (table, has_hidden_layer)
        self._describe(table, has_hidden_layer)

    def _describe(self, table: TruthTable, has_hidden_layer: bool) -> None:
        lines = []
        for name, separable in zip(table.output_names, self.separable):
            if separable:
                lines.append(self.tr("✔ {0}: linearly separable — a single perceptron can learn this.")
                             .format(name))
            elif has_hidden_layer:
                lines.append(self.tr("✘ {0}: not linearly separable — beyond a single perceptron, so "
                                     "this network's hidden layer is needed.").format(name))
            else:
                lines.append(self.tr("✘ {0}: not linearly separable — needs a hidden layer.").format(name))
        self.label.setText("\n".join(lines))
        self.add_button.setVisible(not all(self.separable) and not has_hidden_layer)

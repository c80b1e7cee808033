"""A read-only table model over numpy columns: shows 6 significant digits, full precision on hover."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from perceptron_gui.core.number_text import format_number

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


class ArrayModel(QAbstractTableModel):
    """Columns of equal length, with header texts and header tooltips."""

    def __init__(self) -> None:
        super().__init__()
        self.headers: list[str] = []
        self.header_tips: list[str] = []
        self.row_labels: list[str] = []
        self.columns: list[np.ndarray] = []

    def set_columns(self, headers: list[str], header_tips: list[str], columns: list[np.ndarray],
                    row_labels: list[str]) -> None:
        same_shape = headers == self.headers and row_labels == self.row_labels
        if not same_shape:
            self.beginResetModel()
        self.headers, self.header_tips, self.row_labels = headers, header_tips, row_labels
        self.columns = [np.asarray(c, dtype=np.float64) for c in columns]
        if same_shape:
            if self.row_labels and self.headers:
                self.dataChanged.emit(self.index(0, 0), self.index(len(row_labels) - 1, len(headers) - 1))
        else:
            self.endResetModel()

    def value(self, row: int, column: int) -> float:
        return float(self.columns[column][row])

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.row_labels)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return format_number(self.value(index.row(), index.column()))
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self.value(index.row(), index.column()):.17g}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if horizontal else self.row_labels[section]
        if role == Qt.ItemDataRole.ToolTipRole and horizontal:
            return self.header_tips[section]
        return None

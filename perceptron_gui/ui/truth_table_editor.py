"""The truth-table editor: a click flips an output 0 ↔ 1, a key or the context menu marks it
"don't care", a double click types a value in [0, 1]; beside it, the network's prediction
for each row, coloured right or wrong (the lecture's "actual vs expected" table)."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from perceptron_gui.core.accuracy import CLASS_RIGHT_WITHIN, VALUE_RIGHT_WITHIN, is_right
from perceptron_gui.core.truth_table import (
    MAX_INPUTS,
    MAX_OUTPUTS,
    PRESETS,
    TableError,
    TruthTable,
    format_output,
    format_target,
    parse_target,
    preset,
    widest_output_texts,
)
from perceptron_gui.ui.i18n import Retranslating
from perceptron_gui.ui.number_columns import text_width
from perceptron_gui.ui.zoom import follow_row_height

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
RIGHT, WRONG, UNCOUNTED = QColor("#c8ecc8"), QColor("#f6c4c4"), QColor("#e6e6e6")
MIN_TARGET_WIDTH, MIN_PREDICTION_WIDTH = 30, 52  # a column's least width, however short its texts
DONT_CARE_KEYS = (Qt.Key.Key_Asterisk, Qt.Key.Key_X, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
# The preset menu's texts, translated in the "TruthTableEditor" context (read with preset_label).
PRESET_LABELS = {
    "and": QT_TRANSLATE_NOOP("TruthTableEditor", "AND"),
    "or": QT_TRANSLATE_NOOP("TruthTableEditor", "OR"),
    "xor": QT_TRANSLATE_NOOP("TruthTableEditor", "XOR"),
    "nand": QT_TRANSLATE_NOOP("TruthTableEditor", "NAND"),
    "nor": QT_TRANSLATE_NOOP("TruthTableEditor", "NOR"),
    "xnor": QT_TRANSLATE_NOOP("TruthTableEditor", "XNOR"),
    "majority3": QT_TRANSLATE_NOOP("TruthTableEditor", "Majority (3)"),
    "parity3": QT_TRANSLATE_NOOP("TruthTableEditor", "Parity (3)"),
    "half-adder": QT_TRANSLATE_NOOP("TruthTableEditor", "Half adder"),
    "full-adder": QT_TRANSLATE_NOOP("TruthTableEditor", "Full adder"),
}


def preset_label(name: str) -> str:
    """The preset's name in the interface's language."""
    return QCoreApplication.translate("TruthTableEditor", PRESET_LABELS[name])


class RowsModel(QAbstractTableModel):
    """One row per truth-table row, numbered from 1; subclasses name the columns."""

    def __init__(self, table: TruthTable) -> None:
        super().__init__()
        self.table = table

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else self.table.n_rows

    def column_name(self, section: int) -> str:
        raise NotImplementedError

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return str(section + 1) if orientation == Qt.Orientation.Vertical else self.column_name(section)


class TruthTableModel(RowsModel):
    """Input columns (read-only), then one target column per output."""

    targetsEdited = Signal()

    def set_table(self, table: TruthTable) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else self.table.n_inputs + self.table.n_outputs

    def is_output(self, index: Index) -> bool:
        return index.isValid() and index.column() >= self.table.n_inputs

    def target(self, index: Index) -> float:
        return float(self.table.targets[index.row(), index.column() - self.table.n_inputs])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if not self.is_output(index):
                return str(int(self.table.inputs[index.row(), index.column()]))
            return format_target(self.target(index))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        dont_care = self.is_output(index) and math.isnan(self.target(index))
        if role == Qt.ItemDataRole.ForegroundRole and dont_care:
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.ToolTipRole and self.is_output(index):
            return self.tr("Click: flip 0 ↔ 1 · Double click: type a value in [0, 1] · "
                           "* or Delete: don't care (left out of loss and accuracy)")
        return None

    def column_name(self, section: int) -> str:
        return (self.table.input_names + self.table.output_names)[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self.is_output(index) else base

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.is_output(index):
            return False
        try:
            number = value if isinstance(value, float) else parse_target(str(value).strip(), index.row() + 2)
        except TableError:
            return False
        if not (math.isnan(number) or 0.0 <= number <= 1.0):
            return False
        current = self.target(index)
        if current == number or (math.isnan(current) and math.isnan(number)):
            return True
        self.table = self.table.with_target(index.row(), index.column() - self.table.n_inputs, number)
        self.dataChanged.emit(index, index)
        self.targetsEdited.emit()
        return True

    def flip(self, index: Index) -> None:
        """0 → 1, anything else (1, a fraction, don't care) → 0."""
        self.setData(index, 1.0 if self.target(index) == 0.0 else 0.0)


class PredictionModel(RowsModel):
    """One column per output: the network's ŷ for each row, green when right, red when wrong."""

    def __init__(self, table: TruthTable) -> None:
        super().__init__(table)
        self.predictions = np.full(table.targets.shape, np.nan)

    def set_table(self, table: TruthTable) -> None:
        self.beginResetModel()
        self.table = table
        if self.predictions.shape != table.targets.shape:
            self.predictions = np.full(table.targets.shape, np.nan)
        self.endResetModel()

    def set_predictions(self, predictions: np.ndarray) -> None:
        if predictions.shape != self.table.targets.shape:
            return
        self.predictions = predictions
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else self.table.n_outputs

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = float(self.predictions[index.row(), index.column()])
        target = float(self.table.targets[index.row(), index.column()])
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if math.isnan(value) else format_output(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole and not math.isnan(value):
            if math.isnan(target):
                return QBrush(UNCOUNTED)
            return QBrush(RIGHT if is_right(value, target) else WRONG)
        if role == Qt.ItemDataRole.ToolTipRole and not math.isnan(value):
            if math.isnan(target):
                return self.tr("ŷ = {0:.6f} (don't care: not counted)").format(value)
            verdict = self.tr("right") if is_right(value, target) else self.tr("wrong")
            if target in (0.0, 1.0):
                rule = self.tr("right means ŷ is on the target's side of 0.5, by {0:g} at least").format(
                    round(0.5 - CLASS_RIGHT_WITHIN, 6))
            else:
                rule = self.tr("a target between 0 and 1 is right when ŷ is within {0:g} of it").format(
                    VALUE_RIGHT_WITHIN)
            return self.tr("ŷ = {0:.6f}, expected {1:g}: {2} ({3})").format(value, target, verdict, rule)
        return None

    def column_name(self, section: int) -> str:
        return self.tr("ŷ {0}").format(self.table.output_names[section])


class TargetTableView(QTableView):
    """The truth table's view: clicks flip, keys set 0, 1 or don't care."""

    def __init__(self, model: TruthTableModel) -> None:
        super().__init__()
        self.setModel(model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.clicked.connect(self._on_clicked)
        self.doubleClicked.connect(self._on_double_clicked)
        self._last_flip: tuple[QPersistentModelIndex, str] | None = None
        self._flip_timer = QTimer(self, singleShot=True)
        self._flip_timer.timeout.connect(self._forget_flip)

    def table_model(self) -> TruthTableModel:
        model = self.model()
        assert isinstance(model, TruthTableModel)
        return model

    def _on_clicked(self, index: QModelIndex) -> None:
        model = self.table_model()
        if not model.is_output(index):
            return
        self._last_flip = (QPersistentModelIndex(index), model.data(index, Qt.ItemDataRole.EditRole))
        self._flip_timer.start(QApplication.doubleClickInterval())
        model.flip(index)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        # The first click of a double click flipped the cell: put its value back before typing.
        if self._last_flip is not None and self._last_flip[0] == QPersistentModelIndex(index):
            self.table_model().setData(index, self._last_flip[1])
        self._forget_flip()

    def _forget_flip(self) -> None:
        self._last_flip = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index, model = self.currentIndex(), self.table_model()
        if model.is_output(index) and self.state() != QAbstractItemView.State.EditingState:
            value = {Qt.Key.Key_0: 0.0, Qt.Key.Key_1: 1.0}.get(Qt.Key(event.key()))
            if value is None and event.key() in DONT_CARE_KEYS:
                value = math.nan
            if value is not None:
                model.setData(index, value)
                return
        super().keyPressEvent(event)

    def _context_menu(self, position) -> None:
        index = self.indexAt(position)
        model = self.table_model()
        if not model.is_output(index):
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Set to 0"), lambda: model.setData(index, 0.0))
        menu.addAction(self.tr("Set to 1"), lambda: model.setData(index, 1.0))
        menu.addAction(self.tr("Don't care (*)"), lambda: model.setData(index, math.nan))
        menu.addAction(self.tr("Type a value…"), lambda: self.edit(index))
        menu.exec(self.viewport().mapToGlobal(position))


class TruthTableEditor(Retranslating, QWidget):
    """Preset menu, table size, the editable table and the live predictions beside it."""

    tableEdited = Signal(object)  # the new table: targets changed, same shape
    tableReplaced = Signal(object)  # the new table: a preset or a size

    def __init__(self, table: TruthTable) -> None:
        super().__init__()
        self.model = TruthTableModel(table)
        self.predictions = PredictionModel(table)
        self.model.targetsEdited.connect(self._on_targets_edited)

        self.preset_combo = QComboBox(objectName="presetCombo")
        for key in [*PRESET_LABELS, ""]:  # "": Custom
            self.preset_combo.addItem("", key)  # texts in retranslate()
        self.preset_combo.activated.connect(self._on_preset_chosen)
        self.inputs_spin = QSpinBox(objectName="inputsSpin", minimum=1, maximum=MAX_INPUTS)
        self.outputs_spin = QSpinBox(objectName="outputsSpin", minimum=1, maximum=MAX_OUTPUTS)
        for spin in (self.inputs_spin, self.outputs_spin):
            spin.valueChanged.connect(self._on_size_changed)

        self.table_view = TargetTableView(self.model)
        self.table_view.setObjectName("truthTable")
        self.prediction_view = QTableView(objectName="predictionTable")
        self.prediction_view.setModel(self.predictions)
        self.prediction_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.prediction_view.verticalHeader().hide()
        # Columns share the width but never shrink below their widest text (the view scrolls then).
        self.predictions.dataChanged.connect(self._fit_predictions)
        self.predictions.modelReset.connect(self._fit_predictions)
        self.model.modelReset.connect(self._fit_targets)
        self.model.dataChanged.connect(self._fit_targets)
        for view in (self.table_view, self.prediction_view):
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            follow_row_height(view, 24)
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # One scroll for both: the rows stay side by side.
        self.table_view.verticalScrollBar().valueChanged.connect(
            self.prediction_view.verticalScrollBar().setValue)
        self.prediction_view.verticalScrollBar().valueChanged.connect(
            self.table_view.verticalScrollBar().setValue)

        self.preset_label = QLabel(buddy=self.preset_combo)
        self.inputs_label = QLabel(buddy=self.inputs_spin)
        self.outputs_label = QLabel(buddy=self.outputs_spin)
        size_row = QHBoxLayout()
        size_row.addWidget(self.preset_label)
        size_row.addWidget(self.preset_combo, 1)
        size_row.addWidget(self.inputs_label)
        size_row.addWidget(self.inputs_spin)
        size_row.addWidget(self.outputs_label)
        size_row.addWidget(self.outputs_spin)
        tables = QHBoxLayout()
        tables.setSpacing(2)
        tables.addWidget(self.table_view, 3)
        tables.addWidget(self.prediction_view, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(size_row)
        layout.addLayout(tables, 1)
        self.set_table(table)
        self.retranslate()

    def retranslate(self) -> None:
        blocked = self.preset_combo.blockSignals(True)
        for i in range(self.preset_combo.count()):
            key = self.preset_combo.itemData(i)
            self.preset_combo.setItemText(i, preset_label(key) if key else self.tr("Custom"))
        self.preset_combo.blockSignals(blocked)
        self.preset_combo.setToolTip(self.tr("Load a ready-made truth table"))
        self.inputs_spin.setToolTip(self.tr("Number of inputs (rows = 2^inputs)"))
        self.outputs_spin.setToolTip(self.tr("Number of outputs"))
        self.prediction_view.setToolTip(self.tr("The network's output ŷ for each row: "
                                                "green when right, red when wrong"))
        self.preset_label.setText(self.tr("Preset:"))
        self.inputs_label.setText(self.tr("Inputs:"))
        self.outputs_label.setText(self.tr("Outputs:"))
        # The models' headers and tooltips are translated when the views ask: make them ask again.
        for model in (self.model, self.predictions):
            if model.columnCount() > 0:
                model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # the views' fonts changed with this one
            self._fit_targets()
            self._fit_predictions()
        super().changeEvent(event)

    def _fit_targets(self) -> None:
        texts = {format_target(float(v)) for v in self.table.targets.ravel()}
        _fit_minimum_section(self.table_view, MIN_TARGET_WIDTH, sorted(texts))

    def _fit_predictions(self) -> None:
        _fit_minimum_section(self.prediction_view, MIN_PREDICTION_WIDTH,
                             widest_output_texts(self.predictions.predictions))

    def sizeHint(self) -> QSize:
        """No taller than its rows need (Qt's tables ask for 192 pixels whatever they hold): on a
        short screen the hyperparameters under a small table stay in sight."""
        hint = super().sizeHint()
        view = self.table_view
        rows = (view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
                + view.verticalHeader().defaultSectionSize() * self.model.rowCount())
        asked = max(view.sizeHint().height(), self.prediction_view.sizeHint().height())
        return QSize(hint.width(), hint.height() - asked + min(asked, rows))

    @property
    def table(self) -> TruthTable:
        return self.model.table

    def set_table(self, table: TruthTable, preset_name: str | None = None) -> None:
        """Show a new table (from a preset, a file or a resize)."""
        self.model.set_table(table)
        self.predictions.set_table(table)
        for spin, value in ((self.inputs_spin, table.n_inputs), (self.outputs_spin, table.n_outputs)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self._show_preset(preset_name if preset_name is not None else self._matching_preset())

    def select_preset(self, name: str) -> None:
        self.set_table(preset(name), name)
        self.tableReplaced.emit(self.table)

    def _on_preset_chosen(self, position: int) -> None:
        name = self.preset_combo.itemData(position)
        if name:
            self.select_preset(name)

    def _on_size_changed(self) -> None:
        self.set_table(self.table.resized(self.inputs_spin.value(), self.outputs_spin.value()))
        self.tableReplaced.emit(self.table)

    def _on_targets_edited(self) -> None:
        self.predictions.set_table(self.table)  # recolour right/wrong against the new targets
        self._show_preset(self._matching_preset())
        self.tableEdited.emit(self.table)

    def _matching_preset(self) -> str:
        for name in PRESETS:
            candidate = preset(name)
            if (candidate.targets.shape == self.table.targets.shape
                    and np.array_equal(candidate.targets, self.table.targets, equal_nan=True)):
                return name
        return ""

    def _show_preset(self, name: str) -> None:
        self.preset_combo.setCurrentIndex(max(0, self.preset_combo.findData(name)))


def _fit_minimum_section(view: QTableView, floor: int, texts: list[str]) -> None:
    """Stretched columns no narrower than `floor` nor than the widest of `texts`."""
    width = max(floor, text_width(view, texts))
    header = view.horizontalHeader()
    if header.minimumSectionSize() != width:
        header.setMinimumSectionSize(width)

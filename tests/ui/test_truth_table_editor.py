"""The truth-table editor on its own: texts in retranslate(), the table untouched by a language change."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from perceptron_gui.core.truth_table import PRESETS, preset
from perceptron_gui.ui.number_columns import cell_padding
from perceptron_gui.ui.truth_table_editor import (
    MIN_PREDICTION_WIDTH,
    PRESET_LABELS,
    RIGHT,
    WRONG,
    TruthTableEditor,
    preset_label,
)


@pytest.fixture
def editor(qtbot) -> TruthTableEditor:
    widget = TruthTableEditor(preset("and"))
    qtbot.addWidget(widget)
    return widget


def combo_items(combo) -> list[tuple[str, object]]:
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def test_every_preset_has_a_label_and_the_menu_shows_them(editor):
    assert set(PRESET_LABELS) == set(PRESETS)
    expected = [*((preset_label(key), key) for key in PRESET_LABELS), ("Custom", "")]
    assert combo_items(editor.preset_combo) == expected
    assert editor.preset_combo.currentText() == "AND"
    assert editor.preset_label.text() == "Preset:"


def test_a_language_change_keeps_the_table_the_choice_and_the_predictions(qtbot, editor):
    editor.select_preset("half-adder")
    editor.model.setData(editor.model.index(1, 2), math.nan)  # a don't care: the menu says Custom
    editor.predictions.set_predictions(np.full(editor.table.targets.shape, 0.25))
    targets = editor.table.targets.copy()
    items = combo_items(editor.preset_combo)
    index = editor.preset_combo.currentIndex()
    assert editor.preset_combo.currentData() == ""
    header = editor.predictions.headerData(0, Qt.Orientation.Horizontal)
    texts = [w.toolTip() for w in (editor.preset_combo, editor.inputs_spin, editor.prediction_view)]
    edited, replaced = [], []
    editor.tableEdited.connect(lambda: edited.append(True))
    editor.tableReplaced.connect(lambda: replaced.append(True))
    headers = []
    editor.predictions.headerDataChanged.connect(lambda *args: headers.append(args))

    QCoreApplication.sendEvent(editor, QEvent(QEvent.Type.LanguageChange))

    np.testing.assert_array_equal(editor.table.targets, targets)
    assert (editor.inputs_spin.value(), editor.outputs_spin.value()) == (2, 2)
    assert combo_items(editor.preset_combo) == items and editor.preset_combo.currentIndex() == index
    assert editor.predictions.headerData(0, Qt.Orientation.Horizontal) == header == "ŷ sum"
    assert headers == [(Qt.Orientation.Horizontal, 0, 1)]  # the views ask for the headers again
    assert [w.toolTip() for w in (editor.preset_combo, editor.inputs_spin, editor.prediction_view)] == texts
    assert float(editor.predictions.data(editor.predictions.index(0, 0))) == 0.25
    assert edited == [] and replaced == []


def test_a_fractional_target_is_green_only_when_y_hat_is_close_to_it(editor):
    editor.model.setData(editor.model.index(0, 2), 0.7)
    predictions = editor.predictions
    colours = []
    for y_hat in (0.375, 0.69):
        predictions.set_predictions(np.array([[y_hat], [0.0], [0.0], [1.0]]))
        index = predictions.index(0, 0)
        colours.append(predictions.data(index, Qt.ItemDataRole.BackgroundRole).color().name())
        assert "within 0.05" in predictions.data(index, Qt.ItemDataRole.ToolTipRole)
    assert colours == [WRONG.name(), RIGHT.name()]
    one = predictions.index(3, 0)
    assert "side of 0.5, by 0.001 at least" in predictions.data(one, Qt.ItemDataRole.ToolTipRole)


def test_a_wide_output_or_target_is_never_cut(qtbot, editor):
    editor.outputs_spin.setValue(4)  # four ŷ columns share a narrow panel
    editor.resize(320, 300)
    editor.show()
    qtbot.waitExposed(editor)
    view = editor.prediction_view
    outputs = np.full((4, 4), 0.5)
    outputs[:, 3] = [-123456.789, 0.5, 2.5e7, 1.0]  # a linear output
    editor.predictions.set_predictions(outputs)
    metrics, padding = view.fontMetrics(), cell_padding(view)
    shown = [editor.predictions.data(editor.predictions.index(r, 3)) for r in range(4)]
    assert shown == ["-123456.789", "0.500", "2.5e+07", "1.000"]
    assert view.columnWidth(3) >= max(metrics.horizontalAdvance(text) for text in shown) + padding
    assert view.horizontalScrollBar().maximum() > 0  # the view scrolls rather than cut them
    editor.predictions.set_predictions(np.full((4, 4), 0.903))
    assert view.horizontalHeader().minimumSectionSize() == MIN_PREDICTION_WIDTH  # narrow numbers again
    editor.model.setData(editor.model.index(1, 5), "0.123456789")  # a typed target
    targets = editor.table_view
    text = editor.model.data(editor.model.index(1, 5))
    assert text == "0.123456789"
    assert targets.columnWidth(5) >= targets.fontMetrics().horizontalAdvance(text) + cell_padding(targets)

"""The hyperparameter panel on its own: texts in retranslate(), the config untouched by a language change,
the lecture's terms in Vietnamese with the English ones in the tooltips."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QComboBox

from perceptron_gui.core.activations import ACTIVATIONS, MAXOUT_FORMULA, make_activation
from perceptron_gui.core.config import BATCH_MODES, INITS, OPTIMIZERS, TrainingConfig
from perceptron_gui.core.losses import LOSS_FORMULAS, LOSSES
from perceptron_gui.ui import i18n
from perceptron_gui.ui.hyperparameter_panel import (
    ACTIVATION_LABELS,
    BATCH_LABELS,
    BATCH_TIPS,
    INIT_LABELS,
    LOSS_LABELS,
    OPTIMIZER_LABELS,
    OPTIMIZER_TIPS,
    UI_ACTIVATION_FORMULAS,
    UI_LOSS_FORMULAS,
    HyperparameterPanel,
)


@pytest.fixture
def panel(qtbot) -> HyperparameterPanel:
    widget = HyperparameterPanel()
    qtbot.addWidget(widget)
    return widget


def combo_items(combo) -> list[tuple[str, object, object]]:
    return [(combo.itemText(i), combo.itemData(i), combo.itemData(i, Qt.ItemDataRole.ToolTipRole))
            for i in range(combo.count())]


def test_the_ui_formula_tables_cover_every_activation_and_loss_with_the_cores_math():
    assert set(UI_ACTIVATION_FORMULAS) == set(ACTIVATIONS)
    assert set(UI_LOSS_FORMULAS) == set(LOSSES)
    for name in ACTIVATIONS:  # untranslated, the window's formula is the CLI's, character for character
        core = MAXOUT_FORMULA if name == "maxout" else make_activation(name).formula
        assert UI_ACTIVATION_FORMULAS[name] == core
    assert UI_LOSS_FORMULAS == LOSS_FORMULAS


def test_every_combo_key_has_a_label():
    for labels, keys in ((ACTIVATION_LABELS, ACTIVATIONS), (LOSS_LABELS, LOSSES),
                         (OPTIMIZER_LABELS, OPTIMIZERS), (BATCH_LABELS, BATCH_MODES), (INIT_LABELS, INITS)):
        assert set(labels) == set(keys)


def test_combos_show_labels_and_formula_tooltips_over_the_config_keys(panel):
    assert [panel.loss.itemData(i) for i in range(panel.loss.count())] == list(LOSSES)
    assert panel.loss.itemText(0) == "mse (½ included)"
    assert panel.loss.itemData(1, Qt.ItemDataRole.ToolTipRole) == LOSS_FORMULAS["bce"]
    assert panel.optimizer.itemText(0) == "gradient descent"
    assert panel.batch.itemText(1) == "per sample (SGD)"
    sigmoid = panel.output_activation.findData("sigmoid")
    tip = panel.output_activation.itemData(sigmoid, Qt.ItemDataRole.ToolTipRole)
    assert tip == UI_ACTIVATION_FORMULAS["sigmoid"]
    assert [panel.speed.itemText(i) for i in range(panel.speed.count())] == [
        "10 epochs/s", "100 epochs/s", "1,000 epochs/s", "10,000 epochs/s", "max"]
    assert panel.row_labels["learning_rate"].text() == "Learning rate α:"


def test_a_language_change_retranslates_without_touching_the_settings(qtbot, panel):
    config = TrainingConfig(hidden_layers=(4, 3), hidden_activation="relu", output_activation="linear",
                            loss="mse", optimizer="adam", learning_rate=0.02, epochs=1234, batch="mini",
                            batch_size=3, init="he", seed=7, target_loss=0.001, momentum=0.5)
    panel.set_config(config)
    panel.set_speed(250)  # not in the list: an item of its own
    combos = [panel.hidden_activation, panel.output_activation, panel.loss, panel.optimizer, panel.batch,
              panel.init, panel.speed]
    before = [(combo.currentIndex(), combo_items(combo)) for combo in combos]
    tipped = (panel.hidden_edit, panel.learning_rate, panel.rate_slider, panel.seed)
    tips = [w.toolTip() for w in tipped]
    labels = {key: label.text() for key, label in panel.row_labels.items()}
    changed, speeds = [], []
    panel.changed.connect(lambda: changed.append(True))
    panel.speedChanged.connect(speeds.append)

    QCoreApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))

    assert panel.config() == config
    assert panel.speed_value() == 250
    assert [(combo.currentIndex(), combo_items(combo)) for combo in combos] == before
    assert [w.toolTip() for w in tipped] == tips
    assert {key: label.text() for key, label in panel.row_labels.items()} == labels
    assert panel.hidden_edit.placeholderText() == "none"
    assert panel.target_loss.specialValueText() == "none"
    assert changed == [] and speeds == []
    assert panel.batch_size.isEnabled()  # mini-batch still chosen


def test_an_edit_still_fires_changed_after_a_language_change(qtbot, panel):
    QCoreApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    with qtbot.waitSignal(panel.changed, timeout=1000):
        panel.loss.setCurrentIndex(panel.loss.findData("bce"))
    assert panel.config().loss == "bce"


def test_each_optimizer_and_batch_mode_has_a_tooltip_and_the_combo_shows_them_all(panel):
    assert set(OPTIMIZER_TIPS) == set(OPTIMIZERS) and set(BATCH_TIPS) == set(BATCH_MODES)
    for combo, tips in ((panel.optimizer, OPTIMIZER_TIPS), (panel.batch, BATCH_TIPS)):
        item_tips = [tips[combo.itemData(i)] for i in range(combo.count())]
        assert [combo.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(combo.count())] == item_tips
        assert combo.toolTip() == "\n".join(item_tips)
    assert panel.optimizer.toolTip().startswith("gradient descent: w ← w − α·∂E/∂w\nmomentum: ")


ENGLISH_TERMS = re.compile(r"batch|gradient descent|momentum", re.IGNORECASE)


def test_in_vietnamese_the_terms_are_vietnamese_and_the_tooltips_keep_the_english(qtbot, panel):
    gd = panel.optimizer.findData("gd")
    i18n.set_language("vi")
    try:
        qtbot.waitUntil(lambda: panel.optimizer.itemText(gd) == "hạ gradient")  # LanguageChange is posted
        assert [panel.batch.itemText(i) for i in range(panel.batch.count())] == [
            "toàn bộ mẫu", "từng mẫu (SGD)", "lô nhỏ"]
        assert panel.row_labels["batch"].text() == "Cập nhật theo:"
        shown = [label.text() for label in panel.row_labels.values()] + [
            combo.itemText(i) for combo in panel.findChildren(QComboBox) for i in range(combo.count())]
        assert [text for text in shown if ENGLISH_TERMS.search(text)] == []
        assert (panel.optimizer.itemData(gd, Qt.ItemDataRole.ToolTipRole)
                == "hạ gradient (gradient descent): w ← w − α·∂E/∂w")
        for term in ("(gradient descent)", "(momentum)"):
            assert term in panel.optimizer.toolTip()
        for term in ("(full batch)", "(per sample, SGD)", "(mini-batch)"):
            assert term in panel.batch.toolTip()
        assert "(mini-batch)" in panel.batch_size.toolTip()
    finally:
        i18n.set_language("en")
    qtbot.waitUntil(lambda: panel.optimizer.itemText(gd) == "gradient descent")
    assert panel.row_labels["batch"].text() == "Batch:"

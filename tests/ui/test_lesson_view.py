"""The Lesson view on its own: steps, Back / Next, Set up, the check, typeset live formulas."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFont, QImage, QTextDocument
from PySide6.QtWidgets import QLabel, QPushButton

from perceptron_gui.core.config import TrainingConfig
from perceptron_gui.core.lesson import RunFacts, builtin_lesson
from perceptron_gui.core.truth_table import preset
from perceptron_gui.ui.i18n import set_language
from perceptron_gui.ui.lesson_view import CONDITION_TEXTS, LessonView, condition_text


@pytest.fixture
def view(qtbot):
    view = LessonView()
    qtbot.addWidget(view)
    view.resize(420, 640)
    view.set_lesson(builtin_lesson("en"))
    view.show()
    qtbot.waitExposed(view)
    return view


def button(view: LessonView, name: str) -> QPushButton:
    return view.findChild(QPushButton, name)


def facts(table: str, predictions: list[float], epochs: int = 2000, **config: object) -> RunFacts:
    return RunFacts(preset(table), TrainingConfig(**config), epochs, np.array(predictions)[:, None], 0.01)


def formula_images(view: LessonView) -> list[QImage]:
    """The formulas' images, each of them drawn in the text (as an image in the document)."""
    document = view.text.document()
    html = document.toHtml()
    assert all(f'<img src="formula:{n}"' in html for n in range(len(view.text.formulas))), html
    return [document.resource(QTextDocument.ResourceType.ImageResource.value, QUrl(f"formula:{n}"))
            for n in range(len(view.text.formulas))]


def test_back_and_next_walk_the_steps(qtbot, view):
    counter = view.findChild(QLabel, "lessonCounter")
    assert counter.text() == "Step 1 of 12" and view.title.text() == "1. The task: AND, OR, XOR"
    assert not button(view, "lessonBackButton").isEnabled()
    with qtbot.waitSignal(view.stepChanged) as changed:
        qtbot.mouseClick(button(view, "lessonNextButton"), Qt.MouseButton.LeftButton)
    assert changed.args == [1] and counter.text() == "Step 2 of 12"
    assert button(view, "lessonBackButton").isEnabled()
    qtbot.mouseClick(button(view, "lessonBackButton"), Qt.MouseButton.LeftButton)
    assert view.index == 0
    view.show_step(99)
    assert view.index == 11 and not button(view, "lessonNextButton").isEnabled()


def test_set_up_asks_for_the_step_s_state(qtbot, view):
    view.show_step(9)  # a hidden layer solves XOR
    with qtbot.waitSignal(view.setUpRequested) as asked:
        qtbot.mouseClick(button(view, "lessonSetUpButton"), Qt.MouseButton.LeftButton)
    setup = asked.args[0]
    assert setup.table == "xor" and setup.config.hidden_layers == (4,) and setup.views == ("diagram",)


def test_the_check_turns_to_a_tick_on_the_right_outcome_only(view):
    check = view.findChild(QLabel, "lessonCheck")
    view.show_step(8)  # XOR fails
    assert not view.passed and check.text().startswith("○ Not yet:")
    view.show_facts(facts("xor", [0.2, 0.9, 0.9, 0.1], hidden_layers=(4,)))  # learned: the wrong outcome
    assert not view.passed
    assert "no hidden layer" in check.text() and "every output within 0.05 of 0.5" in check.text()
    view.show_facts(facts("xor", [0.5, 0.5, 0.5, 0.5]))
    assert view.passed and check.text() == "✓ Done: your run shows it."
    view.show_step(9)  # the same run does not pass the next step
    assert not view.passed and "every row right" in check.text()


def test_every_condition_reads_as_a_sentence():
    assert condition_text("table", "xor") == "the XOR table on show"
    assert condition_text("epochs_at_least", 2000) == "at least 2,000 epochs trained"
    assert condition_text("epochs_at_most", 0) == "no training: the weights set by hand"
    assert condition_text("hidden_layers", [4, 2]) == "hidden layers: 4, 2"
    assert condition_text("all_rows_right", False) == "not every row right"
    assert condition_text("epochs_at_least", 1) == "at least one epoch trained"
    assert condition_text("hidden_activation", "leaky_relu") == "hidden activation leaky_relu"
    values = {"table": "and", "hidden_layers": [3], "hidden_activation": "tanh", "output_activation": "tanh"}
    for name in CONDITION_TEXTS:
        text = condition_text(name, values.get(name, 3))
        assert "{" not in text and ("3" in text or "AND" in text or "tanh" in text), text


def test_formulas_are_typeset_with_the_live_numbers(view):
    view.show_step(1)  # the perceptron by hand: two formulas, one with live numbers
    assert len(view.text.formulas) == 4
    assert r"\text{–}" in view.text.formulas[1]  # no numbers yet
    images = formula_images(view)
    assert all(isinstance(i, QImage) and not i.isNull() for i in images)
    assert any(_has_ink(i) for i in images)
    view.show_values({"w0": 0.6369616873214543, "x1": 0.0, "w1": 0.27, "x2": 0.0, "w2": 0.041,
                      "z": 0.637, "yhat": 0.654})
    assert view.text.formulas[1:3] == [r"z = 0.637 + 0.000\cdot0.270", r"\qquad + 0.000\cdot0.041 = 0.637"]
    assert view.text.document().toPlainText().strip()  # the text is there with the images


def test_formulas_follow_the_zoom(qtbot, view):
    view.show_step(2)
    width = formula_images(view)[0].width()
    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    qtbot.waitUntil(lambda: formula_images(view)[0].width() > 1.5 * width)


def test_the_view_speaks_vietnamese(qtbot, view):
    try:
        set_language("vi")
        view.set_lesson(builtin_lesson("vi"), 5)
        assert view.findChild(QLabel, "lessonCounter").text() == "Bước 6 / 12"
        qtbot.waitUntil(lambda: button(view, "lessonNextButton").text() == "Tiếp")  # on LanguageChange
        assert view.title.text() == "6. Huấn luyện AND"
        assert condition_text("epochs_at_least", 2000) == "đã huấn luyện ít nhất 2\u00a0000 epoch"
    finally:
        set_language("en")


def _has_ink(image: QImage) -> bool:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return any(image.pixelColor(x, y).alpha() > 0 for x in range(0, image.width(), 3)
               for y in range(0, image.height(), 3))

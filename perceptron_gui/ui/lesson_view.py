"""The Lesson view: one step of a lesson at a time — its text with typeset formulas and live
numbers, a Set up button, and a check that turns to ✓ when the run on show meets it.

The view asks nothing of the window: it emits `setUpRequested` with the step's Setup and
`stepChanged` with the step's index, and the window tells it the run's facts (`show_facts`) and the
live numbers of the weights on show (`show_values`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QFontInfo, QResizeEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from perceptron_gui.core.lesson import Lesson, RunFacts, Step, fill_values
from perceptron_gui.ui.formula_image import formula_image
from perceptron_gui.ui.hyperparameter_panel import ACTIVATION_LABELS
from perceptron_gui.ui.i18n import Retranslating, fmt

FORMULA_SCALE = 1.3  # a display formula's base font, against the text's
MIN_FORMULA_SHRINK = 0.6  # a formula wider than the view shrinks down to this, then scrolls
FORMULA_URL = "formula"
OBJECT_REPLACEMENT = "\ufffc"  # the character that stands for an image in a text block
_FORMULA = re.compile(r"\$\$(.*?)\$\$", re.DOTALL)
# What each condition of a check asks, as the student reads it ({0}: the condition's value).
CONDITION_TEXTS = {
    "table": QT_TRANSLATE_NOOP("LessonView", "the {0} table on show"),
    "hidden_layers": QT_TRANSLATE_NOOP("LessonView", "hidden layers: {0}"),
    "hidden_units_at_least": QT_TRANSLATE_NOOP("LessonView", "at least {0} hidden units"),
    "hidden_activation": QT_TRANSLATE_NOOP("LessonView", "hidden activation {0}"),
    "output_activation": QT_TRANSLATE_NOOP("LessonView", "output activation {0}"),
    "epochs_at_least": QT_TRANSLATE_NOOP("LessonView", "at least {0:,} epochs trained"),
    "epochs_at_most": QT_TRANSLATE_NOOP("LessonView", "at most {0:,} epochs trained"),
    "learning_rate_at_least": QT_TRANSLATE_NOOP("LessonView", "learning rate α ≥ {0:g}"),
    "learning_rate_at_most": QT_TRANSLATE_NOOP("LessonView", "learning rate α ≤ {0:g}"),
    "loss_at_most": QT_TRANSLATE_NOOP("LessonView", "loss E ≤ {0:g}"),
    "outputs_near": QT_TRANSLATE_NOOP("LessonView", "every output within 0.05 of {0:g}"),
}
SPECIAL_TEXTS = {
    ("all_rows_right", True): QT_TRANSLATE_NOOP("LessonView", "every row right"),
    ("all_rows_right", False): QT_TRANSLATE_NOOP("LessonView", "not every row right"),
    ("epochs_at_most", 0): QT_TRANSLATE_NOOP("LessonView", "no training: the weights set by hand"),
    ("epochs_at_least", 1): QT_TRANSLATE_NOOP("LessonView", "at least one epoch trained"),
    ("hidden_layers", ()): QT_TRANSLATE_NOOP("LessonView", "no hidden layer"),
}


def condition_text(name: str, value: object) -> str:
    """What the condition `name` = `value` asks, in the interface's language."""
    key = (name, tuple(value) if isinstance(value, list) else value)
    if key in SPECIAL_TEXTS:
        return QCoreApplication.translate("LessonView", SPECIAL_TEXTS[key])
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    elif name == "table":
        value = str(value).upper()
    elif name in ("hidden_activation", "output_activation"):  # as the panel's list names it
        value = QCoreApplication.translate("HyperparameterPanel", ACTIVATION_LABELS[value])
    return fmt(QCoreApplication.translate("LessonView", CONDITION_TEXTS[name]), value)


class FormulaBrowser(QTextBrowser):
    """Markdown whose display formulas are images, typeset at the text's size and colour."""

    def __init__(self) -> None:
        super().__init__(objectName="lessonText", openExternalLinks=True)
        self.formulas: list[str] = []  # LaTeX with the live numbers filled in, by image number
        self.markdown = ""

    def show_markdown(self, markdown: str, formulas: list[str]) -> None:
        self.markdown, self.formulas = markdown, formulas
        scroll = self.verticalScrollBar().value()
        self.setMarkdown(markdown)
        block = self.document().begin()
        while block.isValid():  # a display formula stands centred in a paragraph of its own
            if block.text() == OBJECT_REPLACEMENT:
                cursor = QTextCursor(block)
                centred = block.blockFormat()
                centred.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                cursor.setBlockFormat(centred)
            block = block.next()
        self.verticalScrollBar().setValue(scroll)

    def loadResource(self, kind: int, url: QUrl) -> object:
        if url.scheme() != FORMULA_URL or kind != QTextDocument.ResourceType.ImageResource.value:
            return super().loadResource(kind, url)
        latex, ratio = self.formulas[int(url.path())], self.devicePixelRatioF()
        size = FORMULA_SCALE * QFontInfo(self.font()).pixelSize()
        color = self.palette().text().color().name()
        image = formula_image(latex, size, ratio, color)
        room = self.viewport().width() - 2 * self.document().documentMargin() - 8
        natural = image.width() / ratio
        if natural > room > 0:  # a wide formula shrinks to fit, in steps (each size is typeset once)
            shrink = max(MIN_FORMULA_SHRINK, math.floor(20 * room / natural) / 20)
            image = formula_image(latex, size * shrink, ratio, color)
        return image

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange) and self.formulas:
            self.show_markdown(self.markdown, self.formulas)  # the images again, at the new size

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.formulas and event.size().width() != event.oldSize().width():
            self.show_markdown(self.markdown, self.formulas)  # wide formulas fit the new width


class LessonView(Retranslating, QWidget):
    setUpRequested = Signal(object)  # the step's Setup
    stepChanged = Signal(int)  # the index of the step on show

    def __init__(self) -> None:
        super().__init__()
        self.counter = QLabel(objectName="lessonCounter")
        self.title = QLabel(objectName="lessonTitle", wordWrap=True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = FormulaBrowser()
        self.check_label = QLabel(objectName="lessonCheck", wordWrap=True)
        self.back_button = QPushButton(objectName="lessonBackButton")
        self.set_up_button = QPushButton(objectName="lessonSetUpButton")
        self.next_button = QPushButton(objectName="lessonNextButton")
        self.back_button.clicked.connect(lambda: self.show_step(self.index - 1))
        self.next_button.clicked.connect(lambda: self.show_step(self.index + 1))
        self.set_up_button.clicked.connect(lambda: self.setUpRequested.emit(self.step.setup))
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.set_up_button, 1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counter)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.check_label)
        layout.addLayout(buttons)
        self.lesson: Lesson | None = None
        self.index = 0
        self.passed = False
        self._facts: RunFacts | None = None
        self._values: Mapping[str, float] = {}
        self.retranslate()

    @property
    def step(self) -> Step:
        return self.lesson.steps[self.index]

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.back_button.setToolTip(self.tr("The step before"))
        self.next_button.setText(self.tr("Next"))
        self.next_button.setToolTip(self.tr("The next step"))
        self.set_up_button.setText(self.tr("Set up"))
        self.set_up_button.setToolTip(self.tr(
            "Put the window in the state this step needs: its table, hyperparameters and views "
            "(a new model: the run on show is set aside)"))
        self.check_label.setToolTip(self.tr("Turns to ✓ when your own run shows what this step expects"))
        if self.lesson is not None:
            self._show_counter()
            self._show_check()

    def set_lesson(self, lesson: Lesson, index: int = 0) -> None:
        """Show `lesson` from step `index` (clamped to its steps)."""
        self.lesson = lesson
        self.show_step(index)

    def show_step(self, index: int) -> None:
        if self.lesson is None:
            return
        self.index = max(0, min(index, len(self.lesson.steps) - 1))
        step = self.step
        self.title.setText(step.title)
        self.set_up_button.setVisible(step.setup is not None)
        self.back_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.lesson.steps) - 1)
        self._show_counter()
        self._show_text()
        self._show_check()
        self.stepChanged.emit(self.index)

    def show_facts(self, facts: RunFacts | None) -> None:
        """The run on show (None: no model yet); the check follows it."""
        self._facts = facts
        self._show_check()

    def show_values(self, values: Mapping[str, float]) -> None:
        """The live numbers of the weights on show; formulas that show one are typeset again."""
        if values == self._values:
            return
        self._values = dict(values)
        if any(r"\val{" in latex for latex in self.step.formulas()):
            self._show_text()

    def _show_counter(self) -> None:
        self.counter.setText(fmt(self.tr("Step {0} of {1}"), self.index + 1, len(self.lesson.steps)))

    def _show_text(self) -> None:
        formulas: list[str] = []

        def image(match: re.Match) -> str:
            formulas.append(fill_values(match.group(1).strip(), self._values))
            # (Qt's Markdown drops an image without alt text)
            return f"\n\n![formula]({FORMULA_URL}:{len(formulas) - 1})\n\n"

        self.text.show_markdown(_FORMULA.sub(image, self.step.body), formulas)

    def _show_check(self) -> None:
        check = self.step.check
        self.check_label.setVisible(check is not None)
        if check is None:
            self.passed = False
            return
        unmet = check.unmet(self._facts) if self._facts is not None else list(check.conditions)
        self.passed = not unmet
        if self.passed:
            self.check_label.setText("✓ " + self.tr("Done: your run shows it."))
        else:
            asks = "; ".join(condition_text(name, check.conditions[name]) for name in unmet)
            self.check_label.setText("○ " + self.tr("Not yet: {0}.").format(asks))

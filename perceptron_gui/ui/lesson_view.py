"""The Lesson view: one step of a lesson at a time — its text with typeset formulas and live
numbers, a Set up button, and a check that turns to ✓ when the run on show meets it.

The view asks nothing of the window: it emits `setUpRequested` with the step's Setup and
`stepChanged` with the step's index, and the window tells it the run's facts (`show_facts`) and the
live numbers of the weights on show (`show_values`).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from perceptron_gui.core.lesson import Lesson, RunFacts, Step
from perceptron_gui.ui.formulas import FormulaBrowser
from perceptron_gui.ui.hyperparameter_panel import activation_label
from perceptron_gui.ui.i18n import Retranslating, fmt

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
        value = activation_label(str(value))
    return fmt(QCoreApplication.translate("LessonView", CONDITION_TEXTS[name]), value)


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
        self.text = FormulaBrowser("lessonText")
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
        self.text.verticalScrollBar().setValue(0)  # a new step opens at its top
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
        self.text.show_markdown(self.step.body, self._values)

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

"""Every hyperparameter of a run, with tooltips that give the formula."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator, QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSlider,
    QSpinBox,
    QWidget,
)

from perceptron_gui.core.activations import ACTIVATIONS
from perceptron_gui.core.config import (
    BATCH_MODES,
    INITS,
    MAX_EPOCHS,
    MAX_LEARNING_RATE,
    MAX_SEED,
    MIN_LEARNING_RATE,
    OPTIMIZERS,
    TrainingConfig,
)
from perceptron_gui.core.losses import LOSS_FORMULAS, LOSSES, MSE_FORMULA
from perceptron_gui.ui.i18n import Retranslating, fmt, groups_thousands

SPEEDS: list[float | None] = [10, 100, 1000, 10_000, None]
DEFAULT_SPEED = 1000
NICE_STEPS = (1.0, 2.0, 5.0)  # the learning rate steps 0.1, 0.2, 0.5, 1, 2, 5, 10, ...

# The window's formula tooltips, translated in the "Formulas" context. The math is the core's
# `.formula` / core.losses.LOSS_FORMULAS / MAXOUT_FORMULA (which stay English for the CLI); only the words
# ("if", "else", "for the winning piece") get translated. A test keeps the two in step.
UI_ACTIVATION_FORMULAS = {
    "sigmoid": QT_TRANSLATE_NOOP("Formulas", "σ(z) = 1/(1 + e^−z),  σ'(z) = σ(z)(1 − σ(z))"),
    "tanh": QT_TRANSLATE_NOOP("Formulas", "tanh(z),  tanh'(z) = 1 − tanh²(z)"),
    "relu": QT_TRANSLATE_NOOP("Formulas", "max(0, z),  f'(z) = 1 if z > 0 else 0"),
    "leaky_relu": QT_TRANSLATE_NOOP("Formulas", "max(0.1z, z),  f'(z) = 1 if z > 0 else 0.1"),
    "elu": QT_TRANSLATE_NOOP("Formulas", "z if z ≥ 0 else α(e^z − 1),  f'(z) = 1 if z ≥ 0 else f(z) + α"),
    "maxout": QT_TRANSLATE_NOOP(
        "Formulas", "max_k(W_k·x + b_k),  ∂/∂W_k = x for the winning piece k, 0 for the others"),
    "linear": QT_TRANSLATE_NOOP("Formulas", "f(z) = z,  f'(z) = 1"),
}
UI_LOSS_FORMULAS = {
    "mse": LOSS_FORMULAS["mse"],  # math only, the same in every language
    "bce": QT_TRANSLATE_NOOP("Formulas", "E = −(1/N)·Σ[y·ln ŷ + (1 − y)·ln(1 − ŷ)],  ∂E/∂z = (ŷ − y)/N"),
}
# The combo boxes' item texts (their data stays the config's key), in the "HyperparameterPanel" context.
ACTIVATION_LABELS = {
    "sigmoid": QT_TRANSLATE_NOOP("HyperparameterPanel", "sigmoid"),
    "tanh": QT_TRANSLATE_NOOP("HyperparameterPanel", "tanh"),
    "relu": QT_TRANSLATE_NOOP("HyperparameterPanel", "relu"),
    "leaky_relu": QT_TRANSLATE_NOOP("HyperparameterPanel", "leaky_relu"),
    "elu": QT_TRANSLATE_NOOP("HyperparameterPanel", "elu"),
    "maxout": QT_TRANSLATE_NOOP("HyperparameterPanel", "maxout"),
    "linear": QT_TRANSLATE_NOOP("HyperparameterPanel", "linear"),
}


def activation_label(name: str) -> str:
    """The activation's name as the panel's lists show it, in the language on show."""
    return QCoreApplication.translate("HyperparameterPanel", ACTIVATION_LABELS[name])


LOSS_LABELS = {
    "mse": QT_TRANSLATE_NOOP("HyperparameterPanel", "mse (½ included)"),
    "bce": QT_TRANSLATE_NOOP("HyperparameterPanel", "binary cross-entropy"),
}
OPTIMIZER_LABELS = {
    "gd": QT_TRANSLATE_NOOP("HyperparameterPanel", "gradient descent"),
    "momentum": QT_TRANSLATE_NOOP("HyperparameterPanel", "momentum"),
    "adam": QT_TRANSLATE_NOOP("HyperparameterPanel", "adam"),
}
BATCH_LABELS = {
    "full": QT_TRANSLATE_NOOP("HyperparameterPanel", "full batch"),
    "sgd": QT_TRANSLATE_NOOP("HyperparameterPanel", "per sample (SGD)"),
    "mini": QT_TRANSLATE_NOOP("HyperparameterPanel", "mini-batch"),
}
# Each item's tooltip; the combo's tooltip is them all, one a line. A translation names the item in
# the language on show and keeps the English term beside it: "hạ gradient (gradient descent): …".
OPTIMIZER_TIPS = {
    "gd": QT_TRANSLATE_NOOP("HyperparameterPanel", "gradient descent: w ← w − α·∂E/∂w"),
    "momentum": QT_TRANSLATE_NOOP("HyperparameterPanel", "momentum: v ← 0.9·v + g, w ← w − α·v"),
    "adam": QT_TRANSLATE_NOOP("HyperparameterPanel", "adam: w ← w − α·m̂/(√v̂ + 1e-8)"),
}
BATCH_TIPS = {
    "full": QT_TRANSLATE_NOOP("HyperparameterPanel", "full batch: one update per epoch with ∂E/∂w "
                                                     "averaged over all rows (the lecture's code)"),
    "sgd": QT_TRANSLATE_NOOP("HyperparameterPanel",
                             "per sample: one update per row, w ← w − α·∂E_i/∂w (the lecture's slide)"),
    "mini": QT_TRANSLATE_NOOP("HyperparameterPanel", "mini-batch: one update per group of rows"),
}
INIT_LABELS = {
    "auto": QT_TRANSLATE_NOOP("HyperparameterPanel", "auto"),
    "uniform": QT_TRANSLATE_NOOP("HyperparameterPanel", "uniform"),
    "xavier": QT_TRANSLATE_NOOP("HyperparameterPanel", "xavier"),
    "he": QT_TRANSLATE_NOOP("HyperparameterPanel", "he"),
    "zeros": QT_TRANSLATE_NOOP("HyperparameterPanel", "zeros"),
}


def nice_step(value: float, steps: int) -> float:
    """The value `steps` rungs away on the 1-2-5 ladder (a log scale), from any value."""
    exponent = math.floor(math.log10(value) + 1e-9)
    mantissa = value / 10.0**exponent
    below = max(i for i, m in enumerate(NICE_STEPS) if m <= mantissa * (1 + 1e-9))
    on_ladder = math.isclose(NICE_STEPS[below], mantissa, rel_tol=1e-9)
    target = 3 * exponent + below + steps + (1 if steps < 0 and not on_ladder else 0)
    return float(f"{NICE_STEPS[target % 3] * 10.0 ** (target // 3):.12g}")


class LearningRateSpin(QDoubleSpinBox):
    """A learning rate box that steps on a log scale (…, 0.1, 0.2, 0.5, 1, 2, 5, …)."""

    def __init__(self) -> None:
        super().__init__(objectName="learningRateSpin")
        self.setDecimals(6)
        self.setRange(MIN_LEARNING_RATE, MAX_LEARNING_RATE)
        self.setKeyboardTracking(False)

    def stepBy(self, steps: int) -> None:
        self.setValue(min(MAX_LEARNING_RATE, max(MIN_LEARNING_RATE, nice_step(self.value(), steps))))

    def textFromValue(self, value: float) -> str:
        return f"{value:g}"

    def valueFromText(self, text: str) -> float:
        try:
            return float(text)
        except ValueError:
            return self.value()

    def validate(self, text: str, position: int) -> tuple[QValidator.State, str, int]:
        """Accept plain and scientific notation (0.001, 1e-3, 2e6) within the range."""
        try:
            value = float(text)
        except ValueError:
            partial = re.fullmatch(r"\s*[0-9]*\.?[0-9]*(e[-+]?[0-9]*)?\s*", text, re.IGNORECASE)
            return (QValidator.State.Intermediate if partial else QValidator.State.Invalid), text, position
        in_range = MIN_LEARNING_RATE <= value <= MAX_LEARNING_RATE
        return (QValidator.State.Acceptable if in_range else QValidator.State.Intermediate), text, position


class HyperparameterPanel(Retranslating, QWidget):
    """The form; `config()` reads it, `set_config()` fills it. `changed` fires on an edit."""

    changed = Signal()
    speedChanged = Signal(object)  # epochs per second, or None for max

    def __init__(self) -> None:
        super().__init__()
        self.hidden_edit = QLineEdit(objectName="hiddenLayersEdit")
        self.hidden_edit.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"^\s*(\d{1,3}\s*(,\s*\d{1,3}\s*){0,7},?)?$")))
        self.hidden_edit.editingFinished.connect(self._on_hidden_edited)
        self.hidden_activation = self._combo("activationCombo", ACTIVATIONS)
        self.output_activation = self._combo("outputActivationCombo", ACTIVATIONS)
        self.loss = self._combo("lossCombo", LOSSES)
        self.optimizer = self._combo("optimizerCombo", OPTIMIZERS)
        self.learning_rate = LearningRateSpin()
        self.learning_rate.valueChanged.connect(self._sync_slider)
        self.learning_rate.valueChanged.connect(self.changed)
        self.rate_slider = QSlider(Qt.Orientation.Horizontal, objectName="learningRateSlider")
        self.rate_slider.setRange(round(10 * math.log10(MIN_LEARNING_RATE)), round(10 * math.log10(100)))
        self.rate_slider.sliderMoved.connect(self._on_slider_moved)
        self.epochs = QSpinBox(objectName="epochsSpin", minimum=1, maximum=MAX_EPOCHS, singleStep=500)
        self.epochs.setKeyboardTracking(False)
        self.batch = self._combo("batchCombo", BATCH_MODES)
        self.batch_size = QSpinBox(objectName="batchSizeSpin", minimum=1, maximum=256)
        self.batch_size.setKeyboardTracking(False)
        self.batch_size.valueChanged.connect(self.changed)
        self.batch.currentIndexChanged.connect(self._enable_batch_size)
        self.init = self._combo("initCombo", INITS)
        self.seed = QSpinBox(objectName="seedSpin", minimum=0, maximum=MAX_SEED)
        self.seed.setKeyboardTracking(False)
        self.seed.valueChanged.connect(self.changed)
        self.target_loss = QDoubleSpinBox(objectName="targetLossSpin", decimals=5, maximum=10.0,
                                          singleStep=0.001)
        self.target_loss.setKeyboardTracking(False)
        self.target_loss.valueChanged.connect(self.changed)
        self.epochs.valueChanged.connect(self.changed)
        self.speed = QComboBox(objectName="speedCombo")
        for value in SPEEDS:
            self.speed.addItem("", value)  # texts in retranslate()
        self.speed.currentIndexChanged.connect(lambda: self.speedChanged.emit(self.speed_value()))

        rate_row = QHBoxLayout()
        rate_row.addWidget(self.learning_rate)
        rate_row.addWidget(self.rate_slider, 1)
        batch_row = QHBoxLayout()
        batch_row.addWidget(self.batch, 1)
        batch_row.addWidget(self.batch_size)
        self.error_label = QLabel(objectName="configError", wordWrap=True)
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.hide()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.row_labels: dict[str, QLabel] = {}
        for key, field in (("hidden", self.hidden_edit), ("hidden_activation", self.hidden_activation),
                           ("output_activation", self.output_activation), ("loss", self.loss),
                           ("optimizer", self.optimizer), ("learning_rate", rate_row),
                           ("epochs", self.epochs), ("batch", batch_row), ("init", self.init),
                           ("seed", self.seed), ("target_loss", self.target_loss), ("speed", self.speed)):
            self.row_labels[key] = QLabel()
            form.addRow(self.row_labels[key], field)
        form.addRow(self.error_label)
        self._hidden_text = ""
        self.set_config(TrainingConfig())
        self.set_speed(DEFAULT_SPEED)
        self.retranslate()

    def retranslate(self) -> None:
        self.epochs.setGroupSeparatorShown(groups_thousands())
        self.hidden_edit.setPlaceholderText(self.tr("none"))
        self.hidden_edit.setToolTip(self.tr(
            "Units per hidden layer, e.g. 4 or 4,4. Empty: no hidden layer — the lecture's single "
            "perceptron ŷ = f(w0 + w1·x1 + w2·x2). Press Enter to apply (the model restarts)."))
        for combo in (self.hidden_activation, self.output_activation):
            self._set_item_texts(combo, ACTIVATION_LABELS, UI_ACTIVATION_FORMULAS)
        self.hidden_activation.setToolTip(self.tr("Activation f of the hidden units: a = f(W·x + b)"))
        self.output_activation.setToolTip(self.tr("Activation of the output: ŷ = f(W·a + b); "
                                                  "the lecture uses σ(z) = 1/(1 + e^−z)"))
        self._set_item_texts(self.loss, LOSS_LABELS, UI_LOSS_FORMULAS)
        self.loss.setToolTip(self.tr("Loss E; mse is the lecture's {0}").format(MSE_FORMULA))
        self._set_item_texts(self.optimizer, OPTIMIZER_LABELS, OPTIMIZER_TIPS, "HyperparameterPanel")
        self.optimizer.setToolTip(self._all_tips(OPTIMIZER_TIPS))
        self.learning_rate.setToolTip(self.tr("Learning rate α in W ← W − α·∂E/∂W (log scale)"))
        self.rate_slider.setToolTip(self.learning_rate.toolTip())
        self.epochs.setToolTip(self.tr("Epochs: each is one feed forward and one back propagation "
                                       "over the table"))
        self._set_item_texts(self.batch, BATCH_LABELS, BATCH_TIPS, "HyperparameterPanel")
        self.batch.setToolTip(self._all_tips(BATCH_TIPS))
        self.batch_size.setToolTip(self.tr("Rows per mini-batch"))
        self._set_item_texts(self.init, INIT_LABELS)
        self.init.setToolTip(self.tr(
            "Initial weights. auto: uniform [0, 1) for a single perceptron (the lecture's "
            "np.random.rand), Xavier before tanh/sigmoid hidden units, He before ReLU-like ones"))
        self.seed.setToolTip(self.tr("Random seed: the same seed gives the same initial weights "
                                     "and the same run. Applies at the next Reset."))
        self.target_loss.setSpecialValueText(self.tr("none"))
        self.target_loss.setToolTip(self.tr("Stop (converged) once the loss E is at or below this"))
        blocked = self.speed.blockSignals(True)
        for i in range(self.speed.count()):
            self.speed.setItemText(i, self._speed_text(self.speed.itemData(i)))
        self.speed.blockSignals(blocked)
        self.speed.setToolTip(self.tr("Animation speed while training; max runs flat out"))
        for key, text in (("hidden", self.tr("Hidden layers:")),
                          ("hidden_activation", self.tr("Hidden activation:")),
                          ("output_activation", self.tr("Output activation:")),
                          ("loss", self.tr("Loss:")), ("optimizer", self.tr("Optimizer:")),
                          ("learning_rate", self.tr("Learning rate α:")), ("epochs", self.tr("Epochs:")),
                          ("batch", self.tr("Batch:")), ("init", self.tr("Weight init:")),
                          ("seed", self.tr("Seed:")), ("target_loss", self.tr("Target loss:")),
                          ("speed", self.tr("Speed:"))):
            self.row_labels[key].setText(text)

    @staticmethod
    def _set_item_texts(combo: QComboBox, labels: dict[str, str], tips: dict[str, str] | None = None,
                        tips_context: str = "Formulas") -> None:
        """Each item's text (and tooltip) in the current language, from its data; the current item
        and the signals stay as they are."""
        blocked = combo.blockSignals(True)
        for i in range(combo.count()):
            key = combo.itemData(i)
            combo.setItemText(i, QCoreApplication.translate("HyperparameterPanel", labels[key]))
            if tips is not None:
                combo.setItemData(i, QCoreApplication.translate(tips_context, tips[key]),
                                  Qt.ItemDataRole.ToolTipRole)
        combo.blockSignals(blocked)

    @staticmethod
    def _all_tips(tips: dict[str, str]) -> str:
        return "\n".join(QCoreApplication.translate("HyperparameterPanel", tip) for tip in tips.values())

    def _speed_text(self, value: float | None) -> str:
        return self.tr("max") if value is None else fmt(self.tr("{0:,g} epochs/s"), value)

    def _combo(self, name: str, values: list[str] | tuple[str, ...]) -> QComboBox:
        combo = QComboBox(objectName=name)
        for value in values:
            combo.addItem("", value)  # texts in retranslate()
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def config(self) -> TrainingConfig:
        """The form as a TrainingConfig; ConfigError if a combination is not allowed."""
        hidden = tuple(int(p) for p in self.hidden_edit.text().replace(" ", "").split(",") if p)
        target = self.target_loss.value()
        # Settings the form does not show (momentum, Adam's betas, elu_alpha, ...) keep the values
        # of the last config it was given, say from an opened file.
        return self._shown.replace(
            hidden_layers=hidden,
            hidden_activation=self.hidden_activation.currentData(),
            output_activation=self.output_activation.currentData(),
            loss=self.loss.currentData(),
            optimizer=self.optimizer.currentData(),
            learning_rate=self.learning_rate.value(),
            epochs=self.epochs.value(),
            batch=self.batch.currentData(),
            batch_size=self.batch_size.value(),
            init=self.init.currentData(),
            seed=self.seed.value(),
            target_loss=target if target > 0 else None,
        )

    def set_config(self, config: TrainingConfig) -> None:
        """Fill the form without emitting `changed`."""
        self._shown = config
        self.blockSignals(True)
        try:
            self.hidden_edit.setText(",".join(str(u) for u in config.hidden_layers))
            self._hidden_text = self.hidden_edit.text()
            for combo, value in ((self.hidden_activation, config.hidden_activation),
                                 (self.output_activation, config.output_activation),
                                 (self.loss, config.loss), (self.optimizer, config.optimizer),
                                 (self.batch, config.batch), (self.init, config.init)):
                combo.setCurrentIndex(combo.findData(value))
            self.learning_rate.setValue(config.learning_rate)
            self.epochs.setValue(config.epochs)
            self.batch_size.setValue(config.batch_size)
            self.seed.setValue(config.seed)
            self.target_loss.setValue(config.target_loss or 0.0)
        finally:
            self.blockSignals(False)
        self._enable_batch_size()
        self._sync_slider(config.learning_rate)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def speed_value(self) -> float | None:
        return self.speed.currentData()

    def set_speed(self, epochs_per_second: float | None) -> None:
        position = self.speed.findData(epochs_per_second)
        if position < 0:
            self.speed.addItem(self._speed_text(epochs_per_second), epochs_per_second)
            position = self.speed.count() - 1
        self.speed.setCurrentIndex(position)

    def _on_hidden_edited(self) -> None:
        if self.hidden_edit.text() != self._hidden_text:
            self._hidden_text = self.hidden_edit.text()
            self.changed.emit()

    def _enable_batch_size(self) -> None:
        self.batch_size.setEnabled(self.batch.currentData() == "mini")

    def _on_slider_moved(self, position: int) -> None:
        self.learning_rate.setValue(float(f"{10 ** (position / 10):.2g}"))

    def _sync_slider(self, value: float) -> None:
        self.rate_slider.blockSignals(True)
        self.rate_slider.setValue(round(10 * math.log10(value)))
        self.rate_slider.blockSignals(False)


"""The back-propagation inspector: one epoch of the lecture's formulas with the engine's numbers.

For the chosen layer and unit, one row per truth-table row — x, z, ŷ, ŷ − y, f'(z), δ and each
∂E_i/∂w_k — then one row per weight: before, the averaged ∂E/∂w, −α·∂E/∂w, the update the engine
made, after, and (after a gradient check) the finite-difference ∂E/∂w.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from perceptron_gui.core.inspection import EpochStep, GradientCheck, LayerStep, backprop_latex
from perceptron_gui.core.losses import MSE_FORMULA
from perceptron_gui.core.trainer import CONVERGED, DIVERGED
from perceptron_gui.ui.array_model import ArrayModel
from perceptron_gui.ui.formulas import FormulaBrowser
from perceptron_gui.ui.i18n import Retranslating, fmt
from perceptron_gui.ui.number_columns import NumberColumns
from perceptron_gui.ui.zoom import follow_row_height


class InspectorView(Retranslating, QWidget):
    gradientCheckRequested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.step: EpochStep | None = None
        self.check: GradientCheck | None = None
        self._output_names: tuple[str, ...] = ()
        self.summary = QLabel(objectName="inspectorSummary", wordWrap=True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._upcoming = False
        self.layer_combo = QComboBox(objectName="inspectorLayerCombo")
        self.unit_combo = QComboBox(objectName="inspectorUnitCombo")
        for combo in (self.layer_combo, self.unit_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # E of the weights the step starts from and of those it led to, both labelled
        self.loss_before_label = QLabel(objectName="inspectorLossBefore")
        self.loss_after_label = QLabel(objectName="inspectorLossAfter")
        for label in (self.loss_before_label, self.loss_after_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check_button = QPushButton(objectName="gradientCheckButton")
        self.check_label = QLabel(objectName="gradientCheckLabel", wordWrap=True)
        self.layer_combo.currentIndexChanged.connect(self._on_layer_chosen)
        self.unit_combo.currentIndexChanged.connect(self._refill)
        self.check_button.clicked.connect(self.gradientCheckRequested)
        # the lecture's formulas for the chosen layer, typeset: what the tables' columns compute
        self.formula = FormulaBrowser("inspectorFormula", fit_height=True)
        self.rows_model, self.weights_model = ArrayModel(), ArrayModel()
        self.rows_table = self._table(self.rows_model, "inspectorRowsTable")
        self.weights_table = self._table(self.weights_model, "inspectorWeightsTable")
        self.note = QLabel(objectName="inspectorNote", wordWrap=True)
        choosers = QHBoxLayout()
        self.layer_label, self.unit_label = QLabel(), QLabel()
        for label, widget in ((self.layer_label, self.layer_combo), (self.unit_label, self.unit_combo)):
            choosers.addWidget(label)
            choosers.addWidget(widget)
        for label in (self.loss_before_label, self.loss_after_label):
            choosers.addSpacing(12)
            choosers.addWidget(label)
        choosers.addStretch(1)
        choosers.addWidget(self.check_button)
        tables = QSplitter(Qt.Orientation.Horizontal)
        tables.addWidget(self.rows_table)
        tables.addWidget(self.weights_table)
        tables.setSizes([650, 450])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(choosers)
        layout.addWidget(self.formula)
        layout.addWidget(tables, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.check_label)
        self.retranslate()

    def retranslate(self) -> None:
        self.layer_combo.setToolTip(self.tr("The layer to look into: back propagation goes from the "
                                            "output layer down to the first hidden layer"))
        self.unit_combo.setToolTip(self.tr("The unit (neuron) of that layer"))
        self.layer_label.setText(self.tr("Layer:"))
        self.unit_label.setText(self.tr("Unit:"))
        self.check_button.setText(self.tr("Check gradients"))
        self.check_button.setToolTip(self.tr(
            "Compare back propagation's ∂E/∂w with finite differences (E(w + h) − E(w − h)) / 2h, "
            "h = 1e-6, for every weight (400 sampled ones in a big model)"))
        if self.step is not None:
            self._name_choosers()
            self._describe()
            self._refill()
        if self.check is not None:
            self._describe_check()

    @staticmethod
    def _table(model: ArrayModel, name: str) -> QTableView:
        view = QTableView(objectName=name)
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # every column as wide as its widest number, measured from the numbers: asking Qt to size
        # ~140 columns of a 256-row table to their contents asked thousands of cells
        NumberColumns(view, model)
        follow_row_height(view, 22)
        return view

    # --- what the window calls ---------------------------------------------------------------
    def show_step(self, step: EpochStep, output_names: tuple[str, ...], upcoming: bool = False) -> None:
        """Show epoch `step` (`upcoming`: not run yet); keeps the chosen layer and unit when the
        model's shape is the same."""
        shapes = [layer.weights_before.shape for layer in step.layers]
        same_shape = self.step is not None and output_names == self._output_names and shapes == [
            layer.weights_before.shape for layer in self.step.layers]
        same_epoch = same_shape and self.step.epoch == step.epoch and all(
            np.array_equal(old.weights_before, new.weights_before)
            for old, new in zip(self.step.layers, step.layers))
        self.step, self._upcoming = step, upcoming
        if same_epoch:  # drawn again, nothing changed: keep a gradient check of it on show
            self._describe()
            self._refill()
            return
        self.check = None
        self.check_label.clear()
        if not same_shape:
            self._rebuild_choosers(step, output_names)
        self._describe()
        self._refill()

    def _describe(self) -> None:
        """The summary above the tables and the note below them."""
        step = self.step
        assert step is not None
        loss = MSE_FORMULA if step.loss_name == "mse" else self.tr(
            "E = −(1/N)·Σ[y·ln ŷ + (1 − y)·ln(1 − ŷ)]")
        template = self.tr("<b>Epoch {0:,}</b>: the step from the weights of epoch {1:,} to those of "
                           "epoch {0:,} — feed forward, then back propagation, with {2} over N = {3} "
                           "target cells and learning rate α = {4:g}.")
        self.summary.setText(fmt(template, step.epoch + 1, step.epoch, loss, step.counted,
                                 step.learning_rate))
        self.loss_before_label.setText(fmt(self.tr("E before = {0:.6g} (epoch {1:,})"),
                                           step.loss_before, step.epoch))
        self.loss_before_label.setToolTip(fmt(self.tr(
            "E of the weights this step starts from: the loss chart's point at epoch {0:,}"), step.epoch))
        self.loss_after_label.setText(fmt(self.tr("E after = {0:.6g} (epoch {1:,})"),
                                          step.loss_after, step.epoch + 1))
        self.loss_after_label.setToolTip(fmt(self.tr(
            "E of the weights this step leads to: the loss chart's point at epoch {0:,}, and the "
            "status bar's loss while that epoch is on show"), step.epoch + 1))
        note = self._update_note(step)
        if self._upcoming:
            note = self.tr("Not run yet: Step (F10) runs exactly this epoch. {0}").format(note)
        self.note.setText(note)

    def show_check(self, check: GradientCheck) -> None:
        self.check = check
        self._describe_check()
        self._refill()

    def _describe_check(self) -> None:
        check = self.check
        assert check is not None
        self.check_label.setText(self.tr(
            "Gradient check: largest relative error {0:.2e} over {1} weights — {2}").format(
            check.max_relative_error, check.indices.size,
            self.tr("back propagation agrees with finite differences.") if check.max_relative_error < 1e-4
            else self.tr("they differ (a ReLU kink or a very flat or steep spot can do this).")))

    # --- filling the tables -------------------------------------------------------------------
    def _rebuild_choosers(self, step: EpochStep, output_names: tuple[str, ...]) -> None:
        self.layer_combo.blockSignals(True)
        self.layer_combo.clear()
        for i in range(len(step.layers) - 1, -1, -1):
            self.layer_combo.addItem("", i)
        self.layer_combo.blockSignals(False)
        self._output_names = output_names
        self._on_layer_chosen()

    def _name_choosers(self) -> None:
        """The layer and unit names, in the current language."""
        assert self.step is not None
        last = len(self.step.layers) - 1
        for position in range(self.layer_combo.count()):
            i = self.layer_combo.itemData(position)
            self.layer_combo.setItemText(position, self.tr("Output layer (ŷ)") if i == last
                                         else self.tr("Hidden layer {0}").format(i + 1))
        output = self.layer_combo.currentData() == last
        for u in range(self.unit_combo.count()):
            name = self._output_names[u] if output else self.tr("unit {0}").format(u + 1)
            self.unit_combo.setItemText(u, name)

    def _on_layer_chosen(self) -> None:
        if self.step is None:
            return
        units = self.step.layers[self.layer_combo.currentData()].z.shape[1]
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItems([""] * units)
        self.unit_combo.blockSignals(False)
        self._name_choosers()
        self._refill()

    @property
    def layer_index(self) -> int:
        return int(self.layer_combo.currentData())

    def _refill(self) -> None:
        step = self.step
        if step is None or self.layer_combo.currentIndex() < 0 or self.unit_combo.currentIndex() < 0:
            return
        index, unit = self.layer_index, self.unit_combo.currentIndex()
        layer = step.layers[index]
        is_output = index == len(step.layers) - 1
        self.formula.show_markdown(f"$${backprop_latex(step, index)}$$")
        self._fill_rows(step, layer, unit, is_output)
        self._fill_weights(step, layer, unit)

    def _input_names(self, layer: LayerStep) -> list[str]:
        n = layer.inputs.shape[1] - 1
        first = self.layer_index == 0
        return ["x0"] + [f"x{k}" if first else f"a{k}" for k in range(1, n + 1)]

    def _fill_rows(self, step: EpochStep, layer: LayerStep, unit: int, is_output: bool) -> None:
        inputs = self._input_names(layer)
        headers = list(inputs)
        tips = [self.tr("x0 = 1, the constant input that carries the bias w0")] + [
            self.tr("{0}: this row's input (the previous layer's output a for a hidden layer)").format(name)
            for name in inputs[1:]]
        columns = [layer.inputs[:, k] for k in range(layer.inputs.shape[1])]
        out_name = "ŷ" if is_output else "a"
        headers += ["z", out_name]
        tips += [self.tr("z = w0·x0 + w1·x1 + … (the weighted sum, W·x + b)"),
                 self.tr("{0} = f(z), the unit's output (feed forward)").format(out_name)]
        columns += [layer.z[:, unit], layer.output[:, unit]]
        if is_output:
            headers += ["y", "ŷ − y"]
            tips += [self.tr("y: the target (— for don't care, left out of E)"),
                     self.tr("ŷ − y: the error; ∂E_i/∂ŷ = ŷ − y because the ½ of E cancels the 2")]
            columns += [step.targets[:, unit], layer.upstream[:, unit]]
        else:
            headers.append("Σ δ·w")
            tips.append(self.tr("∂E_i/∂a = Σ_j δ_j·w_j: the δ of the layer above, sent back through its "
                           "weights (the chain rule)"))
            columns.append(layer.upstream[:, unit])
        headers += ["f'(z)", "δ"]
        tips += [self.tr("f'(z), the activation's derivative; for sigmoid σ'(z) = ŷ(1 − ŷ)"),
                 self._delta_tip(step, is_output)]
        columns += [layer.derivative[:, unit], layer.delta[:, unit]]
        row_gradients = layer.row_gradients
        if layer.winner is not None:  # only the winning piece has a term: show it, whichever it is
            row_gradients = row_gradients.sum(axis=1)
        for k, name in enumerate(inputs):
            headers.append(f"∂E_i/∂w{k}")
            tips.append(self.tr("∂E_i/∂w{0} = δ_i·{1}; for the perceptron (ŷ_i − y_i)·ŷ_i·(1 − ŷ_i)·{1}")
                        .format(k, name) if k else self.tr("∂E_i/∂w0 = δ_i (x0 = 1)"))
            columns.append(row_gradients[:, unit, k])
        labels = [str(r + 1) for r in range(layer.inputs.shape[0])]
        self.rows_model.set_columns(headers, tips, columns, labels)

    def _delta_tip(self, step: EpochStep, is_output: bool) -> str:
        if not is_output:
            return self.tr("δ = ∂E_i/∂z = f'(z)·Σ δ·w (the chain rule)")
        if step.loss_name == "bce":
            return self.tr("δ = ∂E_i/∂z = ŷ − y: with cross-entropy the σ'(z) cancels")
        return self.tr("δ = ∂E_i/∂z = (ŷ − y)·f'(z)")

    def _fill_weights(self, step: EpochStep, layer: LayerStep, unit: int) -> None:
        inputs = self._input_names(layer)
        pieces = 1 if layer.winner is None else layer.gradient.shape[0]
        labels = [f"w{k}" for k in range(len(inputs))] if pieces == 1 else [
            f"p{p + 1} w{k}" for p in range(pieces) for k in range(len(inputs))]

        def of(array: np.ndarray) -> np.ndarray:
            return (array[:, unit, :] if pieces > 1 else array[unit]).ravel()

        gradient = of(layer.gradient)
        columns = [of(layer.weights_before), gradient, -step.learning_rate * gradient, of(layer.update),
                   of(layer.weights_after)]
        headers = [self.tr("before"), "∂E/∂w", "−α·∂E/∂w", self.tr("update"), self.tr("after")]
        tips = [self.tr("The weight at the start of this epoch"),
                self.tr("∂E/∂w = (1/N)·Σ_i ∂E_i/∂w: the rows' terms averaged (batch gradient descent)"),
                self.tr("−α·∂E/∂w: the lecture's step, W ← W − α·∂E/∂W"),
                self.tr("What the engine changed this weight by (after − before)"),
                self.tr("The weight the next epoch starts from")]
        if self.check is not None:
            offsets = self._param_offsets(step, layer, unit, pieces, len(inputs))
            numeric = np.full(len(offsets), np.nan)
            where = {int(p): n for n, p in enumerate(self.check.indices)}
            for row, offset in enumerate(offsets):
                if offset in where:
                    numeric[row] = self.check.numeric[where[offset]]
            headers.append(self.tr("numeric ∂E/∂w"))
            tips.append(self.tr("(E(w + h) − E(w − h)) / 2h with h = 1e-6: should match ∂E/∂w "
                           "(— where a big model's check did not sample this weight)"))
            columns.append(numeric)
        self.weights_model.set_columns(headers, tips, columns, labels)

    def _param_offsets(self, step: EpochStep, layer: LayerStep, unit: int, pieces: int,
                       width: int) -> list[int]:
        """Where the chosen unit's weights sit in the flat parameter vector."""
        start = sum(below.weights_before.size for below in step.layers[: self.layer_index])
        shape = layer.weights_before.shape
        if pieces == 1:
            return [start + int(np.ravel_multi_index((unit, k), shape)) for k in range(width)]
        return [start + int(np.ravel_multi_index((p, unit, k), shape))
                for p in range(pieces) for k in range(width)]

    def _update_note(self, step: EpochStep) -> str:
        if step.state_after == CONVERGED:
            return self.tr("The loss reached the target here, so the run stopped: no update.")
        if step.state_after == DIVERGED:
            return self.tr("This update would make a weight overflow, so the run stopped and kept the "
                      "weights before it.")
        if step.updates > 1:
            return self.tr("This epoch makes {0} updates, one per mini-batch, so the update differs from "
                      "−α·∂E/∂w of the whole table shown here.").format(step.updates)
        if step.optimizer != "gd":
            return self.tr("{0} builds its update from running averages of ∂E/∂w, so it differs from "
                      "−α·∂E/∂w.").format("Momentum" if step.optimizer == "momentum" else "Adam")
        return self.tr("Gradient descent on the full batch: update = −α·∂E/∂w, so after = before − α·∂E/∂w.")

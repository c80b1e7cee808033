"""The backprop inspector, read as a student reads it: the numbers in its cells."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QTableView, QTextBrowser

from perceptron_gui.ui.main_window import MainWindow
from perceptron_gui.ui.number_columns import cell_padding
from tests.ui.conftest import WAIT_MS, set_hidden_layers, train_to_the_end, wait_drawn


def table_columns(window: MainWindow, name: str) -> dict[str, np.ndarray]:
    """A table of the inspector as {header: column of the numbers shown (full precision)}."""
    model = window.findChild(QTableView, name).model()
    columns = {}
    for c in range(model.columnCount()):
        header = model.headerData(c, Qt.Orientation.Horizontal)
        values = [model.data(model.index(r, c), Qt.ItemDataRole.ToolTipRole) for r in range(model.rowCount())]
        columns[header] = np.array([float(v) for v in values])
    return columns


def step_once(qtbot, window: MainWindow) -> None:
    before = window.session.epochs_run
    qtbot.mouseClick(window.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.epochs_run == before + 1, timeout=WAIT_MS)
    wait_drawn(window)


def test_step_shows_exactly_the_update_it_made(qtbot, window):
    weights_before = window.session.network.params.copy()
    note = window.findChild(QLabel, "inspectorNote")
    assert "Not run yet" in note.text()  # epoch 1, about to run
    upcoming = table_columns(window, "inspectorWeightsTable")
    step_once(qtbot, window)
    assert "Epoch 1" in window.findChild(QLabel, "inspectorSummary").text()
    assert "Not run yet" not in note.text()
    weights = table_columns(window, "inspectorWeightsTable")
    assert np.array_equal(weights["before"], weights_before)
    assert np.array_equal(weights["after"], window.session.network.params)  # the weights now on show
    assert np.array_equal(weights["after"], upcoming["after"])  # what was announced happened
    # the lecture: W ← W − α·∂E/∂W with α = 1, and ∂E/∂w = (1/N)·Σ_i ∂E_i/∂w
    assert weights["−α·∂E/∂w"] == pytest.approx(-1.0 * weights["∂E/∂w"], rel=1e-15)
    assert weights["update"] == pytest.approx(weights["−α·∂E/∂w"], rel=1e-9, abs=1e-15)
    rows = table_columns(window, "inspectorRowsTable")
    y_hat, y = rows["ŷ"], rows["y"]
    for k in range(3):  # ∂E_i/∂w_k = (ŷ_i − y_i)·ŷ_i·(1 − ŷ_i)·x_k, the lecture's slide
        lecture = (y_hat - y) * y_hat * (1 - y_hat) * rows[f"x{k}"]
        assert rows[f"∂E_i/∂w{k}"] == pytest.approx(lecture, rel=1e-12, abs=1e-300)
        assert weights["∂E/∂w"][k] == pytest.approx(lecture.mean(), rel=1e-12)
    assert rows["z"] == pytest.approx(np.log(y_hat / (1 - y_hat)), rel=1e-9)


def test_gradient_check_agrees_with_the_columns(qtbot, window):
    step_once(qtbot, window)
    qtbot.mouseClick(window.findChild(type(window.train_button), "gradientCheckButton"),
                     Qt.MouseButton.LeftButton)
    label = window.findChild(QLabel, "gradientCheckLabel")
    assert "agrees" in label.text()
    error = float(label.text().split("error ")[1].split(" ")[0])
    assert error < 1e-6
    weights = table_columns(window, "inspectorWeightsTable")
    assert weights["numeric ∂E/∂w"] == pytest.approx(weights["∂E/∂w"], rel=1e-6, abs=1e-10)
    window.insight.refresh("inspector")  # drawn again with nothing changed: the check stays
    assert "agrees" in label.text() and "numeric ∂E/∂w" in table_columns(window, "inspectorWeightsTable")
    step_once(qtbot, window)  # a new epoch: the check was of the last one
    assert label.text() == "" and "numeric ∂E/∂w" not in table_columns(window, "inspectorWeightsTable")


def test_a_hidden_layer_shows_the_chain_rule(qtbot, window):
    window.table_editor.select_preset("xor")
    set_hidden_layers(qtbot, window, "3")
    for _ in range(3):
        step_once(qtbot, window)
    layers = window.findChild(QComboBox, "inspectorLayerCombo")
    assert [layers.itemText(i) for i in range(layers.count())] == ["Output layer (ŷ)", "Hidden layer 1"]
    output = table_columns(window, "inspectorRowsTable")
    assert output["δ"] == pytest.approx(output["ŷ − y"] * output["f'(z)"], rel=1e-12)
    layers.setCurrentIndex(1)
    units = window.findChild(QComboBox, "inspectorUnitCombo")
    assert units.count() == 3
    units.setCurrentIndex(2)
    hidden = table_columns(window, "inspectorRowsTable")
    assert "Σ δ·w" in hidden and "a1" not in hidden  # its inputs are x1, x2
    assert hidden["δ"] == pytest.approx(hidden["f'(z)"] * hidden["Σ δ·w"], rel=1e-12)
    assert hidden["f'(z)"] == pytest.approx(1 - np.tanh(hidden["z"]) ** 2, rel=1e-9)
    unit_weights = table_columns(window, "inspectorWeightsTable")  # hidden unit 3's w0, w1, w2
    assert np.array_equal(unit_weights["after"], window.session.network.layer_params[0][2])
    # Σ δ·w for hidden unit 3 is the output's δ times the weight from unit 3 to the output (w3)
    layers.setCurrentIndex(0)
    out_weights = table_columns(window, "inspectorWeightsTable")
    assert hidden["Σ δ·w"] == pytest.approx(output["δ"] * out_weights["before"][3], rel=1e-12)


def cut_columns(view: QTableView) -> list[str]:
    """Headers of the columns too narrow for a text they show, each scrolled into view as a student
    would (by the view's own font metrics and by Qt's own measure of what a column needs)."""
    model, metrics = view.model(), view.fontMetrics()
    padding = cell_padding(view)
    cut = []
    for c in range(model.columnCount()):
        view.scrollTo(model.index(0, c))
        QApplication.processEvents()
        texts = [model.data(model.index(r, c)) for r in range(model.rowCount())]
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        if widest + padding > view.columnWidth(c) or view.sizeHintForColumn(c) > view.columnWidth(c):
            cut.append(model.headerData(c, Qt.Orientation.Horizontal))
    return cut


def test_no_number_is_cut_and_columns_grow_with_their_numbers(qtbot, window):
    window.table_editor.select_preset("xor")  # the single perceptron: every weight goes to 0
    step_once(qtbot, window)
    rows = window.findChild(QTableView, "inspectorRowsTable")
    weights = window.findChild(QTableView, "inspectorWeightsTable")
    z_column = [rows.model().headerData(c, Qt.Orientation.Horizontal)
                for c in range(rows.model().columnCount())].index("z")
    first_width = rows.columnWidth(z_column)
    assert cut_columns(rows) == [] and cut_columns(weights) == []
    rows.scrollTo(rows.model().index(0, 0))  # back to the left: z on screen while it trains

    train_to_the_end(qtbot, window)
    qtbot.waitUntil(lambda: "Epoch 2,000" in window.findChild(QLabel, "inspectorSummary").text(),
                    timeout=WAIT_MS)
    z_texts = [rows.model().data(rows.model().index(r, z_column)) for r in range(4)]
    assert any("e-" in text for text in z_texts), z_texts  # z ≈ 4e-10: the exponent is shown
    assert rows.columnWidth(z_column) > first_width  # the column grew with its numbers
    after = weights.model()
    after_column = [after.headerData(c, Qt.Orientation.Horizontal) for c in range(after.columnCount())].index(
        "after")
    assert all("e-" in after.data(after.index(r, after_column)) for r in range(3))  # w ≈ 0, as charted
    assert cut_columns(rows) == [] and cut_columns(weights) == []


def test_a_formula_row_typesets_the_chosen_layer_s_rule(qtbot, window):
    formula = window.inspector.findChild(QTextBrowser, "inspectorFormula")
    step_once(qtbot, window)
    assert formula.isVisible() and formula.formulas == [
        r"\delta_i = (\hat{y}_i - y_i)\,\hat{y}_i\,(1 - \hat{y}_i),\quad "
        r"\frac{\partial E_i}{\partial w_k} = \delta_i\,x_k,\quad "
        r"w_k \leftarrow w_k - \alpha\,\frac{1}{N}\sum_{i=1}^{N}\frac{\partial E_i}{\partial w_k}"]
    assert '<img src="formula:0"' in formula.document().toHtml()
    image = formula.document().resource(QTextDocument.ResourceType.ImageResource.value, QUrl("formula:0"))
    assert isinstance(image, QImage) and image.width() > 200  # typeset: the window's deferred build has run
    set_hidden_layers(qtbot, window, "3")
    step_once(qtbot, window)
    window.findChild(QComboBox, "inspectorLayerCombo").setCurrentIndex(1)  # hidden layer 1
    assert formula.formulas[0].startswith(r"\delta_i = f'(z_i)\sum_j \delta_j\,w_j")

"""Lesson mode through the window: every built-in step's Set up and check, driven as a student
drives them, in English and Vietnamese; hand-set weights; a teacher's lesson; broken lessons."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QPushButton, QTableView

from perceptron_gui.core.config import TrainingConfig
from perceptron_gui.core.lesson import builtin_lesson
from perceptron_gui.core.truth_table import preset
from perceptron_gui.ui.network_diagram import Edge
from tests.ui.conftest import (
    WAIT_MS,
    close_window,
    predictions_shown,
    set_hidden_layers,
    shown_window,
    train_to_the_end,
    wait_drawn,
)

LESSON = builtin_lesson("en")


def go_to(qtbot, window, number: int) -> None:
    """Walk to step `number` with Next / Back, as a student does."""
    view = window.lesson.view
    while view.index + 1 != number:
        name = "lessonNextButton" if view.index + 1 < number else "lessonBackButton"
        qtbot.mouseClick(view.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def set_up(qtbot, window, number: int) -> None:
    go_to(qtbot, window, number)
    button = window.lesson.view.findChild(QPushButton, "lessonSetUpButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.last_progress is not None
                    and window.session.last_progress.generation == window.session.generation, timeout=WAIT_MS)


def surface_map(window) -> np.ndarray:
    """The 2D map of ŷ over x1, x2 (the 3D surface's data) as drawn now."""
    plot = window.surface_view.findChild(pg.PlotWidget, "surface2d")
    (image,) = [item for item in plot.getPlotItem().items if isinstance(item, pg.ImageItem)]
    return np.array(image.image, copy=True)


def check_text(window) -> str:
    return window.lesson.view.findChild(QLabel, "lessonCheck").text()


def passed(window) -> bool:
    return window.lesson.view.passed and check_text(window).startswith("✓")


def press(qtbot, window, button: str, times: int = 1) -> None:
    for _ in range(times):
        epochs = window.session.epochs_run
        qtbot.mouseClick(window.findChild(QPushButton, button), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda e=epochs: window.session.epochs_run == e + 1, timeout=WAIT_MS)
    wait_drawn(window)


def test_the_lesson_is_open_on_a_first_launch_and_f1_toggles_it(qtbot, window):
    dock = window.findChild(QDockWidget, "lessonDock")
    assert dock.isVisible() and window.lesson.view.title.text() == LESSON.steps[0].title
    assert dock.windowTitle() == "Lesson"
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: not dock.isVisible())
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(dock.isVisible)


@pytest.mark.parametrize("number", range(1, 13))
def test_set_up_gives_the_step_s_documented_state(qtbot, window, number):
    step = LESSON.steps[number - 1]
    set_hidden_layers(qtbot, window, "3")  # something else on show first
    set_up(qtbot, window, number)
    session = window.session
    assert np.array_equal(session.table.targets, preset(step.setup.table).targets)
    assert session.config == step.setup.config and window.panel.config() == step.setup.config
    assert session.epochs_run == 0
    for name in step.setup.views:
        if name == "explorer":
            qtbot.waitUntil(lambda: window.explorer is not None and window.explorer.isVisible())
            window.explorer.close()
        else:
            qtbot.waitUntil(lambda n=name: not window.docks[n].visibleRegion().isEmpty())
            assert window.docks[name].height() >= 0.35 * window.height()  # room to see what the step shows
    assert not passed(window)  # nothing trained yet: no step's check holds right after its Set up


def test_step_1_passes_once_xor_is_on_show(qtbot, window):
    set_up(qtbot, window, 1)
    assert not passed(window) and "the XOR table on show" in check_text(window)
    window.table_editor.select_preset("xor")
    qtbot.waitUntil(lambda: passed(window))


def test_step_2_and_by_hand_changes_the_outputs_the_loss_and_the_surface(qtbot, window):
    set_up(qtbot, window, 2)
    diagram = window.diagram
    qtbot.waitUntil(lambda: diagram.isVisible() and diagram.network is not None)
    assert predictions_shown(window) == [0.5, 0.5, 0.5, 0.5]  # all weights 0
    surface_before = surface_map(window)
    loss_before = window.session.latest()[1]
    for source, value in ((0, -15.0), (1, 10.0), (2, 10.0)):  # w0, w1, w2: only (1, 1) is above 0
        start, end = diagram.edge_line(Edge(0, 0, 0, source))
        near = (start + end) / 2 + QPointF(0, 2)
        qtbot.mouseDClick(diagram, Qt.MouseButton.LeftButton, pos=near.toPoint())
        qtbot.waitUntil(lambda: diagram.weight_dialog is not None and diagram.weight_dialog.isVisible())
        dialog = diagram.weight_dialog
        dialog.setDoubleValue(value)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda s=source, v=value: window.session.network.params[s] == v)
        if source < 2:
            assert not passed(window)
    assert list(window.session.network.params) == [-15.0, 10.0, 10.0]
    shown = predictions_shown(window)
    assert shown[:3] == [0.0, 0.007, 0.007] and shown[3] > 0.99
    qtbot.waitUntil(lambda: passed(window))
    assert window.session.latest()[1] < loss_before
    assert not np.array_equal(surface_map(window), surface_before)
    press(qtbot, window, "stepButton")  # trained now: not by hand any more
    assert not passed(window) and "no training" in check_text(window)


def test_steps_3_to_5_follow_the_student_s_steps(qtbot, window):
    set_up(qtbot, window, 4)
    assert not passed(window)
    press(qtbot, window, "stepButton")
    qtbot.waitUntil(lambda: passed(window))
    go_to(qtbot, window, 5)
    assert not passed(window)  # one epoch of five
    press(qtbot, window, "stepButton", times=4)
    qtbot.waitUntil(lambda: passed(window))
    go_to(qtbot, window, 3)
    assert not passed(window)  # E = 0.16 after five epochs: not yet ≤ 0.1
    train_to_the_end(qtbot, window)
    qtbot.waitUntil(lambda: passed(window))


def test_live_numbers_follow_the_weights_on_show_and_the_selected_row(qtbot, window):
    set_up(qtbot, window, 5)

    def formulas() -> list[str]:
        return window.lesson.view.text.formulas

    w1 = window.session.network.params[1]
    qtbot.waitUntil(lambda: f"{w1:.3f}" in formulas()[1] and r"\text{–}" not in formulas()[1])
    promised = formulas()[2]  # "= w1 after the next Step"
    press(qtbot, window, "stepButton")
    w1 = window.session.network.params[1]
    assert promised == f"= {w1:.3f}"  # step 5's claim: the Step gave w1 that number
    update = r"w_1 - \alpha\,\frac{\partial E}{\partial w_1} = " + f"{w1:.3f}"
    qtbot.waitUntil(lambda: formulas()[1].startswith(update))
    set_up(qtbot, window, 2)
    window.docks["inspector"].raise_()
    rows = window.inspector.findChild(QTableView, "inspectorRowsTable")
    qtbot.waitUntil(lambda: rows.model().rowCount() == 4)
    qtbot.mouseClick(rows.viewport(), Qt.MouseButton.LeftButton,
                     pos=rows.visualRect(rows.model().index(3, 0)).center())  # the row (1, 1)
    qtbot.waitUntil(lambda: "1.000\\cdot" in formulas()[1])


@pytest.mark.parametrize("number, table", [(6, "and"), (7, "and"), (8, "or")])
def test_and_and_or_pass_after_training(qtbot, window, number, table):
    set_up(qtbot, window, number)
    assert not passed(window)
    train_to_the_end(qtbot, window)
    qtbot.waitUntil(lambda: passed(window))
    assert predictions_shown(window)[3] >= 0.9


def test_xor_fails_passes_on_the_perceptron_and_not_with_a_hidden_layer(qtbot, window):
    set_up(qtbot, window, 9)
    train_to_the_end(qtbot, window)
    qtbot.waitUntil(lambda: passed(window))
    set_hidden_layers(qtbot, window, "4")
    train_to_the_end(qtbot, window)
    qtbot.waitUntil(lambda: not passed(window) and "no hidden layer" in check_text(window))


def test_a_hidden_layer_that_has_not_converged_does_not_pass(qtbot, window):
    set_up(qtbot, window, 10)
    set_hidden_layers(qtbot, window, "2")  # seed 0 sticks in a local minimum: 50 % right
    train_to_the_end(qtbot, window)
    wait_drawn(window)
    assert not passed(window) and "every row right" in check_text(window)
    set_hidden_layers(qtbot, window, "4")
    train_to_the_end(qtbot, window)
    qtbot.waitUntil(lambda: passed(window))


def test_the_activation_step_wants_relu_from_the_gallery(qtbot, window):
    set_up(qtbot, window, 11)
    gallery = window.activations
    qtbot.waitUntil(lambda: not window.docks["activations"].visibleRegion().isEmpty())
    train_to_the_end(qtbot, window)  # tanh learns XOR, but the step asks for ReLU
    wait_drawn(window)
    assert not passed(window) and "hidden activation relu" in check_text(window)
    gallery.select("relu")
    qtbot.mouseClick(gallery.findChild(QPushButton, "useActivationButton"), Qt.MouseButton.LeftButton)
    assert window.session.config.hidden_activation == "relu" and window.session.epochs_run == 0
    train_to_the_end(qtbot, window)
    qtbot.waitUntil(lambda: passed(window))


def test_the_learning_rate_step_opens_the_explorer_and_passes_with_alpha_10(qtbot, window):
    set_up(qtbot, window, 12)
    qtbot.waitUntil(lambda: window.explorer is not None and window.explorer.isVisible())
    window.explorer.close()
    assert window.session.config.learning_rate == 10.0
    train_to_the_end(qtbot, window)
    qtbot.waitUntil(lambda: passed(window))


def test_the_step_reached_is_remembered(qtbot):
    window = shown_window(qtbot)
    go_to(qtbot, window, 7)
    close_window(window)
    again = shown_window(qtbot)
    try:
        assert again.lesson.view.index == 6
        assert again.lesson.view.title.text() == LESSON.steps[6].title
    finally:
        close_window(again)


def test_the_lesson_speaks_the_language_on_show_at_the_same_step(qtbot, window):
    go_to(qtbot, window, 6)
    window.choose_language("vi")
    try:
        qtbot.waitUntil(lambda: window.lesson.view.title.text() == "6. Huấn luyện AND")
        assert window.findChild(QDockWidget, "lessonDock").windowTitle() == "Bài học"
        assert window.lesson.view.findChild(QPushButton, "lessonSetUpButton").text() == "Thiết lập"
    finally:
        window.choose_language("en")
    qtbot.waitUntil(lambda: window.lesson.view.title.text() == "6. Train AND")


TEACHER = """+++
format = 1
title = "Momentum on OR"
language = "en"
+++

+++
title = "OR with momentum"
[setup]
table = "or"
optimizer = "momentum"
learning_rate = 0.5
[check]
table = "or"
all_rows_right = true
+++
Train **OR** with momentum. $$E = \\val{E}$$
"""


def test_a_teacher_s_lesson_opens_and_is_remembered(qtbot, window, tmp_path):
    path = tmp_path / "momentum.md"
    path.write_text(TEACHER, encoding="utf-8")
    assert window.lesson.open_lesson(path)
    view = window.lesson.view
    assert view.title.text() == "OR with momentum" and view.lesson.title == "Momentum on OR"
    set_up(qtbot, window, 1)
    assert window.session.config == TrainingConfig(optimizer="momentum", learning_rate=0.5)
    train_to_the_end(qtbot, window)
    qtbot.waitUntil(lambda: passed(window))
    assert window.settings.value("lesson/file") == str(path.resolve())
    window.lesson.open_built_in()
    assert view.lesson.title == LESSON.title and window.settings.value("lesson/file") is None


def test_a_broken_lesson_is_refused_with_its_line_and_nothing_changes(qtbot, window, tmp_path):
    go_to(qtbot, window, 3)
    path = tmp_path / "broken.md"
    broken = TEACHER.replace('table = "or"\nall_rows_right', 'table = "or"\nconverged')
    path.write_text(broken, encoding="utf-8")
    assert not window.lesson.open_lesson(path)
    dialog = window.error_dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert "broken.md" in dialog.text() and "line 15: check: unknown key converged" in dialog.text()
    dialog.close()
    assert window.lesson.view.index == 2 and window.lesson.view.lesson is not None
    assert window.lesson.view.lesson.title == LESSON.title


def test_the_check_follows_a_new_model_at_once(qtbot, window):
    set_up(qtbot, window, 2)
    window.session.set_weight(0, (0, 0), -15.0)
    window.session.set_weight(0, (0, 1), 10.0)
    window.session.set_weight(0, (0, 2), 10.0)
    assert passed(window)  # the weights typed: AND by hand
    window.session.new_model()  # the seed's zeros again (as after a failed training process)
    assert not passed(window) and "every row right" in check_text(window)

"""The activation gallery: every activation of the lecture with its derivative, read and checked."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton

from perceptron_gui.core.activations import ACTIVATIONS
from perceptron_gui.ui.activation_gallery import LATEX, ActivationGallery, curves


@pytest.fixture
def gallery(qtbot):
    gallery = ActivationGallery()
    gallery.build_chart()  # as the window does after its first paint
    qtbot.addWidget(gallery)
    gallery.resize(640, 420)
    gallery.show()
    qtbot.waitExposed(gallery)
    return gallery


def test_every_activation_is_listed_plotted_and_typeset(qtbot, gallery):
    choices = gallery.findChild(QListWidget, "activationList")
    assert [choices.item(r).text() for r in range(choices.count())] == list(ACTIVATIONS)
    assert set(LATEX) == set(ACTIVATIONS)
    for row, name in enumerate(ACTIVATIONS):
        choices.setCurrentRow(row)
        assert gallery.name == name
        z, f = gallery.f_curve.getData()
        _, derivative = gallery.derivative_curve.getData()
        assert np.array_equal(f, curves(name, z)[0]) and np.array_equal(derivative, curves(name, z)[1])
        assert len(gallery.formulas.formulas) == 2  # f and f′, typeset
        html = gallery.formulas.document().toHtml()
        assert '<img src="formula:0"' in html and '<img src="formula:1"' in html


def test_the_derivatives_are_the_lecture_s(gallery):
    z = np.linspace(-3, 3, 61)
    sigma, sigma_prime = curves("sigmoid", z)
    assert sigma_prime == pytest.approx(sigma * (1 - sigma), abs=1e-15)
    assert curves("tanh", z)[1] == pytest.approx(1 - np.tanh(z) ** 2, abs=1e-15)
    assert curves("leaky_relu", np.array([-2.0, 2.0]))[0].tolist() == [-0.2, 2.0]
    assert curves("maxout", np.array([-4.0, 2.0]))[0].tolist() == [-1.5, 2.0]


def test_hovering_reads_f_and_checks_f_prime_numerically(qtbot, gallery):
    readout = gallery.findChild(QLabel, "activationReadout")
    view_box = gallery.plot.getPlotItem().vb

    def aim() -> QPoint:  # where z = 0.5 is on screen now
        return gallery.plot.mapFromScene(view_box.mapViewToScene(QPointF(0.5, 0.5)))

    qtbot.mouseMove(gallery.plot.viewport(), aim())
    qtbot.waitUntil(lambda: gallery.z != 1.0)  # a real mouse move over the plot reads a new z
    gallery.plot.scene().sigMouseMoved.emit(view_box.mapViewToScene(QPointF(0.5, 0.5)))  # and exactly:
    assert gallery.z == pytest.approx(0.5, abs=1e-9)
    sigma = 1 / (1 + np.exp(-gallery.z))
    lines = readout.text().splitlines()
    assert lines[0] == f"z = {gallery.z:.3f}:  f(z) = {sigma:.4f},  f′(z) = {sigma * (1 - sigma):.4f}"
    assert lines[1].endswith("✓")
    assert "σ′ = σ(1 − σ)" in lines[2]
    gallery.select("relu")
    gallery.show_at(0.0)  # the kink: the central difference is 0.5, f′ says 0
    assert "✗" in readout.text().splitlines()[1]


def test_use_asks_for_the_chosen_activation(qtbot, gallery):
    gallery.select("relu")
    with qtbot.waitSignal(gallery.activationChosen) as chosen:
        qtbot.mouseClick(gallery.findChild(QPushButton, "useActivationButton"), Qt.MouseButton.LeftButton)
    assert chosen.args == ["relu"]


def test_no_point_outside_the_plot_moves_the_reading(qtbot, gallery):
    gallery.show_at(1.0)
    qtbot.mouseMove(gallery.plot.viewport(), QPoint(1, 1))  # the corner, outside the axes' box
    assert gallery.z == 1.0

"""Formulas typeset from LaTeX: SVG that QtSvg draws, and one clear error for LaTeX that is wrong."""

from __future__ import annotations

import pytest

from perceptron_gui.core.formula import FormulaError, formula_mathml, formula_svg


def test_the_lecture_s_loss_is_typeset_as_svg_paths_in_the_colour_asked():
    svg = formula_svg(r"E = \frac{1}{N}\cdot\frac{1}{2}\sum_{i=1}^{N}(\hat{y}_i - y_i)^2", 20, "#123456")
    assert svg.startswith("<svg") and svg.count("<path") > 10
    assert "#123456" in svg
    assert "<symbol" not in svg and "<use" not in svg  # SVG 1.1 paths: QtSvg draws nothing of SVG 2's


@pytest.mark.parametrize("latex, words", [
    (r"\frac{1}{2", "a { is never closed"),
    (r"x}", "a } closes nothing"),
    (r"\sigmoid(z)", r"unknown command \sigmoid"),
    (r"x^", "missing super script or subscript"),
    (r"\left( x", "extra left or missing right"),
])
def test_wrong_latex_gets_one_clear_message(latex, words):
    with pytest.raises(FormulaError) as refused:
        formula_mathml(latex)
    assert words in str(refused.value) and repr(latex) in str(refused.value)


def test_escaped_braces_are_not_counted():
    assert "<math" in formula_mathml(r"\{0, 1\}")


def test_a_layout_ziamath_cannot_do_is_a_formula_error(monkeypatch):
    import ziamath

    def fails(*args, **kwargs):
        raise KeyError("glyph")

    monkeypatch.setattr(ziamath, "Math", fails)
    with pytest.raises(FormulaError, match=r"cannot typeset 'x': KeyError"):
        formula_svg("x")

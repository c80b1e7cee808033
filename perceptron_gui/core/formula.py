"""LaTeX formulas typeset as SVG by ziamath (pure Python: its own layout and math font, no TeX).

latex2mathml turns the LaTeX into MathML, which is checked here, then ziamath lays it out and
draws it as SVG 1.1 paths — what QtSvg draws (its default SVG 2 output draws nothing in QtSvg).
The import costs about half a second, so it waits for the first formula.
"""

from __future__ import annotations

import re

DEFAULT_SIZE = 24.0  # px of the formula's base font
_UNKNOWN_COMMAND = re.compile(r">(\\[A-Za-z]+)<")  # latex2mathml keeps an unknown \command as text


class FormulaError(ValueError):
    """LaTeX this app cannot typeset; the message says why."""


def formula_svg(latex: str, size: float = DEFAULT_SIZE, color: str = "black") -> str:
    """The formula as an SVG document in `color` (a CSS colour); FormulaError when the LaTeX is wrong."""
    import ziamath

    mathml = formula_mathml(latex)
    ziamath.config.svg2 = False
    ziamath.config.math.color = color
    try:
        return ziamath.Math(mathml, size=size).svg()
    except Exception as error:  # a layout ziamath cannot do (its errors have no common base)
        raise FormulaError(f"cannot typeset {latex!r}: {type(error).__name__}: {error}") from None


def formula_mathml(latex: str) -> str:
    """The formula as MathML; FormulaError when the LaTeX is wrong (a brace not closed, an unknown
    command, a ^ with nothing after it, …)."""
    from latex2mathml.converter import convert

    _check_braces(latex)
    try:
        mathml = convert(latex, display="block")
    except Exception as error:  # latex2mathml's own exceptions, named for the fault, mostly no message
        words = re.sub(r"(?<!^)(?=[A-Z])", " ", type(error).__name__).lower()
        raise FormulaError(f"{words} in {latex!r}") from None
    unknown = _UNKNOWN_COMMAND.search(mathml)
    if unknown:
        raise FormulaError(f"unknown command {unknown.group(1)} in {latex!r}")
    return mathml


def _check_braces(latex: str) -> None:
    depth = 0
    for brace in re.findall(r"\\[{}]|[{}]", latex):
        if len(brace) == 1:
            depth += 1 if brace == "{" else -1
        if depth < 0:
            raise FormulaError(f"a }} closes nothing in {latex!r}")
    if depth:
        raise FormulaError(f"a {{ is never closed in {latex!r}")

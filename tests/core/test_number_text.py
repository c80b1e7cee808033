"""The width bound of a table's numbers against the texts themselves."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perceptron_gui.core.number_text import Glyphs, format_number, text_widths

# a font whose digits differ a little, as a proportional font's may: the bound takes the widest
ADVANCES = {**{str(d): 7.0 + d % 4 for d in range(10)}, ".": 3.0, "-": 6.0, "+": 11.0, "e": 9.5,
            "—": 14.0, "i": 3.5, "n": 8.0, "f": 5.0}
GLYPHS = Glyphs(digit=10.0, point=3.0, minus=6.0, plus=11.0, e=9.5, missing=14.0,
                infinity=ADVANCES["i"] + ADVANCES["n"] + ADVANCES["f"])
EDGES = [0.0, -0.0, 1.0, -1.0, 0.5, 0.25, 1e-10, 4.3356648e-10, -3.6552e-10, 9.999995, 9.9999996,
         0.99999996, 999999.5, 999999.4, 123456.0, 123456.7, -999999.0, 1e5, 1e6, 1e-4, 9.99999e-5,
         9.9999996e-5, 1e100, 9.9999999e99, 1e-100, 5e-324, -1e-320, 1.7976931348623157e308,
         np.nan, np.inf, -np.inf, 0.1 + 0.2, 2.0 / 3.0, 1234567.0, 7e-5]


def written_width(value: float) -> float:
    return sum(ADVANCES[c] for c in format_number(value))


def test_the_bound_holds_at_the_edges_of_the_format():
    widths = text_widths(np.array(EDGES), GLYPHS)
    for value, width in zip(EDGES, widths):
        assert width >= written_width(value), (value, format_number(value))


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.floats(allow_nan=True, allow_infinity=True, allow_subnormal=True), min_size=1,
                max_size=40))
def test_the_bound_holds_for_any_float(values):
    widths = text_widths(np.array(values), GLYPHS)
    for value, width in zip(values, widths):
        assert width >= written_width(value), (value, format_number(value))


@pytest.mark.parametrize("value", [4.33566e-10, -3.65518e-10, 0.181649, -0.000123457, 123.457, -1.23457e+20,
                                   0.0, 1.0, -7.0, 123456.0])
def test_the_bound_is_exact_for_a_number_with_all_its_digits(value):
    digit_widths = {c: (GLYPHS.digit if c.isdigit() else w) for c, w in ADVANCES.items()}
    assert text_widths(np.array([value]), GLYPHS)[0] == sum(digit_widths[c] for c in format_number(value))


def test_a_table_of_columns_is_bounded_cell_by_cell():
    columns = np.array([[0.0, 1.0, 1.0], [4.3e-10, 0.5, -2.0]])
    widths = text_widths(columns, GLYPHS)
    assert widths.shape == columns.shape
    assert widths.max(axis=1)[1] == text_widths(np.array([4.3e-10]), GLYPHS)[0]

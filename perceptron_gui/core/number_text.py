"""How the tables write a number (6 significant digits), and how wide that text can be.

A table sized to its numbers must know its widest text. Writing 35,000 numbers to measure them
takes about 18 ms in Python, too slow for every redraw; `text_widths` bounds each text's width
from its sign and decimal exponent alone, in a few numpy operations. The bound is the width of the
text with all 6 digits, so it is exact for a number that needs them and a little wide for one the
rule writes shorter (0.25, 1e-10); it is never narrower than the text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

SIGNIFICANT = 6
_NEAR_NEXT_DECADE = 1 - 1e-6  # above this share of the next power of ten, rounding may reach it


def format_number(value: float) -> str:
    """A number as a table cell shows it: 6 significant digits, "—" for a missing one."""
    if math.isnan(value):
        return "—"
    return f"{value:.{SIGNIFICANT}g}"


@dataclass(frozen=True)
class Glyphs:
    """The advances of the characters `format_number` writes, in pixels (`digit`: the widest digit)."""

    digit: float
    point: float
    minus: float
    plus: float
    e: float
    missing: float  # "—"
    infinity: float  # "inf"


def text_widths(values: np.ndarray, glyphs: Glyphs) -> np.ndarray:
    """For each value, a width at least that of `format_number(value)`'s text."""
    v = np.asarray(values, dtype=np.float64)
    m = np.abs(v)
    with np.errstate(divide="ignore", invalid="ignore"):
        exponent = np.floor(np.log10(m))  # −inf for 0, NaN and inf for those: handled below
    finite = np.isfinite(exponent)
    index = np.where(finite, exponent, 0.0).astype(np.intp) - _LOWEST_EXPONENT
    tables = _width_tables(glyphs)
    # rounding to 6 digits can carry into the next power of ten (9.999999 → 10): then bound both
    width = np.where(m >= tables.carry_from[index], tables.either[index], tables.fraction[index])
    whole = (m < 10.0**SIGNIFICANT) & (m == np.floor(m))  # 0, 1, −3, 123456: no point
    width = np.where(whole, tables.whole[index], width) + np.signbit(v) * glyphs.minus
    if not finite.all():
        width = np.where(np.isinf(v), width - tables.whole[index] + glyphs.infinity, width)
        width = np.where(np.isnan(v), glyphs.missing, width)
    return width


_LOWEST_EXPONENT, _HIGHEST_EXPONENT = -324, 308  # of a float64's decimal exponent (5e-324 … 1.8e308)


@dataclass(frozen=True)
class _Tables:
    """Widths by decimal exponent (index: exponent − _LOWEST_EXPONENT)."""

    fraction: np.ndarray  # a number with all 6 digits
    either: np.ndarray  # the wider of this exponent's and the next one's
    carry_from: np.ndarray  # from here on, rounding may carry into the next exponent
    whole: np.ndarray  # an integer below 10^6 (0 at index 0)


@lru_cache(maxsize=8)
def _width_tables(glyphs: Glyphs) -> _Tables:
    exponent = np.arange(_LOWEST_EXPONENT, _HIGHEST_EXPONENT + 2, dtype=np.float64)
    fraction = _fraction_widths(exponent, glyphs)
    with np.errstate(over="ignore"):  # 10^309 is inf: nothing carries into it
        carry_from = 10.0 ** (exponent[:-1] + 1) * _NEAR_NEXT_DECADE
    whole = (np.clip(exponent[:-1], 0, SIGNIFICANT - 1) + 1) * glyphs.digit
    return _Tables(fraction[:-1], np.maximum(fraction[:-1], fraction[1:]), carry_from, whole)


def _fraction_widths(exponent: np.ndarray, glyphs: Glyphs) -> np.ndarray:
    """The width of an unsigned text with all its digits, for numbers of this decimal exponent:
    123.457, 0.00123457 (from 1e-4 on), 1.23457e-05 or 1.23457e+06 (%g's rule)."""
    scientific = (exponent < -4) | (exponent >= SIGNIFICANT)
    fixed_digits = np.where(exponent >= 0, SIGNIFICANT, SIGNIFICANT - exponent)  # 0.000123457: 9
    fixed_point = np.where(exponent == SIGNIFICANT - 1, 0.0, glyphs.point)  # 123457 has none
    fixed = fixed_digits * glyphs.digit + fixed_point
    exponent_digits = np.where(np.abs(exponent) >= 100, 3, 2)
    sign = np.where(exponent < 0, glyphs.minus, glyphs.plus)
    scientific_width = (SIGNIFICANT + exponent_digits) * glyphs.digit + glyphs.point + glyphs.e + sign
    return np.where(scientific, scientific_width, fixed)

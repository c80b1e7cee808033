"""Where to label a log axis, for any positive range: 1e-12 … 1 as well as 0.125 … 0.143.

pyqtgraph labels a log axis at decades and at 2…9 times them: over a few decades that smears the
labels into each other, and a range inside one decade (XOR's single perceptron stays between 0.125
and 0.143) gets none. `log_ticks` takes, from a ladder of nice rules — every k-th decade, 1 and 3
in each decade, 1, 2 and 5 in each decade, then multiples of 1, 2 or 5 × 10^j as on a linear axis —
the rule that gives the most labels with room between them on the axis, and always at least two.
`tick_labels` writes each one as short as it can be and still tell it from its neighbours (0.125,
0.13, 1e-05, 0.50000002).
"""

from __future__ import annotations

import math
from collections.abc import Iterator

import numpy as np

NICE_STEPS = (5.0, 2.0, 1.0)  # of a linear rule, coarse to fine within a power of ten
SPACING = 1.6  # labels' centres this many label heights apart read easily; one apart just touch


def log_ticks(low: float, high: float, label: float) -> np.ndarray:
    """Values to label on a log axis over [low, high] (0 < low < high, data units), where a label
    is `label` long in log10 units: at least two; the most a rule gives with SPACING labels between
    neighbours, or else with one (touching, not overlapping); on an axis too short even for that,
    the least crowded two or more."""
    if not (0 < low < high and math.isfinite(high) and label > 0):
        return np.empty(0)
    most = int((math.log10(high) - math.log10(low)) / label) + 1
    roomy, touching, crowded = np.empty(0), np.empty(0), np.empty(0)
    crowded_gap = -math.inf
    for ticks in _candidates(low, high, max(most, 2)):
        ticks = ticks[(ticks >= low * (1 - 1e-12)) & (ticks <= high * (1 + 1e-12))]
        if ticks.size < 2:
            continue
        gap = float(np.diff(np.log10(ticks)).min())
        if gap >= SPACING * label and ticks.size > roomy.size:
            roomy = ticks
        elif gap >= label and ticks.size > touching.size:
            touching = ticks
        elif gap > crowded_gap:
            crowded, crowded_gap = ticks, gap
    for found in (roomy, touching, crowded):
        if found.size >= 2:
            return found
    return np.array([low, high])


def _candidates(low: float, high: float, most: int) -> Iterator[np.ndarray]:
    """The ladder of rules, coarse to fine; rules that would give more than `most` ticks are skipped."""
    first, last = math.ceil(math.log10(low) - 1e-9), math.floor(math.log10(high) + 1e-9)
    decades = last - first + 1  # powers of ten in the range
    for k in reversed(_nice_numbers(decades)):  # every k-th decade: …, 10, 5, 2, 1
        if decades / k <= most:
            yield 10.0 ** np.arange(math.ceil(first / k) * k, last + 1, k, dtype=np.float64)
    for mantissas in ((1.0, 3.0), (1.0, 2.0, 5.0)):
        if (decades + 1) * len(mantissas) <= 2 * most:
            powers = 10.0 ** np.arange(first - 1, last + 1, dtype=np.float64)
            values = np.outer(powers, mantissas).ravel()
            yield values
    top = math.floor(math.log10(high))
    bottom = math.floor(math.log10(high - low)) - 1  # steps down to a tenth of the range
    for power in range(top, bottom - 1, -1):
        for nice in NICE_STEPS:
            step = nice * 10.0**power
            k_low = max(1, math.ceil(low / step - 1e-6))  # positive multiples only
            k_high = math.floor(high / step + 1e-6)
            if k_high - k_low + 1 > most:
                return  # finer steps give more still
            if k_high >= k_low:
                yield np.arange(k_low, k_high + 1, dtype=np.float64) * step


def _nice_numbers(up_to: int) -> list[int]:
    """1, 2, 5, 10, 20, 50, … up to `up_to` (at least [1])."""
    numbers, power = [1], 1
    while True:
        for nice in (2, 5, 10):
            if nice * power > up_to:
                return numbers
            numbers.append(nice * power)
        power *= 10


def tick_labels(values: np.ndarray) -> list[str]:
    """Ticks' values, short: enough significant digits to tell neighbours apart, and no more
    (0.125, 0.13, 1e-05, 0.50000002)."""
    values = np.asarray(values, dtype=np.float64)
    if values.size == 0:
        return []
    digits = 1
    ordered = np.sort(values)
    gaps = np.diff(ordered)
    if gaps.size and gaps.min() > 0:  # a neighbour's relative distance tells the digits needed
        relative = np.log10(np.abs(ordered[1:])) - np.log10(gaps)
        digits = int(np.clip(math.ceil(relative.max()) + 2, 1, 17))
    return [_shortest(float(f"{value:.{digits}g}")) for value in values]


def _shortest(value: float) -> str:
    """100, 0.125, 1e-05, 1e+06: the shorter of Python's own writing and the scientific one."""
    plain = repr(value).removesuffix(".0")
    mantissa, exponent = f"{value:.16e}".split("e")
    mantissa = repr(float(mantissa)).removesuffix(".0")
    scientific = f"{mantissa}e{int(exponent):+03d}"
    return scientific if len(scientific) < len(plain) else plain

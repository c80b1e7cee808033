"""The log axis's labels: at least two, never crowded, short, for any positive range."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perceptron_gui.core.log_ticks import SPACING, log_ticks, tick_labels

LABEL = 15.0  # pixels: a tick label's height
RANGES = [(1e-12, 1.0), (0.125, 0.143), (0.5, 0.5000001), (0.003, 0.18), (1e-300, 1e300), (0.9, 1.1),
          (5e-324, 1e-320), (2.0, 7e5), (0.2, 0.2000000000001)]


def check(low: float, high: float, pixels: float) -> np.ndarray:
    decades = math.log10(high) - math.log10(low)
    label = LABEL * decades / pixels  # a label's height in decades
    ticks = log_ticks(low, high, label)
    assert ticks.size >= 2, (low, high)
    assert np.all((ticks >= low * (1 - 1e-12)) & (ticks <= high * (1 + 1e-12)))
    assert np.all(np.diff(ticks) > 0)
    gap = np.diff(np.log10(ticks)).min()
    if pixels >= 5 * LABEL:  # room for labels that do not overlap: they do not
        assert gap >= label * (1 - 1e-9)
        assert ticks.size <= pixels / LABEL + 1  # bounded by the axis length
    labels = tick_labels(ticks)
    assert len(set(labels)) == len(labels)
    for tick, text in zip(ticks, labels):
        assert float(text) == pytest.approx(tick, rel=1e-9)
        assert not ("." in text.split("e")[0] and text.split("e")[0].endswith("0"))  # no trailing zeros
    return ticks


@pytest.mark.parametrize("low, high", RANGES)
@pytest.mark.parametrize("pixels", [40, 100, 140, 300, 1000])
def test_any_range_gets_two_or_more_readable_labels(low, high, pixels):
    ticks = check(low, high, pixels)
    if pixels >= 100:  # the loss chart is at least 140 high: its labels have room between them
        label = LABEL * (math.log10(high) - math.log10(low)) / pixels
        assert np.diff(np.log10(ticks)).min() >= SPACING * label * (1 - 1e-9)


def test_the_ranges_students_meet_get_round_short_labels():
    def labels(low: float, high: float, pixels: float) -> list[str]:
        return tick_labels(log_ticks(low, high, LABEL * (math.log10(high) - math.log10(low)) / pixels))

    assert labels(0.125, 0.143, 140) == ["0.125", "0.13", "0.135", "0.14"]  # XOR's single perceptron
    assert labels(0.003, 0.18, 140) == ["0.003", "0.01", "0.03", "0.1"]  # the lecture's AND
    assert labels(1e-12, 1.0, 160) == ["1e-12", "1e-10", "1e-08", "1e-06", "1e-04", "0.01", "1"]
    assert labels(1e-12, 1.0, 400) == tick_labels(10.0 ** np.arange(-12, 1))  # taller: every decade
    narrow = labels(0.5, 0.5000001, 140)
    assert narrow[0] == "0.5" and len(narrow) >= 3 and all(len(text) <= 10 for text in narrow)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.floats(-300, 300), st.floats(1e-12, 200), st.floats(60, 2000))
def test_random_ranges(log_low, decades, pixels):
    low = 10.0**log_low
    high = low * 10.0**decades
    if not (math.isfinite(high) and high > low):
        return
    check(low, high, pixels)


def test_an_axis_too_short_for_two_labels_still_gets_two():
    assert log_ticks(0.125, 0.143, label=1.0).size >= 2  # a label a decade high: they must overlap

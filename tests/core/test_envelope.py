"""The envelope: bounded buckets whose min and max are exactly those of the values they cover."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perceptron_gui.core.envelope import Envelope


def check(envelope: Envelope, values: np.ndarray) -> None:
    """Every bucket's min and max against the values it covers; value k drawn at x = offset + k."""
    assert envelope.count == values.size
    x, y = envelope.points(offset=10)
    size = envelope.size
    if size == 1:
        assert np.array_equal(y, values) and np.array_equal(x, 10 + np.arange(values.size))
        return
    n = -(-values.size // size)
    assert x.size == 2 * n <= 2 * envelope.buckets
    for k in range(n):
        covered = values[k * size : (k + 1) * size]
        assert (y[2 * k], y[2 * k + 1]) == (covered.min(), covered.max())
        assert x[2 * k] == 10 + k * size


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.lists(st.integers(0, 700), min_size=1, max_size=12), st.integers(0, 2**32 - 1))
def test_any_chunks_give_exact_buckets(chunks, seed):
    rng = np.random.default_rng(seed)
    envelope, values = Envelope(buckets=64), np.empty(0)
    for size in chunks:
        new = rng.normal(size=size)
        envelope.extend(new)
        values = np.concatenate([values, new])
        check(envelope, values)
    assert envelope.size == 1 or -(-values.size // envelope.size) <= 64


def test_a_long_series_costs_a_bounded_number_of_points():
    envelope = Envelope()
    series = np.random.default_rng(0).random(1_000_000)
    for chunk in np.array_split(series, 300):
        envelope.extend(chunk)
    check(envelope, series)
    assert envelope.size == 512
    assert envelope.maximum() == series.max() and envelope.points()[1].min() == series.min()


def test_cutting_back_the_last_values():
    envelope, rng = Envelope(buckets=16), np.random.default_rng(1)
    values = rng.random(1000)
    envelope.extend(values)
    for cut in (999, 990, 960):
        envelope.truncate(cut)
        check(envelope, values[:cut])
    envelope.extend(values[960:970])
    check(envelope, np.concatenate([values[:960], values[960:970]]))
    for chunk in np.array_split(rng.random(100_000), 50):
        envelope.extend(chunk)
    with pytest.raises(ValueError, match="merged"):
        envelope.truncate(5)  # long merged into buckets of 8,192


def test_recent_values_are_the_raw_tail():
    envelope = Envelope(buckets=8)
    envelope.extend(np.arange(5000.0))
    assert np.array_equal(envelope.recent(200), np.arange(4800.0, 5000.0))
    assert envelope.recent(0).size == 0
    envelope.clear()
    assert envelope.count == 0 and envelope.points()[0].size == 0 and envelope.recent(10).size == 0


@settings(max_examples=80, deadline=None, derandomize=True)
@given(st.lists(st.integers(1, 300), min_size=1, max_size=6), st.integers(0, 2000),
       st.lists(st.tuples(st.sampled_from(["extend", "cut"]), st.integers(1, 300)), max_size=12),
       st.integers(0, 2**32 - 1))
def test_a_restored_envelope_goes_on_as_the_one_it_was_saved_from(chunks, more, steps, seed):
    """As a weights file's history does: saved as buckets, restored, trained on, cut back a little."""
    rng = np.random.default_rng(seed)
    values = rng.normal(size=sum(chunks) + more)
    original = Envelope(buckets=16)
    for part in np.split(values, np.cumsum(chunks)):
        original.extend(part)
    restored = Envelope.restored(original.size, original.count, *original.bucket_extremes(), buckets=16)
    floor = original.count
    for action, n in steps:
        if action == "extend":
            new = rng.normal(size=n)
            values = np.concatenate([values, new])
            original.extend(new)
            restored.extend(new)
        else:  # a rolled-back epoch or a few, never into what was restored
            cut = max(values.size - n % 4, floor, original.tail_start)
            values = values[:cut]
            original.truncate(cut)
            restored.truncate(cut)
        check(restored, values)
        for mine, theirs in zip(restored.bucket_extremes(), original.bucket_extremes()):
            assert np.array_equal(mine, theirs)
    assert restored.size == original.size


def test_a_cut_may_fall_inside_a_bucket_the_raw_tail_shares_with_older_values():
    envelope, values = Envelope(buckets=16), np.random.default_rng(2).random(20_000)
    for part in np.array_split(values, 200):  # the raw tail is trimmed now and then, anywhere
        envelope.extend(part)
    start = envelope.tail_start
    assert start % envelope.size  # the tail begins inside a bucket
    envelope.truncate(start + 1)
    check(envelope, values[: start + 1])
    envelope.truncate(start)
    check(envelope, values[:start])


def test_restoring_checks_the_bucket_count():
    with pytest.raises(ValueError, match="cannot hold"):
        Envelope.restored(4, 10, np.zeros(2), np.zeros(2))  # 10 values in buckets of 4 take 3
    assert Envelope.restored(1, 0, np.empty(0), np.empty(0)).points()[0].size == 0

"""A series of any length kept at a bounded cost, for drawing: the min and max of each bucket.

The loss chart gets a few hundred new values a frame and may grow to 100 million epochs. Drawing
all of them, or even scanning them, every frame would cost O(epochs). An `Envelope` keeps, for
each bucket of `size` consecutive values, their minimum and maximum (what a chart can show of
them at one pixel column); when there are more than `buckets` buckets, neighbours merge and the
size doubles. Adding values costs O(new values); drawing costs O(buckets). The raw values of the
last two buckets are kept too, so the series can be cut back a little (a rolled-back epoch) and
its recent values read (is the loss still falling?). An envelope can be saved as its buckets and
restored from them (a weights file keeps the run's history so); it then goes on exactly as the
one it was saved from, and can be cut back to where it was restored.
"""

from __future__ import annotations

import numpy as np

DEFAULT_BUCKETS = 2048


class Envelope:
    def __init__(self, buckets: int = DEFAULT_BUCKETS) -> None:
        if buckets < 2 or buckets % 2:
            raise ValueError("buckets must be an even number ≥ 2")
        self.buckets = buckets
        self.clear()

    def clear(self) -> None:
        self.size = 1  # values per bucket
        self.count = 0  # values added
        self._low = np.empty(self.buckets + 1)
        self._high = np.empty(self.buckets + 1)
        self._tail = np.empty(0)  # the last raw values: at least two buckets' worth
        # min and max of the values before the tail in the tail's first bucket (none: ±inf)
        self._head = (np.inf, -np.inf)

    @classmethod
    def restored(cls, size: int, count: int, low: np.ndarray, high: np.ndarray,
                 buckets: int = DEFAULT_BUCKETS) -> Envelope:
        """The envelope of `count` values whose buckets of `size` had these min and max (as
        `bucket_extremes` gives them)."""
        envelope = cls(buckets)
        n = -(-count // size)
        if size < 1 or len(low) != n or len(high) != n or n > buckets:
            raise ValueError(f"{len(low)} and {len(high)} buckets cannot hold {count} values in "
                             f"buckets of {size}")
        envelope.size, envelope.count = size, count
        envelope._low[:n], envelope._high[:n] = low, high
        if count % size:
            envelope._head = (float(low[-1]), float(high[-1]))
        return envelope

    def bucket_extremes(self) -> tuple[np.ndarray, np.ndarray]:
        """Each bucket's min and max (copies); the last bucket may hold fewer than `size` values."""
        n = self._n_buckets()
        return self._low[:n].copy(), self._high[:n].copy()

    @property
    def tail_start(self) -> int:
        """Index of the first value still kept raw."""
        return self.count - self._tail.size

    def recent(self, n: int) -> np.ndarray:
        """The last min(n, kept) values, raw."""
        return self._tail[self._tail.size - min(n, self._tail.size) :]

    def extend(self, values: np.ndarray) -> None:
        values = np.asarray(values, dtype=np.float64)
        if values.size == 0:
            return
        self._tail = np.concatenate([self._tail, values])
        partial = self.count % self.size
        if partial:  # top up the last bucket first
            fill, values = values[: self.size - partial], values[self.size - partial :]
            last = self.count // self.size
            self._low[last] = min(self._low[last], fill.min())
            self._high[last] = max(self._high[last], fill.max())
            self.count += fill.size
        self._write_buckets(self.count // self.size, values)
        self.count += values.size
        while self._n_buckets() > self.buckets:
            self._merge()
        keep = max(4 * self.size, 512)  # two buckets even after the next merge
        if self._tail.size > 2 * keep:  # trim now and then, not at every call
            self._drop_raw(self._tail.size - keep)

    def truncate(self, count: int) -> None:
        """Keep only the first `count` values; the cut must fall in the raw tail."""
        if count >= self.count:
            return
        start = self.tail_start
        if count < start:
            raise ValueError(f"cannot cut back to {count}: values before {start} are merged")
        self._tail = self._tail[: count - start]
        self.count = count
        first, into_first = divmod(start, self.size)
        if not into_first:
            self._write_buckets(first, self._tail)
            return
        shared = self._tail[: self.size - into_first]  # raw values of the bucket the head begins
        self._write_buckets(first + 1, self._tail[shared.size :])
        self._low[first] = min(self._head[0], shared.min(initial=np.inf))
        self._high[first] = max(self._head[1], shared.max(initial=-np.inf))

    def points(self, offset: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
        """x, y to draw: each value at x = offset + index while buckets hold one value (a loss
        history's value k is epoch start + k); then each bucket's min and max, side by side within it."""
        n = self._n_buckets()
        if self.size == 1:
            return offset + np.arange(n, dtype=np.float64), self._low[:n].copy()
        starts = offset + np.arange(n) * self.size
        x = np.empty(2 * n)
        y = np.empty(2 * n)
        x[0::2], x[1::2] = starts, starts + self.size / 2
        y[0::2], y[1::2] = self._low[:n], self._high[:n]
        return x, y

    def maximum(self) -> float:
        return float(self._high[: self._n_buckets()].max(initial=-np.inf))

    # --- inside ---------------------------------------------------------------------------
    def _n_buckets(self) -> int:
        return -(-self.count // self.size)

    def _write_buckets(self, first: int, values: np.ndarray) -> None:
        """Buckets `first`… from `values`, which start at the beginning of bucket `first`."""
        whole, rest = divmod(values.size, self.size)
        needed = first + whole + 1
        if needed > self._low.size:  # a big chunk: room for it now, merged back down after
            self._low = np.resize(self._low, 2 * needed)
            self._high = np.resize(self._high, 2 * needed)
        if whole:
            block = values[: whole * self.size].reshape(whole, self.size)
            self._low[first : first + whole] = block.min(axis=1)
            self._high[first : first + whole] = block.max(axis=1)
        if rest:
            self._low[first + whole] = values[whole * self.size :].min()
            self._high[first + whole] = values[whole * self.size :].max()

    def _drop_raw(self, n: int) -> None:
        """Forget the first n raw values (their buckets keep them), keeping the head up to date."""
        start, new_start = self.tail_start, self.tail_start + n
        bucket_start = new_start - new_start % self.size
        dropped = self._tail[max(bucket_start - start, 0) : n]
        low, high = self._head if start >= bucket_start else (np.inf, -np.inf)
        self._head = (min(low, dropped.min(initial=np.inf)), max(high, dropped.max(initial=-np.inf)))
        self._tail = self._tail[n:].copy()

    def _merge(self) -> None:
        first = self.tail_start // self.size
        if first % 2:  # the bucket before the tail's first joins it: its values come before the tail
            self._head = (min(self._head[0], self._low[first - 1]), max(self._head[1], self._high[first - 1]))
        n = self._n_buckets()
        pairs = -(-n // 2)
        low, high = self._low[:n], self._high[:n]
        if n % 2:
            low, high = np.append(low, np.inf), np.append(high, -np.inf)
        self._low[:pairs] = np.minimum(low[0::2], low[1::2])
        self._high[:pairs] = np.maximum(high[0::2], high[1::2])
        self.size *= 2

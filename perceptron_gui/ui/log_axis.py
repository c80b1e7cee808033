"""A pyqtgraph axis whose log scale is labelled readably for any range (core.log_ticks)."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QFont, QFontMetricsF

from perceptron_gui.core.log_ticks import log_ticks, tick_labels
from perceptron_gui.ui.chart_style import ReadableAxis

LOWEST_POWER, HIGHEST_POWER = -323.0, 308.0  # of a float64


class LogAxis(ReadableAxis):
    """On a linear scale the chart style's readable ticks; on a log scale at least two labels,
    never crowded."""

    def tickValues(self, minVal: float, maxVal: float, size: float):
        if not self.logMode:
            return super().tickValues(minVal, maxVal, size)
        low, high = np.clip(sorted((minVal, maxVal)), LOWEST_POWER, HIGHEST_POWER)
        if not (size > 0 and high > low):
            return []
        label = self.label_height() * (high - low) / size  # a label's height, in decades
        if high - low > 4 * label:  # no label half off either end
            low, high = low + label / 2, high - label / 2
        return [(None, np.log10(log_ticks(10.0**low, 10.0**high, label)).tolist())]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if not self.logMode:
            return super().tickStrings(values, scale, spacing)
        return tick_labels(10.0 ** np.asarray(values, dtype=np.float64) * scale)

    def label_height(self) -> float:
        """The height of a tick label, in the font the axis paints its labels with."""
        font = self.style["tickFont"]
        return QFontMetricsF(font if font is not None else QFont()).height()

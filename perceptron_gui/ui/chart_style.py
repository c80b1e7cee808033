"""How every chart of the app looks: dark text on white, axis fonts and line widths that follow the zoom.

`chart(name)` makes a pyqtgraph PlotWidget styled so, and keeps it styled: before it is first shown,
whenever its font changes (the zoom sets the application font, ui/zoom.py) and when an item is
added to its plot, it sets again every axis's tick and label font (from the widget's font), its
pens, the title and legend text, and scales each item's line widths and symbol sizes to the zoom
from the widths the view gave them. A view that changes an item's pen later calls `restyle(plot)`.
"""

from __future__ import annotations

import math
import weakref

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen

from perceptron_gui.ui.chart_slot import BACKGROUND, least_chart_height
from perceptron_gui.ui.zoom import zoom_factor

TEXT_COLOUR = "#1a1a1a"  # tick numbers, axis labels, titles: 17 : 1 on white (WCAG asks 4.5 : 1)
AXIS_COLOUR = "#4d4d4d"  # the axis lines and ticks: 8 : 1
TITLE_ROW_PIXELS = 30  # pyqtgraph's title row, at 100 %
LABEL_GAP = 1.3  # a tick number's room along an axis: its own height (or width) times this

# item → {"pen": (width the view gave, width drawn), ...}: what the zoom scaled, to scale it again
_widths: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """WCAG 2's contrast ratio (1 to 21) of two colours."""

    def luminance(colour: QColor) -> float:
        def channel(c: float) -> float:
            return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

        return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
                + 0.0722 * channel(colour.blueF()))

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


class ReadableAxis(pg.AxisItem):
    """An axis whose labelled ticks always fit its length at its font: pyqtgraph labels every major
    tick (at least 2.25 intervals, whatever the font), which crowds a short axis at a big zoom."""

    def tickSpacing(self, minVal: float, maxVal: float, size: float):
        levels = super().tickSpacing(minVal, maxVal, size)
        if not levels or self._tickSpacing is not None:
            return levels
        low, high = sorted((minVal, maxVal))
        room = self._label_room(low, high, levels[0][0])
        fitting = max(2, int(size // room))
        if _ticks_within(low, high, levels[0][0]) <= fitting:
            return levels
        # a horizontal axis hides a number that would stick out at an end: count those inside
        inside = 0.0 if self.orientation in ("left", "right") else (high - low) * room / (2 * size)
        low, high = low + inside, high - inside
        spacing = _nice_at_least((high - low) / (fitting - 1))
        while True:  # the widest spacing that still labels two ticks: 0 and 1, or −5 and 5
            for offset in (0.0, spacing / 2):
                if 2 <= _ticks_within(low - offset, high - offset, spacing) <= fitting:
                    return [(spacing, offset), levels[0]]  # the old major ticks become minor ones
            if _ticks_within(low, high, spacing) > fitting:
                return levels[:1]  # (too short for two numbers: pyqtgraph's own)
            spacing = _nice_below(spacing)

    def _label_room(self, low: float, high: float, spacing: float) -> float:
        metrics = QFontMetricsF(self.style["tickFont"] or self.font())
        if self.orientation in ("left", "right"):
            return LABEL_GAP * metrics.height()
        labels = self.tickStrings([low, high], self.autoSIPrefixScale * self.scale, spacing)
        return LABEL_GAP * max(metrics.horizontalAdvance(label) for label in labels)


def _nice_at_least(value: float) -> float:
    """The smallest of 1, 2, 5 × 10^k that is at least `value`."""
    power = 10.0 ** math.floor(math.log10(value))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= value * (1 - 1e-9))


def _nice_below(value: float) -> float:
    """The step of the 1, 2, 5 × 10^k ladder just below `value` (one of the ladder)."""
    power = 10.0 ** math.floor(math.log10(value) + 1e-9)
    return {1: 0.5, 2: 1.0, 5: 2.0}[round(value / power)] * power


def _ticks_within(low: float, high: float, spacing: float) -> int:
    """How many multiples of `spacing` lie in [low, high]."""
    return math.floor(high / spacing + 1e-9) - math.ceil(low / spacing - 1e-9) + 1


class _ChartStyler(QObject):
    """Lives on the PlotWidget (its child): restyles it on a font change or a new item."""

    def __init__(self, plot: pg.PlotWidget) -> None:
        super().__init__(plot)
        self.plot = plot
        self.minimum_height: tuple[float, float] | None = None  # (pixels, lines of text)
        self._pending = QTimer(self, singleShot=True, interval=0)  # one restyle per burst of items
        self._pending.timeout.connect(self.restyle)
        # the minimum height again once the plot has laid out its axes for a new size (at once, its
        # axes would still have the old one)
        self._pending_height = QTimer(self, singleShot=True, interval=0)
        self._pending_height.timeout.connect(self.keep_minimum_height)
        plot.installEventFilter(self)
        # the ViewBox tells its listeners when items join or leave it (a weak list: keep self alive)
        plot.getPlotItem().getViewBox().childGroup.itemsChangedListeners.append(self)

    def itemsChanged(self) -> None:
        self._pending.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.plot:
            return False
        if event.type() == QEvent.Type.Polish:  # before it is first shown, every item built (a colour
            self.restyle()  # bar joins the plot's layout, not its view box)
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            # from the event loop: after the view has set its new texts; and axes resized in the
            # same turn as the program's last one (a zoom, then quit) relayout as they die, in a
            # Python that is finalizing, and crash
            self._pending.start()
        elif event.type() == QEvent.Type.Resize and self.minimum_height is not None:
            self._pending_height.start()
        return False

    def keep_minimum_height(self) -> None:
        """At least `minimum_height`, and tall enough for the left axis's rotated label (else cut:
        "accuracy" showed as "accurac")."""
        if self.minimum_height is None:
            return
        plot, (pixels, lines) = self.plot, self.minimum_height
        least = least_chart_height(plot.font(), pixels, lines)
        left, bottom = plot.getAxis("left"), plot.getAxis("bottom")
        if left.label.isVisible():
            # beside the left axis: the bottom axis and the margins (an estimate until laid out)
            around = max(plot.height() - left.size().height(), bottom.minimumHeight() + 2)
            # + 3: pyqtgraph centres the label at a whole pixel (up to one off), and rounds the axis too
            least = max(least, left.label.boundingRect().width() + around + 3)
        if plot.minimumHeight() != math.ceil(least):
            plot.setMinimumHeight(math.ceil(least))

    def restyle(self) -> None:
        plot = self.plot
        if plot.getPlotItem() is None:
            return  # closed (PlotWidget.close() lets go of its plot)
        font = QFont(plot.font())
        size = f"{font.pointSizeF():.2f}pt" if font.pointSizeF() > 0 else f"{font.pixelSize()}px"
        item = plot.getPlotItem()
        _leave_room_above(plot)
        item.titleLabel.setAttr("color", TEXT_COLOUR)  # for a title set later, too
        item.titleLabel.setAttr("size", size)
        for graphics in plot.scene().items():
            if isinstance(graphics, pg.AxisItem):
                _style_axis(graphics, font)
            elif isinstance(graphics, pg.LegendItem):
                graphics.setLabelTextSize(size)
                for _, label in graphics.items:
                    label.setText(label.text)
            else:
                _scale_lines(graphics)
        if item.titleLabel.isVisible():
            row = round(TITLE_ROW_PIXELS * zoom_factor())
            item.titleLabel.setMaximumHeight(row)
            item.layout.setRowFixedHeight(0, row)
            item.titleLabel.setText(item.titleLabel.text)
        self.keep_minimum_height()


def _leave_room_above(plot: pg.PlotWidget) -> None:
    """Room above the left axis's top number, which is centred on the plot's top edge (in whole
    pixels: pyqtgraph places its axis labels by whole pixels)."""
    plot.getPlotItem().layout.setContentsMargins(1, round(QFontMetricsF(plot.font()).height() / 2), 1, 1)


def _style_axis(axis: pg.AxisItem, font: QFont) -> None:
    axis.setPen(pg.mkPen(AXIS_COLOUR, width=zoom_factor()))
    axis.setTextPen(TEXT_COLOUR)
    axis.setTickFont(font)
    axis.label.setFont(font)
    axis.labelStyle.pop("font-size", None)  # the label's font says its size
    axis.setLabel(axis.labelText, axis.labelUnits, axis.labelUnitPrefix)
    axis.resizeEvent()  # the label's place, for its new size


def _scale_lines(graphics: object) -> None:
    """Line widths and symbol sizes at the zoom, from those the view set."""
    if isinstance(graphics, pg.PlotDataItem):
        opts = graphics.opts
        pen = _scaled_pen(graphics, "pen", opts["pen"])
        if pen is not None:
            graphics.setPen(pen)
        pen = _scaled_pen(graphics, "symbolPen", opts["symbolPen"])
        if pen is not None:
            graphics.setSymbolPen(pen)
        if isinstance(opts["symbolSize"], int | float):
            size = _scaled(graphics, "symbolSize", float(opts["symbolSize"]))
            if size is not None:
                graphics.setSymbolSize(size)
    elif isinstance(graphics, pg.InfiniteLine | pg.IsocurveItem):
        pen = _scaled_pen(graphics, "pen", graphics.pen)
        if pen is not None:
            graphics.setPen(pen)


def _scaled_pen(graphics: object, key: str, spec: object) -> QPen | None:
    """The item's pen at the zoom, or None if it is drawn right already (or draws nothing)."""
    if spec is None:
        return None
    pen = pg.mkPen(spec)
    if pen.style() == pg.QtCore.Qt.PenStyle.NoPen:
        return None
    width = _scaled(graphics, key, pen.widthF() or 1.0)
    if width is None:
        return None
    pen.setWidthF(width)
    return pen


def _scaled(graphics: object, key: str, value: float) -> float | None:
    """`value` (as drawn now) at the zoom, or None if it is that already. A value the zoom did not
    draw is the view's own: the new base."""
    known = _widths.setdefault(graphics, {})
    base, drawn = known.get(key, (value, None))
    if drawn is None or abs(value - drawn) > 1e-6:
        base = value
    wanted = base * zoom_factor()
    known[key] = (base, wanted)
    return None if drawn is not None and abs(value - wanted) <= 1e-6 else wanted


def chart(name: str, **options) -> pg.PlotWidget:
    """A PlotWidget called `name` (PlotWidget hands an objectName= keyword to its PlotItem), styled
    now and from now on (see the module's text). `options` go to the PlotWidget; its left and
    bottom axes are ReadableAxis unless `axisItems` gives others."""
    options["axisItems"] = {side: ReadableAxis(side) for side in ("left", "bottom")} | options.get(
        "axisItems", {})
    plot = pg.PlotWidget(background=BACKGROUND, **options)
    plot.setObjectName(name)
    _leave_room_above(plot)  # now, as well as at each restyle: a view measures its chart from now on
    _ChartStyler(plot).restyle()
    return plot


def keep_minimum_height(plot: pg.PlotWidget, pixels: float, lines: float) -> None:
    """`plot` is at least `pixels` of data plus `lines` of its text (its axes' numbers and labels)
    high, and tall enough for its left axis's label, at any zoom and in any language."""
    styler = plot.findChild(_ChartStyler)
    styler.minimum_height = (pixels, lines)
    styler.keep_minimum_height()


def restyle(plot: pg.PlotWidget) -> None:
    """Style `plot`'s items again now: after a view changed a pen or added an item outside its plot."""
    styler = plot.findChild(_ChartStyler)
    if styler is not None:
        styler.restyle()

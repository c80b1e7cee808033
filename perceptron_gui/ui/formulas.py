"""Typeset formulas on screen: ziamath's SVG (core/formula.py) drawn by QtSvg at the screen's
pixel ratio, so a formula is as sharp as the text around it, and a text browser whose Markdown
shows its display formulas ($$ … $$) so.

Loading the typesetter (ziamath reads its math font) takes half a second: the window defers it
until after its first paint (`defer_typesetting`, then `start_typesetting` from its deferred build);
until then a browser's formulas are left blank and drawn once it is loaded."""

from __future__ import annotations

import math
import re
import weakref
from collections.abc import Mapping
from functools import lru_cache

from PySide6.QtCore import QByteArray, QEvent, Qt, QUrl
from PySide6.QtGui import QFontInfo, QImage, QPainter, QResizeEvent, QTextCursor, QTextDocument
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QTextBrowser

from perceptron_gui.core.formula import formula_svg
from perceptron_gui.core.lesson import fill_values

FORMULA_SCALE = 1.15  # a display formula's base font, against the text's
MIN_FORMULA_SHRINK = 0.7  # a formula wider than the view shrinks down to this, then scrolls
FORMULA_URL = "formula"
OBJECT_REPLACEMENT = "\ufffc"  # the character that stands for an image in a text block
_FORMULA = re.compile(r"\$\$(.*?)\$\$", re.DOTALL)
_deferred = [False]  # the typesetter is not loaded yet: formulas wait
_waiting: weakref.WeakSet[FormulaBrowser] = weakref.WeakSet()  # browsers with formulas to draw then


def defer_typesetting() -> None:
    """Formulas wait for `start_typesetting` (a window's first frame does without them)."""
    _deferred[0] = True


def start_typesetting(load: bool = True) -> None:
    """Load the typesetter (or, `load` False, a window closed before: no more waiting), and draw
    the formulas that waited for it."""
    if load:
        formula_svg("x")
    _deferred[0] = False
    for browser in list(_waiting):
        browser.retypeset()
    _waiting.clear()


@lru_cache(maxsize=512)
def formula_image(latex: str, pixel_size: float, ratio: float, color: str) -> QImage:
    """The formula at a base font of `pixel_size` logical pixels, for a screen of device pixel
    ratio `ratio`, in `color` (#rrggbb); FormulaError when the LaTeX is wrong."""
    renderer = QSvgRenderer(QByteArray(formula_svg(latex, pixel_size, color).encode("utf-8")))
    size = renderer.defaultSize()
    image = QImage(max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


class FormulaBrowser(QTextBrowser):
    """Markdown whose display formulas are images, typeset at the text's size and colour."""

    def __init__(self, name: str, fit_height: bool = False) -> None:
        super().__init__(objectName=name, openExternalLinks=True)
        self.formulas: list[str] = []  # LaTeX with the live numbers filled in, by image number
        self.markdown = ""  # with an image in place of each formula
        self._source: tuple[str, dict[str, float]] = ("", {})  # what show_markdown was given
        self._laying_out = self._again = False  # setMarkdown can resize the view, which shows again
        self.fit_height = fit_height  # as high as its text, never scrolling (a few formulas)
        if fit_height:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def show_markdown(self, markdown: str, values: Mapping[str, float] | None = None) -> None:
        """Show `markdown`, its $$ … $$ formulas typeset with their `\\val{…}` filled from `values`."""
        if (markdown, dict(values or {})) == self._source:
            return  # (a view redrawn with nothing new)
        self._source = (markdown, dict(values or {}))
        formulas: list[str] = []

        def image(match: re.Match) -> str:
            formulas.append(fill_values(match.group(1).strip(), values or {}))
            # (Qt's Markdown drops an image without alt text)
            return f"\n\n![formula]({FORMULA_URL}:{len(formulas) - 1})\n\n"

        self._show(_FORMULA.sub(image, markdown), formulas)

    def _show(self, markdown: str, formulas: list[str], again: bool = True) -> None:
        self.markdown, self.formulas = markdown, formulas
        if self._laying_out:  # a resize while laying out (a scroll bar came or went): once more after
            self._again = True
            return
        self._laying_out, self._again = True, False
        try:
            self._lay_out(markdown)
        finally:
            self._laying_out = False
        if self._again and again:  # (once: a scroll bar that comes and goes does not loop)
            self._show(self.markdown, self.formulas, again=False)

    def _lay_out(self, markdown: str) -> None:
        scroll = self.verticalScrollBar().value()
        self.setMarkdown(markdown)
        block = self.document().begin()
        while block.isValid():  # a display formula stands centred in a paragraph of its own
            if block.text() == OBJECT_REPLACEMENT:
                cursor = QTextCursor(block)
                centred = block.blockFormat()
                centred.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                cursor.setBlockFormat(centred)
            block = block.next()
        self.verticalScrollBar().setValue(scroll)
        if self.fit_height:
            margins = self.contentsMargins().top() + self.contentsMargins().bottom()
            self.setFixedHeight(math.ceil(self.document().size().height()) + margins + 2)

    def loadResource(self, kind: int, url: QUrl) -> object:
        if url.scheme() != FORMULA_URL or kind != QTextDocument.ResourceType.ImageResource.value:
            return super().loadResource(kind, url)
        if _deferred[0]:
            _waiting.add(self)
            return QImage()
        latex, ratio = self.formulas[int(url.path())], self.devicePixelRatioF()
        size = FORMULA_SCALE * QFontInfo(self.font()).pixelSize()
        color = self.palette().text().color().name()
        image = formula_image(latex, size, ratio, color)
        room = self.viewport().width() - 2 * self.document().documentMargin() - 8
        natural = image.width() / ratio
        if natural > room > 0:  # a wide formula shrinks to fit, in steps (each size is typeset once)
            shrink = max(MIN_FORMULA_SHRINK, math.floor(20 * room / natural) / 20)
            image = formula_image(latex, size * shrink, ratio, color)
        return image

    def retypeset(self) -> None:
        """The formulas again, typeset anew (a new size, colour or width)."""
        if self.formulas:
            self._show(self.markdown, self.formulas)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self.retypeset()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.retypeset()  # wide formulas fit the new width

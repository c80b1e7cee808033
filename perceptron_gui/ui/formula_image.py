"""Typeset formulas as images: ziamath's SVG (core/formula.py) drawn by QtSvg at the screen's
pixel ratio, so a formula is as sharp as the text around it."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from perceptron_gui.core.formula import formula_svg


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

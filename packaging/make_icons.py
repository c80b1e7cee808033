"""Render the app icon (resources/icons/perceptron-gui.svg) to the files a bundle needs.

    python packaging/make_icons.py OUT_FOLDER

writes perceptron-gui-N.png for each size in SIZES (Qt's SVG renderer), and perceptron-gui.ico
(Windows) and perceptron-gui.icns (macOS) made from them (Pillow, a build-time dependency).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
SOURCE = Path(__file__).resolve().parents[1] / "resources" / "icons" / "perceptron-gui.svg"


def render_pngs(out: Path) -> dict[int, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # painting text or SVG needs one
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {SOURCE}")
    pngs = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        pngs[size] = out / f"perceptron-gui-{size}.png"
        if not image.save(str(pngs[size])):
            raise SystemExit(f"make_icons: cannot write {pngs[size]}")
    return pngs


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(out)
    from PIL import Image

    largest = Image.open(pngs[max(SIZES)])
    largest.save(out / "perceptron-gui.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    largest.save(out / "perceptron-gui.icns")
    print(f"make_icons: {len(pngs)} PNG sizes, .ico and .icns in {out}")


if __name__ == "__main__":
    main()

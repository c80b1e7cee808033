"""The application's own set-up: its icon."""

from __future__ import annotations

from perceptron_gui.ui.app import app_icon


def test_the_window_icon_is_drawn_from_the_svg_at_the_sizes_a_desktop_asks(qapp):
    icon = app_icon()
    assert not icon.isNull()
    for size in (16, 32, 256):
        image = icon.pixmap(size).toImage()
        assert (image.width(), image.height()) == (size, size)
        corner, middle = image.pixelColor(0, 0), image.pixelColor(size // 2, size // 2)
        assert corner.alpha() == 0 and middle.alpha() == 255  # a rounded square, transparent around

"""Formulas on screen: typeset at the text's size, and after a window's first paint."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from perceptron_gui.ui.formulas import FormulaBrowser, defer_typesetting, start_typesetting


def image(browser: FormulaBrowser) -> QImage:
    browser.document().size()  # laid out: its images asked for
    return browser.document().resource(QTextDocument.ResourceType.ImageResource.value, QUrl("formula:0"))


def test_formulas_wait_for_the_typesetter_and_are_drawn_once_it_is_loaded(qtbot):
    browser = FormulaBrowser("test", fit_height=True)
    qtbot.addWidget(browser)
    defer_typesetting()
    try:
        browser.show_markdown(r"Loss: $$E = \frac{1}{2}(\hat{y} - y)^2$$")
        assert image(browser).isNull()  # the first frame does without it
        start_typesetting()
        assert not image(browser).isNull() and image(browser).height() > 20
    finally:
        start_typesetting(load=False)


def test_the_same_text_is_not_typeset_again(qtbot):
    browser = FormulaBrowser("test")
    qtbot.addWidget(browser)
    browser.show_markdown(r"$$\val{E}$$", {"E": 0.5})
    document = browser.document()
    browser.show_markdown(r"$$\val{E}$$", {"E": 0.5})
    assert browser.document() is document and browser.formulas == ["0.500"]
    browser.show_markdown(r"$$\val{E}$$", {"E": 0.25})
    assert browser.formulas == ["0.250"]


"""The interface's languages: English (the source texts) and Vietnamese, switched while running.

Translations are Qt Linguist files in resources/i18n/, each a source `.ts` and the compiled `.qm`
the program loads (committed, built by `pyside6-lrelease`; see the README):
- `perceptron_gui_vi` holds the app's own texts, regenerated from the code by `pyside6-lupdate`;
- `qtbase_vi` holds the texts Qt itself draws (file dialogs, standard buttons, context menus), kept
  by hand in a file of its own, since lupdate `-no-obsolete` on the app's code would drop Qt's
  contexts. Qt ships no Vietnamese.
Installing or removing a translator makes Qt send a LanguageChange event to every widget; each
widget class that shows text re-sets it then, in `retranslate()` (the `Retranslating` mixin).
"""

from __future__ import annotations

import string
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTranslator

from perceptron_gui.core.resources import resources_dir

LANGUAGES = {"en": "English", "vi": "Tiếng Việt"}
SOURCE_LANGUAGE = "en"
CATALOGUES = ("qtbase", "perceptron_gui")  # Qt's own texts, then the app's: one translator each
_installed: list[QTranslator] = []
_current = [SOURCE_LANGUAGE]  # the language on show (a list: set from set_language)


def translation_files(language: str) -> list[Path]:
    return [resources_dir() / "i18n" / f"{catalogue}_{language}.qm" for catalogue in CATALOGUES]


def system_language() -> str:
    """Vietnamese on a Vietnamese system, English everywhere else."""
    return "vi" if QLocale.system().language() == QLocale.Language.Vietnamese else SOURCE_LANGUAGE


def set_language(language: str) -> None:
    """Show the interface in `language` (a key of LANGUAGES) from now on; every widget retranslates."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
    app = QCoreApplication.instance()
    while _installed:
        app.removeTranslator(_installed.pop())
    _current[0] = SOURCE_LANGUAGE
    # A native file dialog speaks the system's language: in any other, Qt's own dialog, translated.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs,
                                  language != system_language())
    if language == SOURCE_LANGUAGE:
        return
    translators = []
    for path in translation_files(language):
        translator = QTranslator(app)
        if not translator.load(str(path)):
            raise FileNotFoundError(f"no translation file at {path}")
        translators.append(translator)
    _current[0] = language  # before installing: the LanguageChange it sends formats numbers already
    for translator in translators:
        app.installTranslator(translator)
        _installed.append(translator)


def current_language() -> str:
    return _current[0]


GROUP_SEPARATORS = {"en": ",", "vi": "\u00a0"}


class _LanguageNumbers(string.Formatter):
    def format_field(self, value: object, format_spec: str) -> str:
        text = super().format_field(value, format_spec)
        return text.replace(",", GROUP_SEPARATORS[current_language()]) if "," in format_spec else text


_numbers = _LanguageNumbers()


def groups_thousands() -> bool:
    """Whether a spin box may group thousands: its locale would group them with a comma, which
    Vietnamese reads as a decimal mark, so not in Vietnamese."""
    return GROUP_SEPARATORS[current_language()] == ","


def fmt(template: str, *args: object) -> str:
    """`template.format(*args)`, except that thousands (the "," of a format like {0:,}) are grouped
    as the language does. Vietnamese writes 2 000: its decimal mark is the comma, so 2,000 would
    read as two, while the program writes decimals with a point, as the lecture's Python does."""
    return _numbers.format(template, *args)


class Retranslating:
    """A mixin for widgets (put it before the Qt class): `retranslate()` sets every text the widget
    shows, once from __init__ and again whenever the language changes."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]

"""The interface's languages: English (the source texts) and Vietnamese, switched while running.

Translations are Qt Linguist files in resources/i18n/: `perceptron_gui_vi.ts` is the source,
regenerated from the code by `pyside6-lupdate` (see the README), and `perceptron_gui_vi.qm` the
compiled file the program loads (committed, built by `pyside6-lrelease`). Installing or removing a
translator makes Qt send a LanguageChange event to every widget; each widget class that shows
text re-sets it then, in `retranslate()` (the `Retranslating` mixin).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

LANGUAGES = {"en": "English", "vi": "Tiếng Việt"}
SOURCE_LANGUAGE = "en"
_installed: list[QTranslator] = []


def resources_dir() -> Path:
    """resources/ inside the installed package (a wheel), or beside it (a source checkout)."""
    package = Path(__file__).resolve().parents[1]
    inside = package / "resources"
    return inside if inside.is_dir() else package.parent / "resources"


def translation_file(language: str) -> Path:
    return resources_dir() / "i18n" / f"perceptron_gui_{language}.qm"


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
    if language == SOURCE_LANGUAGE:
        return
    translator = QTranslator(app)
    if not translator.load(str(translation_file(language))):
        raise FileNotFoundError(f"no translation file at {translation_file(language)}")
    app.installTranslator(translator)
    _installed.append(translator)


def current_language() -> str:
    return next((code for code in LANGUAGES if code != SOURCE_LANGUAGE and _installed), SOURCE_LANGUAGE)


class Retranslating:
    """A mixin for widgets (put it before the Qt class): `retranslate()` sets every text the widget
    shows, once from __init__ and again whenever the language changes."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]

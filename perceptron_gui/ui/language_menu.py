"""Language in the menu bar: each language named in its own words, switched at once (no restart)
and remembered for the next launch."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Slot
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from perceptron_gui.ui.i18n import LANGUAGES, current_language, set_language


class LanguageMenu(QObject):
    def __init__(self, menu: QMenu, settings: QSettings) -> None:
        super().__init__(menu)
        self.settings = settings
        self.actions = QActionGroup(self)
        for code, name in LANGUAGES.items():  # each language in its own words: not translated
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.setData(code)
            self.actions.addAction(action)
        self.actions.triggered.connect(lambda action: self.choose(action.data()))

    @Slot(str)
    def choose(self, language: str) -> None:
        """Switch the interface to `language` now, and next time."""
        set_language(language)
        self.settings.setValue("language", language)
        for action in self.actions.actions():
            action.setChecked(action.data() == language)

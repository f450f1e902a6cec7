"""Settings > Language: System / English / Deutsch, saved in this desk's settings;
the choice takes effect when Ringcard starts again (the screen is built once)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from app.config import LocalSettings
from app.i18n import translate
from app.views import errors, language

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {language.ENGLISH: "English", language.GERMAN: "Deutsch"}
"""Each language in its own words (never translated: a reader finds their own)."""


class LanguageMenu(QObject):
    """The submenu and its three choices; ``chosen`` says which was saved."""

    chosen = Signal(str)
    """A new language was saved (``""`` = the system's); it shows after a restart."""

    def __init__(self, parent_menu: QMenu, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.menu = parent_menu.addMenu(translate("LanguageMenu", "&Language"))
        self.menu.setObjectName("languageMenu")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        items = [(language.SYSTEM, translate("LanguageMenu", "&System language"))]
        items += [(code, LANGUAGE_NAMES[code]) for code in language.SHIPPED]
        for code, text in items:
            action = QAction(text, self.group)
            action.setCheckable(True)
            action.setData(code)
            self.menu.addAction(action)
            self.actions[code] = action
        saved = LocalSettings.load().language
        self.actions.get(saved, self.actions[language.SYSTEM]).setChecked(True)
        self.group.triggered.connect(self._choose)

    def _choose(self, action: QAction) -> None:
        code = str(action.data())
        settings = LocalSettings.load()
        if settings.language == code:
            return
        previous = self.actions.get(settings.language, self.actions[language.SYSTEM])
        settings.language = code
        try:
            settings.save()
        except OSError as exc:
            log.warning("could not save the language setting: %s", exc)
            errors.inform(self._window, translate("LanguageMenu", "Language"),
                          translate("LanguageMenu", "The language could not be saved: {error}")
                          .format(error=exc))
            previous.setChecked(True)
            return
        self.chosen.emit(code)
        if errors.DIALOGS_ENABLED:
            QMessageBox.information(
                self._window, translate("LanguageMenu", "Language"),
                translate("LanguageMenu", "Ringcard shows the new language when it starts again."))

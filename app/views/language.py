"""The language of the screen: chosen from this desk's setting or the system locale,
loaded as Qt translators, and the locale dates and numbers follow.

    language.install(app, LocalSettings.load().language)

``""`` follows the system locale (German when the system's languages list German
before English, English otherwise); ``"en"`` or ``"de"`` force one. German loads
Ringcard's own catalogue (``resources/translations/ringcard_de.qm``, made by
``make translations``) and Qt's (``qtbase_de.qm``: the standard buttons and
dialogs), and routes ``app.i18n.translate`` through Qt's translator.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import i18n
from app.views import resources

log = logging.getLogger(__name__)

SYSTEM = ""
ENGLISH = "en"
GERMAN = "de"
SHIPPED = (ENGLISH, GERMAN)
"""The languages Ringcard speaks (English is the source text)."""

CATALOGUE = "ringcard"
QT_CATALOGUES = ("qtbase",)


@dataclass(frozen=True)
class Loaded:
    """What ``install`` did: the language in use, the locale set as default, and the
    catalogues that loaded (file names), for the log and the tests."""

    language: str
    locale_name: str
    catalogues: tuple[str, ...]


_installed: list[QTranslator] = []  # kept alive while installed


def chosen_language(setting: str, system: QLocale | None = None) -> str:
    """The language to show: ``setting`` when it is one Ringcard speaks, else the
    first of the system's UI languages that it speaks, else English."""
    if setting in SHIPPED:
        return setting
    if setting:
        log.warning("unknown language setting %r; following the system locale", setting)
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SHIPPED:
            return code
    return ENGLISH


def default_locale(language: str, system: QLocale | None = None) -> QLocale:
    """The locale dates and numbers follow: the system's when it speaks ``language``
    (a C locale counts as English: it names no country and gets ISO dates),
    else ``language`` as written in the system's country (German: Germany)."""
    system = system or QLocale.system()
    if language == GERMAN:
        if system.language() == QLocale.Language.German:
            return system
        return QLocale(QLocale.Language.German, QLocale.Country.Germany)
    if system.language() in (QLocale.Language.English, QLocale.Language.C):
        return system
    return QLocale(QLocale.Language.English, system.territory())


def catalogue_path(language: str) -> Path:
    return resources.resource_path("translations") / f"{CATALOGUE}_{language}.qm"


def install(app: QCoreApplication, setting: str, system: QLocale | None = None) -> Loaded:
    """Load the language ``setting`` asks for (see ``chosen_language``); replaces what
    an earlier call installed. A catalogue that is missing is logged, never fatal:
    the screen is then English where it has no translation."""
    system = system or QLocale.system()
    language = chosen_language(setting, system)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    loaded: list[str] = []
    if language != ENGLISH:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        wanted = [catalogue_path(language)]
        wanted += [Path(qt_folder) / f"{name}_{language}.qm" for name in QT_CATALOGUES]
        for path in wanted:
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
                _installed.append(translator)
                loaded.append(path.name)
            else:
                log.warning("translation catalogue %s not found or unreadable", path)
    locale = default_locale(language, system)
    QLocale.setDefault(locale)
    i18n.install(_qt_translate)
    log.info("language %s (locale %s; catalogues: %s)", language, locale.name(),
             ", ".join(loaded) or "none")
    return Loaded(language, locale.name(), tuple(loaded))


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    shown = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and shown == QCoreApplication.translate("", text, disambiguation, n):
        return i18n.english(text, n)  # no translation: English, its plural written out
    return shown

"""Countries and currencies for the wizard: the phone numbering plans' regions
(country_names.py, translated like every other string) and Qt's locale data
(currencies)."""

from __future__ import annotations

import functools
import os

from PySide6.QtCore import QCollator, QLocale

from app.i18n import translate
from app.services.office.first_run import region_of_locale
from app.views.first_run.country_names import NAMES


def countries() -> list[tuple[str, str]]:
    """(code, name) of every region the numbering plans know, named in the screen's
    language (through the catalogue, context "Countries": German shows "Vereinigtes
    Königreich", not "United Kingdom") and sorted as that language sorts."""
    return named_countries(QLocale().name())


@functools.lru_cache(maxsize=4)
def named_countries(locale_name: str) -> list[tuple[str, str]]:
    """``countries()`` for the screen's locale (the key: the language and the locale
    are installed together at start, app.views.language)."""
    found = [(code, translate("Countries", english)) for code, english in NAMES.items()]
    collator = QCollator(QLocale(locale_name))

    def by_name(a: tuple[str, str], b: tuple[str, str]) -> int:
        return collator.compare(a[1], b[1])

    return sorted(found, key=functools.cmp_to_key(by_name))


def system_region() -> str | None:
    """The country of the system locale (LC_ALL, LC_MESSAGES, LANG, then Qt's
    system locale); None when it names none (C, POSIX): the user picks."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:  # the first one set decides, as for every other program
            return region_of_locale(value)
    system = QLocale.system()
    if system.territory() == QLocale.Country.AnyTerritory:
        return None
    return region_of_locale(system.name())


@functools.lru_cache(maxsize=300)
def currency_of(region: str) -> str:
    """The currency of ``region`` ("GB" -> "GBP", "DE" -> "EUR", "NO" -> "NOK"); ""
    when Qt knows none."""
    territory = QLocale.codeToTerritory(region)
    if territory == QLocale.Country.AnyTerritory:
        return ""
    for locale in QLocale.matchingLocales(QLocale.Language.AnyLanguage,
                                          QLocale.Script.AnyScript, territory):
        code = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
        if code:
            return str(code)
    return ""


@functools.lru_cache(maxsize=1)
def currencies() -> list[str]:
    """Every currency code of the regions, sorted."""
    return sorted({c for c in (currency_of(code) for code, _ in countries()) if c})

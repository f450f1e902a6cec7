"""Countries and currencies for the wizard, from Qt's locale data (names in
English as Qt knows them, codes from the phone numbering plans)."""

from __future__ import annotations

import functools
import os

import phonenumbers
from PySide6.QtCore import QLocale

from app.services.office.first_run import region_of_locale


@functools.lru_cache(maxsize=1)
def countries() -> list[tuple[str, str]]:
    """(code, name) of every region the numbering plans know, by name."""
    found: list[tuple[str, str]] = []
    for code in phonenumbers.SUPPORTED_REGIONS:
        territory = QLocale.codeToTerritory(code)
        name = QLocale.territoryToString(territory) if territory != QLocale.Country.AnyTerritory \
            else ""
        found.append((code, name or code))
    return sorted(found, key=lambda pair: pair[1].casefold())


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

"""Countries and currencies for the wizard, from Qt's locale data and the phone
numbering plans (codes; country names in the screen's language)."""

from __future__ import annotations

import functools
import os

import phonenumbers
from PySide6.QtCore import QCollator, QLocale

from app.services.office.first_run import region_of_locale


def countries() -> list[tuple[str, str]]:
    """(code, name) of every region the numbering plans know, named in the screen's
    language (the default locale: German shows "Vereinigtes Königreich", not "United
    Kingdom") and sorted as that language sorts."""
    return named_countries(QLocale().name().split("_")[0])


@functools.lru_cache(maxsize=4)
def named_countries(language: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for code in phonenumbers.SUPPORTED_REGIONS:
        territory = QLocale.codeToTerritory(code)
        english = QLocale.territoryToString(territory) \
            if territory != QLocale.Country.AnyTerritory else ""
        found.append((code, local_name(code, language) or english or code))
    collator = QCollator(QLocale(language))

    def by_name(a: tuple[str, str], b: tuple[str, str]) -> int:
        return collator.compare(a[1], b[1])

    return sorted(found, key=functools.cmp_to_key(by_name))


def local_name(code: str, language: str) -> str:
    """The country's name in ``language`` from the numbering plans' geocoding data
    ("" for English, which Qt names, or where the data has none)."""
    if language in ("en", "C", ""):
        return ""
    from phonenumbers import geocoder

    example = phonenumbers.example_number(code)
    return geocoder.country_name_for_number(example, language) if example is not None else ""


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

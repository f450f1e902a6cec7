"""The wizard's country list speaks the screen's language: a German desk finds
"Vereinigtes Königreich", sorted as German sorts (Österreich among the O's)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from app.views.first_run import countries


@pytest.fixture
def german_default() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def test_a_german_screen_names_the_countries_in_german(german_default: None) -> None:
    named = dict(countries.countries())
    assert named["GB"] == "Vereinigtes Königreich"
    assert named["AT"] == "Österreich"
    names = [name for _code, name in countries.countries()]
    assert names.index("Norwegen") < names.index("Österreich") < names.index("Pakistan")


def test_english_keeps_qt_s_names() -> None:
    named = dict(countries.named_countries("en"))
    assert named["GB"] == "United Kingdom"
    assert len(named) == len(countries.named_countries("de"))  # none lost without a name

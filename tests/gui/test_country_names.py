"""The wizard's country list speaks the screen's language: a German desk finds
"Vereinigtes Königreich", sorted as German sorts (Österreich among the O's), from
the German catalogue like every other string (names from libphonenumber's locale
table, written by tools/country_names.py); English keeps the English names."""

from __future__ import annotations

from app.views.first_run import countries


def test_a_german_screen_names_the_countries_in_german(in_german: object) -> None:
    named = dict(countries.countries())
    assert named["GB"] == "Vereinigtes Königreich"
    assert named["AT"] == "Österreich"
    assert named["DE"] == "Deutschland"
    names = [name for _code, name in countries.countries()]
    assert names.index("Norwegen") < names.index("Österreich") < names.index("Pakistan")


def test_english_names_every_region() -> None:
    named = dict(countries.countries())
    assert named["GB"] == "United Kingdom"
    assert named["AC"] == "Ascension Island"  # not in the table: Qt's name
    assert all(name != code for code, name in named.items())  # none left as a bare code

"""The command line's paper cuts (issue 13): a search that finds nobody says so,
counts that make no sense are refused before anything runs, and counts read as
English ("1 company", not "1 companies")."""

from __future__ import annotations

import pytest

from app.cli import main
from app.cli.common import plural
from app.db import Database
from app.services.dto import ContactInput
from tests.actors import acting


@pytest.fixture
def url(tmp_path) -> str:  # type: ignore[no-untyped-def]
    return f"sqlite:///{tmp_path / 'cli.db'}"


def test_a_search_without_hits_says_so(url, capsys) -> None:  # type: ignore[no-untyped-def]
    from app.services.contacts import core as contacts

    ctx = acting(Database(url), "x")
    contacts.create(ctx, ContactInput(kind="person", first_name="Anna", last_name="Smith"))
    assert main(["--database-url", url, "--user", "x", "search", "zzyzx"]) == 0
    assert capsys.readouterr().out.strip() == "no contact matches “zzyzx”"
    assert main(["--database-url", url, "--user", "x", "search", "smith", "--type", "customer"]) == 0
    assert "no contact matches “smith” with these filters" in capsys.readouterr().out
    assert main(["--database-url", url, "--user", "x", "search", "smith"]) == 0
    assert "Anna Smith" in capsys.readouterr().out


@pytest.mark.parametrize("argv, message", [
    (["search", "smith", "--limit", "-5"], "-5 is too small: give 1 or more"),
    (["search", "smith", "--limit", "0"], "0 is too small: give 1 or more"),
    (["search", "smith", "--limit", "ten"], "“ten” is not a whole number"),
    (["demo-data", "--activities", "-1"], "-1 is too small: give 0 or more"),
    (["demo-data", "--contacts", "-100"], "-100 is too small: give 0 or more"),
    (["calls", "list", "--limit", "-1"], "-1 is too small: give 1 or more"),
    (["alerts", "run", "--limit", "-3"], "-3 is too small: give 1 or more"),
])
def test_nonsense_counts_are_refused_before_anything_runs(url, capsys, argv, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as done:
        main(["--database-url", url, *argv])
    assert done.value.code == 2
    assert message in capsys.readouterr().err


def test_counts_read_as_english(url, capsys) -> None:  # type: ignore[no-untyped-def]
    assert plural(1, "company", "companies") == "1 company"
    assert plural(1250, "person", "people") == "1,250 people"
    assert plural(0, "activity", "activities") == "0 activities"
    acting(Database(url), "x")
    assert main(["--database-url", url, "--user", "x", "demo-data", "--contacts", "10", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "created 9 people and 1 company in" in out

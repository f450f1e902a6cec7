"""`ringcard alerts run`, in-process against a real SQLite file."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from app.cli import main
from app.db import Database
from app.services.office import users
from tests.actors import acting
from tests.unit.test_alerts import DAY, alert_tasks, contact, only


@pytest.fixture
def office(tmp_path):  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    db = Database(url)
    ctx = acting(db, "alice")
    users.current(ctx)
    users.add_user(ctx, "bob")
    only(ctx, "service_renewal", "lead_inactivity")
    contact(ctx, "Ann", "Archer", contact_type="customer", subscription_end=DAY)
    contact(ctx, "Lou", "Lead", rep=None, contact_type="lead", created=DAY - timedelta(days=40))
    contact(ctx, "Les", "Lead", contact_type="lead", created=DAY - timedelta(days=40))
    yield url, ctx
    db.dispose()


def test_dry_run_then_run_then_nothing_left(office, capsys) -> None:  # type: ignore[no-untyped-def]
    url, ctx = office
    base = ["--database-url", url, "--user", "alice", "alerts", "run", "--as-of", DAY.isoformat()]
    assert main([*base, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Alerts as of 2026-03-10: 2 would fire (dry run: nothing written)")
    assert "Service Renewal" in out and "Ann Archer" in out and "-> bob" in out
    assert "Win-Back: turned off" in out  # the notes
    assert alert_tasks(ctx) == []

    assert main(base) == 0
    out = capsys.readouterr().out
    assert out.startswith("Alerts as of 2026-03-10: 2 fired")
    assert "New Customer: Lead inactivity" in out and "Les Lead" in out
    assert len(alert_tasks(ctx)) == 2

    assert main([*base, "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["total"] == 0 and again["as_of"] == "2026-03-10" and not again["dry_run"]
    assert set(again["counts"]) == {"service_renewal", "potential_inactivity", "lead_inactivity",
                                    "win_back", "retention"}


def test_json_lists_each_alert_and_a_bad_date_is_refused(office, capsys) -> None:  # type: ignore[no-untyped-def]
    url, _ctx = office
    base = ["--database-url", url, "--user", "bob", "alerts", "run"]
    assert main([*base, "--as-of", DAY.isoformat(), "--dry-run", "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["counts"]["service_renewal"] == 1 and got["counts"]["lead_inactivity"] == 1
    assert [(a["rule"], a["contact_name"], a["owner"]) for a in got["fired"]] == [
        ("service_renewal", "Ann Archer", "bob"), ("lead_inactivity", "Les Lead", "bob")]
    with pytest.raises(SystemExit) as refused:
        main([*base, "--as-of", "31/12/2026"])
    assert refused.value.code == 2
    assert "is not a date like 2026-12-31" in capsys.readouterr().err

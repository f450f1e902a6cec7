"""`ringcard export`, run in-process against each test database: exports that import
back into an empty database as the same people, the list filters, activity
filters, iCalendar without others' private appointments, and clear refusals."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from sqlalchemy import select

from app.cli import main
from app.db import Database
from app.models import Activity, Contact, ContactEmail, ContactPhone
from app.services.activities import edit as activity_edit
from app.services.activities import todos
from app.services.activities.edit import ActivityForm
from app.services.dto import ContactInput, EmailInput, PhoneInput
from tests.conftest import new_pg_database
from tests.unit.helpers import company, person, set_region


@pytest.fixture(autouse=True)
def _gb(ctx):  # type: ignore[no-untyped-def]
    set_region(ctx)


@pytest.fixture
def empty_url(ctx, request, tmp_path) -> str:  # type: ignore[no-untyped-def]
    """A second, empty database of the same kind as ``ctx``'s."""
    if ctx.db.dialect == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.db'}"
    return new_pg_database(request.getfixturevalue("pg_base_url"))


def cli(url: str, *args: str, user: str = "alice") -> int:
    return main(["--database-url", url, "--user", user, *map(str, args)])


def people(url: str) -> dict[tuple[str, str], tuple[set[str], set[str]]]:
    """(first, last) -> (phones as E.164, e-mail addresses) of every person stored at ``url``."""
    db = Database(url, migrate=False)
    try:
        with db.session(write=False) as s:
            out = {}
            for c in s.scalars(select(Contact).where(Contact.kind == "person")):
                numbers = set(s.scalars(select(ContactPhone.e164)
                                        .where(ContactPhone.contact_id == c.id)))
                mails = set(s.scalars(select(ContactEmail.address)
                                      .where(ContactEmail.contact_id == c.id)))
                out[(c.first_name, c.last_name)] = (numbers, mails)
            return out
    finally:
        db.dispose()


@pytest.fixture
def staff(ctx):  # type: ignore[no-untyped-def]
    """Three people (one with a formula-looking name) and a company."""
    from app.services.contacts import core as contacts

    contacts.create(ctx, ContactInput(
        kind="person", first_name="Zoë", last_name="Ångström", contact_type="customer",
        phones=[PhoneInput("020 7946 0958"), PhoneInput("07700 900123", "mobile"),
                PhoneInput("+49 30 901820")],
        emails=[EmailInput("zoe@example.com"), EmailInput("z@example.org", "home")]))
    person(ctx, "Ann", "Lee", phone="0161 496 0000", email="ann@example.com")
    person(ctx, "=1+2", "@Sum", phone="0113 496 0000", email="sum@example.com")
    company(ctx, "Acme Ltd", contact_type="customer")


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_contacts_export_imports_back_as_the_same_people(ctx, staff, empty_url, tmp_path, fmt,
                                                         capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / f"contacts.{fmt}"
    assert cli(ctx.db.url, "export", "contacts", "--format", fmt, "-o", out) == 0
    captured = capsys.readouterr()
    assert f"wrote 3 rows to {out}" in captured.out
    assert "3/3" in captured.err  # the progress bar

    assert cli(empty_url, "import", out, "--as", "customer", "--quiet") == 0
    assert "created 3" in capsys.readouterr().out
    stored = people(ctx.db.url)
    assert people(empty_url) == stored
    assert stored[("Zoë", "Ångström")] == ({"+442079460958", "+447700900123", "+4930901820"},
                                           {"zoe@example.com", "z@example.org"})
    assert ("=1+2", "@Sum") in stored  # the escaping quote is taken off again


def test_formula_looking_names_are_escaped_in_the_csv(ctx, staff, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "c.csv"
    assert cli(ctx.db.url, "export", "contacts", "--format", "csv", "-o", out, "--quiet") == 0
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    sums = [r for r in rows if r["E-mail"] == "sum@example.com"]
    assert [(r["First name"], r["Last name"]) for r in sums] == [("'=1+2", "'@Sum")]
    assert capsys.readouterr().err == ""  # --quiet: no progress bar


def test_vcard_export_imports_back_as_the_same_people(ctx, staff, empty_url, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "contacts.vcf"
    assert cli(ctx.db.url, "export", "contacts", "--format", "vcf", "-o", out,
               "--vcard-version", "4.0") == 0
    assert f"wrote 3 rows to {out}" in capsys.readouterr().out
    assert out.read_text(encoding="utf-8").count("BEGIN:VCARD") == 3

    assert cli(empty_url, "import", out, "--as", "lead", "--quiet") == 0
    assert people(empty_url) == people(ctx.db.url)


def test_list_filters_and_companies(ctx, staff, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert cli(ctx.db.url, "export", "contacts", "--format", "csv", "-o", tmp_path / "c.csv",
               "--type", "customer", "--quiet") == 0
    with open(tmp_path / "c.csv", encoding="utf-8-sig", newline="") as f:
        assert [r["First name"] for r in csv.DictReader(f)] == ["Zoë"]
    assert cli(ctx.db.url, "export", "companies", "--format", "xlsx", "-o", tmp_path / "co.xlsx",
               "--quiet") == 0
    wb = load_workbook(tmp_path / "co.xlsx", read_only=True)
    assert [r[0] for r in wb.active.iter_rows(values_only=True)] == ["Company", "Acme Ltd"]
    wb.close()
    assert cli(ctx.db.url, "export", "contacts", "--format", "csv", "-o", tmp_path / "d.csv",
               "--sort", "name", "--descending", "--quiet") == 0
    with open(tmp_path / "d.csv", encoding="utf-8-sig", newline="") as f:
        assert [r["Last name"] for r in csv.DictReader(f)] == ["'@Sum", "Lee", "Ångström"]
    assert "wrote 3 rows" in capsys.readouterr().out


@pytest.mark.parametrize(("args", "message"), [
    (["contacts", "--format", "ics"], "contacts cannot be exported as “ics”; choose csv, xlsx "
                                      "or vcf (iCalendar (ics) holds appointments and meetings"),
    (["activities", "--format", "vcf"], "activities cannot be exported as “vcf”; choose csv, "
                                        "xlsx or ics (vCard (vcf) holds contacts and companies)"),
    (["contacts", "--format", "pdf"], "contacts cannot be exported as “pdf”"),
    (["contacts", "--format", "csv", "--rep", "nobody"], "no user named “nobody”"),
    (["contacts", "--format", "csv", "--status", "Sleeping"], "no status named “Sleeping”"),
    (["contacts", "--format", "csv", "--sort", "shoe_size"], "cannot sort by “shoe_size”"),
    (["activities", "--format", "csv", "--kind", "telegram"], "no activity kind “telegram”"),
    (["activities", "--format", "ics", "--kind", "call"], "holds appointments and meetings only"),
    (["activities", "--format", "csv", "--owner", "nobody"], "no user named “nobody”"),
])
def test_bad_combinations_and_names_exit_2_and_write_nothing(ctx, tmp_path, capsys, args,
                                                             message) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out.file"
    assert cli(ctx.db.url, "export", *args, "-o", out) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_an_export_that_fails_part_way_leaves_no_file(ctx, staff, tmp_path, capsys,
                                                      monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.services.importing import export as export_files

    assert cli(ctx.db.url, "export", "contacts", "--format", "csv", "-o",
               tmp_path / "no such folder" / "c.csv") == 2
    assert "cannot write" in capsys.readouterr().err

    def broken(*args, **kw):  # type: ignore[no-untyped-def]
        yield ["Ann"]
        raise KeyboardInterrupt  # Ctrl+C in the middle of the rows

    monkeypatch.setattr(export_files, "contact_records", broken)
    out = tmp_path / "c.csv"
    assert cli(ctx.db.url, "export", "contacts", "--format", "csv", "-o", out, "--quiet") == 130
    assert not out.exists()


T0 = datetime(2026, 5, 10, 12, 0, tzinfo=UTC)


@pytest.fixture
def diary(team):  # type: ignore[no-untyped-def]
    """bob's calls, notes and appointments around May 2026, one private; a call by carol."""
    bob, carol = team["bob"], team["carol"]
    ann = person(bob, "Ann", "Lee", email="ann@example.com")
    ben = person(bob, "Ben", "Ray")
    for subject, when, cid in (("April call", T0 - timedelta(days=25), ann),
                               ("May call", T0, ann), ("Ben's May call", T0, ben),
                               ("June call", T0 + timedelta(days=36), ann)):
        activity_edit.create(bob, ActivityForm(kind="call", contact_id=cid, subject=subject,
                                               occurred_at=when))
    activity_edit.create(carol, ActivityForm(kind="call", contact_id=ann, subject="Carol's call",
                                             occurred_at=T0))
    activity_edit.create(bob, ActivityForm(kind="note", contact_id=ann, subject="May note",
                                           body="x", occurred_at=T0))
    for subject, when in (("Demo visit", T0 + timedelta(days=1)), ("Secret visit", T0)):
        todos.send_todo(bob, ActivityForm(kind="meeting_appointment", contact_id=ann,
                                          subject=subject, occurred_at=when,
                                          ends_at=when + timedelta(hours=1)))
    with bob.write() as s:
        s.scalars(select(Activity).where(Activity.subject == "Secret visit")).one().private = True
    return {"ann": ann, "ben": ben}


def subjects(path: Path) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return [r["Subject"] for r in csv.DictReader(f)]


def test_activities_by_kind_days_owner_and_contact(ctx, diary, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "a.csv"
    base = ["export", "activities", "--format", "csv", "-o", out]
    assert cli(ctx.db.url, *base, "--kind", "call", "--from", "2026-05-01",
               "--to", "2026-05-31") == 0
    assert sorted(subjects(out)) == ["Ben's May call", "Carol's call", "May call"]
    assert "wrote 3 rows" in capsys.readouterr().out
    assert cli(ctx.db.url, *base, "--kind", "call", "--kind", "note", "--owner", "bob",
               "--contact", diary["ann"], "--to", "2026-05-10", "--quiet") == 0
    assert sorted(subjects(out)) == ["April call", "May call", "May note"]
    assert cli(ctx.db.url, *base, "--from", "2026-06-01", "--quiet") == 0
    assert subjects(out) == ["June call"]
    # alice (a manager) never gets bob's private appointment; bob does
    assert cli(ctx.db.url, *base, "--kind", "meeting_appointment", "--quiet") == 0
    assert subjects(out) == ["Demo visit"]
    assert cli(ctx.db.url, *base, "--kind", "meeting_appointment", "--quiet", user="bob") == 0
    assert sorted(subjects(out)) == ["Demo visit", "Secret visit"]


def test_ics_holds_the_appointments_without_other_users_private_ones(ctx, diary, tmp_path,
                                                                    capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "diary.ics"
    assert cli(ctx.db.url, "export", "activities", "--format", "ics", "-o", out,
               "--from", "2026-05-01") == 0
    captured = capsys.readouterr()
    assert f"wrote 1 rows to {out}" in captured.out and "1/1" in captured.err
    cal = Calendar.from_ical(out.read_bytes())
    (event,) = cal.walk("VEVENT")
    assert str(event["summary"]) == "Demo visit"
    assert event.decoded("dtstart") == T0 + timedelta(days=1)
    assert [str(a) for a in [event["attendee"]]] == ["mailto:ann@example.com"]

    assert cli(ctx.db.url, "export", "activities", "--format", "ics", "-o", out, "--quiet",
               user="bob") == 0
    cal = Calendar.from_ical(out.read_bytes())
    assert sorted(str(e["summary"]) for e in cal.walk("VEVENT")) == ["Demo visit", "Secret visit"]


def test_activity_filters_match_the_history_tab_types_and_company(team, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """What the card's Activity History export passes: office types or-ed with kinds,
    and a company's activities including those recorded on its people."""
    from app.services.activities import types as activity_types
    from app.services.importing import export as ex

    alice, bob = team["alice"], team["bob"]
    firm = company(bob, "Hope Works")
    ann = person(bob, "Ann", "Lee")
    cold = activity_types.add_type(alice, "Cold call", "call")
    for subject, kind, type_id, cid, company_id in (
            ("Plain call", "call", None, firm, None), ("Cold call to Hope", "call", cold, firm, None),
            ("Note on Hope", "note", None, firm, None),
            ("Ann at Hope", "call", cold, ann, firm), ("Ann alone", "note", None, ann, None)):
        activity_edit.create(bob, ActivityForm(kind=kind, subject=subject, body="x", type_id=type_id,
                                               contact_id=cid, company_id=company_id,
                                               occurred_at=T0))

    def export(**kw) -> list[str]:  # type: ignore[no-untyped-def]
        filters = ex.ActivityFilters(contact_id=firm, **kw)
        written = ex.export_activities(bob, tmp_path / "h.csv", "csv", filters=filters).rows
        assert written == ex.count_activities(bob, filters)
        return sorted(subjects(tmp_path / "h.csv"))

    assert export() == ["Cold call to Hope", "Note on Hope", "Plain call"]
    assert export(company_too=True) == ["Ann at Hope", "Cold call to Hope", "Note on Hope",
                                        "Plain call"]
    assert export(type_ids=(cold,)) == ["Cold call to Hope"]
    assert export(type_ids=(cold,), kinds=("note",), company_too=True) == [
        "Ann at Hope", "Cold call to Hope", "Note on Hope"]

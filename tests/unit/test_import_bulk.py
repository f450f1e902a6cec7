"""The importer's bulk path writes what the contact service writes; per-row duplicate
choices; duplicates across batch boundaries; the report file; vCard files as a source;
size and encoding limits; saved mappings."""

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry, Contact, ContactAddress, ContactEmail, ContactPhone, ContactWebsite
from app.services.contacts import core as contacts
from app.services.dto import AddressInput, ContactInput, EmailInput, PhoneInput
from app.services.importing import bulk as import_bulk
from app.services.importing import contacts as import_contacts
from app.services.importing import mappings as import_mappings
from app.services.importing.contacts import run_import, write_report
from app.services.importing.read import (
    MAX_FILE_BYTES,
    ImportFileError,
    count_rows,
    guess_mapping,
    open_source,
)
from app.services.office import settings as office_settings
from app.services.validation import ValidationError
from tests.unit.helpers import set_region

VCARD_DATA = Path(__file__).parent.parent / "data" / "vcard"
HEADER = ["First name", "Last name", "Company", "E-mail", "Mobile phone", "Country"]
MAPPING = guess_mapping(HEADER)


@pytest.fixture(autouse=True)
def _gb(ctx):  # type: ignore[no-untyped-def]
    set_region(ctx)


def write_csv(tmp_path: Path, rows: list[list[str]], header: list[str] = HEADER,
              name: str = "in.csv") -> Path:
    f = tmp_path / name
    with f.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([header, *rows])
    return f


def _stored(ctx, contact_id: int) -> dict:  # type: ignore[no-untyped-def]
    """Everything stored for a contact, without ids and times."""
    with ctx.read() as s:
        c = s.get(Contact, contact_id)
        assert c is not None
        row = {k: getattr(c, k) for k in ("kind", "contact_type", "account_kind", "first_name",
                                          "last_name", "company_name", "title", "sort_name",
                                          "name_key", "completeness", "active", "version",
                                          "call_contact")}
        row["customer_number"] = bool(c.customer_number)
        row["phones"] = [(p.kind, p.raw, p.e164, p.digits_rev, p.search_digits, p.extension,
                          p.position) for p in s.scalars(select(ContactPhone).where(
                              ContactPhone.contact_id == contact_id).order_by(ContactPhone.id))]
        row["emails"] = [(e.kind, e.address, e.position) for e in s.scalars(
            select(ContactEmail).where(ContactEmail.contact_id == contact_id).order_by(ContactEmail.id))]
        row["websites"] = [(w.url, w.position) for w in s.scalars(
            select(ContactWebsite).where(ContactWebsite.contact_id == contact_id))]
        row["addresses"] = [(a.kind, a.street, a.postcode, a.city, a.country, a.position)
                            for a in s.scalars(select(ContactAddress).where(
                                ContactAddress.contact_id == contact_id))]
        row["audit"] = sorted((a.action, a.entity, a.field, a.old, a.new) for a in s.scalars(
            select(AuditEntry).where(AuditEntry.contact_id == contact_id)))
    return row


@pytest.mark.parametrize("contact_type, kind", [("lead", "person"), ("customer", "company"),
                                                ("account", "person")])
def test_bulk_write_equals_the_contact_service(ctx, contact_type, kind) -> None:  # type: ignore[no-untyped-def]
    data = ContactInput(
        kind=kind, contact_type=contact_type, account_kind="other" if contact_type == "account" else None,
        first_name=" Siân " if kind == "person" else "", last_name="Pritchard" if kind == "person" else "",
        company_name="Pritchard & Daughters Ltd", title="Director",
        phones=[PhoneInput("029 2018 0123", "work"), PhoneInput("07700 900123 ext. 12", "mobile")],
        emails=[EmailInput("Sian@Pritchard.example")], websites=["https://pritchard.example", " "],
        addresses=[AddressInput(street="1 Harbour Row", postcode="CF10 1AA", city="Cardiff",
                                country="GB", kind="business")])
    contacts.create(ctx, data)  # the first customer number creates its counter (an extra update)
    by_service = contacts.create(ctx, data)
    with ctx.write() as s:
        numbers = contacts.validate(data, office_settings.home_region(s))
        [by_bulk] = import_bulk.insert_contacts(s, [import_bulk.NewContact(data, numbers)],
                                                postgres=ctx.db.dialect == "postgresql")
    assert _stored(ctx, by_bulk) == _stored(ctx, by_service)
    assert contacts.get(ctx, by_bulk).phones[1].extension == "12"


def test_imported_contacts_are_found_by_search_and_by_number(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.services.calls import lookup as phone_lookup
    from app.services.contacts import search
    from app.services.contacts.list_rows import Filters

    path = write_csv(tmp_path, [["Ffion", "Quarrington", "Llŷn Slate", "ffion@slate.example",
                                 "07700 900777", "GB"]])
    report = run_import(ctx, path, MAPPING, "lead")
    assert report.committed
    hits = search.search(ctx, "quarring", Filters()).rows
    assert [h.name for h in hits] == ["Ffion Quarrington"]
    assert search.search(ctx, "slate.exam", Filters()).rows[0].name == "Ffion Quarrington"
    with ctx.read() as s:
        assert phone_lookup.lookup(s, "+447700900777").unique == report.contact_ids[0]


def test_duplicates_across_batches_and_within_one(ctx, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(import_contacts, "BATCH", 3)
    rows = [[f"P{i}", "Jones", "", f"p{i}@jones.example", "", ""] for i in range(7)]
    rows.insert(2, ["Again", "Jones", "", "P0@Jones.example", "", ""])  # same batch as row 2
    rows.append(["Later", "Jones", "", "p1@jones.example", "", ""])  # batches later
    path = write_csv(tmp_path, rows)
    report = run_import(ctx, path, MAPPING, "lead")
    assert (report.created, report.skipped_duplicates) == (7, 2)
    assert [(d.row, d.other_row, d.how) for d in report.duplicates] == [(4, 2, "e-mail"),
                                                                       (10, 3, "e-mail")]
    assert all(d.contact_id in report.contact_ids for d in report.duplicates)


def test_per_row_choices_override_the_default(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first = run_import(ctx, write_csv(tmp_path, [["Ann", "Ward", "", "ann@ward.example", "", ""],
                                                 ["Bob", "Ward", "", "bob@ward.example", "", ""]],
                                      name="a.csv"), MAPPING, "lead")
    ann_id, bob_id = first.contact_ids
    path = write_csv(tmp_path, [["Ann", "Ward", "Ward & Co", "ann@ward.example", "07700 900001", ""],
                                ["Bob", "Ward", "", "bob@ward.example", "", ""]], name="b.csv")
    report = run_import(ctx, path, MAPPING, "lead", on_duplicate="skip", choices={2: "update"})
    assert [(d.row, d.action) for d in report.duplicates] == [(2, "updated"), (3, "skipped")]
    ann = contacts.get(ctx, ann_id)
    assert ann.company_name == "Ward & Co" and [p.e164 for p in ann.phones] == ["+447700900001"]
    assert report.contact_ids == (ann_id,) and bob_id not in report.contact_ids
    with pytest.raises(ValidationError) as err:
        run_import(ctx, path, MAPPING, "lead", choices={2: "merge"})
    assert "merge" in err.value.errors["choices"]


def test_update_of_a_row_in_the_same_batch(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path, [["Cai", "Evans", "", "cai@evans.example", "", ""],
                                ["Cai", "Evans", "Evans Farm", "cai@evans.example", "07700 900002", ""]])
    report = run_import(ctx, path, MAPPING, "lead", on_duplicate="update")
    assert (report.created, report.updated) == (1, 1)
    cai = contacts.get(ctx, report.contact_ids[0])
    assert cai.company_name == "Evans Farm" and len(cai.phones) == 1


def test_report_file_lists_problems_and_duplicates(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path, [["Dee", "Hughes", "", "not-an-email", "", ""],
                                ["=cmd", "Hughes", "", "dee@hughes.example", "", ""],
                                ["Dai", "Hughes", "", "dee@hughes.example", "", ""]])
    report = run_import(ctx, path, MAPPING, "lead", dry_run=True)
    out = tmp_path / "report.csv"
    write_report(out, report)
    lines = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert lines[0] == ["Row", "Column", "Problem"]
    assert lines[1][:2] == ["2", "E-mail"] and "e-mail" in lines[1][2].lower()
    assert lines[2] == ["4", "", "Duplicate of row 3 by e-mail: skipped"]


def test_vcard_file_imports_like_a_csv(ctx) -> None:  # type: ignore[no-untyped-def]
    path = VCARD_DATA / "rfc6350_section8.vcf"
    source = open_source(path)
    assert source.kind == "vcard" and count_rows(source) >= 1
    mapping = guess_mapping(source.headers)
    assert len(mapping) == len(source.headers)  # every column maps by itself
    report = run_import(ctx, path, mapping, "potential")
    assert report.committed and report.created == count_rows(source), report.problems
    again = run_import(ctx, path, mapping, "potential")
    assert again.created == 0 and again.skipped_duplicates == report.created


def test_a_huge_file_is_refused_before_reading(tmp_path) -> None:
    big = tmp_path / "export.csv"
    with big.open("wb") as f:  # sparse: 1 GB on paper, nothing on disk
        f.write(b"First name,Last name\n")
        f.truncate(1024**3)
    with pytest.raises(ImportFileError) as err:
        open_source(big)
    assert "1,024 MB" in err.value.message and f"{MAX_FILE_BYTES // 2**20} MB" in err.value.message


def test_encoding_and_delimiter_can_be_overridden(tmp_path) -> None:
    f = tmp_path / "latin.csv"
    f.write_bytes("Name;Firma\nJürgen;Müller GmbH\n".encode("cp1252"))
    assert open_source(f).encoding == "cp1252"
    wrong = open_source(f, delimiter=",")
    assert wrong.headers == ("Name;Firma",)
    with pytest.raises(ImportFileError, match="not utf-8"):
        open_source(f, encoding="utf-8")
    with pytest.raises(ImportFileError, match="Unknown encoding"):
        open_source(f, encoding="ebcdic")


def test_saved_mappings_by_column_name(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    headers = ("Given Name", "Family Name", "E-mail 1 - Value", "Notes")
    import_mappings.save(ctx, "Google", headers, {0: "first_name", 1: "last_name", 2: "email"})
    import_mappings.save(ctx, "Tiny", headers, {2: "email"})
    saved = import_mappings.saved(ctx)
    assert [m.name for m in saved] == ["Google", "Tiny"]
    moved = ("Notes", "E-mail 1 - Value", "Family Name", "Given Name", "Extra")
    best = import_mappings.best_for(saved, moved)
    assert best is not None and best.name == "Google"
    assert import_mappings.apply(best.columns, moved) == {3: "first_name", 2: "last_name", 1: "email"}
    assert import_mappings.best_for(saved, ("Name", "Phone")) is None
    import_mappings.save(ctx, "Google", headers, {0: "first_name"})  # replaces
    assert import_mappings.saved(ctx)[0].columns == {"Given Name": "first_name"}
    import_mappings.delete(ctx, "Tiny")
    assert [m.name for m in import_mappings.saved(ctx)] == ["Google"]
    with pytest.raises(ValidationError):
        import_mappings.save(ctx, "  ", headers, {0: "first_name"})


def test_mapping_files(tmp_path) -> None:
    headers = ("First Name", "Last Name", "Mobile Phone")
    f = tmp_path / "m.json"
    import_mappings.write_file(f, headers, {0: "first_name", 2: "phone_mobile"})
    assert import_mappings.read_file(f, ("Mobile Phone", "First Name")) == {1: "first_name",
                                                                             0: "phone_mobile"}
    f.write_text('{"columns": {"First Name": "nickname"}}')
    with pytest.raises(ValidationError, match="nickname"):
        import_mappings.read_file(f, headers)
    f.write_text("not json")
    with pytest.raises(ValidationError, match="not a mapping file"):
        import_mappings.read_file(f, headers)
    f.write_text('{"columns": {"Vorname": "first_name"}}')
    with pytest.raises(ValidationError, match="None of the mapping"):
        import_mappings.read_file(f, headers)


def test_claims_only_calls_whose_number_became_unique(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from app.services.activities import core as activities
    from app.services.activities.core import EventInput

    when = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    for number in ("+44 7700 900555", "+44 7700 900556"):
        activities.add_event(ctx, EventInput(number=number, occurred_at=when, caller_name="",
                                             outcome="missed", source="sip"))
    path = write_csv(tmp_path, [["Ed", "Bowen", "", "", "07700 900555", ""]])
    report = run_import(ctx, path, MAPPING, "lead")
    assert report.calls_moved == 1
    assert [b.e164 for b in activities.list_buffered(ctx)] == ["+447700900556"]


def test_search_index_merging_is_back_on_after_any_import(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    if ctx.db.dialect != "sqlite":
        pytest.skip("FTS5 segments are SQLite's")
    ok = write_csv(tmp_path, [["Gwen", "Rees", "", "gwen@rees.example", "", ""]], name="ok.csv")
    bad = write_csv(tmp_path, [["Huw", "Rees", "", "no-at-sign", "", ""]], name="bad.csv")
    assert run_import(ctx, ok, MAPPING, "lead").committed
    assert not run_import(ctx, bad, MAPPING, "lead").committed
    with ctx.read() as s:
        merge = s.execute(text("SELECT v FROM contact_fts_config WHERE k = 'automerge'")).scalar()
        cache = s.execute(text("PRAGMA cache_size")).scalar()
        triggers = set(s.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
                       .scalars())
    assert merge in (None, 4) and cache == -2000
    assert {"contacts_fts_ai", "contact_emails_fts_ai", "contact_phones_fts_ai"} <= triggers
    # and the triggers work again: a contact made by hand is found
    from app.services.contacts import search
    from app.services.contacts.list_rows import Filters
    contacts.create(ctx, ContactInput(first_name="Iolo", last_name="Rees",
                                      phones=[PhoneInput("07700 900321", "mobile")]))
    assert [h.name for h in search.search(ctx, "900321", Filters()).rows] == ["Iolo Rees"]


def test_updated_and_created_contacts_are_searchable_after_an_import(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.services.contacts import search
    from app.services.contacts.list_rows import Filters

    first = write_csv(tmp_path, [["Jac", "Morgan", "", "jac@morgan.example", "", ""]], name="a.csv")
    assert run_import(ctx, first, MAPPING, "lead").committed
    second = write_csv(tmp_path, [["Jac", "Morgan", "", "jac@morgan.example", "07700 900432", ""],
                                  ["Kit", "Morgan", "", "kit@morgan.example", "07700 900433", ""]],
                       name="b.csv")
    report = run_import(ctx, second, MAPPING, "lead", on_duplicate="update")
    assert (report.created, report.updated) == (1, 1)
    assert [h.name for h in search.search(ctx, "900432", Filters()).rows] == ["Jac Morgan"]
    assert [h.name for h in search.search(ctx, "900433", Filters()).rows] == ["Kit Morgan"]
    assert [h.name for h in search.search(ctx, "kit@morg", Filters()).rows] == ["Kit Morgan"]
    assert len(search.search(ctx, "morgan", Filters()).rows) == 2


def test_ten_thousand_invalid_rows_are_each_reported_and_nothing_is_written(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.models import Contact

    rows = [[f"P{i}", "Lloyd", "", f"p{i}-at-lloyd.example", "", ""] for i in range(10_000)]
    rows.insert(5_000, ["Valid", "Lloyd", "", "valid@lloyd.example", "", ""])
    path = write_csv(tmp_path, rows)
    report = run_import(ctx, path, MAPPING, "lead")
    assert not report.committed and report.skipped_invalid == 10_000
    assert len(report.problems) == 10_000
    assert report.problems[0].row == 2 and report.problems[-1].row == 10_002
    assert {p.column for p in report.problems} == {"E-mail"}
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 0
    out = tmp_path / "report.csv"
    write_report(out, report)
    assert sum(1 for _ in out.open(encoding="utf-8-sig")) == 10_001


def test_parsing_in_a_second_process_gives_the_same_import(ctx, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.services.importing import parallel as import_parallel

    rows = [[f"Nia{i}", "Price", f"Price {i % 7} Ltd", f"nia{i}@price.example", f"07700 9{i:05d}",
             "Wales" if i % 3 else "GB"] for i in range(2_500)]
    rows[10][3] = "not-an-email"  # a problem
    rows[20][3] = rows[5][3]  # a duplicate in the file
    path = write_csv(tmp_path, rows)
    source = open_source(path)
    parsed_here = [r for b in import_parallel.parsed_batches(source, MAPPING, "lead", "GB", 1000,
                                                              workers=0) for r in b]
    parsed_there = [r for b in import_parallel.parsed_batches(source, MAPPING, "lead", "GB", 1000,
                                                               workers=1) for r in b]
    assert [import_parallel.pack(r) for r in parsed_there] == [import_parallel.pack(r)
                                                               for r in parsed_here]
    assert [r.data for r in parsed_there] == [r.data for r in parsed_here]
    report = run_import(ctx, path, MAPPING, "lead", skip_invalid=True, workers=1)
    assert (report.rows, report.created, report.skipped_invalid, report.skipped_duplicates) == (
        2_500, 2_498, 1, 1)
    assert report.problems[0].row == 12 and report.duplicates[0].other_row == 7


def test_an_imported_contact_gets_the_search_row_the_triggers_write(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    path = write_csv(tmp_path, [["Lowri", "Bevan", "Bevan & Co", "Lowri@Bevan.example",
                                 "07700 900654", "GB"]])
    [imported] = run_import(ctx, path, MAPPING, "lead").contact_ids
    by_hand = contacts.create(ctx, ContactInput(
        first_name="Lowri", last_name="Bevan", company_name="Bevan & Co",
        emails=[EmailInput("Lowri@Bevan.example")], phones=[PhoneInput("07700 900654", "mobile")],
        addresses=[AddressInput(country="GB", kind="business")]))
    query = ("SELECT name, companies, emails, phones FROM contact_fts WHERE rowid = "
             "(SELECT (name_key << 28) | id FROM contacts WHERE id = :id)"
             if ctx.db.dialect == "sqlite" else
             "SELECT doc FROM contact_search WHERE contact_id = :id")

    def row(cid: int) -> tuple:  # type: ignore[type-arg]
        with ctx.read() as s:
            return tuple(s.execute(text(query), {"id": cid}).one())

    assert row(imported) == row(by_hand) and "900654" in " ".join(row(imported))


def test_after_an_import_the_triggers_index_again(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.services.contacts import search
    from app.services.contacts.list_rows import Filters

    bad = write_csv(tmp_path, [["Mair", "Rhys", "", "no-at-sign", "", ""]], name="bad.csv")
    ok = write_csv(tmp_path, [["Nest", "Rhys", "", "nest@rhys.example", "", ""]], name="ok.csv")
    assert not run_import(ctx, bad, MAPPING, "lead").committed
    assert run_import(ctx, ok, MAPPING, "lead").committed
    cid = contacts.create(ctx, ContactInput(first_name="Owain", last_name="Rhys"))
    contacts.update_contact(ctx, cid, ContactInput(first_name="Owain", last_name="Rhys",
                                                   phones=[PhoneInput("07700 900765", "mobile")]))
    assert [h.name for h in search.search(ctx, "900765", Filters()).rows] == ["Owain Rhys"]
    assert [h.name for h in search.search(ctx, "nest@rhys", Filters()).rows] == ["Nest Rhys"]


def test_a_failed_merge_after_the_commit_does_not_undo_the_import(ctx, tmp_path, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy.exc import OperationalError

    from app.models import search_index

    def locked(_conn) -> bool:  # type: ignore[no-untyped-def]
        raise OperationalError("merge", {}, Exception("database is locked"))

    monkeypatch.setattr(search_index, "merge_step", locked)
    path = write_csv(tmp_path, [["Pryderi", "Lloyd", "", "pryderi@lloyd.example", "", ""]])
    report = run_import(ctx, path, MAPPING, "lead")
    assert report.committed and report.created == 1
    assert contacts.get(ctx, report.contact_ids[0]).last_name == "Lloyd"
    if ctx.db.dialect == "sqlite":  # PostgreSQL has no segments to merge
        assert "search index not merged" in caplog.text

"""`ringcard import`, run in-process against each test database: problems listed
row by row with exit status 1, a full report file, dry runs, mapping files, and
exit status 2 for a file or a mapping that cannot be used."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.models import Contact
from app.services.contacts import core as contacts
from tests.unit.helpers import person, set_region

HEADER = ["First name", "Last name", "E-mail", "Mobile phone"]


@pytest.fixture(autouse=True)
def _gb(ctx):  # type: ignore[no-untyped-def]
    set_region(ctx)


def cli(ctx, *args: object) -> int:  # type: ignore[no-untyped-def]
    return main(["--database-url", ctx.db.url, "--user", "alice", *map(str, args)])


def write_csv(path: Path, rows: list[list[str]], header: list[str] = HEADER,
              encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=delimiter).writerows([header, *rows])
    return path


def count(ctx) -> int:  # type: ignore[no-untyped-def]
    with ctx.read() as s:
        return int(s.scalar(select(func.count()).select_from(Contact)) or 0)


def stored(ctx) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    with ctx.read() as s:
        return sorted((first, last) for first, last in
                      s.execute(select(Contact.first_name, Contact.last_name)))


GOOD = [["Ann", "Lee", "ann@example.com", "07700 900123"],
        ["Ben", "Ray", "ben@example.com", "07700 900124"]]
BAD = [["Cy", "Dee", "not-an-e-mail", "07700 900125"],
       ["Di", "Eve", "di@example.com", "12"],
       ["", "", "nobody@example.com", ""]]


def test_bad_rows_exit_1_list_row_and_column_and_write_nothing(ctx, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "in.csv", [GOOD[0], *BAD, GOOD[1]])
    report = tmp_path / "report.csv"

    assert cli(ctx, "import", path, "--as", "lead", "--report", report) == 1

    captured = capsys.readouterr()
    err = captured.err.splitlines()
    assert "row 3, column E-mail: “not-an-e-mail” is not a valid e-mail address" in err
    assert any(line.startswith("row 4, column Mobile phone: “12”") for line in err)
    assert "row 5, column First name / Last name: A person needs a first or a last name" in err
    assert "Nothing imported: 3 problems in 3 of 5 rows" in captured.out
    assert count(ctx) == 0  # all or nothing
    with report.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["Row", "Column", "Problem"]
    assert [(r[0], r[1]) for r in rows[1:]] == [("3", "E-mail"), ("4", "Mobile phone"),
                                                ("5", "First name / Last name")]

    # what could be imported was: exit status 0, and the summary counts the rows imported
    assert cli(ctx, "import", path, "--as", "lead", "--skip-invalid", "--quiet") == 0
    assert "Imported 2 of 5 rows: created 2" in capsys.readouterr().out
    assert stored(ctx) == [("Ann", "Lee"), ("Ben", "Ray")]


def test_skip_invalid_exits_1_only_when_nothing_was_imported(ctx, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "bad.csv", BAD)
    assert cli(ctx, "import", path, "--as", "lead", "--skip-invalid", "--quiet") == 1
    assert "Nothing imported: 3 problems in 3 of 3 rows" in capsys.readouterr().out
    assert count(ctx) == 0

    mixed = write_csv(tmp_path / "mixed.csv", [*GOOD, *BAD])
    assert cli(ctx, "import", mixed, "--as", "lead", "--skip-invalid", "--quiet") == 0
    assert "Imported 2 of 5 rows: created 2" in capsys.readouterr().out
    # the same again: the good rows are duplicates now, nothing new is imported
    assert cli(ctx, "import", mixed, "--as", "lead", "--skip-invalid", "--quiet") == 1
    assert "Nothing imported" in capsys.readouterr().out
    assert count(ctx) == 2


def test_at_most_50_problems_are_printed_the_report_has_all(ctx, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "in.csv",
                     [[f"P{i}", "Bad", f"bad{i}-at-example.com", ""] for i in range(60)])
    assert cli(ctx, "import", path, "--as", "lead", "--quiet") == 1
    err = capsys.readouterr().err.splitlines()
    assert len([line for line in err if line.startswith("row ")]) == 50
    assert err[-1] == "... and 10 more; use --report FILE for the full report"

    report = tmp_path / "all.csv"
    assert cli(ctx, "import", path, "--as", "lead", "--quiet", "--report", report) == 1
    assert capsys.readouterr().err.splitlines()[-1] == f"... and 10 more; full report in {report}"
    with report.open(encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.reader(f))) == 61
    assert count(ctx) == 0


def test_dry_run_writes_nothing(ctx, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "in.csv", GOOD)
    assert cli(ctx, "import", path, "--as", "customer", "--dry-run") == 0
    captured = capsys.readouterr()
    assert "Dry run, nothing written. 2 rows would be imported: created 2" in captured.out
    assert "2/2" in captured.err  # the progress bar
    assert "E-mail        -> E-mail" in captured.err  # the mapping used
    assert count(ctx) == 0

    assert cli(ctx, "import", path, "--as", "customer") == 0
    assert "Imported 2 rows: created 2" in capsys.readouterr().out
    assert stored(ctx) == [("Ann", "Lee"), ("Ben", "Ray")]


def test_a_mapping_file_maps_columns_no_guess_would(ctx, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "in.csv", [["Ann", "Lee", "ann@example.com", "Acme Ltd"]],
                     header=["Rufname", "Sippe", "Postfach", "Arbeitgeber"])
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"ringcard_mapping": 1, "columns": {
        "Rufname": "first_name", "Sippe": "last_name", "Postfach": "email",
        "Arbeitgeber": "company_name"}}), encoding="utf-8")

    assert cli(ctx, "import", path, "--as", "potential", "--mapping", mapping) == 0

    assert f"Columns (from {mapping}):" in capsys.readouterr().err
    ann = contacts.get(ctx, _only_id(ctx))
    assert (ann.first_name, ann.last_name, ann.company_name) == ("Ann", "Lee", "Acme Ltd")
    assert [e.address for e in ann.emails] == ["ann@example.com"]
    assert ann.contact_type == "potential"


def _only_id(ctx) -> int:  # type: ignore[no-untyped-def]
    with ctx.read() as s:
        return int(s.scalars(select(Contact.id)).one())


@pytest.mark.parametrize(("text", "message"), [
    ("{not json", "is not a mapping file (JSON)"),
    ('{"ringcard_mapping": 1, "columns": {"First name": "shoe_size"}}', "Unknown field(s): shoe_size"),
    ('{"ringcard_mapping": 1, "columns": {"Vorname": "first_name"}}',
     "None of the mapping's columns (“Vorname”) is in this file"),
])
def test_a_bad_mapping_file_exits_2_with_the_reason(ctx, tmp_path, capsys, text, message) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "in.csv", GOOD)
    mapping = tmp_path / "mapping.json"
    mapping.write_text(text, encoding="utf-8")
    assert cli(ctx, "import", path, "--as", "lead", "--mapping", mapping) == 2
    assert message in capsys.readouterr().err
    assert count(ctx) == 0


def test_a_file_that_cannot_be_used_exits_2_with_the_reason(ctx, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    assert cli(ctx, "import", binary, "--as", "lead") == 2
    assert "is not a text (CSV) file" in capsys.readouterr().err
    (tmp_path / "empty.csv").write_text("", encoding="utf-8")
    assert cli(ctx, "import", tmp_path / "empty.csv", "--as", "lead") == 2
    assert "“empty.csv” is empty" in capsys.readouterr().err
    only_mail = write_csv(tmp_path / "mail.csv", [["ann@example.com"]], header=["E-mail"])
    assert cli(ctx, "import", only_mail, "--as", "lead", "--quiet") == 2
    assert "Choose the column that holds the first name" in capsys.readouterr().err
    assert cli(ctx, "import", only_mail, "--as", "lead", "--report", tmp_path / "no" / "r.csv") == 2
    assert "no folder" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        cli(ctx, "import", only_mail, "--as", "prospect")
    assert usage.value.code == 2
    assert count(ctx) == 0


def test_encoding_and_delimiter_given_override_the_sniffed_ones(ctx, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "in.csv", [["Zoë", "Ångström", "zoe@example.com", ""]])
    assert cli(ctx, "import", path, "--as", "lead", "--quiet", "--delimiter", "tab") == 2
    assert "Choose the column that holds the first name" in capsys.readouterr().err  # one column
    assert cli(ctx, "import", path, "--as", "lead", "--quiet", "--encoding", "cp1252") == 0
    assert stored(ctx) == [("ZoÃ«", "Ã…ngstrÃ¶m")]  # read as asked, though it is UTF-8

    semi = write_csv(tmp_path / "semi.csv", [["Zoë", "Lee", "", ""]], encoding="cp1252",
                     delimiter=";")
    assert cli(ctx, "import", semi, "--as", "lead", "--quiet", "--encoding", "cp1252",
               "--delimiter", ";") == 0
    assert ("Zoë", "Lee") in stored(ctx)


def test_duplicates_are_updated_when_asked(ctx, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    ann = person(ctx, "Ann", "Lee", email="ann@example.com")
    path = write_csv(tmp_path / "in.csv", GOOD)
    assert cli(ctx, "import", path, "--as", "lead", "--quiet") == 0
    assert "created 1, updated 0, skipped 1 duplicates" in capsys.readouterr().out
    assert contacts.get(ctx, ann).phones == ()
    assert cli(ctx, "import", path, "--as", "lead", "--quiet", "--on-duplicate", "update") == 0
    assert "created 0, updated 2" in capsys.readouterr().out
    assert [p.e164 for p in contacts.get(ctx, ann).phones] == ["+447700900123"]
    assert count(ctx) == 2


def test_the_command_offers_what_the_importer_takes() -> None:
    """The options are listed without loading the services; they must not drift apart."""
    from app.cli import transfer as cli_import
    from app.services.importing import contacts as import_contacts
    from app.services.importing import read as import_read

    assert cli_import.AS_TYPES == import_contacts.AS_TYPES
    assert cli_import.ON_DUPLICATE == import_contacts.ON_DUPLICATE
    assert cli_import.ENCODINGS == import_read.ENCODINGS
    assert set(cli_import.DELIMITERS.values()) == set(import_read.DELIMITERS)

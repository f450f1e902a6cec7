"""Screenshots of issue 7's import wizard: the file page after sniffing an
Excel-saved CSV (BOM, semicolons), the mapping with its preview (one row in red,
one duplicate), the check with problems and duplicates, and the finish page.

``shots(ctx, out_dir)`` adds a contact (the duplicate's match) and a saved
mapping to ``ctx``'s database, imports a small file and returns the PNGs;
``python -m tools.screenshots.importing OUTDIR`` does it on a throw-away database.
"""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path

from app.services.contacts import core as contacts
from app.services.context import AppContext
from app.services.dto import ContactInput, EmailInput, PhoneInput
from app.services.importing import mappings as import_mappings
from tools.screenshots.shot_tools import grab, run_alone, wait_until

log = logging.getLogger(__name__)

USER = "alice"
SIZE = (1060, 680)  # the wizard's own size: fits 1366x768
HEADER = ("First name;Last name;Company;E-mail;Mobile phone;Work phone;Street;Postcode;City;"
          "Country")
ROWS = (  # Ofcom drama numbers; the third row's e-mail is broken, the second is a duplicate
    "Priya;Raman;Raman Textiles;priya@raman.example;07700 900456;0161 496 0000;2 Mill Lane;"
    "M1 1AA;Manchester;United Kingdom",
    "Anna;Smith;Hope Works Ltd;anna@hopeworks.co.uk;07700 900111;;;;London;GB",
    "Tom;Hughes;Hughes Haulage;tom.hughes@haulage;07700 900222;020 7946 0321;;;;GB",
    "Grace;Okoro;Okoro Logistics;grace@okoro.example;07700 900321;0113 496 0123;5 Canal Wharf;"
    "LS11 5PS;Leeds;GB",
    "Siân;Pritchard;Pritchard & Daughters Ltd;sian@pritchard.example;07700 900123;029 2018 0123;"
    "1 Harbour Row;CF10 1AA;Cardiff;GB",
    "Jürgen;Groß;Müller Söhne GmbH;j.gross@mueller.example;;+49 30 901820;;;Berlin;DE",
    ";;Little Bee Honey;hello@littlebee.example;;020 7946 0555;;;London;GB",
)
MAPPING_NAME = "Excel contact list"


def write_sample(folder: Path) -> Path:
    """An Excel-saved CSV: UTF-8 with BOM, semicolons."""
    path = folder / "trade fair contacts.csv"
    path.write_text("\n".join((HEADER, *ROWS)) + "\n", encoding="utf-8-sig")
    return path


def _prepare(ctx: AppContext, path: Path) -> None:
    """The stored contact the second row duplicates, and a saved mapping that fits."""
    contacts.create(ctx, ContactInput(kind="person", contact_type="customer", first_name="Anna",
                                      last_name="Smith", company_name="Hope Works Ltd",
                                      emails=[EmailInput("anna@hopeworks.co.uk")],
                                      phones=[PhoneInput("020 7946 0101")]))
    headers = HEADER.split(";")
    import_mappings.save(ctx, MAPPING_NAME, headers, {
        i: f for i, f in enumerate(("first_name", "last_name", "company_name", "email",
                                    "phone_mobile", "phone_work", "street", "postcode", "city",
                                    "country"))})


def _walk(ctx: AppContext, path: Path, out_dir: Path) -> list[Path]:
    from app.views.import_wizard import ImportWizard
    from app.views.tasks import TaskRunner

    paths: list[Path] = []
    runner = TaskRunner()
    wizard = ImportWizard(ctx, runner)
    wizard.resize(*SIZE)
    wizard.show()
    seen: dict[str, bool] = {}
    wizard.file_page.counted.connect(lambda _n: seen.update(counted=True))
    wizard.mapping_page.preview_ready.connect(lambda: seen.update(preview=True))
    wizard.mapping_page.saved_bar.loaded.connect(lambda _s: seen.update(saved=True))
    wizard.check_page.checked.connect(lambda: seen.update(checked=True))
    wizard.run_page.finished_import.connect(lambda _r: seen.update(imported=True))

    wizard.file_page.choose_file(path)
    wait_until(lambda: seen.get("counted", False), "the file to be read")
    grab(wizard, out_dir / "import_1_file.png", paths)

    wizard.next()
    wait_until(lambda: seen.get("saved", False) and wizard.mapping_page.isComplete(),
               "the mapping's preview")
    grab(wizard, out_dir / "import_2_mapping.png", paths)

    wizard.next()
    wait_until(lambda: seen.get("checked", False), "the check of every row")
    page = wizard.check_page
    anna = next(d.row for d in wizard.state.check.duplicates)  # type: ignore[union-attr]
    page.set_duplicate_action(anna, "update")
    grab(wizard, out_dir / "import_3_check.png", paths)
    page.skip_invalid.setChecked(True)
    grab(wizard, out_dir / "import_3_check_skip_invalid.png", paths)

    wizard.next()
    wait_until(lambda: seen.get("imported", False), "the import")
    grab(wizard, out_dir / "import_4_finish.png", paths)
    wizard.close()
    runner.shutdown()
    return paths


def shots(ctx: AppContext, out_dir: Path) -> list[Path]:
    from app.views.app import application

    application()
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ringcard-import-") as tmp:
        path = write_sample(Path(tmp))
        _prepare(ctx, path)
        paths = _walk(ctx, path, out_dir)
    log.info("wrote %d import screenshots to %s", len(paths), out_dir)
    return paths


def main(argv: list[str] | None = None) -> int:
    return run_alone("tools.screenshots.importing", shots, USER, argv)


if __name__ == "__main__":
    sys.exit(main())

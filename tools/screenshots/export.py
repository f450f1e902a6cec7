"""Screenshots of the Export dialog (issue 7): the Customers list filtered by
rating Gold as the dialog presents it, the same after the export has written its
file, and a file in a folder that does not exist told under the field.

``shots(ctx, out_dir)`` adds a few Gold customers to ``ctx``'s database and
returns the PNGs it wrote; ``python -m tools.screenshots.export OUTDIR`` does
it on a throw-away database.
"""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt

from app.services.contacts import core as contacts
from app.services.context import AppContext
from app.services.dto import ContactInput, EmailInput, PhoneInput
from app.services.office import lists as lookups
from tools.screenshots.shot_tools import grab, run_alone, wait_until

log = logging.getLogger(__name__)

USER = "alice"
DIALOG_SIZE = (640, 300)
GOLD = (("Anna", "Smith-Whitfield", "Hope Works Ltd", "020 7946 0101"),
        ("Raj", "Patel", "Patel & Sons", "0113 496 0202"),
        ("Mary", "O'Connor", "Little Bee Honey", "0161 496 0303"))


def _sample_customers(ctx: AppContext) -> None:
    gold = lookups.id_by_name(ctx, "rating", "Gold")
    for first, last, company, phone in GOLD:
        contacts.create(ctx, ContactInput(
            kind="person", contact_type="customer", first_name=first, last_name=last,
            company_name=company, rating_id=gold, phones=[PhoneInput(phone)],
            emails=[EmailInput(f"{first.lower()}@example.co.uk")]))


def shots(ctx: AppContext, out_dir: Path) -> list[Path]:
    from app.views.app import application
    from app.views.contact_list_panel import ContactListPanel
    from app.views.dialogs.export_dialog import ExportDialog
    from app.views.tasks import TaskRunner

    application()
    out_dir.mkdir(parents=True, exist_ok=True)
    _sample_customers(ctx)
    paths: list[Path] = []
    runner = TaskRunner()
    panel = ContactListPanel(ctx, runner, [])
    panel.resize(900, 500)
    panel.load_choices()
    rating = panel.options.rating
    rating.setCurrentIndex(rating.findText("Gold"))  # reloads the list, filtered
    wait_until(lambda: panel.is_idle() and panel.list_count() is not None, "the Gold customers")
    dialog = panel.export_current()
    assert isinstance(dialog, ExportDialog)
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.resize(*DIALOG_SIZE)
    with tempfile.TemporaryDirectory(prefix="ringcard-export-") as tmp:
        dialog.set_file(Path(tmp) / dialog.default_name())
        grab(dialog, out_dir / "export_list.png", paths)

        done: list[object] = []
        dialog.exported.connect(done.append)
        dialog.start()
        wait_until(lambda: bool(done), "the export")
        grab(dialog, out_dir / "export_list_done.png", paths)

        dialog.set_format("xlsx")
        dialog.set_file(Path(tmp) / "no such folder" / "customers")
        dialog.start()  # refused before anything runs
        grab(dialog, out_dir / "export_list_bad_folder.png", paths)
    dialog.close()
    runner.shutdown()
    panel.deleteLater()
    log.info("wrote %d export screenshots to %s", len(paths), out_dir)
    return paths


def main(argv: list[str] | None = None) -> int:
    return run_alone("tools.screenshots.export", shots, USER, argv)


if __name__ == "__main__":
    sys.exit(main())

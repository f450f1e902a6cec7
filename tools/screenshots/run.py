"""``python -m tools.screenshots.run OUTDIR``: render the windows to PNGs.

Builds a throw-away SQLite database with demo contacts and one fully filled
person, opens the window at 1366x768 (offscreen works) and saves the main
window, a search, the card beside the list, every upper and lower card tab
(the card in its own window), the contact dialog showing a field message, the
pop-ups, the activity dialog, the card's Activity History, the help desk and
the home dashboard, the alert settings and the reminders.
The README shows them; reviewers look at them to catch clipped, misaligned or
unreadable widgets without running the app.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from pathlib import Path

from app.services.context import AppContext
from tools.screenshots.shot_tools import grab, wait_until

log = logging.getLogger(__name__)

SIZE = (1366, 768)
SEARCH_TEXT = "ith"
TIMEOUT_MS = 30_000


def _fill(ctx: AppContext, n: int, *, one_by_one: bool) -> None:
    """UK office, then contacts: bulk demo data, or one by one through the services."""
    from app.services.demo.office import generate
    from app.services.office import settings as office_settings
    from tools.screenshots.sample_data import fill_sample

    with ctx.write() as s:
        office_settings.set_value(s, "home_region", "GB")  # UK numbers on the shots
    if one_by_one:
        fill_sample(ctx, n, seed=1)
    else:
        generate(ctx, n, seed=1)




def render(outdir: Path, *, contacts: int = 300, use_sample: bool = False) -> list[Path]:
    """Make the database, open the window, save the shots; returns their paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ringcard-shots-") as tmp:
        # isolate the desk settings so a developer's saved layout never leaks in
        os.environ["RINGCARD_CONFIG_DIR"] = str(Path(tmp) / "config")
        os.environ["RINGCARD_DATA_DIR"] = str(Path(tmp) / "data")
        import app.services  # noqa: F401  (flush hooks)
        from app.config import LocalSettings
        from app.db import Database
        from app.services.office import users
        from app.views.app import application
        from app.views.main_window import MainWindow

        db = Database(f"sqlite:///{Path(tmp) / 'shots.db'}")
        try:
            ctx = users.sample_context(db, "mary.watson")
            users.current(ctx)
            _fill(ctx, contacts, one_by_one=use_sample)
            qapp = application()
            window = MainWindow(ctx, LocalSettings(), persist=False)
            window.resize(*SIZE)
            painted: list[int] = []
            window.first_rows_shown.connect(painted.append)
            window.show()
            wait_until(lambda: bool(painted), "the first rows")
            paths = [outdir / "main_window.png"]
            grab(window, paths[-1])
            from app.services.inbound.pipeline import PipelineStatus

            # the status bar while the database does not answer (calls wait in the journal)
            window.show_pipeline_status(PipelineStatus(2, "database is locked", "", ""))
            paths.append(outdir / "main_window_calls_waiting.png")
            grab(window, paths[-1])
            window.show_pipeline_status(PipelineStatus(0, "", "", ""))

            panel = window.panel
            panel.search_box.setFocus()
            panel.search_box.setText(SEARCH_TEXT)
            wait_until(panel.is_idle, "the search")
            panel.table.selectRow(1)
            paths.append(outdir / "main_window_search.png")
            grab(window, paths[-1])
            paths += _card_shots(ctx, window, outdir, Path(tmp))
            window.close()
            from tools.screenshots.popup import render_screenshots as popup_shots

            paths += popup_shots(outdir, ctx)  # pop-ups and the buffer view
            paths += _activity_shots(ctx, outdir)
            qapp.processEvents()
        finally:
            db.dispose()
    return paths


def _card_shots(ctx: AppContext, window: object, outdir: Path, tmp: Path) -> list[Path]:
    """The showcase person's card beside the list, then each tab in its own window."""
    from app.views.dialogs.contact_dialog import ContactDialog
    from app.views.main_window import MainWindow
    from tools.screenshots.card_lower_sample import fill_card_sample
    from tools.screenshots.card_upper_sample import fill_upper_sample

    assert isinstance(window, MainWindow)
    (tmp / "uploads").mkdir()
    person = fill_upper_sample(ctx, tmp / "uploads")
    fill_card_sample(ctx, person=person)
    window.panel.search_box.setText("Okonkwo")
    wait_until(window.panel.is_idle, "the search")
    window.panel.table.selectRow(0)
    window.open_contact(person)
    card = window.cards.card
    assert card is not None
    wait_until(lambda: not card.runner.is_busy(), "the card")
    paths = [outdir / "main_window_card.png"]
    grab(window, paths[-1])

    window.window_actions.card_window.setChecked(True)
    host = window.cards.window
    assert host is not None
    host.resize(*SIZE)
    for prefix, tabs, widget in (("card_upper", card.upper_tabs, card.upper),
                                 ("card_lower", card.lower_tabs, card.lower_tab_widget)):
        for key, tab in tabs.items():
            if widget.indexOf(tab) < 0:
                continue  # not shown for this contact
            widget.setCurrentWidget(tab)
            wait_until(lambda: not card.runner.is_busy(), f"the {key} tab")
            paths.append(outdir / f"{prefix}_{key}.png")
            grab(host, paths[-1])
        card.upper.setCurrentIndex(0)

    from PySide6.QtWidgets import QLineEdit

    from app.services.contacts import core as contacts

    dialog = ContactDialog(ctx, contacts.as_input(ctx, person), contact_id=person)
    dialog.show()
    address = dialog.emails.editor(0, "address")
    assert isinstance(address, QLineEdit)
    address.setText("m.okonkwo@@hopeworks")
    dialog.accept()  # refused: the message stands beside the field
    paths.append(outdir / "dialog_contact_field_error.png")
    grab(dialog, paths[-1])
    dialog.close()
    window.window_actions.card_window.setChecked(False)
    return paths


def _activity_shots(ctx: AppContext, outdir: Path) -> list[Path]:
    """The activity dialog, the card's Activity History, the help desk and the home page."""
    import importlib

    paths: list[Path] = []
    for name in ("activities", "history", "helpdesk", "home", "alerts", "export", "importing"):
        module = importlib.import_module(f"tools.screenshots.{name}")
        paths += module.shots(ctx, outdir)
    from app.services.activities import types as activity_types
    from app.views.dialogs.activity_types_dialog import ActivityTypesDialog
    from app.views.tasks import TaskRunner

    if not any(t.name == "cold call" for t in activity_types.list_types(ctx)):
        activity_types.add_type(ctx, "cold call", "call")
    runner = TaskRunner()
    dialog = ActivityTypesDialog(ctx, runner)
    loaded: list[bool] = []
    dialog.loaded.connect(lambda: loaded.append(True))
    dialog.show()
    wait_until(lambda: bool(loaded), "the activity types")
    paths.append(outdir / "settings_activity_types.png")
    grab(dialog, paths[-1])
    dialog.close()
    runner.shutdown()
    return paths




def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.screenshots.run")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--contacts", type=int, default=300)
    parser.add_argument("--sample", action="store_true",
                        help="make contacts one by one through the services")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    log.setLevel(logging.INFO)
    for path in render(args.outdir, contacts=args.contacts, use_sample=args.sample):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

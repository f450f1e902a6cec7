"""The child side of ``tools.screenshots.screens`` for what a new user sees: on the
X display it was started on, Ringcard's very first start on an empty SQLite
database with no settings file (the folders are fresh temporary ones), as
``ringcard`` itself starts it:

- ``first_start_wizard_WxH.png``: the window with the first-run wizard over it,
- ``first_start_empty_WxH.png``: after Skip, the empty contact list with its
  start buttons and the status bar's office-country notice (a C locale names
  no country),
- with ``pages``: every page of the wizard (``first_run_<page>_WxH.png``, a
  country chosen so the live example shows, the database page's Test button,
  the phone line page with SIP chosen) and Help > About and Help > Keyboard
  shortcuts (``help_about_WxH.png``, ``help_shortcuts_WxH.png``).

``language`` ("de"): the desk's Settings > Language is German before the start,
and the files are named ``*_de_WxH.png`` (the wizard's first page only).
"""

from __future__ import annotations

import logging
import os
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QWizard

from tools.screenshots.screen_pages import framed, whole_screen
from tools.screenshots.shot_tools import wait_until

log = logging.getLogger(__name__)

PAGE_NAMES = ("who", "country", "currency", "database", "line", "start")


def fresh_folders(tmp: Path) -> None:
    """This desk's config, data and log folders: new, empty ones under ``tmp``."""
    for name, var in (("config", "RINGCARD_CONFIG_DIR"), ("data", "RINGCARD_DATA_DIR"),
                      ("logs", "RINGCARD_LOG_DIR")):
        os.environ[var] = str(tmp / name)


def set_language(language: str) -> None:
    """Settings > Language, stored as the dialog stores it (before the start reads it)."""
    from app.config import LocalSettings

    settings = LocalSettings.load()
    settings.language = language
    settings.save()


def _settled(window: object) -> None:
    runner = window.runner  # type: ignore[attr-defined]
    wait_until(lambda: not runner.is_busy(), "the window's background work")


def _shown(dialog: QDialog) -> None:
    wait_until(lambda: dialog.isVisible() and dialog.windowHandle() is not None
               and dialog.windowHandle().isExposed(), "the dialog")
    QApplication.processEvents()


def shoot(outdir: Path, width: int, height: int, tmp: Path, *, pages: bool = False,
          language: str = "") -> list[Path]:
    fresh_folders(tmp)
    if language:
        set_language(language)
    import app.services  # noqa: F401  (flush hooks)
    from app.db import Database, default_url
    from app.services.office import users
    from app.views.app import application, offer_first_run
    from app.views.main_window import MainWindow

    infix = f"_{language}" if language else ""
    size = f"{width}x{height}"
    outdir.mkdir(parents=True, exist_ok=True)
    db = Database(default_url())  # the desk's own SQLite file, made and migrated now
    paths: list[Path] = []
    try:
        ctx = users.context_for(db, users.os_username(), first_run=True)
        qapp = application()
        window = MainWindow(ctx)
        painted: list[int] = []
        window.first_rows_shown.connect(painted.append)
        window.show()
        wait_until(lambda: bool(painted), "the first (empty) list")
        framed(window)
        offer_first_run(window)
        wizard = window.first_run_wizard
        _shown(wizard)
        _settled(window)
        whole_screen(outdir / f"first_start_wizard{infix}_{size}.png", paths)
        if pages:
            _walk_pages(wizard, window, outdir, size, paths)
        if language:
            wizard.skip()
            window.close()
            qapp.processEvents()
            return paths
        wizard.skip()
        wait_until(lambda: not wizard.isVisible(), "the wizard to close")
        window.region_notice.check()
        _settled(window)
        QApplication.processEvents()
        whole_screen(outdir / f"first_start_empty_{size}.png", paths)
        if pages:
            for name, show in (("about", window.help_menu.show_about),
                               ("shortcuts", window.help_menu.show_shortcuts)):
                show()
                dialog = window.help_menu.dialog
                assert dialog is not None
                _shown(dialog)
                whole_screen(outdir / f"help_{name}_{size}.png", paths)
                dialog.close()
        window.close()
        qapp.processEvents()
    finally:
        db.dispose()
    return paths


def _on_page(wizard: QWizard, index: int) -> bool:
    return wizard.currentId() == index


def _walk_pages(wizard: QWizard, window: object, outdir: Path, size: str,
                paths: list[Path]) -> None:
    """Each page as a new user fills it in, then Next."""
    for index, name in enumerate(PAGE_NAMES):
        wait_until(partial(_on_page, wizard, index), f"the {name} page")
        if name == "who" and not wizard.who.full_name.text():  # type: ignore[attr-defined]
            wizard.who.full_name.setText("Mary Watson")  # type: ignore[attr-defined]
            wizard.who.initials.setText("MW")  # type: ignore[attr-defined]
        elif name == "country":
            wizard.country.choose("GB")  # type: ignore[attr-defined]
        elif name == "database":
            database = wizard.database  # type: ignore[attr-defined]
            database.office.setChecked(True)
            database.url.setText("postgresql://ringcard@server/office")
        elif name == "line":
            wizard.line.sip.setChecked(True)  # type: ignore[attr-defined]
        _settled(window)
        QApplication.processEvents()
        whole_screen(outdir / f"first_run_{name}_{size}.png", paths)
        if name == "database":  # the shot shows the choice; the desk stays alone
            wizard.database.alone.setChecked(True)  # type: ignore[attr-defined]
        if name == "line":
            wizard.line.none.setChecked(True)  # type: ignore[attr-defined]
        if index < len(PAGE_NAMES) - 1:
            wizard.next()

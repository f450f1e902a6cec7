"""The child side of ``tools.screenshots.screens``: on the X display it was
started on, Ringcard's first start on a throw-away office, and a picture of
the whole screen for each main page."""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from app.services.context import AppContext
from tools.screenshots.shot_tools import wait_until

log = logging.getLogger(__name__)

CONTACTS = 300
ACTIVITIES = 1_500


def _office(ctx: AppContext, uploads: Path) -> int:
    """Demo contacts, activities and tickets, and the showcase person; returns its id."""
    from app.services.demo import activities as demo_activities
    from app.services.demo.office import generate
    from app.services.office import settings as office_settings
    from tools.screenshots import helpdesk
    from tools.screenshots.card_lower_sample import fill_card_sample
    from tools.screenshots.card_upper_sample import fill_upper_sample

    with ctx.write() as s:
        office_settings.set_value(s, "home_region", "GB")  # UK numbers on the shots
    generate(ctx, CONTACTS, seed=1)
    demo_activities.generate_activities(ctx, ACTIVITIES, seed=1, now=datetime.now(UTC))
    helpdesk.sample_tickets(ctx)
    uploads.mkdir()
    person = fill_upper_sample(ctx, uploads)
    fill_card_sample(ctx, person=person)
    return person


def whole_screen(path: Path, paths: list[Path]) -> None:
    """The whole screen as it is now: the window manager's frames and all."""
    QApplication.processEvents()
    screen = QGuiApplication.primaryScreen()
    if not screen.grabWindow(0).save(str(path)):
        raise OSError(f"could not write {path}")
    paths.append(path)


def framed(window: QWidget) -> None:
    """Wait until the window manager has framed ``window`` (a title bar) on the screen."""
    handle = window.windowHandle()
    wait_until(lambda: handle is not None and handle.isExposed()
               and window.frameGeometry().height() > window.geometry().height(),
               "the window manager's frame")


def _popup(menu: QMenu, under: QPoint) -> None:
    menu.popup(under)
    wait_until(lambda: menu.isVisible() and bool(menu.windowHandle())
               and menu.windowHandle().isExposed(), "the menu")


def shoot(outdir: Path, width: int, height: int, tmp: Path, language: str = "") -> list[Path]:
    """The main pages; with ``language`` ("de": Settings > Language) the contact list
    with the card and Home only, named ``main_*_de_WxH.png``."""
    os.environ["RINGCARD_CONFIG_DIR"] = str(tmp / "config")  # a first start: no saved layout
    os.environ["RINGCARD_DATA_DIR"] = str(tmp / "data")
    os.environ["RINGCARD_LOG_DIR"] = str(tmp / "logs")
    if language:
        from tools.screenshots.first_start import set_language

        set_language(language)
    import app.services  # noqa: F401  (flush hooks)
    from app.config import LocalSettings
    from app.db import Database
    from app.services.office import users
    from app.views.app import application
    from app.views.main_window import MainWindow

    size = f"{language}_{width}x{height}" if language else f"{width}x{height}"
    outdir.mkdir(parents=True, exist_ok=True)
    db = Database(f"sqlite:///{tmp / 'office.db'}")
    paths: list[Path] = []
    try:
        ctx = users.sample_context(db, "mary.watson")
        users.current(ctx)
        person = _office(ctx, tmp / "uploads")
        qapp = application()
        window = MainWindow(ctx, LocalSettings.load(), persist=False)
        painted: list[int] = []
        window.first_rows_shown.connect(painted.append)
        window.show()
        wait_until(lambda: bool(painted), "the first rows")
        framed(window)

        window.panel.search_box.setText("Okonkwo")
        wait_until(window.panel.is_idle, "the search")
        window.panel.table.selectRow(0)
        window.open_contact(person)
        card = window.cards.card
        assert card is not None
        wait_until(lambda: card.isVisible() and not window.runner.is_busy(), "the card")
        whole_screen(outdir / f"main_contacts_{size}.png", paths)
        if language:
            window.show_home()
            wait_until(lambda: not window.runner.is_busy(), "the home page")
            whole_screen(outdir / f"main_home_{size}.png", paths)
            window.close()
            qapp.processEvents()
            return paths
        for name, tabs in (("tabs", card.lower_tab_widget), ("upper_tabs", card.upper)):
            if tabs.collapsed:  # too narrow for the row: its Tabs menu
                chooser = tabs.chooser
                _popup(tabs.menu, chooser.mapToGlobal(QPoint(0, chooser.height())))
                whole_screen(outdir / f"main_card_{name}_menu_{size}.png", paths)
                tabs.menu.hide()
        if card.toolbar.more.isVisible():  # buttons that do not fit: the More menu
            more = card.toolbar.more
            _popup(card.toolbar.more_menu, more.mapToGlobal(QPoint(0, more.height())))
            whole_screen(outdir / f"main_card_more_menu_{size}.png", paths)
            card.toolbar.more_menu.hide()

        window.show_home()
        wait_until(lambda: not window.runner.is_busy(), "the home page")
        whole_screen(outdir / f"main_home_{size}.png", paths)
        window.pages.setCurrentIndex(2)  # the help desk, built as it opens, loads its queue
        desk = window.helpdesk
        assert desk is not None
        loaded: list[bool] = []
        desk.tickets.loaded.connect(lambda: loaded.append(True))  # type: ignore[attr-defined]
        wait_until(lambda: bool(loaded) and not window.runner.is_busy(), "the help desk")
        whole_screen(outdir / f"main_helpdesk_{size}.png", paths)
        window.close()
        qapp.processEvents()
    finally:
        db.dispose()
    return paths

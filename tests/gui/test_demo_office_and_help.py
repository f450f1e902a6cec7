"""The wizard's demo office goes to a file of its own (the real database never
receives a demo row) and File > Leave the demo office goes back; the wizard's
Test buttons show what the line and the database answered; Help's dialogs.
Real SQLite files, a real modem line (socat pty pair), the PostgreSQL test server."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QApplication, QWizard
from sqlalchemy import func, select

from app.config import LocalSettings
from app.db import Database
from app.models import Contact
from app.services.context import AppContext
from app.services.office import desk_database
from app.views.first_run.switching import release_closed
from app.views.first_run.wizard import START
from app.views.help_dialogs import AboutDialog, ShortcutsDialog
from app.views.main_window import MainWindow
from tests.gui.conftest import person


def open_window(qtbot, ctx: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx, LocalSettings.load())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_rows_shown, timeout=10_000):
        window.show()
    return window


def wizard_of(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    window.open_first_run()
    wizard = window.first_run_wizard
    qtbot.waitUntil(lambda: wizard.state is not None, timeout=10_000)
    return wizard


def main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible()]


def contacts_in(url: str) -> tuple[int, int]:
    """(all contacts, demo-made contacts) of the database at ``url``."""
    db = Database(url, migrate=False)
    try:
        with db.session(write=False) as s:
            total = s.scalar(select(func.count()).select_from(Contact)) or 0
            demo = s.scalar(select(func.count()).select_from(Contact)
                            .where(Contact.made_by_demo.is_(True))) or 0
            return int(total), int(demo)
    finally:
        db.dispose()


def test_the_demo_office_is_a_separate_file_and_leaving_it_goes_back(
        qtbot, gui_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    person(gui_ctx, "Anna", "Smith", phone="020 7946 0101")
    real_url = gui_ctx.db.url
    window = open_window(qtbot, gui_ctx)
    wizard = wizard_of(qtbot, window)
    assert wizard.country.region() == "GB"  # the office's own choice
    while wizard.currentId() != START:
        wizard.next()
    assert "1 contact" in wizard.start.empty.text()  # "Go on with the 1 contact(s) ..."
    wizard.start.demo.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    # the demo office is made in the runner, then the window reopens on it
    qtbot.waitUntil(lambda: any(w is not window for w in main_windows()), timeout=60_000)
    demo_window = next(w for w in main_windows() if w is not window)  # deleted on close
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    qtbot.waitUntil(demo_window.panel.is_idle, timeout=10_000)

    demo_url = desk_database.demo_office_url()
    assert desk_database.demo_office_path().exists()
    total, demo = contacts_in(demo_url)
    assert total == demo == desk_database.DEMO_CONTACTS
    assert contacts_in(real_url) == (1, 0)  # the real database got no demo row
    settings = LocalSettings.load()
    assert settings.in_demo_office and settings.database_url == demo_url
    assert "demo office" in demo_window.windowTitle()
    assert demo_window.window_actions.leave_demo.isVisible()
    assert demo_window.panel.model.rowCount() > 0  # the demo's customers are listed

    demo_window.window_actions.leave_demo.trigger()
    qtbot.waitUntil(lambda: any(w is not demo_window for w in main_windows()), timeout=20_000)
    back = next(w for w in main_windows() if w is not demo_window)
    qtbot.waitUntil(back.panel.is_idle, timeout=10_000)
    settings = LocalSettings.load()
    assert not settings.in_demo_office and settings.database_url == real_url
    assert not back.window_actions.leave_demo.isVisible()
    assert back.panel.model.rowCount() == 1  # Anna Smith, the office's own
    assert contacts_in(real_url) == (1, 0)
    back.close()
    release_closed()


def test_the_modem_test_shows_what_the_modem_answered(
        qtbot, gui_ctx: AppContext, tmp_path) -> None:  # type: ignore[no-untyped-def]
    if shutil.which("socat") is None:
        pytest.skip("needs socat (make test installs it)")
    from tests.telephony.modem.conftest import FakeModem, SocatPair

    pair = SocatPair(tmp_path)
    pair.start()
    modem = FakeModem(pair.modem_end)
    try:
        window = open_window(qtbot, gui_ctx)
        wizard = wizard_of(qtbot, window)
        page = wizard.line
        page.modem.setChecked(True)
        page.modem_port.setCurrentText(pair.app_end)
        page.test.click()
        qtbot.waitUntil(lambda: "answered" in page.result.text(), timeout=15_000)
        assert page.result.text() == "The modem answered: AT: OK; ATI: OK"
        assert modem.seen[-2:] == ["AT", "ATI"]
    finally:
        modem.close()
        pair.stop()


def test_a_modem_port_that_is_not_there_is_said_in_one_sentence(
        qtbot, gui_ctx: AppContext, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, gui_ctx)
    page = wizard_of(qtbot, window).line
    page.modem.setChecked(True)
    page.modem_port.setCurrentText(str(tmp_path / "ttyNothing"))
    page.test.click()
    qtbot.waitUntil(lambda: page.result.text().startswith("Could not open"), timeout=10_000)
    assert "ttyNothing" in page.result.text() and "\n" not in page.result.text()


def test_the_database_test_says_connected_or_why_not(
        qtbot, gui_ctx: AppContext, pg_base_url: str) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, gui_ctx)
    page = wizard_of(qtbot, window).database
    page.office.setChecked(True)
    page.url.setText(f"{pg_base_url}/postgres")
    page.test.click()
    qtbot.waitUntil(lambda: page.result.text().startswith("Connected"), timeout=20_000)
    assert page.result.text().startswith("Connected: PostgreSQL 15")
    page.url.setText(f"{pg_base_url}/no_such_database_here")
    page.test.click()
    qtbot.waitUntil(lambda: page.result.text().startswith("Could not connect"), timeout=20_000)
    assert "no_such_database_here" in page.result.text()
    assert "\n" not in page.result.text()
    page.url.setText("mysql://someone@server/office")
    assert not page.validatePage()
    assert "postgresql://" in page.result.text()


def test_help_lists_every_shortcut_from_the_actions_and_about_hides_the_password(
        qtbot, gui_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, gui_ctx)
    a = window.window_actions
    assert [act.text() for act in window.help_menu.menu.actions() if not act.isSeparator()] == [
        a.keyboard_shortcuts.text(), a.first_run_wizard.text(), a.about.text()]
    a.keyboard_shortcuts.trigger()
    dialog = window.help_menu.dialog
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    table = dialog.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Find"] == "Ctrl+F"
    assert rows["Import contacts"] == "Ctrl+Shift+I"
    assert rows["Customers"] == "Ctrl+1"
    # a shortcut added to any action of the window shows without editing a list
    a.card_window.setShortcut("Ctrl+Alt+W")
    dialog.close()
    a.keyboard_shortcuts.trigger()
    table = window.help_menu.dialog.table
    assert "Ctrl+Alt+W" in [table.item(r, 1).text() for r in range(table.rowCount())]
    window.help_menu.dialog.close()

    a.about.trigger()
    about = window.help_menu.dialog
    assert isinstance(about, AboutDialog) and about.isVisible()
    assert about.values["database"].text() == gui_ctx.db.url
    assert about.values["version"].text() and about.values["logs"].text()
    secret = AboutDialog("postgresql+psycopg://ringcard:s3cret@server/office", window)
    assert "s3cret" not in secret.values["database"].text()
    assert "server/office" in secret.values["database"].text()


def test_choosing_the_office_database_reopens_the_window_on_it(
        qtbot, gui_ctx: AppContext, pg_base_url: str) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import new_pg_database

    office_url = new_pg_database(pg_base_url)
    window = open_window(qtbot, gui_ctx)
    wizard = wizard_of(qtbot, window)
    page = wizard.database
    page.office.setChecked(True)
    page.url.setText(office_url)
    while wizard.currentId() != START:
        wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: any(w is not window for w in main_windows()), timeout=30_000)
    office_window = next(w for w in main_windows() if w is not window)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert LocalSettings.load().database_url == office_url
    office_window.window_actions.about.trigger()
    assert "postgresql" in office_window.help_menu.dialog.values["database"].text()
    office_window.help_menu.dialog.close()
    office_window.close()
    release_closed()

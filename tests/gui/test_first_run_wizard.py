"""The first-run wizard as a newcomer meets it: offered at the start, skippable
and then not offered again, reopened from Help; the office's country decides
what a typed number becomes; Finish stores the name, initials, country and
currency (real SQLite files, the window's own task runner)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.config import LocalSettings
from app.db import Database
from app.services.context import AppContext
from app.services.office import settings as office_settings
from app.services.office import users
from app.views.app import offer_first_run
from app.views.first_run import FirstRunWizard
from app.views.first_run.wizard import COUNTRY, CURRENCY, DATABASE, LINE, START, WHO
from app.views.main_window import MainWindow
from tests.actors import acting


@pytest.fixture
def fresh_ctx(sqlite_db: Database) -> AppContext:
    """A new office: its first user, no home region chosen yet."""
    return acting(sqlite_db, "mary")


def open_window(qtbot, ctx: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx, LocalSettings.load())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_rows_shown, timeout=10_000):
        window.show()
    return window


def opened_wizard(qtbot, window: MainWindow) -> FirstRunWizard:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: getattr(window, "first_run_wizard", None) is not None
                    and window.first_run_wizard.isVisible(), timeout=10_000)
    wizard = window.first_run_wizard
    qtbot.waitUntil(lambda: wizard.state is not None, timeout=10_000)  # read in the runner
    return wizard


def pick_country(qtbot, wizard: FirstRunWizard, search: str) -> None:  # type: ignore[no-untyped-def]
    box = wizard.country.search
    box.clear()
    qtbot.keyClicks(box, search)


def type_number(qtbot, wizard: FirstRunWizard, number: str) -> None:  # type: ignore[no-untyped-def]
    wizard.country.typed.clear()
    qtbot.keyClicks(wizard.country.typed, number)


def test_a_c_locale_chooses_no_country_and_the_country_decides_the_number(
        qtbot, fresh_ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    window = open_window(qtbot, fresh_ctx)
    offer_first_run(window)  # the start offers it: this desk never finished it
    wizard = opened_wizard(qtbot, window)
    assert wizard.currentId() == WHO
    qtbot.keyClicks(wizard.who.full_name, "Mary Watson")
    assert wizard.who.initials.text() == "MW"  # suggested from the name
    wizard.next()
    assert wizard.currentId() == COUNTRY
    # never silently US: nothing is chosen and Next waits for a choice
    assert wizard.country.region() == ""
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "name no country" in wizard.country.note.text()

    pick_country(qtbot, wizard, "united kingdom")
    assert wizard.country.region() == "GB"
    type_number(qtbot, wizard, "020 7946 0018")
    assert wizard.country.becomes.text() == "+44 20 7946 0018"
    pick_country(qtbot, wizard, "germany")
    assert wizard.country.region() == "DE"
    assert wizard.country.becomes.text() == "+49 2079 460018"  # the same digits, German
    pick_country(qtbot, wizard, "united kingdom")
    assert wizard.country.becomes.text() == "+44 20 7946 0018"
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    wizard.next()
    assert wizard.currentId() == CURRENCY
    assert wizard.currency.value() == "GBP"  # from the country
    for page in (DATABASE, LINE, START):
        wizard.next()
        assert wizard.currentId() == page
    assert wizard.start.empty.isChecked() and wizard.line.none.isChecked()
    with qtbot.waitSignal(wizard.finished_setup, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()

    with fresh_ctx.read() as s:
        assert office_settings.home_region(s) == "GB"
        assert office_settings.get(s, "currency") == "GBP"
    me = users.current(fresh_ctx)
    assert me.full_name == "Mary Watson"
    assert LocalSettings.load().first_run_done
    # and the contact dialog's numbers follow the office's country now
    from app.services.contacts import core as contacts
    from app.services.dto import ContactInput, PhoneInput

    cid = contacts.create(fresh_ctx, ContactInput(kind="person", contact_type="lead",
                                                  first_name="Ann", last_name="Hughes",
                                                  phones=[PhoneInput("020 7946 0018")]))
    assert contacts.as_input(fresh_ctx, cid).phones[0].number == "020 7946 0018"
    with fresh_ctx.read() as s:
        from app.models import ContactPhone

        assert s.query(ContactPhone.e164).filter_by(contact_id=cid).scalar() == "+442079460018"


def test_the_system_locale_chooses_the_country_and_its_currency(
        qtbot, fresh_ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "nb_NO.UTF-8")
    window = open_window(qtbot, fresh_ctx)
    window.open_first_run()
    wizard = opened_wizard(qtbot, window)
    assert wizard.country.region() == "NO"
    assert wizard.country.becomes.text().startswith("+47 ")  # Norway's own example
    wizard.next()
    wizard.next()
    assert wizard.currency.value() == "NOK"


def test_skip_keeps_the_defaults_and_is_not_offered_again_but_help_opens_it(
        qtbot, fresh_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, fresh_ctx)
    offer_first_run(window)
    wizard = opened_wizard(qtbot, window)
    wizard.button(QWizard.WizardButton.CustomButton1).click()  # Skip
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10_000)
    assert LocalSettings.load().first_run_done
    with fresh_ctx.read() as s:  # nothing was stored for the office
        from app.models import OfficeSetting

        assert s.get(OfficeSetting, "home_region") is None

    # the next start does not offer it
    second = open_window(qtbot, fresh_ctx)
    offer_first_run(second)
    qtbot.wait(50)  # nothing to wait for: the wizard must not appear
    assert getattr(second, "first_run_wizard", None) is None

    # Help > First-run wizard opens it again
    help_menu = second.help_menu.menu
    assert second.window_actions.first_run_wizard in help_menu.actions()
    second.window_actions.first_run_wizard.trigger()
    again = opened_wizard(qtbot, second)
    assert again.isVisible() and again.currentId() == WHO


def test_refused_initials_send_the_user_back_with_the_reason(
        qtbot, fresh_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, fresh_ctx)
    window.open_first_run()
    wizard = opened_wizard(qtbot, window)
    wizard.who.initials.setText("M4")
    wizard.country.choose("GB")
    while wizard.currentId() != START:
        wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == WHO, timeout=10_000)
    assert "letters" in wizard.who.error.text()
    assert wizard.isVisible()
    assert not LocalSettings.load().first_run_done


def test_a_rep_sees_the_office_choices_but_cannot_change_them(
        qtbot, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    manager = acting(sqlite_db, "mary")
    with manager.write() as s:
        office_settings.set_value(s, "home_region", "IE")
    rep = acting(sqlite_db, "tom", role="rep")
    window = open_window(qtbot, rep)
    window.open_first_run()
    wizard = opened_wizard(qtbot, window)
    assert wizard.country.region() == "IE"
    assert not wizard.country.list.isEnabled()
    assert "Only a manager" in wizard.country.note.text()
    qtbot.keyClicks(wizard.who.full_name, "Tom Hart")
    while wizard.currentId() != START:
        wizard.next()
    with qtbot.waitSignal(wizard.finished_setup, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert users.current(rep).full_name == "Tom Hart"


def test_keys_of_the_wizard_window(qtbot, fresh_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    """Escape is a skip too: the wizard is not offered again."""
    window = open_window(qtbot, fresh_ctx)
    offer_first_run(window)
    wizard = opened_wizard(qtbot, window)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10_000)
    assert LocalSettings.load().first_run_done


def test_a_phone_line_chosen_in_the_wizard_is_watched_at_once(
        qtbot, gui_ctx: AppContext, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Finish stores the modem as Settings > Telephony would and the window's
    telephony restarts with it (no restart of Ringcard)."""
    window = open_window(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: window.telephony is not None, timeout=10_000)
    assert window.telephony.modems == {}
    window.open_first_run()
    wizard = opened_wizard(qtbot, window)
    port = str(tmp_path / "ttyModem")
    while wizard.currentId() != LINE:
        wizard.next()
    wizard.line.modem.setChecked(True)
    wizard.line.modem_port.setCurrentText(port)
    while wizard.currentId() != START:
        wizard.next()
    with qtbot.waitSignal(wizard.finished_setup, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert list(LocalSettings.load().modems) == [port]
    qtbot.waitUntil(lambda: window.telephony is not None and port in window.telephony.modems,
                    timeout=10_000)


def test_a_rep_goes_on_when_the_office_has_no_country_yet(
        qtbot, sqlite_db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANG", "en_GB.UTF-8")  # a guess from the locale is no office's choice
    acting(sqlite_db, "mary")  # the office's manager, who chose nothing yet
    rep = acting(sqlite_db, "tom", role="rep")
    window = open_window(qtbot, rep)
    window.open_first_run()
    wizard = opened_wizard(qtbot, window)
    wizard.next()
    assert wizard.currentId() == COUNTRY
    assert wizard.country.region() == ""
    assert "a manager chooses it" in wizard.country.note.text()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    while wizard.currentId() != START:
        wizard.next()
    with qtbot.waitSignal(wizard.finished_setup, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    with rep.read() as s:
        from app.models import OfficeSetting

        assert s.get(OfficeSetting, "home_region") is None

"""The German translation loaded (issue 14): every text a user sees in the main
window (Home, Contacts with a card open, Help desk, the menus) is German; Qt's
own buttons are German; dates and numbers follow the German locale; and
Settings > Language saves the choice for the next start."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app import i18n
from app.config import LocalSettings
from app.i18n import translate
from app.services.activities.edit import ActivityForm
from app.services.context import AppContext
from app.services.helpdesk import tickets as helpdesk
from app.views import language
from app.views.main_window import MainWindow
from app.views.widgets.dates import format_date, format_datetime, format_time
from tests.gui.conftest import person
from tests.gui.untranslated import Catalogue, offenders

WAIT = 10_000


@pytest.fixture
def german(qapp: QApplication) -> Iterator[language.Loaded]:
    """The app as a desk set to German starts it; English again afterwards."""
    settings = LocalSettings.load()
    settings.language = language.GERMAN
    settings.save()
    loaded = language.install(qapp, LocalSettings.load().language)
    yield loaded
    language.install(qapp, language.ENGLISH, QLocale.c())
    i18n.install(None)


def test_the_german_catalogues_load(german: language.Loaded) -> None:
    assert german.language == "de"
    assert german.catalogues == ("ringcard_de.qm", "qtbase_de.qm")
    assert translate("LanguageMenu", "&Language") == "&Sprache"


def test_qt_s_own_buttons_are_german(qtbot, german: language.Loaded) -> None:  # type: ignore[no-untyped-def]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(buttons)
    texts = {b.text().replace("&", "") for b in buttons.buttons()}
    assert texts == {"OK", "Abbrechen", "Speichern"}


def test_dates_and_numbers_follow_the_german_locale(german: language.Loaded) -> None:
    assert QLocale().name() == "de_DE"
    assert format_date(date(2026, 12, 7)) == "07.12.26"
    noon = datetime(2026, 12, 7, 12, 5, tzinfo=UTC)
    local = noon.astimezone()
    assert format_time(noon) == f"{local.hour:02d}:{local.minute:02d}"
    assert format_datetime(noon) == f"{format_date(noon)} {format_time(noon)}"
    assert QLocale().toString(1234.5, "f", 2) == "1.234,50"


def test_english_again_without_the_catalogue(qapp: QApplication) -> None:
    loaded = language.install(qapp, language.ENGLISH, QLocale.c())
    try:
        assert loaded.catalogues == ()
        assert translate("LanguageMenu", "&Language") == "&Language"
        assert format_date(date(2026, 12, 7)) == "2026-12-07"  # C locale: ISO
    finally:
        i18n.install(None)


def test_every_visible_string_of_the_main_window_is_german(  # type: ignore[no-untyped-def]
        qtbot, named_ctx: AppContext, german: language.Loaded) -> None:
    ann = person(named_ctx, "Ann", "Lee", phone="020 7946 0018")
    helpdesk.open_ticket(named_ctx, ActivityForm(kind="ticket", subject="Printer jams",
                                                 contact_id=ann, body="Tray 2"))
    data = ["Anna Smith", "Ben Smithson", "Carl Jones", "Dora Smith", "Evan Brown",
            "Hope Works", "Little Bee Honey", "Ann Lee", "Printer jams", "Tray 2",
            "anna@hopeworks.co.uk", "carl.jones@example.org", named_ctx.user, "Ringcard",
            "English", "Deutsch"]
    window = MainWindow(named_ctx, LocalSettings.load())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitSignal(window.first_rows_shown, timeout=WAIT):
        window.show()
    qtbot.waitUntil(window.panel.is_idle, timeout=WAIT)
    catalogue = Catalogue.load()
    found: dict[str, str] = {}  # offending text -> where it was first seen, and why

    def idle() -> None:
        qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=WAIT)

    def walk(where: str) -> None:
        idle()
        for text, why in offenders([window], catalogue, data).items():
            found.setdefault(text, f"{where}: {why}")

    for index in range(window.pages.count()):  # every page: Home, Contacts, Help desk, ...
        window.pages.setCurrentIndex(index)
        if window.pages.widget(index) is not window.splitter:
            if window.helpdesk is not None:  # built on its first showing, shown a moment later
                qtbot.waitUntil(window.helpdesk.isVisible, timeout=WAIT)
            walk(window.pages.tabText(index))
            continue
        window.open_contact(ann)
        card = window.cards.card
        assert card is not None
        qtbot.waitUntil(card.isVisible, timeout=WAIT)
        walk("Contacts")
        for tab in range(card.lower_tab_widget.count()):  # every lower tab once
            card.lower_tab_widget.setCurrentIndex(tab)
            walk(f"Card tab {card.lower_tab_widget.tabText(tab)}")
    assert window.helpdesk is not None

    assert not found, "English left on the German screen:\n" + "\n".join(sorted(found.values()))
    assert window.pages.tabText(0) != "Home"  # the walk saw a German window at all
    window.close()


def test_the_language_menu_saves_the_choice_for_the_next_start(  # type: ignore[no-untyped-def]
        qtbot, gui_ctx: AppContext) -> None:
    window = MainWindow(gui_ctx, LocalSettings.load())
    qtbot.addWidget(window)
    menu = window.language_menu
    assert menu.actions[language.SYSTEM].isChecked()
    assert [a.text() for a in menu.menu.actions()] == ["&System language", "English", "Deutsch"]
    with qtbot.waitSignal(menu.chosen, timeout=WAIT) as chosen:
        menu.actions[language.GERMAN].trigger()
    assert chosen.args == ["de"]
    assert LocalSettings.load().language == "de"
    assert menu.actions[language.GERMAN].isChecked()
    window.close()
    again = MainWindow(gui_ctx, LocalSettings.load())
    qtbot.addWidget(again)
    assert again.language_menu.actions[language.GERMAN].isChecked()
    again.close()


def test_the_app_starts_in_the_language_its_settings_name(qapp: QApplication) -> None:
    from app.views.app import application

    settings = LocalSettings.load()
    settings.language = language.GERMAN
    settings.save()
    try:
        assert application() is qapp
        assert translate("LanguageMenu", "&Language") == "&Sprache"
        assert QLocale().language() == QLocale.Language.German
    finally:
        language.install(qapp, language.ENGLISH, QLocale.c())
        i18n.install(None)


def _accelerator(text: str) -> str:
    cleaned = text.replace("&&", "")
    at = cleaned.find("&")
    return cleaned[at + 1].casefold() if 0 <= at < len(cleaned) - 1 else ""


def test_german_menus_keep_one_accelerator_per_letter(  # type: ignore[no-untyped-def]
        qtbot, gui_ctx: AppContext, german: language.Loaded) -> None:
    window = MainWindow(gui_ctx, LocalSettings.load())
    qtbot.addWidget(window)
    clashes: list[str] = []

    def check(title: str, actions: list) -> None:  # type: ignore[type-arg]
        seen: dict[str, str] = {}
        for action in actions:
            if action.isSeparator() or not action.isVisible():
                continue
            key = _accelerator(action.text())
            if key and key in seen:
                clashes.append(f"{title}: {seen[key]!r} and {action.text()!r} share &{key}")
            seen.setdefault(key, action.text())
            if action.menu() is not None:
                check(f"{title} > {action.text()}", action.menu().actions())

    check("menu bar", window.menuBar().actions())
    assert clashes == []
    window.close()

"""The contact card in German (issue 14): with the German catalogue loaded, every
text of its header, toolbar, upper tabs and lower tabs is German, for a person
with phones, e-mails, an address, a company link and activities, and dates
follow the German locale."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from app import i18n
from app.services.activities import by_contact as contact_activities
from app.services.contacts import core as contacts
from app.services.contacts import links
from app.services.context import AppContext
from app.services.dto import AddressInput, ContactInput, EmailInput, PhoneInput
from app.views import language
from app.views.card.card_widget import ContactCard
from app.views.tasks import TaskRunner
from tests.gui.untranslated import Catalogue, offenders

WAIT = 10_000


@pytest.fixture
def german(qapp: QApplication) -> Iterator[language.Loaded]:
    loaded = language.install(qapp, language.GERMAN)
    yield loaded
    language.install(qapp, language.ENGLISH, QLocale.c())
    i18n.install(None)


def test_every_tab_of_the_card_reads_german(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                            german: language.Loaded) -> None:
    firm = contacts.create(ctx, ContactInput(kind="company", contact_type="customer",
                                             company_name="Hope Works"))
    cid = contacts.create(ctx, ContactInput(
        kind="person", contact_type="customer", first_name="Anna", last_name="Smith",
        title="Buyer", follow_up_date=date(2026, 12, 7),
        phones=[PhoneInput("020 7946 0101"), PhoneInput("07700 900123", kind="mobile")],
        emails=[EmailInput("anna@hopeworks.co.uk"), EmailInput("anna@home.example", kind="home")],
        addresses=[AddressInput(street="1 High St", postcode="SW1A 1AA", city="London",
                                country="GB")]))
    links.link_company(ctx, cid, firm, "Buyer")
    contact_activities.add_note(ctx, cid, "Likes the blue ones")
    contact_activities.add_task(ctx, cid, "Send the quote")
    # the card is made after the language is installed, as the app makes it
    runner = TaskRunner()
    card = ContactCard(ctx, runner)
    qtbot.addWidget(card)
    card.resize(1366, 760)
    card.show()
    card.show_contact(cid)
    data = ["Anna Smith", "Anna", "Smith", "Hope Works", "Buyer", "Likes the blue ones",
            "Send the quote", "High St", "London", "GB", "SW1A", "AA", "anna", "hopeworks",
            "co", "uk", "home", "example", "alice", "Alice", "EUR", "GBP", "USD", "NOK", "SEK",
            "DKK", "CHF", "IBAN", "BIC", "SMS", "Fax", "Ringcard"]
    catalogue = Catalogue.load()
    found: dict[str, str] = {}

    def walk(where: str) -> None:
        qtbot.waitUntil(lambda: not runner.is_busy(), timeout=WAIT)
        for text, why in offenders([card], catalogue, data).items():
            found.setdefault(text, f"{where}: {why}")

    try:
        for tabs in (card.upper, card.lower_tab_widget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                walk(tabs.tabText(index))
        assert not found, "English left on the German card:\n" + "\n".join(sorted(found.values()))
        info = card.upper_tabs["contact_info"]
        assert info.values["follow_up"].text() == "07.12.26"  # the German short date
        assert info.values["phones"].text().startswith("Geschäftlich:")
    finally:
        runner.shutdown()

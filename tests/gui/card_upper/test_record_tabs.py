"""Additional Information, Bank details, E-mail and Customer Settings."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from app.services.activities import core as activities
from app.services.activities.core import ActivityInput
from app.services.contacts import core as contacts
from app.services.contacts import settings as contact_settings
from app.services.dto import BankInput
from tests.actors import acting
from tests.gui.card_upper.conftest import person, select_tab

GOOD_IBAN = "GB82 WEST 1234 5698 7654 32"


def test_additional_info_add_rows_and_save(qtbot, ctx, card) -> None:
    cid = person(ctx)
    card.show_contact(cid)
    tab = select_tab(card, "additional_info")
    assert not tab.save_button.isEnabled()
    qtbot.mouseClick(tab.websites.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.websites.editor(0, "url"), "https://hopeworks.co.uk")
    qtbot.mouseClick(tab.info.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.info.editor(0, "key"), "Reception")
    qtbot.keyClicks(tab.info.editor(0, "value"), "Mon-Fri 8-16")
    qtbot.mouseClick(tab.info.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.info.editor(1, "value"), "no name")
    assert tab.save_button.isEnabled()

    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)  # row 2 has no name
    assert "needs a name" in tab.info.error_label(1).text()
    assert contacts.get(ctx, cid).websites == ()

    qtbot.mouseClick(tab.info.remove_button(1), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(card.contact_changed):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    saved = contacts.get(ctx, cid)
    assert saved.websites == ("https://hopeworks.co.uk",)
    assert saved.extra_info == (("Reception", "Mon-Fri 8-16"),)
    assert tab.websites.count() == 1 and not tab.save_button.isEnabled()


def test_additional_info_stale_save_is_refused(qtbot, ctx, card) -> None:
    cid = person(ctx)
    card.show_contact(cid)
    tab = select_tab(card, "additional_info")
    bob = acting(ctx.db, "bob")
    data = contacts.as_input(bob, cid)
    data.websites = ["https://bob.example"]
    contacts.update_contact(bob, cid, data)
    tab.websites.add_row({"url": "https://alice.example"})
    assert tab.save() is False
    assert "changed by bob" in tab.banner.text()
    assert contacts.get(ctx, cid).websites == ("https://bob.example",)


def test_bank_iban_checked_on_the_field_and_saved(qtbot, ctx, card) -> None:
    cid = person(ctx)
    card.show_contact(cid)
    tab = select_tab(card, "bank")
    qtbot.mouseClick(tab.accounts.add_button, Qt.MouseButton.LeftButton)
    iban = tab.accounts.editor(0, "iban")
    qtbot.keyClicks(iban, "GB82 WEST 1234 5698 7654 33")
    qtbot.keyClick(iban, Qt.Key.Key_Tab)  # leaving the field checks it
    assert "check digits" in tab.accounts.error_label(0).text()

    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.accounts.error_label(0).isVisible()
    assert "check digits" in tab.accounts.error_label(0).text()
    assert contacts.get(ctx, cid).bank_accounts == ()

    iban.clear()
    qtbot.keyClicks(iban, GOOD_IBAN)
    qtbot.keyClicks(tab.accounts.editor(0, "bank_name"), "West Bank")
    with qtbot.waitSignal(card.contact_changed):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert contacts.get(ctx, cid).bank_accounts == (
        BankInput("GB82WEST12345698765432", "", "West Bank", ""),)
    assert tab.accounts.editor(0, "iban").text() == "GB82WEST12345698765432"
    assert not tab.accounts.error_label(0).isVisible()


def test_email_tab_lists_mail_and_shows_the_body(qtbot, ctx, card, qtmodeltester) -> None:
    cid = person(ctx)
    card.show_contact(cid)
    tab = select_tab(card, "email")
    qtbot.waitUntil(lambda: tab.empty.isVisible())
    assert "mail integration" in tab.empty.text()

    for kind, subject, body, when in (
            ("mail", "Quote for 40 seats", "Dear Anna,\nplease find the quote.", 1),
            ("call", "Not a mail", "", 2),
            ("direct_mail", "Spring catalogue", "", 3)):
        activities.add(ctx, ActivityInput(kind=kind, contact_id=cid, subject=subject,
                                             body=body, direction="out",
                                             occurred_at=datetime(2026, 3, when, 9, tzinfo=UTC)))
    card.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    qtmodeltester.check(tab.model)
    assert [tab.model.index(r, 2).data() for r in range(2)] == ["Spring catalogue",
                                                                "Quote for 40 seats"]
    assert tab.model.index(0, 1).data() == "Sent"
    tab.table.selectRow(1)
    assert "please find the quote" in tab.body.toPlainText()
    assert tab.empty.isHidden()


def test_customer_settings_only_after_plus_and_saves(qtbot, ctx, card) -> None:
    cid = person(ctx, contact_type="customer")
    card.show_contact(cid)
    tab = card.upper_tabs["customer_settings"]
    assert card.upper.indexOf(tab) < 0
    qtbot.mouseClick(card.header.plus, Qt.MouseButton.LeftButton)
    assert card.upper.indexOf(tab) == card.upper.count() - 1
    assert card.upper.tabText(card.upper.indexOf(tab)) == "Customer Settings"
    select_tab(card, "customer_settings")

    tab.currency.setCurrentIndex(tab.currency.findData("NOK"))
    tab.payment_terms.setCurrentText("Net 30")
    tab.payment_days.setValue(30)
    qtbot.keyClicks(tab.price_list, "Retail")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.state.text() == "Saved"
    assert contact_settings.get_customer_terms(ctx, cid) == contact_settings.CustomerTerms(
        "NOK", "Net 30", 30, "Retail")

    card.show_contact(person(ctx, "Lee", "Lead"))  # not a consumer: the tab goes away
    assert card.upper.indexOf(tab) < 0

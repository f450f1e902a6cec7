"""Create, edit, stale edit and convert through the dialogs, as a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.services.contacts import core as contacts
from app.services.context import AppContext
from app.services.dto import ContactInput, EmailInput, PhoneInput
from app.services.office import lists as lookups
from app.views.dialogs import contact_dialog
from app.views.dialogs.contact_dialog import ContactDialog, edit_contact, new_contact
from app.views.dialogs.convert_dialog import ConvertDialog, convert_contact
from tests.actors import acting
from tests.gui.card_upper.conftest import answer_dialog, person, select_tab


def _count(ctx: AppContext) -> int:
    from sqlalchemy import func, select

    from app.models import Contact

    with ctx.read() as s:
        return int(s.scalar(select(func.count()).select_from(Contact)) or 0)


def test_invalid_email_is_shown_beside_the_field_and_nothing_is_saved(qtbot, ctx) -> None:
    dialog = ContactDialog(ctx, ContactInput(kind="person"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first_name, "Nora")
    qtbot.keyClicks(dialog.last_name, "Quist")
    dialog.pages.setCurrentIndex(1)
    qtbot.mouseClick(dialog.emails.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.emails.editor(0, "address"), "nora@@example")
    dialog.pages.setCurrentIndex(0)
    with qtbot.waitSignal(dialog.refused, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    label = dialog.emails.error_label(0)
    assert label.isVisible()
    assert "not a valid e-mail address" in label.text()
    assert dialog.pages.currentIndex() == 1  # the page with the bad field came forward
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert _count(ctx) == 0

    # fixing it saves
    dialog.emails.editor(0, "address").clear()
    qtbot.keyClicks(dialog.emails.editor(0, "address"), "nora@example.com")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = contacts.get(ctx, dialog.contact_id)
    assert saved.display_name.startswith("Quist") or "Nora" in saved.display_name
    assert [e.address for e in saved.emails] == ["nora@example.com"]


def test_missing_name_and_bad_phone_on_their_fields(qtbot, ctx) -> None:
    dialog = ContactDialog(ctx, ContactInput(kind="person"))
    qtbot.addWidget(dialog)
    dialog.phones.add_row({"kind": "mobile", "number": "12"})
    with qtbot.waitSignal(dialog.refused, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "first or a last name" in dialog.field_errors["last_name"].text()
    assert dialog.phones.error_label(0).text()
    assert dialog.pages.currentIndex() == 0
    assert _count(ctx) == 0


def test_new_company_through_the_helper(qtbot, ctx, monkeypatch) -> None:
    def fill(d: ContactDialog) -> None:
        d.company_name.setText("Hope Works")
        d.contact_type.setCurrentIndex(d.contact_type.findData("account"))
        d.account_kind.setCurrentIndex(d.account_kind.findData("reseller"))
        d.phones.add_row({"kind": "work", "number": "020 7946 0101"})

    answer_dialog(monkeypatch, ContactDialog, fill)
    new_id = new_contact(None, ctx, "company")
    assert new_id is not None
    saved = contacts.get(ctx, new_id)
    assert (saved.kind, saved.company_name, saved.contact_type, saved.account_kind) == \
        ("company", "Hope Works", "account", "reseller")
    assert saved.phones[0].e164 == "+442079460101"


def test_edit_and_save_from_the_contact_info_tab(qtbot, ctx, card, monkeypatch) -> None:
    cid = person(ctx, phones=[PhoneInput("020 7946 0101")], emails=[EmailInput("a@x.co.uk")])
    status = lookups.items(ctx, "status")[0]
    card.show_contact(cid)
    tab = select_tab(card, "contact_info")
    assert tab.values["phones"].text() == "Work:  020 7946 0101"

    def fill(d: ContactDialog) -> None:
        assert d.first_name.text() == "Anna"
        d.title_edit.setText("Buyer")
        d.status.setCurrentIndex(d.status.findData(status.id))
        d.follow_up.check.setChecked(True)

    seen = answer_dialog(monkeypatch, ContactDialog, fill)
    with qtbot.waitSignal(card.contact_changed):
        qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    saved = contacts.get(ctx, cid)
    assert (saved.title, saved.status_id) == ("Buyer", status.id)
    assert saved.follow_up_date is not None
    assert tab.values["title"].text() == "Buyer"
    assert tab.values["status"].text() == status.name
    assert [e.address for e in saved.emails] == ["a@x.co.uk"]  # untouched lists kept


def test_stale_edit_is_refused_and_overwrites_nothing(qtbot, ctx, monkeypatch) -> None:
    cid = person(ctx)
    bob = acting(ctx.db, "bob")

    def fill(d: ContactDialog) -> None:
        # while alice types, bob saves the same contact
        data = contacts.as_input(bob, cid)
        data.title = "Bob's title"
        contacts.update_contact(bob, cid, data)
        d.title_edit.setText("Alice's title")

    dialogs = answer_dialog(monkeypatch, ContactDialog, fill)
    assert edit_contact(None, ctx, cid) is False
    dialog = dialogs[0]
    qtbot.addWidget(dialog)
    assert "changed by bob" in dialog.banner.text()
    assert not dialog.banner.isHidden()
    assert not dialog.save_button.isEnabled()
    assert contacts.get(ctx, cid).title == "Bob's title"


def test_convert_lead_to_potential_with_stage_then_customer(qtbot, ctx, monkeypatch) -> None:
    cid = person(ctx, contact_type="lead")
    stage = lookups.items(ctx, "conversion_stage")[1]

    def to_potential(d: ConvertDialog) -> None:
        assert d.to_potential.isChecked()
        d.stage.setCurrentIndex(d.stage.findData(stage.id))

    answer_dialog(monkeypatch, ConvertDialog, to_potential)
    assert convert_contact(None, ctx, contacts.get(ctx, cid)) == cid
    d = contacts.get(ctx, cid)
    assert (d.contact_type, d.conversion_stage_id) == ("potential", stage.id)

    answer_dialog(monkeypatch, ConvertDialog, lambda dlg: dlg.to_customer.setChecked(True))
    assert convert_contact(None, ctx, d) == cid
    assert contacts.get(ctx, cid).contact_type == "customer"


def test_copy_account_to_customer_returns_the_new_id(qtbot, ctx, monkeypatch) -> None:
    cid = person(ctx, "Acc", "Ount", "account", account_kind="media")
    answer_dialog(monkeypatch, ConvertDialog, lambda d: None)
    new_id = convert_contact(None, ctx, contacts.get(ctx, cid))
    assert new_id is not None and new_id != cid
    assert contacts.get(ctx, new_id).contact_type == "customer"
    assert contacts.get(ctx, cid).contact_type == "account"


def test_customer_has_nothing_to_convert(qtbot, ctx) -> None:
    cid = person(ctx, contact_type="customer")
    dialog = ConvertDialog(ctx, contacts.get(ctx, cid))
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert "nothing to convert" in dialog.intro.text()


def test_module_helpers_exist() -> None:
    assert callable(contact_dialog.new_contact) and callable(contact_dialog.edit_contact)

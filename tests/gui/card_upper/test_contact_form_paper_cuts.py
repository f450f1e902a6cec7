"""Paper cuts of issue 13 in the contact and convert dialogs, as a user meets them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from app.models import ConversionStage
from app.services.contacts import core as contacts
from app.services.dto import ContactInput, PhoneInput
from app.services.office import lists as lookups
from app.views.dialogs.contact_dialog import ContactDialog, edit_contact
from app.views.dialogs.convert_dialog import ConvertDialog
from tests.gui.card_upper.conftest import answer_dialog, person


def test_name_fields_take_no_more_than_their_column_and_old_long_data_is_refused(
        qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = ContactDialog(ctx, ContactInput(kind="person"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.last_name, "x" * 130)
    assert len(dialog.last_name.text()) == 120  # typing stops at the limit
    dialog.phones.add_row({"kind": "work"})
    assert dialog.phones.editor(0, "number").maxLength() == 60  # type: ignore[union-attr]

    # a name written long before the limit (an old import) is not cut silently:
    # the save is refused on the field, with the reason
    old = ContactDialog(ctx, ContactInput(kind="person", first_name="Ann", last_name="L" * 500))
    qtbot.addWidget(old)
    assert len(old.last_name.text()) == 500
    with qtbot.waitSignal(old.refused, timeout=10_000):
        qtbot.mouseClick(old.save_button, Qt.MouseButton.LeftButton)
    assert old.field_errors["last_name"].text() == "At most 120 characters (this has 500)"
    assert old.isVisible() is False and old.contact_id is None


def test_an_ordinary_edit_keeps_a_retired_conversion_stage(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    stage = lookups.items(ctx, "conversion_stage")[2]
    cid = person(ctx, contact_type="potential", conversion_stage_id=stage.id)
    with ctx.write() as s:  # the office retires the stage the Potential stands at
        s.execute(update(ConversionStage).where(ConversionStage.id == stage.id)
                  .values(active=False))

    def fill(d: ContactDialog) -> None:
        assert d.stage.currentText() == f"{stage.name} (retired)"
        d.title_edit.setText("Buyer")

    answer_dialog(monkeypatch, ContactDialog, fill)
    assert edit_contact(None, ctx, cid) is True
    saved = contacts.get(ctx, cid)
    assert (saved.title, saved.conversion_stage_id) == ("Buyer", stage.id)


def test_a_blank_phone_row_is_ignored_and_errors_land_on_the_right_row(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = ContactDialog(ctx, ContactInput(kind="person", last_name="Lee"))
    qtbot.addWidget(dialog)
    dialog.phones.add_row({"kind": "mobile", "number": "   "})
    dialog.phones.add_row({"kind": "work", "number": "12"})
    with qtbot.waitSignal(dialog.refused, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.phones.error_label(0).text()  # the blank row is not a phone
    assert dialog.phones.error_label(1).text()  # the bad number's own row says why

    dialog.phones.editor(1, "number").setText("020 7946 0101")  # type: ignore[union-attr]
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.contact_id is not None
    assert [p.e164 for p in contacts.get(ctx, dialog.contact_id).phones] == ["+442079460101"]


# the completion's popup grabs the keyboard, which the offscreen platform cannot
@pytest.mark.qt_log_ignore("propagateSizeHints", r"does not support raise\(\)",
                           "does not support grabbing the keyboard")
def test_the_person_form_links_a_company_chosen_as_you_type(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    hope = contacts.create(ctx, ContactInput(kind="company", company_name="Hope Works"))
    contacts.create(ctx, ContactInput(kind="company", company_name="Hopewell Farm"))
    dialog = ContactDialog(ctx, ContactInput(kind="person"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.link_company.isVisible()
    qtbot.keyClicks(dialog.last_name, "Lee")
    dialog.link_company.setFocus()
    with qtbot.waitSignal(dialog.company_choices_shown, timeout=5000) as shown:
        qtbot.keyClicks(dialog.link_company, "hope")
    assert shown.args == [2]
    offered = [dialog.company_model.item(r).text() for r in range(dialog.company_model.rowCount())]
    assert offered == ["Hope Works", "Hopewell Farm"]
    dialog.choose_company(offered.index("Hope Works"))
    assert dialog.link_company.text() == "Hope Works"
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.contact_id is not None
    links = contacts.get(ctx, dialog.contact_id).links
    assert [(lk.company_id, lk.company_name) for lk in links] == [(hope, "Hope Works")]


def test_a_company_typed_that_does_not_exist_is_said_on_the_field(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = ContactDialog(ctx, ContactInput(kind="person", last_name="Lee",
                                             phones=[PhoneInput("020 7946 0101")]))
    qtbot.addWidget(dialog)
    dialog.link_company.setText("Nowhere Ltd")
    with qtbot.waitSignal(dialog.refused, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "There is no company “Nowhere Ltd”" in dialog.field_errors["link_company"].text()
    assert dialog.contact_id is None
    company = ContactDialog(ctx, ContactInput(kind="company"))
    qtbot.addWidget(company)
    assert company.link_company.isHidden()  # a company is not linked to a company


def test_copy_to_customer_shows_all_of_its_text(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    aid = contacts.create(ctx, ContactInput(kind="company", contact_type="account",
                                            account_kind="media",
                                            company_name="Quayside Media Group International"))
    dialog = ConvertDialog(ctx, contacts.get(ctx, aid))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    intro = dialog.intro
    assert "is an Account" in intro.text()
    assert intro.height() >= intro.heightForWidth(intro.width())  # every line of it
    assert dialog.ok_button.text() == "Copy to Customer"
    assert dialog.ok_button.width() >= dialog.ok_button.sizeHint().width()

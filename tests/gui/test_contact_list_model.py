"""The windowed contact model: correct rows, Qt model rules, bounded memory."""

from __future__ import annotations

from array import array

import pytest
from PySide6.QtCore import Qt

from app.services.contacts import core as contacts
from app.services.contacts import list_rows as contact_list
from app.services.contacts.list_rows import Filters
from app.services.context import AppContext
from app.views import contact_list_model
from app.views.contact_list_model import COLUMN_NAMES, ContactListModel
from tests.gui.conftest import company, person


def _text(model: ContactListModel, row: int, column: str) -> str:
    return model.data(model.index(row, COLUMN_NAMES.index(column)))


def test_model_passes_qt_model_checks_with_real_rows(qtmodeltester, named_ctx: AppContext) -> None:
    model = ContactListModel(named_ctx)
    model.set_ids(contact_list.ordered_ids(named_ctx, Filters()))
    assert model.rowCount() == 7
    qtmodeltester.check(model)  # Qt's own QAbstractItemModelTester
    qtmodeltester.check(model, force_py=True)  # pytest-qt's, which also checks role types


def test_rows_show_reference_columns(named_ctx: AppContext) -> None:
    model = ContactListModel(named_ctx)
    model.set_ids(contact_list.ordered_ids(named_ctx, Filters(contact_type="customer")))
    names = [_text(model, r, "Name") for r in range(model.rowCount())]
    assert names == ["Hope Works", "Carl Jones", "Anna Smith", "Ben Smithson"]
    anna = names.index("Anna Smith")
    assert _text(model, anna, "Contact") == "Hope Works"
    assert _text(model, anna, "Phone") == "020 7946 0101"
    assert _text(model, anna, "Email") == "anna@hopeworks.co.uk"
    assert _text(model, anna, "Active") == "Yes"
    assert _text(model, anna, "Call contact") == "Yes"
    complete = _text(model, anna, "Complete")
    assert complete.endswith("%") and 0 < int(complete[:-1]) <= 100
    align = model.data(model.index(anna, COLUMN_NAMES.index("Complete")),
                       Qt.ItemDataRole.TextAlignmentRole)
    assert align & Qt.AlignmentFlag.AlignRight
    assert _text(model, 0, "Code").startswith("CUS")  # a company customer gets a number
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(10)] == [
        "Name", "Code", "Contact", "Phone", "Email", "Complete", "Status", "Rating",
        "Active", "Call contact"]


def test_contact_id_maps_rows_to_ids(named_ctx: AppContext) -> None:
    ids = contact_list.ordered_ids(named_ctx, Filters(kind="company"))
    model = ContactListModel(named_ctx)
    model.set_ids(ids)
    assert [model.contact_id(r) for r in range(model.rowCount())] == list(ids)
    assert model.contact_id(-1) is None
    assert model.contact_id(len(ids)) is None


def test_page_cache_stays_small_while_scrolling(gui_ctx: AppContext,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(contact_list_model, "PAGE_SIZE", 5)
    monkeypatch.setattr(contact_list_model, "MAX_PAGES", 3)
    for i in range(60):
        person(gui_ctx, f"P{i:02d}", "Tester")
    model = ContactListModel(gui_ctx)
    model.set_ids(contact_list.ordered_ids(gui_ctx, Filters()))
    assert model.rowCount() == 60
    seen = [_text(model, r, "Name") for r in range(60)]
    assert seen == [f"P{i:02d} Tester" for i in range(60)]
    assert model.cached_pages() <= 3
    assert _text(model, 0, "Name") == "P00 Tester"  # evicted page comes back right


def test_a_contact_deleted_after_listing_does_not_break_the_list(named_ctx: AppContext) -> None:
    ids = contact_list.ordered_ids(named_ctx, Filters(contact_type="customer"))
    model = ContactListModel(named_ctx)
    model.set_ids(ids)
    contacts.delete(named_ctx, ids[1])
    model.refresh()
    assert _text(model, 1, "Name") == "(deleted)"
    assert _text(model, 2, "Name") == "Anna Smith"


def test_rows_handed_in_prime_the_cache(named_ctx: AppContext) -> None:
    rows = contact_list.rows(named_ctx, list(contact_list.ordered_ids(named_ctx, Filters())))
    model = ContactListModel(named_ctx)
    model.set_ids(array("q", [r.id for r in rows]), rows)
    assert model.cached_pages() == 1
    assert _text(model, 0, "Name") == rows[0].name


def test_a_company_without_people_shows_no_contact(gui_ctx: AppContext) -> None:
    cid = company(gui_ctx, "Quayside Books")
    model = ContactListModel(gui_ctx)
    model.set_ids([cid])
    assert _text(model, 0, "Name") == "Quayside Books"
    assert _text(model, 0, "Contact") == ""

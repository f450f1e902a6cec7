"""The contact dialog does no database work on the GUI thread (issue 13, item 6):
its lists load, an edit's record is read and Save writes through the task runner;
the dialog is busy while the save runs and closes only once it is stored."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from app.services.contacts import core as contacts
from app.services.context import AppContext
from app.services.dto import ContactInput
from app.services.office import lists as lookups
from app.views.dialogs.contact_dialog import ContactDialog, edit_contact
from app.views.tasks import TaskRunner
from tests.gui.card_upper.conftest import answer_dialog, person
from tests.gui.threads import statements_by_thread


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


def opened(qtbot, ctx: AppContext, runner: TaskRunner, data: ContactInput) -> ContactDialog:  # type: ignore[no-untyped-def]
    dialog = ContactDialog(ctx, data, runner=runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    return dialog


def test_a_new_person_is_saved_off_the_gui_thread(qtbot, ctx, runner) -> None:  # type: ignore[no-untyped-def]
    status = lookups.items(ctx, "status")[0]
    with statements_by_thread(ctx) as on_gui_thread:
        dialog = ContactDialog(ctx, ContactInput(kind="person"), runner=runner)
        qtbot.addWidget(dialog)
        assert not dialog.status.isEnabled()  # its choices are still on their way
        with qtbot.waitSignal(dialog.loaded, timeout=10_000):
            dialog.show()
        assert dialog.status.isEnabled() and dialog.status.findData(status.id) > 0
        qtbot.keyClicks(dialog.first_name, "Nora")
        qtbot.keyClicks(dialog.last_name, "Quist")
        dialog.status.setCurrentIndex(dialog.status.findData(status.id))
        with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            # the write is under way: no second Save, and the dialog can't be closed under it
            assert dialog.is_busy() and not dialog.save_button.isEnabled()
            dialog.reject()
            assert dialog.isVisible()
    assert on_gui_thread and not any(on_gui_thread)
    assert not dialog.isVisible() and dialog.result() == ContactDialog.DialogCode.Accepted
    assert saved.args == [dialog.contact_id]
    stored = contacts.get(ctx, saved.args[0])
    assert (stored.first_name, stored.last_name, stored.status_id) == ("Nora", "Quist", status.id)


def test_an_edit_is_read_and_saved_off_the_gui_thread(qtbot, ctx, runner, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx)

    def fill(d: ContactDialog) -> None:
        assert (d.first_name.text(), d.contact_id) == ("Anna", cid)
        d.title_edit.setText("Buyer")

    seen = answer_dialog(monkeypatch, ContactDialog, fill)
    with statements_by_thread(ctx) as on_gui_thread:
        assert edit_contact(None, ctx, cid, runner=runner) is True
    assert on_gui_thread and not any(on_gui_thread)
    qtbot.addWidget(seen[0])
    assert contacts.get(ctx, cid).title == "Buyer"


def test_a_refusal_lands_on_its_field_and_the_dialog_stays_open(qtbot, ctx, runner) -> None:  # type: ignore[no-untyped-def]
    with statements_by_thread(ctx) as on_gui_thread:
        dialog = opened(qtbot, ctx, runner,
                        ContactInput(kind="person", first_name="Ann", last_name="L" * 500))
        dialog.emails.add_row({"address": "ann@@example", "kind": "work"})
        with qtbot.waitSignal(dialog.refused, timeout=10_000):
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert on_gui_thread and not any(on_gui_thread)
    assert dialog.field_errors["last_name"].text() == "At most 120 characters (this has 500)"
    assert "not a valid e-mail address" in dialog.emails.error_label(0).text()
    assert dialog.isVisible() and dialog.contact_id is None
    assert not dialog.is_busy() and dialog.save_button.isEnabled()  # fix it and save again

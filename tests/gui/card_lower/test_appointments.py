"""Appointments: New appointment with contacts, companies and employees taking
part; an end before the start is refused on the field."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.activities import by_contact as contact_activities
from app.services.context import AppContext
from app.views.dialogs.appointment_dialog import AppointmentDialog
from tests.gui.card_lower.conftest import TIMEOUT, dialog_of, press_ok, show, texts, tick
from tests.gui.conftest import company, person


def test_new_appointment_with_attendees(qtbot, qtmodeltester, gui_ctx: AppContext,
                                        bob_ctx: AppContext, make_card) -> None:  # type: ignore[no-untyped-def]
    hope = company(gui_ctx, "Hope Works")
    pid = person(gui_ctx, "Anna", "Smith", company_id=hope)
    ben = person(gui_ctx, "Ben", "Hopkins")
    card = make_card(gui_ctx)
    tab = show(qtbot, card, pid, "appointments")
    assert tab.model.rowCount() == 0

    card.actions_.new_appointment.trigger()
    dialog = dialog_of(qtbot, tab)
    assert isinstance(dialog, AppointmentDialog)
    assert list(dialog.staff) == ["bob"]  # colleagues to invite; I own it anyway
    qtbot.keyClicks(dialog.subject, "Quarterly review")
    qtbot.keyClicks(dialog.place, "Hope Works, Leeds")

    # the end before the start: message on the field at once, and Save refuses
    start = dialog.starts.dateTime()
    dialog.ends.setDateTime(start.addSecs(-1800))
    assert "ends before it starts" in dialog.error_text("ends_at")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert contact_activities.appointments(gui_ctx, pid) == []
    dialog.ends.setDateTime(start.addSecs(5400))
    assert dialog.error_text("ends_at") == ""

    # a company and a person from the search (any kind), and a colleague
    with qtbot.waitSignal(dialog.search.results_shown, timeout=TIMEOUT):
        qtbot.keyClicks(dialog.search.box, "Hop")
    hits = texts(dialog.search.model, 0)
    assert "Anna Smith" not in hits  # the card's own contact takes part anyway
    for name in ("Hope Works", "Ben Hopkins"):
        dialog.search.table.selectRow(texts(dialog.search.model, 0).index(name))
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert texts(dialog.chosen, 0) == ["Hope Works", "Ben Hopkins"]
    qtmodeltester.check(dialog.chosen)
    tick(qtbot, dialog.staff["bob"])
    press_ok(qtbot, tab, dialog)

    row = {tab.model.headerData(c, Qt.Orientation.Horizontal): tab.model.index(0, c).data()
           for c in range(tab.model.columnCount())}
    assert row["Subject"] == "Quarterly review"
    assert row["Place"] == "Hope Works, Leeds"
    assert row["Until"] == start.addSecs(5400).toString("HH:mm")
    assert row["Attendees"] == "Hope Works, Ben Hopkins, bob (staff)"
    assert row["Owner"] == "alice"
    qtmodeltester.check(tab.model)

    assert tab.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None  # mine

    # Ben takes part, so it is on his card too; for bob it is another rep's: greyed out
    bob_card = make_card(bob_ctx)
    bob_tab = show(qtbot, bob_card, ben, "appointments")
    assert texts(bob_tab.model, 3) == ["Quarterly review"]
    assert bob_tab.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_moving_the_start_keeps_the_length(qtbot, gui_ctx: AppContext,
                                           make_card) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith")
    card = make_card(gui_ctx)
    tab = show(qtbot, card, pid, "appointments")
    tab.new_appointment()
    dialog = dialog_of(qtbot, tab)
    length = dialog.starts.dateTime().secsTo(dialog.ends.dateTime())
    dialog.starts.setDateTime(dialog.starts.dateTime().addDays(3))
    assert dialog.starts.dateTime().secsTo(dialog.ends.dateTime()) == length
    assert dialog.error_text("ends_at") == ""
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text("subject") == "An appointment needs a subject"
    dialog.reject()

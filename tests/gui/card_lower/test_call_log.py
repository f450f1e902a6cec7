"""Call Log: log a call by hand (it shows in the Call Log and in History),
durations as mm:ss, filters by outcome, direction, period and user."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from app.services.activities import by_contact as contact_activities
from app.services.context import AppContext
from app.views.card.lower.call_log import duration_text
from app.views.dialogs.call_dialog import CallDialog, parse_duration
from tests.gui.card_lower.conftest import dialog_of, open_tab, press_ok, show, texts
from tests.gui.conftest import person


def test_log_a_call_shows_in_call_log_and_history(qtbot, qtmodeltester, gui_ctx: AppContext,
                                                  make_card) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith", phone="020 7946 0101")
    card = make_card(gui_ctx)
    tab = show(qtbot, card, pid, "call_log")
    assert tab.model.rowCount() == 0
    card.actions_.log_call.trigger()
    dialog = dialog_of(qtbot, tab)
    assert isinstance(dialog, CallDialog)
    assert dialog.number.text() == "020 7946 0101"  # the contact's first phone
    qtbot.keyClicks(dialog.duration, "4:7x")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "minutes:seconds" in dialog.error_text("duration_s")
    assert contact_activities.calls(gui_ctx, pid) == []
    dialog.duration.clear()
    qtbot.keyClicks(dialog.duration, "4:30")
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("voicemail"))
    qtbot.keyClicks(dialog.subject, "Left a message about the quote")
    press_ok(qtbot, tab, dialog)

    assert tab.model.rowCount() == 1
    row = {tab.model.headerData(c, Qt.Orientation.Horizontal): tab.model.index(0, c).data()
           for c in range(tab.model.columnCount())}
    assert row["Direction"] == "Outgoing"
    assert row["Number"] == "020 7946 0101"
    assert row["Duration"] == "4:30"
    assert row["Outcome"] == "Voicemail"
    assert row["User"] == "alice"
    assert row["Subject"] == "Left a message about the quote"
    qtmodeltester.check(tab.model)

    history = open_tab(qtbot, card, "history")
    assert ("Call (outgoing)", "Left a message about the quote — voicemail") in list(
        zip(texts(history.model, 2), texts(history.model, 3), strict=True))


def test_call_log_filters(qtbot, gui_ctx: AppContext, bob_ctx: AppContext,
                          make_card) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith")
    now = datetime.now(UTC)
    contact_activities.log_call(gui_ctx, pid, direction="out", outcome="answered",
                                occurred_at=now - timedelta(hours=1), subject="A")
    contact_activities.log_call(gui_ctx, pid, direction="in", outcome="missed",
                                occurred_at=now - timedelta(days=60), subject="B")
    contact_activities.log_call(bob_ctx, pid, direction="out", outcome="busy",
                                occurred_at=now - timedelta(days=2), subject="C")
    card = make_card(gui_ctx)
    tab = show(qtbot, card, pid, "call_log")
    assert texts(tab.model, 6) == ["A", "C", "B"]

    def choose(combo, value) -> list[str]:  # type: ignore[no-untyped-def]
        with qtbot.waitSignal(tab.loaded, timeout=5000):
            combo.setCurrentIndex(combo.findData(value))
        return texts(tab.model, 6)

    assert choose(tab.outcome, "missed") == ["B"]
    assert choose(tab.outcome, None) == ["A", "C", "B"]
    assert choose(tab.direction, "out") == ["A", "C"]
    assert choose(tab.user, "bob") == ["C"]
    assert choose(tab.user, None) == ["A", "C"]
    assert choose(tab.direction, None) == ["A", "C", "B"]
    assert choose(tab.period.quick, "30") == ["A", "C"]
    assert tab.count.text() == "2 calls"


def test_duration_text_and_parse() -> None:
    assert parse_duration("4:30") == 270
    assert parse_duration(" 95 ") == 95
    assert parse_duration("") is None
    assert duration_text(270) == "4:30" and duration_text(5) == "0:05"
    for bad in ("4:75", "abc", "1:2:3"):
        try:
            parse_duration(bad)
        except ValueError:
            continue
        raise AssertionError(bad)


def test_call_log_numbers_are_written_as_the_office_writes_them(qtbot, gui_ctx: AppContext,
                                                                make_card) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith")  # an office in GB (gui_ctx)
    contact_activities.log_call(gui_ctx, pid, number="02079460958", subject="A")
    contact_activities.log_call(gui_ctx, pid, number="+12015550123", subject="B")
    card = make_card(gui_ctx)
    tab = show(qtbot, card, pid, "call_log")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    number = next(c for c in range(tab.model.columnCount())
                  if tab.model.headerData(c, Qt.Orientation.Horizontal) == "Number")
    assert set(texts(tab.model, number)) == {"020 7946 0958", "+1 201-555-0123"}

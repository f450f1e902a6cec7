"""Activity History tab (reference 003): newest first with type / period / rep
filters, another rep's rows greyed out with their buttons unavailable, the action
buttons shown over a hovered row, a single click's summary, Close case, Next
action, and a windowed model that opens a long history without loading it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import insert, select

from app.models import Activity, User
from app.services.activities import edit as ae
from app.services.activities.edit import ActivityForm
from app.services.context import AppContext
from app.services.helpdesk import cases
from app.views.card.lower.activity_history import ActivityHistoryTab
from app.views.card.lower.activity_history_dialogs import (
    CaseInfoDialog,
    NextActionDialog,
    RescheduleDialog,
)
from app.views.card.lower.activity_history_model import PAGE_SIZE
from app.views.card.lower_tabs import LOWER_TABS
from app.views.change_bus import change_bus
from app.views.dialogs.activity_dialog import ActivityDialog
from tests.gui.card_lower.conftest import TIMEOUT, dialog_of, show, texts
from tests.gui.conftest import company, person

NOW = datetime.now(UTC).replace(microsecond=0)
SUBJECT, STATUS, REP = 2, 3, 4
FG = Qt.ItemDataRole.ForegroundRole


def _create(ctx: AppContext, kind: str, cid: int, subject: str, ago: timedelta,
            **kw) -> int:  # type: ignore[no-untyped-def]
    if kind in ("task", "meeting_appointment"):
        kw.setdefault("status", "open")
    return ae.create(ctx, ActivityForm(kind=kind, contact_id=cid, subject=subject,
                                       occurred_at=NOW - ago, **kw))


def _open(qtbot, card, contact_id: int) -> ActivityHistoryTab:  # type: ignore[no-untyped-def]
    tab = show(qtbot, card, contact_id, "activity_history")
    assert isinstance(tab, ActivityHistoryTab)
    _idle(qtbot, tab)
    return tab


def _idle(qtbot, tab: ActivityHistoryTab) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not tab.runner.is_busy() and not tab.model.is_loading(),
                    timeout=TIMEOUT)


def _filter(qtbot, tab: ActivityHistoryTab, combo, text: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(tab.loaded, timeout=TIMEOUT):
        combo.setCurrentIndex(combo.findText(text))
    _idle(qtbot, tab)


def _row_centre(tab: ActivityHistoryTab, row: int, column: int = SUBJECT) -> QPoint:
    return tab.table.visualRect(tab.model.index(row, column)).center()


def _reloaded(qtbot, tab: ActivityHistoryTab):  # type: ignore[no-untyped-def]
    return qtbot.waitSignal(tab.loaded, timeout=TIMEOUT)


def test_it_is_the_first_lower_tab_and_lists_newest_first(qtbot, qtmodeltester, gui_ctx: AppContext,
                                                          make_card) -> None:  # type: ignore[no-untyped-def]
    assert LOWER_TABS[0] is ActivityHistoryTab
    pid = person(gui_ctx, "Anna", "Smith")
    _create(gui_ctx, "call", pid, "Intro call", timedelta(days=3), direction="out")
    _create(gui_ctx, "mail", pid, "Brochure", timedelta(days=2))
    _create(gui_ctx, "task", pid, "Send quote", timedelta(days=1))
    card = make_card(gui_ctx)
    assert card.show_contact(pid)
    assert card.lower_tab_widget.currentWidget() is card.lower_tabs["activity_history"]
    assert card.lower_tab_widget.tabText(0) == "Activity History"
    tab = _open(qtbot, card, pid)
    assert texts(tab.model, SUBJECT) == ["Send quote", "Brochure", "Intro call"]
    assert texts(tab.model, 1) == ["Task", "Mail", "Call"]
    assert texts(tab.model, STATUS) == ["Open", "Done", "Done"]
    assert tab.count.text() == "3 activities"
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.model, force_py=True)


def test_filters_by_type_period_and_rep(qtbot, gui_ctx: AppContext, bob_ctx: AppContext,
                                        make_card) -> None:  # type: ignore[no-untyped-def]
    from app.services.activities import types as activity_types

    pid = person(gui_ctx, "Anna", "Smith")
    cold = activity_types.add_type(gui_ctx, "cold call", "call")
    _create(gui_ctx, "call", pid, "Plain call", timedelta(days=1))
    _create(bob_ctx, "call", pid, "Bob's cold call", timedelta(days=5), type_id=cold)
    _create(bob_ctx, "mail", pid, "Old mail", timedelta(days=200))
    card = make_card(gui_ctx)
    tab = _open(qtbot, card, pid)
    assert texts(tab.model, SUBJECT) == ["Plain call", "Bob's cold call", "Old mail"]
    assert texts(tab.model, 1) == ["Call", "cold call", "Mail"]

    _filter(qtbot, tab, tab.type_filter, "Call")  # every call, the office's kinds too
    assert texts(tab.model, SUBJECT) == ["Plain call", "Bob's cold call"]
    _filter(qtbot, tab, tab.type_filter, "cold call")
    assert texts(tab.model, SUBJECT) == ["Bob's cold call"]
    _filter(qtbot, tab, tab.type_filter, "All types")

    with _reloaded(qtbot, tab):
        tab.period.set_quick("30")
    _idle(qtbot, tab)
    assert texts(tab.model, SUBJECT) == ["Plain call", "Bob's cold call"]
    today = date.today()
    with _reloaded(qtbot, tab):
        tab.period.set_range(today - timedelta(days=7), today - timedelta(days=2))
    _idle(qtbot, tab)
    assert texts(tab.model, SUBJECT) == ["Bob's cold call"]
    with _reloaded(qtbot, tab):
        tab.period.set_quick("all")
    _idle(qtbot, tab)

    assert [tab.rep_filter.itemText(i) for i in range(tab.rep_filter.count())] == [
        "Everyone", "Me", "bob"]
    _filter(qtbot, tab, tab.rep_filter, "bob")
    assert texts(tab.model, SUBJECT) == ["Bob's cold call", "Old mail"]
    _filter(qtbot, tab, tab.rep_filter, "Me")
    assert texts(tab.model, SUBJECT) == ["Plain call"]
    assert tab.count.text() == "1 activity"


def test_another_reps_rows_are_greyed_and_their_buttons_unavailable(
        qtbot, gui_ctx: AppContext, bob_ctx: AppContext, make_card) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith")
    _create(gui_ctx, "task", pid, "Alice's task", timedelta(hours=1))
    _create(bob_ctx, "task", pid, "Bob's task", timedelta(hours=2))
    card = make_card(bob_ctx)  # bob is a rep
    tab = _open(qtbot, card, pid)
    assert texts(tab.model, SUBJECT) == ["Alice's task", "Bob's task"]
    assert tab.model.index(0, SUBJECT).data(FG) is not None  # alice's: greyed out
    assert tab.model.index(1, SUBJECT).data(FG) is None

    tab.hover(0)
    assert tab.bar.isVisible() and tab.bar.row == 0
    assert not any(b.isEnabled() for b in tab.bar.buttons.values())
    assert "only they or a manager" in tab.actions_.view_edit.toolTip()
    tab.actions_.view_edit.trigger()  # a shortcut or the menu would not get round it
    assert tab.active_dialog is None
    tab.hover(1)
    assert tab.bar.row == 1 and tab.actions_.view_edit.isEnabled()
    assert tab.actions_.next_action.isEnabled()

    # alice, a manager, may act on bob's: greyed (not hers) but available
    card2 = make_card(gui_ctx)
    tab2 = _open(qtbot, card2, pid)
    assert tab2.model.index(1, SUBJECT).data(FG) is not None
    tab2.hover(1)
    assert tab2.actions_.next_action.isEnabled()


def test_hovering_a_row_shows_its_action_buttons(qtbot, gui_ctx: AppContext,
                                                 make_card) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith")
    _create(gui_ctx, "task", pid, "Send quote", timedelta(hours=1))
    _create(gui_ctx, "call", pid, "Intro call", timedelta(hours=2))
    card = make_card(gui_ctx)
    tab = _open(qtbot, card, pid)
    viewport = tab.table.viewport()
    assert not tab.bar.isVisible()

    _hover(qtbot, tab, 1)
    labels = [b.defaultAction().text() for b in tab.bar.buttons.values()]
    assert labels == ["View/Edit", "Reschedule", "Case info", "Close case", "Next action",
                      "View customer", "Forward"]
    row_rect = tab.table.visualRect(tab.model.index(1, 0))
    assert tab.bar.geometry().top() == row_rect.top()
    assert tab.bar.geometry().right() <= viewport.width()
    # a done call is not rescheduled; an open task is
    assert not tab.bar.buttons["historyRescheduleButton"].isEnabled()
    _hover(qtbot, tab, 0)
    assert tab.bar.buttons["historyRescheduleButton"].isEnabled()
    # onto the buttons themselves: they stay
    button = tab.bar.buttons["historyCaseInfoButton"]
    qtbot.mouseMove(button, button.rect().center())
    qtbot.waitUntil(button.underMouse, timeout=TIMEOUT)
    assert tab.bar.isVisible() and tab.bar.row == 0
    # out of the table (nothing selected): they go
    qtbot.mouseMove(tab.summary, tab.summary.rect().center())
    qtbot.waitUntil(lambda: not tab.bar.isVisible(), timeout=TIMEOUT)


def test_a_single_click_shows_the_summary_and_keeps_the_buttons(
        qtbot, gui_ctx: AppContext, bob_ctx: AppContext, make_card) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith")
    _create(gui_ctx, "call", pid, "Renewal call", timedelta(hours=1), direction="out",
            duration_s=125, outcome="answered", body="Wants the three-year plan.")
    _create(bob_ctx, "mail", pid, "Bob's mail", timedelta(hours=2))
    card = make_card(gui_ctx)
    tab = _open(qtbot, card, pid)
    assert "Click an activity" in tab.summary.text()

    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=_row_centre(tab, 0))
    assert tab.summary.subject.text() == "Renewal call"
    assert tab.summary.fields["type"].text() == "Call"
    assert tab.summary.fields["rep"].text() == "alice"
    assert tab.summary.fields["status"].text().startswith("Done")
    assert tab.summary.fields["case"].text() == "Not part of a case"
    assert tab.summary.body.text() == ("Outgoing, 2 min 05 s, answered. Wants the three-year "
                                       "plan.")
    tab.hover(None)  # the mouse moves away: the buttons stay on the selected row
    assert tab.bar.isVisible() and tab.bar.row == 0

    card_bob = make_card(bob_ctx)
    tab_bob = _open(qtbot, card_bob, pid)
    qtbot.mouseClick(tab_bob.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=_row_centre(tab_bob, 0))
    assert tab_bob.summary.subject.text() == "Renewal call"  # a summary for anyone
    tab_bob.hover(None)
    assert not tab_bob.bar.isVisible()  # but no buttons kept on another rep's activity


def _hover(qtbot, tab: ActivityHistoryTab, row: int) -> None:  # type: ignore[no-untyped-def]
    """Move the mouse over ``row`` (from elsewhere: the pointer may already be there)."""
    viewport = tab.table.viewport()
    qtbot.mouseMove(viewport, QPoint(viewport.width() // 2, viewport.height() - 2))
    qtbot.mouseMove(viewport, _row_centre(tab, row))
    qtbot.waitUntil(lambda: tab.bar.isVisible() and tab.bar.row == row, timeout=TIMEOUT)


def _press(qtbot, tab: ActivityHistoryTab, row: int, name: str) -> None:  # type: ignore[no-untyped-def]
    _hover(qtbot, tab, row)
    qtbot.waitUntil(lambda: tab.bar.isVisible() and tab.bar.row == row, timeout=TIMEOUT)
    button = tab.bar.buttons[name]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_close_case_from_the_row_buttons(qtbot, gui_ctx: AppContext, make_card) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith")
    first = _create(gui_ctx, "task", pid, "Send quote", timedelta(days=2))
    second = cases.next_action(gui_ctx, first, ActivityForm(
        kind="task", subject="Call about the quote", status="open",
        occurred_at=NOW - timedelta(days=1)))
    ae.update(gui_ctx, first, ae.form_for(ae.get(gui_ctx, first), status="open"))  # reopened
    card = make_card(gui_ctx)
    tab = _open(qtbot, card, pid)
    assert texts(tab.model, SUBJECT) == ["Call about the quote", "Send quote"]

    _press(qtbot, tab, 0, "historyCloseCaseButton")
    box = dialog_of(qtbot, tab)
    assert isinstance(box, QMessageBox) and "Send quote" in box.text()
    with _reloaded(qtbot, tab):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    _idle(qtbot, tab)
    assert tab.notice.text() == "Case closed; 1 open activity cancelled."
    assert texts(tab.model, STATUS) == ["Done", "Cancelled"]
    assert cases.case_info(gui_ctx, second).closed
    tab.hover(0)
    assert not tab.actions_.close_case.isEnabled()
    assert not tab.actions_.next_action.isEnabled()
    assert "closed" in tab.actions_.next_action.toolTip()
    tab.select_row(tab.table, 0)
    assert tab.summary.fields["case"].text() == "“Send quote” (closed)"


def test_next_action_closes_this_one_and_opens_a_new_one_prefilled(
        qtbot, gui_ctx: AppContext, make_card) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith")
    task = _create(gui_ctx, "task", pid, "Send quote", timedelta(hours=3))
    card = make_card(gui_ctx)
    tab = _open(qtbot, card, pid)

    _press(qtbot, tab, 0, "historyNextActionButton")
    dialog = dialog_of(qtbot, tab)
    assert isinstance(dialog, NextActionDialog)
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=TIMEOUT)
    form = dialog.current_form()
    assert (form.kind, form.subject, form.contact_id, form.status) == (
        "task", "Next: Send quote", pid, "open")
    dialog.editors["subject"].set_value("")  # refused on the field, nothing saved
    dialog.save_form()
    qtbot.waitUntil(lambda: "subject" in dialog.errors_shown, timeout=TIMEOUT)
    assert ae.get(gui_ctx, task).form.status == "open"

    dialog.editors["subject"].set_value("Call about the quote")
    with _reloaded(qtbot, tab):
        dialog.save_form()
    _idle(qtbot, tab)
    assert tab.active_dialog is None
    assert set(texts(tab.model, SUBJECT)) == {"Call about the quote", "Send quote"}
    statuses = dict(zip(texts(tab.model, SUBJECT), texts(tab.model, STATUS), strict=True))
    assert statuses == {"Call about the quote": "Open", "Send quote": "Done"}
    info = cases.case_info(gui_ctx, task)
    assert [s.subject for s in info.chain] == ["Send quote", "Call about the quote"]

    # Case info lists the chain
    row = texts(tab.model, SUBJECT).index("Send quote")
    _press(qtbot, tab, row, "historyCaseInfoButton")
    case_dialog = dialog_of(qtbot, tab)
    assert isinstance(case_dialog, CaseInfoDialog)
    assert texts(case_dialog.model, 2) == ["Send quote", "Call about the quote"]
    assert "2 activities" in case_dialog.state.text()
    case_dialog.reject()


def test_view_edit_reschedule_and_view_customer(qtbot, gui_ctx: AppContext,
                                                make_card) -> None:  # type: ignore[no-untyped-def]
    firm = company(gui_ctx, "Hope Works")
    pid = person(gui_ctx, "Anna", "Smith", company_id=firm)
    task = ae.create(gui_ctx, ActivityForm(kind="task", contact_id=pid, company_id=firm,
                                           subject="Visit the works", status="open",
                                           occurred_at=NOW + timedelta(days=1)))
    card = make_card(gui_ctx)
    tab = _open(qtbot, card, firm)  # the company's card lists its people's activities
    assert texts(tab.model, SUBJECT) == ["Visit the works"]

    with qtbot.waitSignal(tab.open_contact_requested, timeout=TIMEOUT) as opened:
        _press(qtbot, tab, 0, "historyViewCustomerButton")
    assert opened.args == [pid]  # the person the company's activity is about
    assert card.detail is not None and card.detail.id == pid  # and the card shows that person
    tab = _open(qtbot, card, firm)

    _press(qtbot, tab, 0, "historyViewEditButton")
    dialog = dialog_of(qtbot, tab)
    assert isinstance(dialog, ActivityDialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=TIMEOUT)
    assert dialog.detail.id == task and dialog.editable
    dialog.reject()
    qtbot.waitUntil(lambda: tab.active_dialog is None, timeout=TIMEOUT)

    _press(qtbot, tab, 0, "historyRescheduleButton")
    resched = dialog_of(qtbot, tab)
    assert isinstance(resched, RescheduleDialog)
    later = (NOW + timedelta(days=5)).replace(second=0)
    from app.views.widgets.dates import to_qdatetime

    resched.set_when(to_qdatetime(later))
    with _reloaded(qtbot, tab):
        qtbot.mouseClick(resched.ok_button, Qt.MouseButton.LeftButton)
    assert ae.get(gui_ctx, task).form.occurred_at == later


def test_a_stale_reschedule_is_told_on_the_dialog(qtbot, gui_ctx: AppContext, bob_ctx: AppContext,
                                                  make_card) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith")
    task = _create(bob_ctx, "task", pid, "Bob's visit", timedelta(hours=1))
    card = make_card(bob_ctx)
    tab = _open(qtbot, card, pid)
    _press(qtbot, tab, 0, "historyRescheduleButton")
    resched = dialog_of(qtbot, tab)
    from app.views.widgets.dates import to_qdatetime

    resched.set_when(to_qdatetime(NOW + timedelta(days=1)))  # not in the past: no question
    ae.update(gui_ctx, task, ae.form_for(ae.get(gui_ctx, task), subject="Changed by alice"))
    qtbot.mouseClick(resched.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "alice" in resched.general_error.text(), timeout=TIMEOUT)
    assert tab.active_dialog is resched  # still open, nothing overwritten
    assert ae.get(gui_ctx, task).form.subject == "Changed by alice"
    resched.reject()


def test_any_saved_activity_reloads_the_tab(qtbot, gui_ctx: AppContext, make_card) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith")
    _create(gui_ctx, "call", pid, "First", timedelta(hours=2))
    card = make_card(gui_ctx)
    tab = _open(qtbot, card, pid)
    tab.select_row(tab.table, 0)
    with _reloaded(qtbot, tab):  # heard on the change bus
        _create(gui_ctx, "mail", pid, "Saved elsewhere", timedelta(hours=1))
    _idle(qtbot, tab)
    assert texts(tab.model, SUBJECT) == ["Saved elsewhere", "First"]
    assert tab.selected() is not None and tab.selected().subject == "First"  # kept
    other = person(gui_ctx, "Ben", "Jones")
    with qtbot.waitSignal(change_bus().changed, timeout=5000):
        _create(gui_ctx, "call", other, "Ben's", timedelta(hours=1))  # another contact's: nothing to do
    assert not tab.runner.is_busy()


def test_a_long_history_opens_without_loading_every_row(qtbot, gui_ctx: AppContext,
                                                        make_card) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Big", "Customer")
    with gui_ctx.write() as s:
        me = s.scalar(select(User.id).where(User.username == "alice"))
        s.execute(insert(Activity), [
            {"kind": "call", "contact_id": pid, "owner_id": me, "subject": f"Call {i}",
             "occurred_at": NOW - timedelta(minutes=i), "private": False}
            for i in range(5000)])
    card = make_card(gui_ctx)
    tab = _open(qtbot, card, pid)
    assert tab.model.rowCount() == 5000 and tab.count.text() == "5,000 activities"
    assert tab.model.cached_pages() <= 2
    assert tab.model.index(0, SUBJECT).data() == "Call 0"

    last = tab.model.rowCount() - 1
    tab.table.scrollToBottom()
    qtbot.waitUntil(lambda: tab.model.index(last, SUBJECT).data() == "Call 4999",
                    timeout=TIMEOUT)
    assert tab.model.cached_pages() <= 4
    assert last // PAGE_SIZE > 4  # the pages in between were never fetched

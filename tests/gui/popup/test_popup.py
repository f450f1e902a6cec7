"""The caller pop-up as a user meets it, fed by real routed calls."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit

from app.config import LocalSettings
from app.services.activities import by_contact as contact_activities
from app.services.calls import queries as calls
from app.services.dto import PhoneInput
from app.telephony.callerid import Outcome, Withheld
from app.views.dialogs.contact_dialog import ContactDialog
from app.views.main_window import MainWindow
from app.views.popup import manager as manager_module
from app.views.popup.manager import PopupManager
from app.views.popup.popup import CallPopup
from app.views.popup.prefill import contact_from_call, split_name
from tests.gui.conftest import company, person
from tests.gui.popup.conftest import Line, ended, ring

ANNA = "+442079460101"


def anna(ctx) -> int:  # type: ignore[no-untyped-def]
    hope = company(ctx, "Hope Works")
    pid = person(ctx, "Anna", "Smith", phone="020 7946 0101", company_id=hope)
    contact_activities.add_task(ctx, pid, "Send the quote")
    contact_activities.add_task(ctx, pid, "Book a demo")
    contact_activities.add_note(ctx, pid, "Likes mornings")
    return pid


def texts(popup: CallPopup) -> list[str]:
    return [w.text() for w in popup.findChildren(QLabel) if w.isVisibleTo(popup)]


def loaded(line: Line, mgr: PopupManager, key: str) -> CallPopup:
    popup = mgr.popups[key]
    line.qtbot.waitUntil(lambda: popup.summary is not None, timeout=10_000)
    return popup


def test_known_caller_shows_the_card_summary_without_taking_focus(qtbot, gui_ctx, line,
                                                                  manager) -> None:  # type: ignore[no-untyped-def]
    pid = anna(gui_ctx)
    typing = QLineEdit()
    qtbot.addWidget(typing)
    typing.show()
    typing.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is typing)

    line.feed(ring("c1", ANNA, "SMITH A"))
    popup = loaded(line, manager, "c1")

    assert popup.contact_id == pid and popup.isVisible()
    shown = texts(popup)
    assert "Anna Smith" in shown
    assert any("Hope Works" in t and "Customer" in t for t in shown)
    assert "Open to-dos: 2" in shown
    assert "•  Send the quote" in shown and "•  Book a demo" in shown
    assert any("7946" in t for t in shown)  # the number as received and formatted
    flags = popup.windowFlags()
    for flag in (Qt.WindowType.Tool, Qt.WindowType.FramelessWindowHint,
                 Qt.WindowType.WindowStaysOnTopHint, Qt.WindowType.WindowDoesNotAcceptFocus):
        assert flags & flag
    assert popup.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    # offscreen activates every window it shows: the pop-up hands focus straight back
    qtbot.waitUntil(lambda: QApplication.activeWindow() is typing)
    assert not popup.reject_button.isVisibleTo(popup)  # no reject callable given


def test_open_card_opens_it_in_the_main_window(qtbot, gui_ctx, line) -> None:  # type: ignore[no-untyped-def]
    from app.views.popup import install_telephony_ui

    pid = anna(gui_ctx)
    window = MainWindow(gui_ctx, LocalSettings.load(), persist=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_rows_shown, timeout=10_000):
        window.show()
    ui = install_telephony_ui(window, gui_ctx, line.bridge)
    line.feed(ring("c1", ANNA))
    popup = ui.popups.popups["c1"]
    qtbot.waitUntil(lambda: popup.summary is not None, timeout=10_000)
    qtbot.mouseClick(popup.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.cards.card is not None and window.cards.card.detail is not None
                    and window.cards.card.detail.id == pid, timeout=10_000)
    ui.shutdown()


def test_log_note_from_the_popup(qtbot, gui_ctx, line, manager) -> None:  # type: ignore[no-untyped-def]
    pid = anna(gui_ctx)
    line.feed(ring("c1", ANNA))
    popup = loaded(line, manager, "c1")
    qtbot.mouseClick(popup.note_button, Qt.MouseButton.LeftButton)
    assert popup.note_edit.isVisible() and popup.save_note_button.isVisible()
    popup.note_edit.setPlainText("Wants a callback on Friday")
    qtbot.mouseClick(popup.save_note_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: popup.message.text() == "Note saved.", timeout=10_000)
    assert "Wants a callback on Friday" in [n.body for n in contact_activities.notes(gui_ctx, pid)]


def test_sip_calls_get_a_reject_button_that_calls_the_source(qtbot, gui_ctx, line) -> None:  # type: ignore[no-untyped-def]
    rejected: list[str] = []
    mgr = PopupManager(gui_ctx, line.runner, reject=rejected.append)
    line.bridge.call_routed.connect(mgr.on_call_routed)
    line.feed(ring("s1", "+441134960999"), ring("m1", "+441134960998", source="modem"))
    assert mgr.popups["s1"].reject_button.isVisibleTo(mgr.popups["s1"])
    assert not mgr.popups["m1"].reject_button.isVisibleTo(mgr.popups["m1"])
    qtbot.mouseClick(mgr.popups["s1"].reject_button, Qt.MouseButton.LeftButton)
    assert rejected == ["s1"]
    mgr.close_all()


def test_unknown_caller_becomes_a_contact_and_takes_the_call(qtbot, gui_ctx, line, manager,
                                                            monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen: list[ContactDialog] = []

    def save(dialog: QDialog) -> bool:  # the modal loop would block: the user's part
        assert isinstance(dialog, ContactDialog)
        seen.append(dialog)
        with qtbot.waitSignal(dialog.saved, timeout=10_000):
            dialog.accept()  # the dialog's own save, through the services (in the background)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(manager_module, "exec_dialog", save)
    opened: list[int] = []
    manager.open_contact_requested.connect(opened.append)
    line.feed(ring("u1", "+441134960555", "JONES MARGARET"))
    popup = manager.popups["u1"]
    assert "Unknown caller" in texts(popup) and popup.create_button.isVisibleTo(popup)
    qtbot.mouseClick(popup.create_button, Qt.MouseButton.LeftButton)

    [dialog] = seen
    assert [r["number"] for r in dialog.phones.rows()] == ["+441134960555"]
    assert (dialog.first_name.text(), dialog.last_name.text()) == ("Jones", "Margaret")
    new_id = dialog.contact_id
    assert new_id is not None and opened == [new_id]
    [call] = contact_activities.calls(gui_ctx, new_id)
    assert call.number == "+441134960555"
    assert calls.list_calls(gui_ctx, unmatched_only=True) == []
    qtbot.waitUntil(lambda: popup.summary is not None, timeout=10_000)  # now a known caller
    line.feed(ended("u1", Outcome.ANSWERED))  # the outcome still reaches the moved call
    assert contact_activities.calls(gui_ctx, new_id)[0].outcome == "answered"


def test_ambiguous_number_asks_who_and_gives_the_call_to_the_choice(qtbot, gui_ctx, line,
                                                                   manager) -> None:  # type: ignore[no-untyped-def]
    ben = person(gui_ctx, "Ben", "Okafor", phone="0161 496 0777")
    bea = person(gui_ctx, "Bea", "Okafor", phone="0161 496 0777")
    line.feed(ring("a1", "+441614960777", "OKAFOR"))
    popup = manager.popups["a1"]
    chooser = popup.chooser
    assert chooser is not None
    qtbot.waitUntil(lambda: chooser.model.rowCount() == 2, timeout=10_000)
    assert {chooser.model.row(r).id for r in range(2)} == {ben, bea}
    row = next(r for r in range(2) if chooser.model.row(r).id == bea)
    chooser.select_row(row)
    qtbot.mouseClick(chooser.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: popup.summary is not None and popup.summary.contact_id == bea,
                    timeout=10_000)
    assert "Bea Okafor" in texts(popup)
    assert [c.number for c in contact_activities.calls(gui_ctx, bea)] == ["+441614960777"]
    assert contact_activities.calls(gui_ctx, ben) == []
    assert calls.list_calls(gui_ctx, unmatched_only=True) == []


def test_withheld_caller(line, manager) -> None:  # type: ignore[no-untyped-def]
    line.feed(ring("w1", "", withheld=Withheld.PRIVATE))
    popup = manager.popups["w1"]
    assert "Withheld number" in texts(popup) and "Reason: private" in texts(popup)
    assert not popup.create_button.isVisibleTo(popup)
    assert not popup.open_button.isVisibleTo(popup)


def test_three_calls_stack_and_the_end_prompt_creates_the_todo(qtbot, gui_ctx, line,
                                                              manager) -> None:  # type: ignore[no-untyped-def]
    pid = anna(gui_ctx)
    line.feed(ring("k1", ANNA), ring("k2", "+441134960111", "A N OTHER"),
              ring("k3", "", withheld=Withheld.ANONYMOUS))
    line.settle()
    shown = manager.visible_popups()
    assert len(shown) == 3
    for i, a in enumerate(shown):
        for b in shown[i + 1:]:
            assert not a.geometry().intersects(b.geometry())
    assert shown[-1].call_key == "k3" and shown[-1].y() < shown[0].y()  # newest on top

    line.feed(ended("k1", Outcome.ANSWERED))
    popup = manager.popups["k1"]
    form = popup.end_form
    assert form is not None and popup.save_button.isVisible()
    assert form.outcome.currentData() == "answered"
    form.next_action.setText("Send the revised quote")
    form.note.setPlainText("Happy with the price")
    qtbot.mouseClick(popup.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "k1" not in manager.popups, timeout=10_000)
    todo = [t for t in contact_activities.tasks(gui_ctx, pid)
            if t.subject == "Send the revised quote"]
    assert len(todo) == 1 and todo[0].status == "open" and todo[0].due_at is not None
    assert "Happy with the price" in [n.body for n in contact_activities.notes(gui_ctx, pid)]
    assert [c.outcome for c in contact_activities.calls(gui_ctx, pid)] == ["answered"]


def test_untouched_popup_closes_after_the_call_ended(qtbot, gui_ctx, line) -> None:  # type: ignore[no-untyped-def]
    mgr = PopupManager(gui_ctx, line.runner, close_after_ms=50)
    line.bridge.call_routed.connect(mgr.on_call_routed)
    line.feed(ring("t1", "+441134960222"))
    assert mgr.popups["t1"].isVisible()
    line.feed(ended("t1", Outcome.MISSED))
    qtbot.waitUntil(lambda: "t1" not in mgr.popups, timeout=5_000)
    line.feed(ring("t2", "+441134960223"))  # a dismissed call does not come back;
    mgr.popups["t2"].dismiss()  # a new one does
    line.feed(ended("t2"))
    assert "t2" not in mgr.popups


def test_at_most_four_visible(line, manager) -> None:  # type: ignore[no-untyped-def]
    line.feed(*[ring(f"m{i}", f"+44113496030{i}") for i in range(5)])
    assert len(manager.visible_popups()) == 4
    assert not manager.popups["m0"].isVisible()
    manager.popups["m4"].dismiss()
    assert manager.popups["m0"].isVisible()


@pytest.mark.parametrize(("name", "expected"), [
    ("SMITH A", ("Smith", "A")), ("Margaret Jones", ("Margaret", "Jones")),
    ("Jones, Margaret", ("Margaret", "Jones")), ("", ("", "")), ("ACME", ("", "Acme"))])
def test_caller_names_split_for_the_new_contact(name: str, expected: tuple[str, str]) -> None:
    assert split_name(name) == expected
    data = contact_from_call("+441134960000", name)
    assert data.phones == [PhoneInput("+441134960000")]


def test_candidate_model(qtmodeltester, gui_ctx, line, manager) -> None:  # type: ignore[no-untyped-def]
    person(gui_ctx, "Ben", "Okafor", phone="0161 496 0777")
    person(gui_ctx, "Bea", "Okafor", phone="0161 496 0777")
    line.feed(ring("a1", "+441614960777"))
    chooser = manager.popups["a1"].chooser
    assert chooser is not None
    line.qtbot.waitUntil(lambda: chooser.model.rowCount() == 2, timeout=10_000)
    qtmodeltester.check(chooser.model)


def test_the_end_prompt_corrects_the_calls_outcome(qtbot, gui_ctx, line, manager) -> None:  # type: ignore[no-untyped-def]
    pid = anna(gui_ctx)
    line.feed(ring("o1", ANNA))
    popup = loaded(line, manager, "o1")
    assert "020 7946" in popup.number_label.text()  # national, as this office writes it
    line.feed(ended("o1", Outcome.ANSWERED))
    form = manager.popups["o1"].end_form
    assert form is not None
    form.outcome.setCurrentIndex(form.outcome.findData("voicemail"))
    qtbot.mouseClick(popup.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "o1" not in manager.popups, timeout=10_000)
    assert [c.outcome for c in contact_activities.calls(gui_ctx, pid)] == ["voicemail"]
    assert not any("Call outcome" in n.body for n in contact_activities.notes(gui_ctx, pid))


def test_a_late_written_ring_does_not_take_the_chooser_away(qtbot, gui_ctx, line, manager) -> None:  # type: ignore[no-untyped-def]
    """A modem rings before it says who calls. The writer's report of that first
    ring (nothing known yet) can reach the pop-up after the announced identity:
    it used to put the pop-up back to "waiting for the number", deleting the
    chooser whose candidates then arrived to a dead model (a crash in the bench)."""
    from dataclasses import replace

    person(gui_ctx, "Ben", "Okafor", phone="0161 496 0777")
    person(gui_ctx, "Bea", "Okafor", phone="0161 496 0777")
    captured: list = []
    line.bridge.call_routed.disconnect(manager.on_call_routed)
    line.bridge.call_routed.connect(captured.append)
    line.feed(ring("m1", "+441614960777", "OKAFOR", source="modem"))
    announced = next(r for r in captured if r.stage == "announced")
    written = next(r for r in captured if r.stage == "written")
    first_ring = replace(announced, event="ring", where="pending", contact_ids=(), number="",
                         name="")
    for routed in (first_ring, announced, replace(first_ring, stage="written"), written):
        manager.on_call_routed(routed)
    popup = manager.popups["m1"]
    assert popup.state == "ambiguous" and popup.chooser is not None
    qtbot.waitUntil(lambda: popup.chooser.model.rowCount() == 2, timeout=10_000)
    assert "Waiting for the caller's number…" not in texts(popup)


def test_the_written_record_corrects_the_announced_contact(qtbot, gui_ctx, line, manager) -> None:  # type: ignore[no-untyped-def]
    """Announced as Ben's (the look-up), written as ambiguous (Bea got the number
    while the write waited for a lock): the pop-up asks who is calling instead of
    showing Ben, where a note would have gone to the wrong person."""
    from dataclasses import replace

    ben = person(gui_ctx, "Ben", "Okafor", phone="0161 496 0777")
    bea = person(gui_ctx, "Bea", "Okafor", phone="0161 496 0777")
    captured: list = []
    line.bridge.call_routed.disconnect(manager.on_call_routed)
    line.bridge.call_routed.connect(captured.append)
    line.feed(ring("w1", "+441614960777", "OKAFOR"))
    written = next(r for r in captured if r.stage == "written")
    assert written.where == "ambiguous" and set(written.contact_ids) == {ben, bea}
    announced = replace(written, stage="announced", where="activity", contact_ids=(ben,),
                        record_id=None)
    manager.on_call_routed(announced)
    popup = manager.popups["w1"]
    assert popup.contact_id == ben
    manager.on_call_routed(written)
    assert popup.contact_id is None and popup.state == "ambiguous" and popup.chooser is not None
    qtbot.waitUntil(lambda: popup.chooser.model.rowCount() == 2, timeout=10_000)

"""The tray menu (recent calls, source status) and the buffer view."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from app.services.activities import by_contact as contact_activities
from app.services.calls import queries as calls
from app.telephony.callerid import Outcome, Withheld
from app.views.buffer_view import BufferView
from app.views.popup import manager as manager_module
from app.views.popup.picker import ContactPicker
from app.views.tray import TrayController
from tests.gui.conftest import person
from tests.gui.popup.conftest import Line, ended, ring


def test_tray_lists_recent_calls_and_source_status(qtbot, gui_ctx, line: Line) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith", phone="020 7946 0101")
    tray = TrayController(gui_ctx, line.runner)
    line.bridge.call_routed.connect(tray.on_call_routed)
    line.bridge.source_status.connect(tray.on_source_status)
    opened: list[int] = []
    buffers: list[bool] = []
    tray.open_contact_requested.connect(opened.append)
    tray.show_buffer_requested.connect(lambda: buffers.append(True))

    line.feed(ring("r1", "+442079460101"), ended("r1", Outcome.ANSWERED),
              ring("r2", "+441134960444", "JONES M"))
    qtbot.waitUntil(lambda: len(tray.recent_texts()) == 2, timeout=10_000)
    newest, oldest = tray.recent_texts()
    assert "JONES M" in newest and "ringing" in newest
    assert "Anna Smith" in oldest and "answered" in oldest

    with qtbot.waitSignal(line.bridge.source_status):
        line.bridge.status_sink("sip")("ready")
    assert tray.status_texts() == ["SIP: ready"]
    with qtbot.waitSignal(line.bridge.source_status):
        line.bridge.status_sink("modem")("disconnected: /dev/ttyACM0 gone, retrying in 4 s")
    assert tray.status_texts() == ["Modem: disconnected: /dev/ttyACM0 gone, retrying in 4 s",
                                   "SIP: ready"]
    menu_texts = [a.text() for a in tray.menu.actions()]
    assert "Unmatched calls…" in menu_texts and "Quit" in menu_texts

    tray._recent_actions[1].trigger()  # the contact's call opens the card
    tray._recent_actions[0].trigger()  # an unknown caller's opens the buffer
    assert opened == [pid] and buffers == [True]
    tray.shutdown()


def buffer_view(qtbot, gui_ctx, line: Line) -> BufferView:  # type: ignore[no-untyped-def]
    view = BufferView(gui_ctx, line.runner)
    qtbot.addWidget(view)
    line.bridge.call_routed.connect(view.on_call_routed)
    return view


def test_buffer_lists_unmatched_calls_and_add_number_moves_them(qtbot, gui_ctx, line: Line,
                                                               monkeypatch, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    carl = person(gui_ctx, "Carl", "Jones")
    view = buffer_view(qtbot, gui_ctx, line)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        line.feed(ring("b1", "+441134960444", "JONES C"), ended("b1", Outcome.MISSED),
                  ring("b2", "", withheld=Withheld.PRIVATE))
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10_000)
    qtmodeltester.check(view.model)
    rows = {view.model.data(view.model.index(r, 4)): r for r in range(2)}
    assert set(rows) == {"unknown", "withheld"}
    unknown = rows["unknown"]
    assert view.model.data(view.model.index(unknown, 1)) == "0113 496 0444"  # national: GB
    assert view.model.data(view.model.index(unknown, 3)) == "missed"

    view.select_rows([rows["withheld"]])
    assert not view.add_number_button.isEnabled() and view.move_button.isEnabled()
    view.select_rows([unknown])
    assert view.add_number_button.isEnabled() and view.create_button.isEnabled()

    def pick(dialog: QDialog) -> bool:  # the user's part of the modal picker
        assert isinstance(dialog, ContactPicker)
        dialog.search_box.setText("Carl Jones")
        dialog.run_search()
        qtbot.waitUntil(lambda: dialog.select_contact(carl), timeout=10_000)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(manager_module, "exec_dialog", pick)
    opened: list[int] = []
    view.open_contact_requested.connect(opened.append)
    view.add_to_existing()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    # the buffer's refresh (heard on the change bus) may land before the write's answer
    qtbot.waitUntil(lambda: opened == [carl], timeout=10_000)
    [moved] = contact_activities.calls(gui_ctx, carl)
    assert moved.number == "+441134960444" and moved.outcome == "missed"
    assert [c.where for c in calls.list_calls(gui_ctx, unmatched_only=True)] == ["withheld"]


def test_buffer_moves_a_withheld_call_by_hand(qtbot, gui_ctx, line: Line, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dora = person(gui_ctx, "Dora", "Smith")
    line.feed(ring("w1", "", withheld=Withheld.ANONYMOUS), ended("w1", Outcome.ANSWERED))
    view = buffer_view(qtbot, gui_ctx, line)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    view.select_rows([0])

    def pick(dialog: QDialog) -> bool:
        assert isinstance(dialog, ContactPicker)
        dialog.search_box.setText("Dora")
        dialog.run_search()
        qtbot.waitUntil(lambda: dialog.select_contact(dora), timeout=10_000)
        dialog.accept()
        return True

    monkeypatch.setattr(manager_module, "exec_dialog", pick)
    view.move_to_contact()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=10_000)
    [call] = contact_activities.calls(gui_ctx, dora)
    assert call.outcome == "answered"


def test_buffer_create_contact_is_prefilled(qtbot, gui_ctx, line: Line, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.views.dialogs.contact_dialog import ContactDialog

    line.feed(ring("n1", "+441134960666", "Margaret Jones"))
    view = buffer_view(qtbot, gui_ctx, line)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    view.select_rows([0])
    made: list[int] = []

    def save(dialog: QDialog) -> bool:
        assert isinstance(dialog, ContactDialog)
        assert [r["number"] for r in dialog.phones.rows()] == ["+441134960666"]
        assert dialog.last_name.text() == "Jones"
        with qtbot.waitSignal(dialog.saved, timeout=10_000):
            dialog.accept()
        made.append(dialog.contact_id or 0)
        return True

    monkeypatch.setattr(manager_module, "exec_dialog", save)
    view.create_contact()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=10_000)
    assert [c.number for c in contact_activities.calls(gui_ctx, made[0])] == ["+441134960666"]


def test_picker_model(qtmodeltester, gui_ctx, line: Line, qtbot) -> None:  # type: ignore[no-untyped-def]
    person(gui_ctx, "Carl", "Jones")
    picker = ContactPicker(gui_ctx, line.runner, "Pick", "Who?", term="Carl")
    qtbot.addWidget(picker)
    qtbot.waitUntil(lambda: picker.model.rowCount() == 1, timeout=10_000)
    qtmodeltester.check(picker.model)

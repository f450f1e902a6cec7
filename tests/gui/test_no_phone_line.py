"""A desk with no phone line set up still has the call path: the tray and the
buffer, and the calls a stopped Ringcard left in its journal are written at start."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from app.config import LocalSettings, data_dir
from app.services.activities import core as activities
from app.services.inbound import journal as journals
from app.telephony.callerid import CallerId, CallEvent, EventKind, Outcome
from app.views.main_window import MainWindow
from tests.gui.conftest import person


def test_without_a_line_the_tray_is_there_and_the_journal_is_replayed(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(gui_ctx, "Anna", "Smith", phone="020 7946 0101")
    folder = journals.journal_folder(data_dir(), gui_ctx.db.url)
    dead = journals.open_live(folder)  # a Ringcard killed while Anna's call rang
    at = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    dead.append_many([CallEvent(EventKind.IDENTIFIED, "left-behind", "sip", "desk", at,
                                caller=CallerId("+442079460101", "SMITH A")),
                      CallEvent(EventKind.ENDED, "left-behind", "sip", "desk", at,
                                outcome=Outcome.ANSWERED)])
    os.close(dead._fd)
    assert not LocalSettings.load().sip_accounts and not LocalSettings.load().modems
    window = MainWindow(gui_ctx, LocalSettings.load())
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.first_rows_shown, timeout=10_000):
            window.show()
        qtbot.waitUntil(lambda: window.telephony_ui is not None, timeout=10_000)
        assert window.telephony_ui.tray is not None and window.telephony_ui.buffer is not None
        qtbot.waitUntil(lambda: [a.outcome for a in activities.list_for_contact(gui_ctx, cid)]
                        == ["answered"], timeout=10_000)
        assert not window.telephony_ui.popups.popups  # a call of another day: no pop-up
        assert list(Path(folder).glob("*.jsonl")) == [window.telephony.bridge.pipeline.journal_path]
    finally:
        window.close()

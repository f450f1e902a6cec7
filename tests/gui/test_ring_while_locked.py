"""End to end: a real sipp caller rings while another process holds SQLite's write
lock (an import, a backup, another desk). SIP answers 180 at once, the pop-up shows
the right contact at once, and the call is written when the lock goes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.services.activities import core as activities
from tests.gui.conftest import person, window_with_sip_line
from tests.inbound.conftest import FAST_180, sqlite_locked
from tests.telephony.sip.conftest import Sipp

pytestmark = pytest.mark.skipif(shutil.which("sipp") is None, reason="needs sipp (sip-tester)")


def test_a_call_while_another_process_holds_the_write_lock(qtbot, gui_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cid = person(gui_ctx, "Anna", "Smith", phone="020 7946 0101")
    window, port = window_with_sip_line(qtbot, gui_ctx)
    sipp = Sipp(tmp_path)
    try:
        ui = window.telephony_ui
        assert ui is not None
        with sqlite_locked(gui_ctx.db.url.removeprefix("sqlite:///"), 15) as locker:
            proc = sipp.start(FAST_180, target_port=port, hold_ms=1000,
                              keys={"from": '"SMITH A" <sip:+442079460101@127.0.0.1>'})
            qtbot.waitUntil(lambda: bool(ui.popups.visible_popups()), timeout=5_000)
            [popup] = ui.popups.visible_popups()
            qtbot.waitUntil(lambda: popup.summary is not None, timeout=5_000)
            assert popup.contact_id == cid and popup.summary.name == "Anna Smith"
            sipp.finish(proc)  # 180 came within 500 ms (the scenario fails otherwise)
            assert locker.poll() is None, "the lock was gone before the pop-up showed"
            assert activities.list_for_contact(gui_ctx, cid) == []  # not written yet
            qtbot.waitUntil(lambda: "calls waiting to be written: 1"
                            in window.call_path_label.text(), timeout=14_000)
            assert window.call_path_label.isVisible()
        qtbot.waitUntil(lambda: [a.outcome for a in activities.list_for_contact(gui_ctx, cid)]
                        == ["missed"], timeout=20_000)
        qtbot.waitUntil(lambda: not window.call_path_label.isVisible(), timeout=5_000)
        assert popup.routed.record_id == activities.list_for_contact(gui_ctx, cid)[0].id
    finally:
        window.close()
        sipp.kill_all()

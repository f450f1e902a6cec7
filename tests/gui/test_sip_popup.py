"""End to end: a real sipp caller rings the desk's SIP line (the real pjsua2
listener started by the main window) and the pop-up shows the right contact."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.services.activities import core as activities
from tests.gui.conftest import person, window_with_sip_line
from tests.telephony.sip.conftest import Sipp

pytestmark = pytest.mark.skipif(shutil.which("sipp") is None, reason="needs sipp (sip-tester)")


def test_a_sipp_invite_pops_up_the_caller(qtbot, gui_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cid = person(gui_ctx, "Anna", "Smith", phone="020 7946 0101")
    window, port = window_with_sip_line(qtbot, gui_ctx)
    sipp = Sipp(tmp_path)
    try:
        ui = window.telephony_ui
        assert ui is not None
        proc = sipp.start("uac_ring.xml", target_port=port, hold_ms=1500,
                          keys={"from": '"SMITH A" <sip:+442079460101@127.0.0.1>'})
        qtbot.waitUntil(lambda: bool(ui.popups.visible_popups()), timeout=10_000)
        [popup] = ui.popups.visible_popups()
        qtbot.waitUntil(lambda: popup.summary is not None, timeout=10_000)
        assert popup.contact_id == cid and popup.summary.name == "Anna Smith"
        sipp.finish(proc)  # the caller gave up: CANCEL without "answered elsewhere"
        qtbot.waitUntil(lambda: any(a.outcome == "missed"
                                    for a in activities.list_for_contact(gui_ctx, cid)),
                        timeout=10_000)
    finally:
        window.close()
        sipp.kill_all()

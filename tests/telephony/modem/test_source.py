"""ModemSource against a fake modem on a real pty pair (socat)."""

from __future__ import annotations

import io
import random
import threading
import time
from collections.abc import Callable

import pytest

from app.telephony.callerid import EventKind, Outcome, Withheld
from app.telephony.modem import ModemSource, modem_test
from tests.telephony.modem.conftest import (
    GAP,
    SOCAT,
    EventLog,
    FakeModem,
    Harness,
    SocatPair,
    StatusLog,
    fast_profile,
    ready,
)

pytestmark = pytest.mark.skipif(SOCAT is None, reason="socat is not installed")

FORMATTED = "\r\nRING\r\n\r\nDATE = 0321\r\nTIME = 1405\r\nNMBR = 5045551234\r\nNAME = A N OTHER\r\n\r\n"
# NCID API documentation, "ASCII Hex Format Caller ID" (see tests/telephony/transcripts/ncid_api_xdmf.txt)
SDMF = "041230353131313835323430373535353030303059"
MDMF = "802001083035313131383532020A3430373535353030303007084A4F484E20444F4584"


def test_init_sequence_then_formatted_call_is_identified(start_source: Callable[..., Harness],
                                                         pty_pair: SocatPair) -> None:
    source, modem, events, statuses = ready(start_source)
    assert statuses.all[:2] == ["connecting", "ready"]
    assert source.status == "ready"
    modem.send(FORMATTED)
    ring = events.next(EventKind.RING)
    assert ring.call_key == f"{source.key_prefix}1"
    assert source.key_prefix.startswith(f"modem:{pty_pair.app_end}:")
    assert (ring.source, ring.line, ring.direction) == ("modem", pty_pair.app_end, "in")
    ident = events.next(EventKind.IDENTIFIED)
    assert ident.call_key == ring.call_key
    assert ident.caller is not None
    assert (ident.caller.number, ident.caller.name, ident.caller.withheld) == (
        "5045551234", "A N OTHER", Withheld.NO)
    assert "NMBR = 5045551234" in ident.raw
    ended = events.next(EventKind.ENDED)
    assert (ended.call_key, ended.outcome) == (ring.call_key, Outcome.MISSED)


def test_vcid_refused_falls_back_to_hash_cid(start_source: Callable[..., Harness]) -> None:
    source, modem, events, statuses = start_source(errors=frozenset({"AT+VCID=1"}))
    modem.expect_commands("ATZ", "AT+VCID=1", "AT#CID=1")
    statuses.wait_for("ready")
    modem.send(FORMATTED)
    events.next(EventKind.RING)
    assert events.next(EventKind.IDENTIFIED).caller.number == "5045551234"  # type: ignore[union-attr]


@pytest.mark.parametrize(("code", "reason"), [
    ("O", Withheld.OUT_OF_AREA), ("P", Withheld.PRIVATE), ("A", Withheld.ANONYMOUS)])
def test_absence_codes_are_withheld_reasons(start_source: Callable[..., Harness], code: str,
                                            reason: Withheld) -> None:
    source, modem, events, _ = ready(start_source)
    modem.send(f"\r\nRING\r\n\r\nDATE=0101\r\nTIME=0900\r\nNMBR={code}\r\nNAME={code}\r\n\r\n")
    events.next(EventKind.RING)
    caller = events.next(EventKind.IDENTIFIED).caller
    assert caller is not None
    assert (caller.number, caller.name, caller.withheld) == ("", "", reason)


def test_sdmf_and_mdmf_hex_are_identified(start_source: Callable[..., Harness]) -> None:
    source, modem, events, _ = ready(start_source)
    modem.send(f"\r\nRING\r\n\r\n{SDMF}\r\n")
    first = events.next(EventKind.RING)
    sdmf = events.next(EventKind.IDENTIFIED)
    assert sdmf.caller is not None and sdmf.caller.number == "4075550000"
    assert events.next(EventKind.ENDED).call_key == first.call_key
    modem.send(f"\r\nRING\r\n\r\n{MDMF}\r\n")
    second = events.next(EventKind.RING)
    assert second.call_key != first.call_key
    mdmf = events.next(EventKind.IDENTIFIED)
    assert mdmf.caller is not None
    assert (mdmf.caller.number, mdmf.caller.name) == ("4075550000", "JOHN DOE")


def test_bad_checksum_is_ignored_and_the_next_call_works(start_source: Callable[..., Harness],
                                                         caplog: pytest.LogCaptureFixture) -> None:
    source, modem, events, _ = ready(start_source)
    bad = MDMF[:-2] + "85"
    modem.send(f"\r\nRING\r\n\r\n{bad}\r\n")
    ring = events.next(EventKind.RING)
    ended = events.next(EventKind.ENDED)  # no IDENTIFIED in between
    assert (ended.call_key, ended.outcome) == (ring.call_key, Outcome.MISSED)
    assert "bad checksum" in caplog.text
    modem.send(FORMATTED)
    events.next(EventKind.RING)
    assert events.next(EventKind.IDENTIFIED).caller.name == "A N OTHER"  # type: ignore[union-attr]


def test_rings_then_silence_end_as_missed(start_source: Callable[..., Harness]) -> None:
    source, modem, events, _ = ready(start_source)
    modem.send("\r\nRING\r\n")
    ring = events.next(EventKind.RING)
    modem.send("\r\nRING\r\n")  # the second ring of the same call: no new event
    sent_last = time.monotonic()
    ended = events.next(EventKind.ENDED)
    assert time.monotonic() - sent_last >= GAP * 0.9
    assert (ended.call_key, ended.outcome, ended.direction) == (ring.call_key, Outcome.MISSED, "in")


def test_marked_answered_ends_as_answered(start_source: Callable[..., Harness]) -> None:
    source, modem, events, _ = ready(start_source, ring_gap_s=0.5)
    modem.send(FORMATTED)
    ring = events.next(EventKind.RING)
    source.mark_answered(ring.call_key)
    events.next(EventKind.IDENTIFIED)
    ended = events.next(EventKind.ENDED)
    assert (ended.call_key, ended.outcome) == (ring.call_key, Outcome.ANSWERED)
    assert ended.caller is not None and ended.caller.number == "5045551234"


def test_garbage_between_calls_changes_nothing(start_source: Callable[..., Harness]) -> None:
    source, modem, events, statuses = ready(start_source)
    noise = bytes(random.Random(4).getrandbits(8) for _ in range(600))
    modem.send(FORMATTED)
    first = [events.next(EventKind.RING), events.next(EventKind.IDENTIFIED), events.next(EventKind.ENDED)]
    modem.send(noise + b"\x00\x00\xff\r\n04\r\n80FFFF\r\nNMBR\r\n=\r\n\x1b[2J")
    modem.send(FORMATTED.replace("5045551234", "2125551212"))
    ring = events.next(EventKind.RING)
    ident = events.next(EventKind.IDENTIFIED)
    assert ident.call_key == ring.call_key != first[0].call_key
    assert ident.caller is not None and ident.caller.number == "2125551212"
    assert source.status == "ready" and not any(s.startswith("disc") for s in statuses.all)


def test_port_disappears_and_comes_back(start_source: Callable[..., Harness],
                                        pty_pair: SocatPair) -> None:
    source, modem, events, statuses = ready(start_source)
    modem.send(FORMATTED)
    events.next(EventKind.RING)
    events.next(EventKind.IDENTIFIED)
    pty_pair.stop()  # the USB modem is unplugged mid-call
    modem.close()
    assert statuses.wait_for("disconnected").startswith("disconnected: ")
    assert events.next(EventKind.ENDED).outcome == Outcome.MISSED  # the open call still ends
    pty_pair.start()  # plugged back in, same device names
    again = FakeModem(pty_pair.modem_end)
    try:
        again.expect_commands("ATZ", "AT+VCID=1", timeout=10)  # init re-sent by itself
        statuses.wait_for("ready")
        again.send(FORMATTED.replace("5045551234", "3125550000"))
        ring = events.next(EventKind.RING)
        assert ring.call_key.endswith(":2")
        assert events.next(EventKind.IDENTIFIED).caller.number == "3125550000"  # type: ignore[union-attr]
    finally:
        source.stop()
        again.close()


def test_missing_port_retries_without_crashing(tmp_path: object) -> None:
    statuses, events = StatusLog(), EventLog()
    source = ModemSource("/nonexistent/ttyACM9", fast_profile(), events, on_status=statuses)
    source.start()
    try:
        assert statuses.wait_for("disconnected").startswith("disconnected: ")
        statuses.wait_for("connecting", timeout=3)  # backoff, then another try
    finally:
        started = time.monotonic()
        source.stop()
        assert time.monotonic() - started < 1.0
    assert source.status == "stopped" and events.all == []


def test_stop_is_prompt_and_ends_the_open_call(start_source: Callable[..., Harness]) -> None:
    source, modem, events, _ = ready(start_source, ring_gap_s=30)
    modem.send("\r\nRING\r\n")
    ring = events.next(EventKind.RING)
    started = time.monotonic()
    source.stop()
    assert time.monotonic() - started < 0.5
    ended = events.next(EventKind.ENDED, timeout=0.1)
    assert (ended.call_key, ended.outcome, ended.raw) == (ring.call_key, Outcome.MISSED, "stopped")
    assert source.status == "stopped"


def test_caller_id_before_the_first_ring_opens_the_call(start_source: Callable[..., Harness]) -> None:
    source, modem, events, _ = ready(start_source)
    modem.send("\r\nDATE = 0321\r\nTIME = 1405\r\nNMBR = 5045551234\r\n\r\n")  # NMBR only: ends at the blank
    ring = events.next(EventKind.RING)
    assert ring.caller is not None and ring.caller.number == "5045551234"
    assert events.next(EventKind.IDENTIFIED).call_key == ring.call_key
    modem.send("\r\nRING\r\n")  # the ring that follows belongs to the same call
    assert events.next(EventKind.ENDED).call_key == ring.call_key


def test_dial_then_drop_off_the_line(start_source: Callable[..., Harness]) -> None:
    source, modem, events, _ = ready(start_source)
    key = source.dial("(020) 7946-0958")
    modem.expect_commands("ATDT02079460958;", "ATH")
    out = [events.next(EventKind.RING), events.next(EventKind.IDENTIFIED), events.next(EventKind.ENDED)]
    assert {e.call_key for e in out} == {key} and {e.direction for e in out} == {"out"}
    assert out[1].caller is not None and out[1].caller.number == "02079460958"
    assert out[2].outcome == Outcome.ANSWERED
    with pytest.raises(ValueError):
        source.dial("+44 20 7946 0958")  # the line's format is the caller's job


def test_dial_busy_hangs_up_and_says_busy(start_source: Callable[..., Harness]) -> None:
    source, modem, events, _ = ready(start_source)
    key = source.dial("5551234", hangup_after=5)
    modem.expect_commands("ATDT5551234;")
    modem.send("\r\nBUSY\r\n")
    modem.expect_commands("ATH")
    events.next(EventKind.RING)
    events.next(EventKind.IDENTIFIED)
    ended = events.next(EventKind.ENDED)
    assert (ended.call_key, ended.outcome, ended.direction) == (key, Outcome.BUSY, "out")


def test_modem_test_shows_init_exchange_and_raw_lines(pty_pair: SocatPair) -> None:
    modem = FakeModem(pty_pair.modem_end)
    out = io.StringIO()
    result: list[int] = []
    runner = threading.Thread(target=lambda: result.append(
        modem_test(pty_pair.app_end, fast_profile(), out, seconds=1.0)))
    runner.start()
    try:
        modem.expect_commands("ATZ", "AT+VCID=1")
        modem.send(f"\r\nRING\r\n\r\n{MDMF}\r\n")
        runner.join(5)
    finally:
        modem.close()
    text = out.getvalue()
    assert result == [0], text
    assert "> ATZ" in text and "> AT+VCID=1" in text and "= OK" in text
    assert "'RING'" in text and "-> RING" in text
    assert "number='4075550000' name='JOHN DOE'" in text


def test_modem_test_reports_a_missing_port() -> None:
    out = io.StringIO()
    assert modem_test("/nonexistent/ttyS99", fast_profile(), out, seconds=0.1) == 2
    assert "cannot open /nonexistent/ttyS99" in out.getvalue()

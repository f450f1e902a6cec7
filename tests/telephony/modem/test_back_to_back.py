"""Every call is a call: back-to-back calls on a modem line are never merged.

On a real pty pair (socat) with a fake modem. The two callers are records from
NCID's own modem test data (repository dgnorton/ncid, test/test-modem-calls.data;
tests/telephony/transcripts/ncid_test_modem_calls.txt), sent as a modem does.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import pytest

from app.telephony.callerid import CallEvent, EventKind, Outcome, Withheld
from tests.telephony.modem.conftest import SOCAT, Harness, ready

pytestmark = pytest.mark.skipif(SOCAT is None, reason="socat is not installed")

KINDS = [EventKind.RING, EventKind.IDENTIFIED, EventKind.ENDED]


def modem_lines(*lines: str) -> str:
    return "".join(f"{line}\r\n" for line in lines)


# NCID test data, records 2 and 7, verbatim
SARASOTA = modem_lines("RING", "RING", "DATE = 0103", "TIME = 1254", "NAME = SARASOTA,FL",
                       "NMBR = 9415557218", "", "RING")
ELMHURST = modem_lines("RING", "DATE = 0312", "TIME = 12541", "NMBR = 6305551500",
                       "NAME = ELMHURST, IL", "RING", "RING")


def calls(events: list[CallEvent]) -> dict[str, list[CallEvent]]:
    out: dict[str, list[CallEvent]] = {}
    for event in events:
        out.setdefault(event.call_key, []).append(event)
    return out


def test_two_calls_1_5_s_apart_are_two_calls(start_source: Callable[..., Harness]) -> None:
    source, modem, events, _ = ready(start_source, ring_gap_s=3.0)
    modem.send(SARASOTA)
    first = events.next(EventKind.RING)
    assert events.next(EventKind.IDENTIFIED).caller.number == "9415557218"  # type: ignore[union-attr]
    time.sleep(1.5)  # the line is idle for 1.5 s, half the ring gap; then the next call rings
    modem.send(ELMHURST)
    ended = events.next(EventKind.ENDED, timeout=1.0)  # at once: not merged, not after the gap
    assert (ended.call_key, ended.outcome) == (first.call_key, Outcome.MISSED)
    assert ended.caller is not None and ended.caller.number == "9415557218"
    second = events.next(EventKind.RING)
    ident = events.next(EventKind.IDENTIFIED)
    assert second.call_key == ident.call_key != first.call_key
    assert ident.caller is not None
    assert (ident.caller.number, ident.caller.name) == ("6305551500", "ELMHURST, IL")
    last = events.next(EventKind.ENDED)
    assert (last.call_key, last.outcome) == (second.call_key, Outcome.MISSED)
    by_key = calls(events.all)
    assert list(by_key) == [first.call_key, second.call_key]
    assert [[e.kind for e in evs] for evs in by_key.values()] == [KINDS, KINDS]


def test_answered_call_ends_answered_when_the_next_call_rings(
        start_source: Callable[..., Harness]) -> None:
    source, modem, events, _ = ready(start_source, ring_gap_s=3.0)
    modem.send(SARASOTA)
    first = events.next(EventKind.RING)
    events.next(EventKind.IDENTIFIED)
    source.mark_answered(first.call_key)  # picked up; then the line rings for the next caller
    modem.send(ELMHURST)
    ended = events.next(EventKind.ENDED, timeout=1.0)
    assert (ended.call_key, ended.outcome) == (first.call_key, Outcome.ANSWERED)
    assert events.next(EventKind.RING).call_key != first.call_key


def test_the_same_block_again_belongs_to_the_same_call(start_source: Callable[..., Harness]) -> None:
    """Some modems print the caller ID again on a later ring: still one call."""
    source, modem, events, _ = ready(start_source, ring_gap_s=0.6)
    block = modem_lines("DATE = 0312", "TIME = 1254", "NMBR = 6305551500", "NAME = ELMHURST, IL", "")
    modem.send("\r\nRING\r\n\r\n" + block + "RING\r\n\r\n" + block + "RING\r\n")
    ring = events.next(EventKind.RING)
    events.next(EventKind.IDENTIFIED)
    ended = events.next(EventKind.ENDED)
    assert ended.call_key == ring.call_key
    events.assert_quiet(0.3)
    assert [e.kind for e in events.all] == KINDS


def test_same_number_calling_again_the_next_minute_is_another_call(
        start_source: Callable[..., Harness]) -> None:
    source, modem, events, _ = ready(start_source, ring_gap_s=3.0)
    first_block = modem_lines("RING", "", "DATE = 0312", "TIME = 1254", "NMBR = 6305551500", "")
    modem.send(first_block)
    first = events.next(EventKind.RING)
    events.next(EventKind.IDENTIFIED)
    modem.send(first_block.replace("1254", "1255"))
    assert events.next(EventKind.ENDED, timeout=1.0).call_key == first.call_key
    assert events.next(EventKind.RING).call_key != first.call_key


def test_withheld_then_a_number_are_two_calls(start_source: Callable[..., Harness]) -> None:
    source, modem, events, _ = ready(start_source, ring_gap_s=3.0)
    # NCID test data, record 1 (a withheld number), then record 7
    modem.send(modem_lines("MESG = 110101", "DATE = 0421", "TIME = 0934", "NMBR = P",
                           "NAME = WITHHELD", "RING", "RING"))
    first = events.next(EventKind.RING)
    assert events.next(EventKind.IDENTIFIED).caller.withheld == Withheld.PRIVATE  # type: ignore[union-attr]
    modem.send(ELMHURST)
    assert events.next(EventKind.ENDED, timeout=1.0).call_key == first.call_key
    events.next(EventKind.RING)
    assert events.next(EventKind.IDENTIFIED).caller.number == "6305551500"  # type: ignore[union-attr]


def test_burst_of_50_calls_back_to_back_with_a_journal_like_sink(
        start_source: Callable[..., Harness], caplog: pytest.LogCaptureFixture) -> None:
    """No idle time at all between calls and a sink that takes 5 ms per event
    (an fsync'd journal append): 50 calls, each once, in order, none merged."""
    source, modem, events, _ = ready(start_source, ring_gap_s=1.0, sink_delay=0.005)
    numbers = [f"20255501{i:02d}" for i in range(50)]  # 555-0100..0199: fictional (NANP)
    modem.send("".join(modem_lines("RING", "", "DATE = 0312", "TIME = 1254", f"NMBR = {n}",
                                   f"NAME = CALLER {i}", "", "RING")
                       for i, n in enumerate(numbers)))
    deadline = time.monotonic() + 15
    while len([e for e in events.all if e.kind == EventKind.ENDED]) < 50:
        events.next(timeout=max(0.1, deadline - time.monotonic()))
    by_key = calls(events.all)
    assert len(by_key) == 50
    assert all([e.kind for e in evs] == KINDS for evs in by_key.values())
    assert [evs[1].caller.number for evs in by_key.values()] == numbers  # type: ignore[union-attr]
    assert "the event sink took" not in caplog.text  # 5 ms is fast enough: no warning


def test_a_slow_sink_is_reported(start_source: Callable[..., Harness],
                                 caplog: pytest.LogCaptureFixture) -> None:
    source, modem, events, _ = ready(start_source, sink_delay=0.08)
    with caplog.at_level(logging.WARNING, logger="app.telephony.modem"):
        modem.send("\r\nRING\r\n")
        events.next(EventKind.RING)
        events.next(EventKind.ENDED)  # the RING's warning was logged when its sink call returned
    assert "the event sink took" in caplog.text

"""Modem noise: nothing crashes, memory stays bounded, nothing is held up, and
the next valid call is logged as it should be.

The valid call is NCID's documented modem test call (repository dgnorton/ncid,
doc/Modem-CID-test; tests/telephony/transcripts/ncid_modem_cid_test.txt).
"""

from __future__ import annotations

import random
import time
import tracemalloc
from collections.abc import Callable, Iterator

import pytest

from app.telephony.callerid import CallerId, EventKind
from app.telephony.modem_parser import MAX_LINE, CallerIdSeen, ModemParser
from tests.telephony.modem.conftest import SOCAT, Harness, ready

JESSE = "RING\r\n\r\nDATE = 1105\r\nTIME = 2106\r\nNMBR = 9495551212\r\nNAME = Jesse James\r\n\r\nRING\r\n"
EXPECTED = CallerId("9495551212", "Jesse James")
MB = 1 << 20


def no_line_ends(size: int, seed: int) -> bytes:
    rnd = random.Random(seed)
    return bytes(b for b in rnd.randbytes(size + size // 64) if b not in (0x0A, 0x0D))[:size]


# -- the parser: memory -----------------------------------------------------------

def peak_while(chunks: Iterator[bytes]) -> tuple[int, ModemParser]:
    """Peak memory traced while the parser eats the chunks (each made on demand)."""
    parser = ModemParser()
    tracemalloc.start()
    try:
        for chunk in chunks:
            parser.feed(chunk)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak, parser


def test_1_mb_without_a_line_end_is_not_kept() -> None:
    rnd = random.Random(1)
    chunks = (bytes(rnd.choice(b"0123456789ABCDEF=NMBR ") for _ in range(4096)) for _ in range(256))
    peak, parser = peak_while(chunks)
    assert peak < 200_000  # the 4 KB chunks and a line of at most MAX_LINE, not 1 MB
    assert not parser.has_partial_line  # over-long: dropped, not a line being received
    found = [e for e in parser.feed(b"\r\n" + JESSE.encode()) if isinstance(e, CallerIdSeen)]
    assert [e.caller for e in found] == [EXPECTED]


def test_endless_tag_lines_are_not_kept() -> None:
    """20,000 "MESG = ..." lines (a tag, but never a number or a name) once
    grew one block without bound (here: over 1 MB)."""
    peak, parser = peak_while(b"MESG = 0123456789\r\n" * 100 for _ in range(200))
    assert peak < 200_000
    found = [e for e in parser.feed(JESSE.encode()) if isinstance(e, CallerIdSeen)]
    assert [e.caller for e in found] == [EXPECTED]


def test_endless_hex_continuation_is_not_kept() -> None:
    peak, parser = peak_while(iter([b"80FF" + b"AB" * 200 + b"\r\n"] + [b"AB" * 500 + b"\r\n"] * 500))
    assert peak < 200_000
    found = [e for e in parser.feed(JESSE.encode()) if isinstance(e, CallerIdSeen)]
    assert [e.caller for e in found] == [EXPECTED]


def test_a_line_just_under_the_limit_is_still_read() -> None:
    parser = ModemParser()
    line = "NAME = " + "X" * (MAX_LINE - 8)
    found = [e for e in parser.feed(f"NMBR = 9495551212\r\n{line}\r\n".encode())
             if isinstance(e, CallerIdSeen)]
    assert [e.caller.name for e in found] == ["X" * (MAX_LINE - 8)]


# -- the source on a real pty --------------------------------------------------------

needs_socat = pytest.mark.skipif(SOCAT is None, reason="socat is not installed")


def next_call_is_logged(harness: Harness, within: float) -> None:
    """Send the valid call; its RING and IDENTIFIED come within ``within`` s."""
    source, modem, events, statuses = harness
    modem.send(JESSE)
    sent = time.monotonic()
    ring = events.next(EventKind.RING, timeout=within)
    ident = events.next(EventKind.IDENTIFIED, timeout=within)
    assert time.monotonic() - sent < within
    assert (ident.call_key, ident.caller) == (ring.call_key, EXPECTED)
    assert source.status == "ready" and not any(s.startswith("disc") for s in statuses.all)


@needs_socat
def test_1_mb_without_a_newline_then_a_call(start_source: Callable[..., Harness]) -> None:
    harness = ready(start_source)
    harness[1].send(no_line_ends(MB, seed=2))  # returns once all of it is in the pty
    next_call_is_logged(harness, within=2.0)
    harness[2].next(EventKind.ENDED)
    assert [e.kind for e in harness[2].all] == [EventKind.RING, EventKind.IDENTIFIED, EventKind.ENDED]


@needs_socat
def test_binary_garbage_with_nuls_and_line_ends_then_a_call(start_source: Callable[..., Harness]) -> None:
    harness = ready(start_source)
    rnd = random.Random(3)
    garbage = bytearray(rnd.randbytes(256 * 1024))
    for i in range(0, len(garbage), 97):
        garbage[i] = rnd.choice((0x00, 0x0D, 0x0A))
    harness[1].send(bytes(garbage))
    next_call_is_logged(harness, within=2.0)


@needs_socat
def test_nul_flood_then_a_call_with_nuls_inside(start_source: Callable[..., Harness]) -> None:
    harness = ready(start_source)
    harness[1].send(b"\x00" * (256 * 1024))
    jesse = JESSE.encode()
    harness[1].send(b"\x00".join(jesse[i:i + 3] for i in range(0, len(jesse), 3)))
    ring = harness[2].next(EventKind.RING)
    ident = harness[2].next(EventKind.IDENTIFIED)
    assert (ident.call_key, ident.caller) == (ring.call_key, EXPECTED)


@needs_socat
def test_a_block_split_into_small_writes(start_source: Callable[..., Harness]) -> None:
    """As a slow USB bridge delivers it: a few bytes at a time, 20 ms apart
    (under the quiet spell that would end a block)."""
    source, modem, events, _ = ready(start_source, ring_gap_s=3.0, idle_flush_s=0.1)
    data = JESSE.encode()
    for i in range(0, len(data), 5):
        modem.send(data[i:i + 5])
        time.sleep(0.02)  # pacing of the input, not a wait for a result
    ring = events.next(EventKind.RING)
    ident = events.next(EventKind.IDENTIFIED)
    assert (ident.call_key, ident.caller) == (ring.call_key, EXPECTED)


@needs_socat
def test_garbage_while_a_call_rings_does_not_end_or_split_it(
        start_source: Callable[..., Harness]) -> None:
    source, modem, events, _ = ready(start_source, ring_gap_s=1.0)
    modem.send(JESSE)
    ring = events.next(EventKind.RING)
    events.next(EventKind.IDENTIFIED)
    modem.send(no_line_ends(64 * 1024, seed=4) + b"\r\nRING\r\n")
    ended = events.next(EventKind.ENDED)
    assert ended.call_key == ring.call_key and ended.caller == EXPECTED
    assert {e.call_key for e in events.all} == {ring.call_key}

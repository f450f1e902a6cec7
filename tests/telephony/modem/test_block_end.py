"""A caller-ID block is complete at its end of block, not at a read timeout.

What a user would expect, and what these tests hold the modem source to:
- a number the modem sends with a pause in the middle is one number (never
  the first half: "55500" would pop up, and log, somebody else's card);
- when the port is lost after the NMBR line, the call is logged with that
  number (the block can no longer complete; what came is right as far as it
  goes: a name is optional);
- when the port is lost in the middle of the NMBR line, the digits received
  are not a number: the call is logged as "number unavailable", with the
  fragment kept in the raw record for diagnosis, never as a wrong number.

Blocks are the NCID API document's modem example (repository igor-sfdc/ncid,
doc/NCID-API.md; tests/telephony/transcripts/ncid_api_formatted.txt) and the
Rockwell manual's (tests/telephony/transcripts/rockwell_manual.txt).
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from app.telephony.callerid import CallerId, EventKind, Outcome, Withheld
from app.telephony.modem_parser import CallerIdSeen, ModemEvent, ModemParser, RingSeen
from tests.telephony.modem.conftest import SOCAT, Harness, SocatPair, ready

# NCID API document, "Modem-to-Server": one call, as the modem prints it
HEAD = "RING\r\n\r\nMESG = 110101\r\nDATE = 0511\r\nTIME = 1852\r\nNMBR = "
NUMBER, NAME = "4075550000", "JOHN DOE"


def cid(number: str, name: str = "", withheld: Withheld = Withheld.NO) -> CallerId:
    """A caller from HEAD's block (which carries MESG = 110101)."""
    return CallerId(number, name, withheld, message="110101")


def callers(events: list[ModemEvent]) -> list[CallerIdSeen]:
    return [e for e in events if isinstance(e, CallerIdSeen)]


# -- the parser on its own -------------------------------------------------------

def test_a_pause_mid_line_is_not_the_end_of_the_block() -> None:
    parser = ModemParser()
    assert parser.feed(HEAD.encode() + b"40755") == [RingSeen()]
    assert parser.has_partial_line
    assert parser.end_block() == []  # the source's quiet-spell call: nothing, a line is coming
    [seen] = callers(parser.feed(b"50000\r\nNAME = JOHN DOE\r\n"))
    assert seen.caller == cid(NUMBER, NAME)


def test_a_number_without_a_name_ends_after_a_pause_between_lines() -> None:
    # Rockwell manual block without its NAME line, and no blank line or RING after it
    parser = ModemParser()
    parser.feed(b"RING\r\nDATE = 0321\r\nTIME = 1405\r\nNMBR = 504551234\r\n")
    assert not parser.has_partial_line
    assert [s.caller for s in callers(parser.end_block())] == [CallerId("504551234")]


def test_a_modem_that_omits_the_last_line_end_is_read_after_a_long_quiet() -> None:
    parser = ModemParser()
    parser.feed(b"RING\r\nNMBR = 2125551212")
    assert parser.end_block() == []
    assert [s.caller for s in callers(parser.flush())] == [CallerId("2125551212")]


def test_port_lost_after_the_number_line_keeps_the_number() -> None:
    parser = ModemParser()
    parser.feed((HEAD + NUMBER + "\r\n").encode())
    [seen] = callers(parser.close())
    assert seen.caller == cid(NUMBER) and seen.number_sent
    assert "NMBR = 4075550000" in seen.raw


def test_port_lost_mid_number_is_unavailable_never_a_fragment() -> None:
    parser = ModemParser()
    parser.feed((HEAD + "40755").encode())
    [seen] = callers(parser.close())
    assert seen.caller == cid("", withheld=Withheld.UNAVAILABLE)
    assert "40755" in seen.raw and "cut off" in seen.raw
    assert not parser.has_pending


def test_port_lost_mid_name_keeps_the_number_and_drops_the_half_name() -> None:
    parser = ModemParser()
    parser.feed((HEAD + NUMBER + "\r\nNAME = JOH").encode())
    assert [s.caller for s in callers(parser.close())] == [cid(NUMBER)]


def test_port_lost_with_nothing_pending_reports_nothing() -> None:
    parser = ModemParser()
    parser.feed(b"RING\r\nDATE = 0511\r\nTIME = 18")
    assert callers(parser.close()) == []


def test_two_number_only_blocks_without_separators_are_two_callers() -> None:
    data = b"".join(f"DATE = 0511\r\nTIME = 185{i}\r\nNMBR = 40755500{i}0\r\n".encode()
                    for i in range(2))
    parser = ModemParser()
    found = callers(parser.feed(data) + parser.flush())
    assert [s.caller.number for s in found] == ["4075550000", "4075550010"]


# -- the source on a real pty ------------------------------------------------------

needs_socat = pytest.mark.skipif(SOCAT is None, reason="socat is not installed")


@needs_socat
def test_number_split_by_a_pause_mid_line_is_logged_whole(start_source: Callable[..., Harness]) -> None:
    # idle_flush_s 0.1: a quiet spell far shorter than the 0.35 s pause
    source, modem, events, _ = ready(start_source, ring_gap_s=3.0, idle_flush_s=0.1)
    modem.send(HEAD + "40755")
    events.next(EventKind.RING)
    time.sleep(0.35)  # the modem's pause mid-line (part of the input, not a wait for a result)
    modem.send("50000\r\nNAME = JOHN")
    time.sleep(0.35)  # and again mid-name
    modem.send(" DOE\r\n\r\nRING\r\n")
    ident = events.next(EventKind.IDENTIFIED)
    assert ident.caller == cid(NUMBER, NAME)
    events.next(EventKind.ENDED)
    assert [e.kind for e in events.all].count(EventKind.IDENTIFIED) == 1


@needs_socat
def test_port_lost_right_after_nmbr_logs_the_number(start_source: Callable[..., Harness],
                                                    pty_pair: SocatPair) -> None:
    # a long quiet-spell setting: only the port loss can finish this block
    source, modem, events, statuses = ready(start_source, ring_gap_s=3.0, idle_flush_s=2.0)
    modem.send(HEAD + NUMBER + "\r\n")  # the NAME line never comes: the modem is unplugged
    ring = events.next(EventKind.RING)
    pty_pair.stop()
    modem.close()
    ident = events.next(EventKind.IDENTIFIED)
    assert (ident.call_key, ident.caller) == (ring.call_key, cid(NUMBER))
    statuses.wait_for("disconnected")
    ended = events.next(EventKind.ENDED)
    assert (ended.call_key, ended.outcome, ended.caller) == (ring.call_key, Outcome.MISSED,
                                                             cid(NUMBER))


@needs_socat
def test_port_lost_mid_number_logs_unavailable(start_source: Callable[..., Harness],
                                               pty_pair: SocatPair) -> None:
    source, modem, events, statuses = ready(start_source, ring_gap_s=3.0, idle_flush_s=2.0)
    modem.send(HEAD + "40755")
    ring = events.next(EventKind.RING)
    pty_pair.stop()
    modem.close()
    ident = events.next(EventKind.IDENTIFIED)
    assert (ident.call_key, ident.caller) == (ring.call_key,
                                              cid("", withheld=Withheld.UNAVAILABLE))
    assert "40755" in ident.raw
    assert events.next(EventKind.ENDED).call_key == ring.call_key

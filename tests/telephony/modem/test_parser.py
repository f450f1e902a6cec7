"""The modem parser on its own: pure, so every case is fast and exact."""

from __future__ import annotations

import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.telephony.callerid import CallerId, Withheld
from app.telephony.modem_parser import (
    MAX_LINE,
    CallerIdSeen,
    Discarded,
    ModemEvent,
    ModemParser,
    ModemResponse,
    OtherLine,
    RingSeen,
    checksum_ok,
)

BLOCK = "RING\r\n\r\nDATE = 0321\r\nTIME = 1405\r\nNMBR = 5045551234\r\nNAME = A N OTHER\r\n\r\nRING\r\n"
EXPECTED = CallerId(number="5045551234", name="A N OTHER")


def message(kind: int, payload: bytes) -> bytes:
    """An SDMF / MDMF message with its GR-30 checksum."""
    body = bytes([kind, len(payload)]) + payload
    return body + bytes([(-sum(body)) % 256])


def param(ptype: int, value: bytes) -> bytes:
    return bytes([ptype, len(value)]) + value


def parse(data: bytes | str, *, flush: bool = True) -> list[ModemEvent]:
    if isinstance(data, str):
        data = data.encode("utf-8")
    parser = ModemParser()
    return parser.feed(data) + (parser.flush() if flush else [])


def callers(events: list[ModemEvent]) -> list[CallerId]:
    return [e.caller for e in events if isinstance(e, CallerIdSeen)]


# -- formatted ------------------------------------------------------------------

@pytest.mark.parametrize("eol", ["\r\n", "\n", "\r", "\n\r", "\r\r\n"])
def test_any_line_end(eol: str) -> None:
    events = parse(BLOCK.replace("\r\n", eol))
    assert callers(events) == [EXPECTED]
    assert sum(isinstance(e, RingSeen) for e in events) == 2


@pytest.mark.parametrize("sep", ["=", " = ", "= ", " =", "  =  "])
def test_spaces_around_equals(sep: str) -> None:
    block = f"\r\nRING\r\nDATE{sep}0321\r\nTIME{sep}1405\r\nNMBR{sep}5045551234\r\nNAME{sep}A N OTHER\r\n"
    [seen] = [e for e in parse(block) if isinstance(e, CallerIdSeen)]
    assert (seen.caller, seen.date, seen.time, seen.format) == (EXPECTED, "0321", "1405", "formatted")


def test_fields_in_any_order_and_ddn_nmbr() -> None:
    block = "NAME = A N OTHER\r\nMESG = 110101\r\nDDN_NMBR= 5045551234\r\nTIME = 1405\r\nDATE = 0321\r\n\r\n"
    [seen] = [e for e in parse(block) if isinstance(e, CallerIdSeen)]
    assert seen.caller == CallerId(number="5045551234", name="A N OTHER", message="110101")
    assert seen.date == ""  # DATE came after NMBR and NAME completed the block


def test_reported_as_soon_as_number_and_name_are_in() -> None:
    parser = ModemParser()
    assert parser.feed(b"\r\nRING\r\nDATE = 0321\r\nNMBR = 5045551234\r\n") == [RingSeen()]
    [seen] = parser.feed(b"NAME = A N OTHER\r\n")
    assert isinstance(seen, CallerIdSeen) and seen.caller == EXPECTED


def test_number_only_block_ends_at_a_blank_line_or_on_flush() -> None:
    parser = ModemParser()
    assert parser.feed(b"RING\r\nDATE = 0321\r\nTIME = 1405\r\nNMBR = 5045551234\r\n") == [RingSeen()]
    assert parser.has_pending
    assert callers(parser.feed(b"\r\n")) == [CallerId(number="5045551234")]
    parser.feed(b"NMBR = 2125551212")  # no line end at all (NCID's test data has such)
    assert callers(parser.flush()) == [CallerId(number="2125551212")]
    assert not parser.has_pending


def test_date_and_time_alone_are_not_a_caller() -> None:
    assert callers(parse("RING\r\nDATE = 0321\r\nTIME = 1405\r\nRING\r\n")) == []


@pytest.mark.parametrize(("code", "reason"), [
    ("O", Withheld.OUT_OF_AREA), ("P", Withheld.PRIVATE), ("A", Withheld.ANONYMOUS)])
def test_absence_codes(code: str, reason: Withheld) -> None:
    assert callers(parse(f"NMBR = {code}\r\nNAME = {code}\r\n")) == [CallerId("", "", reason)]
    # the name code alone says nothing about a number that is there
    assert callers(parse(f"NMBR = 5045551234\r\nNAME = {code}\r\n")) == [CallerId("5045551234")]
    # with no number line at all, the name code is the reason
    assert callers(parse(f"NAME = {code}\r\n\r\n")) == [CallerId("", "", reason)]


def test_first_value_wins_when_a_tag_repeats() -> None:
    # some telcos send NMBR = <number> and then NMBR = O (NCID's ncidd.c)
    assert callers(parse("DATE = 0321\r\nNMBR = 5045551234\r\nNMBR = O\r\n\r\n")) == [
        CallerId("5045551234", withheld=Withheld.NO)]


def test_stray_nuls_and_control_characters() -> None:
    data = BLOCK.replace("NMBR", "N\x00MBR").replace("RING", "\x00RI\x00NG\x11").encode()
    assert callers(parse(data)) == [EXPECTED]


def test_result_codes_and_echo() -> None:
    events = parse("ATZ\r\r\nOK\r\nAT+VCID=1\r\r\nERROR\r\n\r\nNO CARRIER\r\nDRON=5\r\n")
    assert [e for e in events if not isinstance(e, OtherLine)] == [
        ModemResponse("OK"), ModemResponse("ERROR"), ModemResponse("NO CARRIER")]
    assert OtherLine("ATZ") in events and OtherLine("DRON=5") in events


def test_name_containing_a_tag_word_is_kept() -> None:
    assert callers(parse("NAME = TIME WARNER COM\r\nNMBR = 4075552120\r\n")) == [
        CallerId("4075552120", "TIME WARNER COM")]


# -- unformatted ----------------------------------------------------------------

def test_sdmf() -> None:
    msg = message(0x04, b"03211405" + b"5045551234")
    [seen] = [e for e in parse(f"RING\r\n{msg.hex()}\r\n") if isinstance(e, CallerIdSeen)]
    assert (seen.caller, seen.date, seen.time, seen.format) == (
        CallerId("5045551234"), "0321", "1405", "sdmf")


@pytest.mark.parametrize(("code", "reason"), [(b"O", Withheld.OUT_OF_AREA), (b"P", Withheld.PRIVATE)])
def test_sdmf_absence_codes(code: bytes, reason: Withheld) -> None:
    msg = message(0x04, b"03211405" + code)
    assert callers(parse(msg.hex().upper() + "\r\n")) == [CallerId("", "", reason)]


def test_mdmf_all_parameters() -> None:
    msg = message(0x80, param(0x01, b"03211405") + param(0x02, b"5045551234")
                  + param(0x07, b"A N OTHER") + param(0x99, b"ignored"))
    [seen] = [e for e in parse(msg.hex() + "\r\n") if isinstance(e, CallerIdSeen)]
    assert (seen.caller, seen.date, seen.time, seen.format) == (EXPECTED, "0321", "1405", "mdmf")


@pytest.mark.parametrize(("num_reason", "name_reason", "reason"), [
    (b"O", b"O", Withheld.OUT_OF_AREA), (b"P", b"P", Withheld.PRIVATE), (b"A", b"P", Withheld.ANONYMOUS)])
def test_mdmf_reason_parameters(num_reason: bytes, name_reason: bytes, reason: Withheld) -> None:
    msg = message(0x80, param(0x01, b"03211405") + param(0x04, num_reason) + param(0x08, name_reason))
    assert callers(parse(msg.hex() + "\r\n")) == [CallerId("", "", reason)]


def test_mdmf_name_reason_alone_and_dialable_number() -> None:
    msg = message(0x80, param(0x03, b"5045551234") + param(0x08, b"P"))
    assert callers(parse(msg.hex() + "\r\n")) == [CallerId("5045551234")]
    msg = message(0x80, param(0x08, b"P"))
    assert callers(parse(msg.hex() + "\r\n")) == [CallerId("", "", Withheld.PRIVATE)]


def test_bad_checksum_is_discarded_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    msg = bytearray(message(0x80, param(0x02, b"5045551234")))
    msg[-1] ^= 0x01
    with caplog.at_level(logging.WARNING):
        events = parse(bytes(msg).hex() + "\r\nRING\r\n")
    assert callers(events) == []
    assert any(isinstance(e, Discarded) and e.reason == "bad checksum" for e in events)
    assert "bad checksum" in caplog.text


@pytest.mark.parametrize("payload", [
    param(0x02, b"50455") + b"\x07\x30AB",  # a parameter longer than the message
    b"\x02",  # a type without a length
])
def test_malformed_mdmf_is_discarded(payload: bytes) -> None:
    events = parse(message(0x80, payload).hex() + "\r\n")
    assert callers(events) == [] and any(isinstance(e, Discarded) for e in events)


def test_hex_wrapped_over_two_lines() -> None:
    text = message(0x80, param(0x02, b"5045551234") + param(0x07, b"A N OTHER")).hex().upper()
    assert callers(parse(text[:30] + "\r\n" + text[30:] + "\r\n")) == [EXPECTED]


def test_incomplete_hex_is_dropped_at_the_next_other_line() -> None:
    text = message(0x04, b"032114055045551234").hex()
    events = parse(text[:20] + "\r\nRING\r\n")
    assert callers(events) == [] and RingSeen() in events
    assert any(isinstance(e, Discarded) and "incomplete" in e.reason for e in events)


def test_message_waiting_is_not_a_call() -> None:
    events = parse(message(0x06, b"\x42\x42\x42").hex() + "\r\n")
    assert callers(events) == [] and isinstance(events[0], OtherLine)


def test_checksum_rule() -> None:
    assert checksum_ok(message(0x04, b"0321140550"))
    assert not checksum_ok(b"\x04\x01\x30\x00")


# -- noise and chunking ------------------------------------------------------------

def test_over_long_line_is_dropped_and_parsing_resumes() -> None:
    events = parse(b"X" * (MAX_LINE * 3) + b"NMBR = 1\r\n" + BLOCK.encode())
    assert callers(events) == [EXPECTED]


def test_byte_by_byte_equals_all_at_once() -> None:
    data = (BLOCK + message(0x80, param(0x02, b"5045551234")).hex() + "\r\n").encode()
    parser = ModemParser()
    one_by_one = [e for i in range(len(data)) for e in parser.feed(data[i:i + 1])] + parser.flush()
    assert one_by_one == parse(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.binary(max_size=200), max_size=20))
def test_fuzz_nothing_escapes(chunks: list[bytes]) -> None:
    parser = ModemParser()
    for chunk in chunks:
        for event in parser.feed(chunk):
            assert isinstance(event, RingSeen | CallerIdSeen | ModemResponse | Discarded | OtherLine)
    parser.flush()


_NOISY = st.lists(st.one_of(
    st.binary(max_size=80),
    st.sampled_from([b"\r", b"\n", b"\x00", b"RING", b"NMBR = ", b"NAME=", b"DATE = 0321", b"0412",
                     b"80", b"8020", b"O", b"P", b"=", b"OK", b"ERROR", b"\xff\xfe"]),
), max_size=30).map(b"".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(garbage=_NOISY, cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=8),
       hexed=st.booleans())
def test_fuzz_valid_block_after_garbage_is_still_parsed(garbage: bytes, cuts: list[int],
                                                        hexed: bool) -> None:
    if hexed:
        valid = ("\r\nRING\r\n" + message(0x80, param(0x01, b"03211405") + param(0x02, b"5045551234")
                                          + param(0x07, b"A N OTHER")).hex() + "\r\n").encode()
    else:
        valid = ("\r\n" + BLOCK).encode()
    data = garbage + valid
    parser = ModemParser()
    events: list[ModemEvent] = []
    start = 0
    for cut in sorted(c for c in cuts if c < len(data)) + [len(data)]:
        events += parser.feed(data[start:cut])
        start = max(start, cut)
    # the valid call is the last thing reported (anything the garbage looked like came before it)
    assert callers(events)[-1:] == [EXPECTED]


@settings(max_examples=200, deadline=None)
@given(cuts=st.lists(st.integers(min_value=0, max_value=len(BLOCK) * 2), max_size=10))
def test_fuzz_any_split_gives_the_same_events(cuts: list[int]) -> None:
    data = (BLOCK + BLOCK.replace("\r\n", "\n")).encode()
    parser = ModemParser()
    events: list[ModemEvent] = []
    start = 0
    for cut in sorted(cuts) + [len(data)]:
        events += parser.feed(data[start:cut])
        start = max(start, cut)
    assert events + parser.flush() == parse(data)

"""Withheld numbers spelt as words: a reason, never a number or a name.

Where the spellings come from (public sources, read for this test):
- NCID, repository dgnorton/ncid, server/ncidd.h: the codes O / P / A are
  shown as "OUT-OF-AREA", "PRIVATE", "ANONYMOUS"; its test data
  (test/test-modem-calls.data, also tests/telephony/transcripts/
  ncid_test_modem_calls.txt) has "NMBR = Restricted" with "NAME = Unavailable"
  and NCID's own "NO NAME" placeholder.
- MisterHouse, repository hollie/misterhouse, lib/Caller_ID.pm: reads
  "Out of Area", "Out-of-area", "OUT OF AREA", "Private", "PRIVATE",
  "Unavailable", "Unknown" and "-UNKNOWN CALLER-" from caller-ID devices.
- The SIP side (app/telephony/sip_identity.py) maps "restricted", "withheld",
  "private" to private, "unavailable" / "unknown" to unavailable and
  "anonymous" to anonymous; the modem says the same.
"""

from __future__ import annotations

import pytest

from app.telephony.callerid import CallerId, Withheld
from app.telephony.modem_parser import CallerIdSeen, ModemParser, absence_reason, make_caller

P, A, OOA, U = Withheld.PRIVATE, Withheld.ANONYMOUS, Withheld.OUT_OF_AREA, Withheld.UNAVAILABLE

SPELLINGS = [
    # codes (Bellcore / Rockwell #CID), any case
    ("P", P), ("p", P), ("A", A), ("O", OOA), ("o", OOA),
    # NCID's spelling of the codes
    ("PRIVATE", P), ("ANONYMOUS", A), ("OUT-OF-AREA", OOA),
    # NCID test data
    ("Restricted", P), ("Unavailable", U),
    # MisterHouse
    ("Out of Area", OOA), ("Out-of-area", OOA), ("OUT OF AREA", OOA), ("Private", P),
    ("Unknown", U), ("-UNKNOWN CALLER-", U),
    # carriers and PBXs
    ("Anonymous", A), ("anonymous", A), ("Withheld", P), ("WITHHELD", P), ("Blocked", P),
    ("PRIVATE NUMBER", P), ("Private Caller", P), ("RESTRICTED", P), ("OUT_OF_AREA", OOA),
    ("OutOfArea", OOA), ("Not Available", U), ("UNAVAILABLE", U), ("Unknown Number", U),
    ("  Private  ", P), ('"Anonymous"', A),
]


def block_callers(text: str) -> list[CallerId]:
    parser = ModemParser()
    events = parser.feed(text.encode()) + parser.flush()
    return [e.caller for e in events if isinstance(e, CallerIdSeen)]


@pytest.mark.parametrize(("word", "reason"), SPELLINGS)
def test_a_word_in_place_of_the_number_is_a_reason(word: str, reason: Withheld) -> None:
    assert absence_reason(word) == reason
    [caller] = block_callers(f"RING\r\n\r\nDATE = 0926\r\nTIME = 1933\r\nNMBR = {word}\r\n\r\n")
    assert (caller.number, caller.withheld) == ("", reason)


@pytest.mark.parametrize(("word", "reason"), SPELLINGS)
def test_a_word_in_place_of_the_name_is_not_a_name(word: str, reason: Withheld) -> None:
    # with a number: the number stands, the placeholder is not shown as a name
    assert block_callers(f"NMBR = 5045551234\r\nNAME = {word}\r\n") == [CallerId("5045551234")]
    # with no number line at all, the placeholder says why
    assert block_callers(f"DATE = 0926\r\nNAME = {word}\r\n\r\n") == [CallerId("", "", reason)]


def test_ncid_restricted_unavailable_is_private_as_on_sip() -> None:
    """NCID's own test record: the number's word decides, the name is dropped."""
    assert block_callers("DATE = 0926\r\nTIME = 1933\r\nNMBR = Restricted\r\nNAME = Unavailable\r\n") == [
        CallerId("", "", P)]


def test_a_number_field_without_digits_is_never_a_number() -> None:
    assert make_caller("Telemarketer", "") == CallerId("", "", U)
    assert make_caller("+", "ACME") == CallerId("", "ACME", U)


@pytest.mark.parametrize("name", ["PRIVATE DETECTIVES LTD", "TIME WARNER COM", "Anonymous Inc",
                                  "O'BRIEN", "OUT WEST", "Oliver"])
def test_real_names_that_contain_the_words_are_kept(name: str) -> None:
    assert make_caller("5045551234", name) == CallerId("5045551234", name)


@pytest.mark.parametrize("number", ["0000000000", "1800FLOWERS", "+44 20 7946 0958", "2120"])
def test_real_numbers_are_kept(number: str) -> None:
    assert make_caller(number, "") == CallerId(number)

"""The parser against published modem output (tests/telephony/transcripts/).

Each transcript's header says where it was published; the expectations below
are what that output means, checked by hand against the source document.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.telephony.callerid import CallerId, Withheld
from app.telephony.modem_parser import CallerIdSeen, Discarded, ModemEvent, ModemParser, RingSeen

HERE = Path(__file__).resolve().parents[1] / "transcripts"
P = Withheld.PRIVATE


def body(name: str) -> str:
    text = (HERE / name).read_text(encoding="utf-8")
    header, sep, rest = text.partition("#---\n")
    assert sep and "Source:" in header, f"{name} must cite its source above #---"
    return rest


def replay(name: str, chunk: int = 0) -> list[ModemEvent]:
    """Each line sent with CR LF, as a modem does; optionally in small chunks."""
    data = "".join(line + "\r\n" for line in body(name).splitlines()).encode("utf-8")
    parser = ModemParser()
    if chunk:
        events = [e for i in range(0, len(data), chunk) for e in parser.feed(data[i:i + chunk])]
    else:
        events = parser.feed(data)
    return events + parser.flush()


def ids(events: list[ModemEvent]) -> list[tuple[str, str, Withheld]]:
    return [(e.caller.number, e.caller.name, e.caller.withheld)
            for e in events if isinstance(e, CallerIdSeen)]


NO = Withheld.NO
EXPECTED: dict[str, tuple[list[tuple[str, str, Withheld]], int, int]] = {
    # file: (callers in order, RINGs, discarded messages)
    "ncid_test_modem_calls.txt": ([
        ("", "", P),  # NMBR = P, NAME = WITHHELD: a placeholder, not a name
        ("9415557218", "SARASOTA,FL", NO), ("0000000000", "PrivDirOff", NO),
        ("9085555002", "Vähälä", NO), ("4075552120", "TIME WARNER COM", NO),
        ("0000000000", "PrivDirOff", NO), ("6305551500", "ELMHURST, IL", NO),
        ("8175558399", "EULESS, TX", NO),
        ("14075552120", "", NO),  # NAME = NO NAME: NCID's own placeholder (NONAME)
        ("14075552120", "eleven digits", NO), ("4075552120", "ten digits", NO),
        ("075552120", "nine digits", NO), ("95552120", "eight digits", NO),
        ("5552120", "seven digits", NO), ("2120", "four digits", NO),
        ("", "", P),  # NMBR = Restricted, NAME = Unavailable: withheld, never a number "Restricted"
    ], 22, 0),
    "ncid_modem_cid_test.txt": ([("9495551212", "Jesse James", NO)], 3, 0),
    "ncid_api_formatted.txt": ([("4075550000", "JOHN DOE", NO)] * 2, 4, 0),
    "ncid_api_xdmf.txt": ([("4075550000", "", NO), ("4075550000", "JOHN DOE", NO)], 4, 0),
    "misterhouse_caller_id.txt": ([
        ("5071234567", "KLIER BRIAN J", NO), ("5071234567", "ARCHER L", NO),
        ("5072884388", "", NO),  # NAME=O (out of area) run into NMBR=...
        ("9932562", "", NO),  # Quebec: NAME = O, DDN_NMBR= 9932562
    ], 4, 0),
    "rockwell_manual.txt": ([("504551234", "A N OTHER", NO)], 9, 1),  # hex lacks its checksum
    "usr_3com_manual.txt": ([("8475550001", "U.S.ROBOTICS", NO)], 4, 1),  # length/checksum wrong
    "melabs_sdmf_mdmf.txt": ([("6095551212", "", NO)], 0, 2),  # two published checksums wrong
}


def test_every_transcript_has_expectations() -> None:
    assert {p.name for p in HERE.glob("*.txt")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize("chunk", [0, 1, 7])
def test_transcript(name: str, chunk: int) -> None:
    events = replay(name, chunk)
    want_ids, rings, discarded = EXPECTED[name]
    assert ids(events) == want_ids
    assert sum(isinstance(e, RingSeen) for e in events) == rings
    assert sum(isinstance(e, Discarded) for e in events) == discarded


def test_dates_and_times_as_sent() -> None:
    seen = [e for e in replay("ncid_api_xdmf.txt") + replay("rockwell_manual.txt")
            if isinstance(e, CallerIdSeen)]
    assert [(e.format, e.date, e.time) for e in seen] == [
        ("sdmf", "0511", "1852"), ("mdmf", "0511", "1852"), ("formatted", "0321", "1405")]


def test_melabs_examples_decode_once_their_checksums_are_recomputed() -> None:
    """The melabs page's bytes are right apart from the last one: prove the
    parser reads them (blocked SDMF -> private; MDMF -> name and number)."""
    fixed = []
    for line in body("melabs_sdmf_mdmf.txt").splitlines():
        if line.strip():
            data = bytes.fromhex(line)[:-1]
            fixed.append((data + bytes([(-sum(data)) % 256])).hex())
    parser = ModemParser()
    events = parser.feed("".join(f"{h}\r\n" for h in fixed).encode()) + parser.flush()
    seen = [e for e in events if isinstance(e, CallerIdSeen)]
    assert [e.caller for e in seen] == [
        CallerId("6095551212"), CallerId("", withheld=Withheld.PRIVATE),
        CallerId("8005551212", "JOHN DOE")]
    assert [(e.date, e.time) for e in seen] == [("0930", "1224"), ("0930", "1224"), ("0324", "0902")]

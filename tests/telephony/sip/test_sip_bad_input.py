"""Malformed SIP against the real pjsua2 listener (issue 12, "Bad input").

The RFC 4475 torture messages (messages/rfc4475/, see SOURCE.md there) are the
IETF's, byte for byte; the issue's own cases (no From, a 60 KB display name, NUL
bytes, bad UTF-8, 200 Via headers) are built here on a plain INVITE. After each,
the next valid call must be reported and answered 180 at once: nothing crashed,
nothing is held up. Sent from a raw UDP socket, as a broken peer would.
"""

from __future__ import annotations

import re
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.telephony import sip_identity
from app.telephony.callerid import CallerId, CallEvent, EventKind, Withheld
from app.telephony.sip import SipSource

from .conftest import Events

TORTURE = Path(__file__).parent / "messages" / "rfc4475"
# RFC 4475 INVITEs pjsip 2.15 passes on to Ringcard; it drops the others in its own
# parser or transaction layer (wsinv, RFC-valid, among them), so Ringcard never sees them.
REACH_RINGCARD = {"baddate", "clerr", "esc01", "escruri", "inv2543", "invut", "longreq",
                  "lwsstart", "multi01", "sdp01"}
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff]")


def token(call_id: str) -> bytes:
    """``call_id`` as a SIP token (a branch, a tag)."""
    return re.sub(r"[^A-Za-z0-9.-]", "-", call_id).encode()


class Peer:
    """A SIP peer on a raw UDP socket."""

    def __init__(self, target: int) -> None:
        self.target = target
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]

    def send(self, data: bytes) -> None:
        self.sock.sendto(data, ("127.0.0.1", self.target))

    def invite(self, call_id: str, *, from_: bytes = b"<sip:+441632960100@127.0.0.1>",
               extra: bytes = b"", vias: int = 1) -> bytes:
        via = b"".join(b"Via: SIP/2.0/UDP 127.0.0.1:%d;rport;branch=z9hG4bK-%s-%d\r\n"
                       % (self.port, token(call_id), n) for n in range(vias))
        head = (b"INVITE sip:ringcard@127.0.0.1:%d SIP/2.0\r\n" % self.target + via
                + b"Max-Forwards: 70\r\nTo: <sip:ringcard@127.0.0.1>\r\n")
        if from_:
            head += b"From: " + from_ + b";tag=" + token(call_id) + b"\r\n"
        return (head + b"Call-ID: " + call_id.encode() + b"\r\nCSeq: 1 INVITE\r\n"
                b"Contact: <sip:caller@127.0.0.1:%d>\r\n" % self.port + extra
                + b"Content-Length: 0\r\n\r\n")

    def cancel(self, call_id: str) -> None:
        self.send(b"CANCEL sip:ringcard@127.0.0.1:%d SIP/2.0\r\n"
                  b"Via: SIP/2.0/UDP 127.0.0.1:%d;rport;branch=z9hG4bK-%s-0\r\n"
                  b"Max-Forwards: 70\r\nTo: <sip:ringcard@127.0.0.1>\r\n"
                  b"From: <sip:+441632960100@127.0.0.1>;tag=%s\r\nCall-ID: %s\r\n"
                  b"CSeq: 1 CANCEL\r\nContent-Length: 0\r\n\r\n"
                  % (self.target, self.port, token(call_id), token(call_id), call_id.encode()))

    def wait_status(self, call_id: str, code: int, timeout: float) -> float:
        """Seconds until a ``code`` response for ``call_id`` arrives."""
        started = time.monotonic()
        deadline = started + timeout
        while (left := deadline - time.monotonic()) > 0:
            self.sock.settimeout(left)
            try:
                data = self.sock.recv(65535)
            except TimeoutError:
                break
            if (data.startswith(b"SIP/2.0 %d " % code)
                    and re.search(rb"^(Call-ID|i)\s*:\s*" + re.escape(call_id.encode()) + rb"\s*$",
                                  data, re.M | re.I)):
                return time.monotonic() - started
        raise AssertionError(f"no {code} for {call_id} within {timeout} s")

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def peer(make_source) -> Iterator[tuple[SipSource, Peer]]:
    source = make_source()
    p = Peer(source.config.port)
    yield source, p
    p.close()


def assert_clean(event: CallEvent) -> None:
    """What reaches the journal and the database: no NUL, controls or lone surrogates."""
    assert event.caller is not None
    for text in (event.call_key, event.caller.number, event.caller.name, event.raw.replace("\n", " ")):
        assert not _CONTROL.search(text), repr(text)
        text.encode("utf-8")  # what a journal or a database will do with it


def next_call_is_reported(p: Peer, events: Events, n: int = 1) -> CallEvent:
    """A plain call after the bad input: answered 180 at once and reported."""
    call_id = f"next-{n}-{time.monotonic_ns()}@127.0.0.1"
    p.send(p.invite(call_id))
    assert p.wait_status(call_id, 180, timeout=2.0) < 2.0
    ident = events.wait(EventKind.IDENTIFIED, call_id, timeout=5)
    assert ident.caller == CallerId(number="+441632960100")
    p.cancel(call_id)
    events.wait(EventKind.ENDED, call_id, timeout=5)
    return ident


def reported(events: Events, call_id: str) -> list[CallEvent]:
    """Events already seen for ``call_id`` (call after the next call's events arrived)."""
    return [e for e in events.seen if e.call_key == call_id]


@pytest.mark.parametrize("name", sorted(p.stem for p in TORTURE.glob("*.dat")))
def test_rfc4475_torture_message(peer, events: Events, name: str) -> None:
    source, p = peer
    data = (TORTURE / f"{name}.dat").read_bytes()
    p.send(data)
    next_call_is_reported(p, events)
    call_id = sip_identity.call_id(data)
    if name in REACH_RINGCARD:
        kinds = [e.kind for e in reported(events, call_id)]
        assert kinds[:2] == [EventKind.RING, EventKind.IDENTIFIED], (call_id, kinds)
        for event in reported(events, call_id):
            assert_clean(event)
    assert source.running


def test_latin1_display_name_is_decoded(peer, events: Events) -> None:
    """Issue 12: "M\\xfcller" in Latin-1 became 'M\\udcfcller' (SWIG's surrogateescape) and
    the call was lost to a UnicodeEncodeError where it was written."""
    _, p = peer
    p.send(p.invite("latin1@test", from_=b'"M\xfcller" <sip:+4930901820@127.0.0.1>'))
    ident = events.wait(EventKind.IDENTIFIED, "latin1@test")
    assert ident.caller == CallerId(number="+4930901820", name="Müller")
    assert_clean(ident)
    next_call_is_reported(p, events)


BAD_INPUT: dict[str, tuple[dict, CallerId | None]] = {
    # what pjsip 2.15 drops before Ringcard sees it: None (its parser: no From, raw NULs;
    # its transport: a datagram above PJSIP_MAX_PKT_LEN, 4000 bytes)
    "no From": (dict(from_=b""), None),
    "60 KB display name": (dict(from_=b'"' + b"A" * 60_000 + b'" <sip:+441632960101@127.0.0.1>'),
                           None),
    "NUL bytes": (dict(from_=b'"Nul\x00Name\x00" <sip:+4416329\x00601@127.0.0.1>'), None),
    "NUL in an unknown header": (dict(extra=b"X-Note: a\x00b\r\n"), None),
    "200 Via headers": (dict(vias=200), None),
    # what reaches Ringcard: reported, cleaned, cut
    "3 KB display name": (dict(from_=b'"' + b"B" * 3_000 + b'" <sip:+441632960104@127.0.0.1>'),
                          CallerId("+441632960104", "B" * sip_identity.MAX_NAME)),
    "40 Via headers": (dict(vias=40), CallerId("+441632960100")),
    "escaped NUL in the number": (dict(from_=b'"Esc Nul" <sip:+441632%00960105@127.0.0.1>'),
                                  CallerId("+441632960105", "Esc Nul")),
    "bad UTF-8": (dict(from_=b'"\xff\xfe\xc3\x28 Caller\xe2\x82" <sip:+441632960102@127.0.0.1>'),
                  CallerId("+441632960102", "\xff\xfe\xc3( Caller\xe2\u201a")),  # as cp1252
    "control characters": (dict(from_=b'"Bell\x07 Esc\x1b[31m Red" <sip:+441632960103@127.0.0.1>'),
                           CallerId("+441632960103", "Bell Esc[31m Red")),
}


@pytest.mark.parametrize("case", list(BAD_INPUT))
def test_bad_input_then_next_call(peer, events: Events, case: str) -> None:
    source, p = peer
    call_id = f"bad-{case.replace(' ', '-')}@test"
    kwargs, expected = BAD_INPUT[case]
    p.send(p.invite(call_id, **kwargs))
    next_call_is_reported(p, events)
    seen = reported(events, call_id)
    if expected is None:
        assert not seen
    else:
        assert [e.kind for e in seen] == [EventKind.RING, EventKind.IDENTIFIED]
        assert seen[1].caller == expected
    for event in seen:
        assert_clean(event)
        assert len(event.raw) <= sip_identity.MAX_RAW
    assert source.running


def test_an_invite_the_identity_parser_cannot_read_is_still_a_call(peer, events: Events,
                                                                   monkeypatch) -> None:
    """Issue 12 section 3: reported (withheld: unavailable) and answered 180, never dropped."""
    _, p = peer

    def broken(raw: str) -> list:
        raise ValueError("unreadable")

    monkeypatch.setattr(sip_identity, "parse_headers", broken)
    p.send(p.invite("unreadable@test"))
    p.wait_status("unreadable@test", 180, timeout=2.0)
    ident = events.wait(EventKind.IDENTIFIED, timeout=5)
    assert ident.caller == CallerId(number="", withheld=Withheld.UNAVAILABLE)
    assert ident.call_key == "unreadable@test"  # pjsua's own reading of the Call-ID
    p.cancel("unreadable@test")
    assert events.wait(EventKind.ENDED, ident.call_key).outcome is not None

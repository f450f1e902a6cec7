"""Caller identity from SIP requests: published examples first, then edge cases and fuzzing.

The files under messages/ were written by the RFC authors or captured on real
platforms, not by us; each names its source in its header.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.telephony import sip_identity as si
from app.telephony.callerid import CallerId, Withheld

MESSAGES = Path(__file__).parent / "messages"
START = "INVITE sip:ringcard@example.invalid SIP/2.0\r\n"


def sections(name: str) -> dict[str, str]:
    """The file's '--- kind [label]' sections (the '#' header names the source)."""
    text = (MESSAGES / name).read_text(encoding="utf-8")
    assert text.startswith("# source:"), f"{name} must name its source"
    out: dict[str, str] = {}
    label = None
    for line in text.splitlines(keepends=True):
        if line.startswith("--- "):
            label = line[4:].strip()
            out[label] = ""
        elif label is not None:
            out[label] += line
    return out


def only_message(name: str) -> str:
    (body,) = sections(name).values()
    return body


def header_lines(name: str) -> list[str]:
    return [ln for ln in sections(name)["headers"].splitlines() if ln.strip()]


def as_request(header: str) -> str:
    return f"{START}{header}\r\nCall-ID: x\r\n\r\n"


# ----------------------------------------------------------------- published examples


@pytest.mark.parametrize(("line", "expected"), list(zip(
    header_lines("rfc3261_s20.20_from_examples.txt"),
    [CallerId(number="agb", name="A. G. Bell"),
     CallerId(number="+12125551212"),
     CallerId(number="", withheld=Withheld.ANONYMOUS)],
    strict=True)))
def test_rfc3261_from_examples(line: str, expected: CallerId) -> None:
    assert si.caller_id(as_request(line)) == expected


@pytest.mark.parametrize("name", ["rfc3261_s24.2_F1_invite.txt", "rfc3261_s24.2_F5_invite.txt"])
def test_rfc3261_session_setup_invites(name: str) -> None:
    raw = only_message(name)
    ident = si.identify(raw)
    assert ident.caller == CallerId(number="alice", name="Alice")
    assert ident.header == "From"
    assert si.call_id(raw) == "a84b4c76e66710"


def test_rfc3261_folded_via_does_not_disturb_headers() -> None:
    headers = si.parse_headers(only_message("rfc3261_s24.2_F5_invite.txt"))
    vias = [v for k, v in headers if k == "via"]
    assert vias[1] == ("SIP/2.0/UDP bigbox3.site3.atlanta.com;branch=z9hG4bK77ef4c2312983.1 "
                       ";received=192.0.2.2")
    assert ("max-forwards", "68") in headers


def test_rfc3323_anonymous_from() -> None:
    (line,) = header_lines("rfc3323_s4.1.1.3_anonymous_from.txt")
    assert si.caller_id(as_request(line)) == CallerId(number="", withheld=Withheld.ANONYMOUS)


def test_rfc3325_privacy_id_withholds_even_the_asserted_identity() -> None:
    msgs = sections("rfc3325_s10.1_F1_F4.txt")
    f1, f4 = msgs["message F1"], msgs["message F4"]
    assert si.caller_id(f1) == CallerId(number="", withheld=Withheld.PRIVATE)
    ident = si.identify(f4)
    assert ident.header == "P-Asserted-Identity"
    assert ident.caller == CallerId(number="", withheld=Withheld.PRIVATE)
    assert "14085264000" not in ident.raw  # privacy: not even in the diagnosis text
    assert si.call_id(f4) == "245780247857024504"


def test_rfc3325_pai_pair_prefers_tel_and_keeps_the_name() -> None:
    """The F4 pair without Privacy (doubango's OpenIMS trace): tel number, sip name."""
    raw = only_message("doubango_sip_message_pai_pair.txt")
    ident = si.identify(raw)
    assert ident.caller == CallerId(number="+14085264000", name="Cullen Jennings")
    assert ident.header == "P-Asserted-Identity"
    assert si.call_id(raw) == "1262767804423"


def test_kamailio_anonymous_invite_with_preferred_identity() -> None:
    # P-Preferred-Identity is the caller's wish, not an assertion: it is ignored.
    raw = only_message("baresip_issue184_kamailio_anonymous_invite.txt")
    assert si.caller_id(raw) == CallerId(number="", withheld=Withheld.PRIVATE)
    assert si.call_id(raw) == "ofrhqndyrxigrpv@lohi.tutpro.com"


def test_rpid_privacy_full_vendor_example() -> None:
    (line,) = header_lines("audiocodes_rpid_privacy_full.txt")
    ident = si.identify(as_request("From: <sip:1000@pbx.example>;tag=1\r\n" + line))
    assert ident.caller == CallerId(number="", withheld=Withheld.PRIVATE)
    assert ident.header == "Remote-Party-ID"
    assert ident.screened is True


def test_real_capture_with_rpid_prefers_rpid_over_from() -> None:
    raw = only_message("vialer_android_invite_with_rpid.txt")
    ident = si.identify(raw)
    assert ident.caller == CallerId(number="247", name="user")
    assert ident.header == "Remote-Party-ID"
    assert ident.screened is True
    assert si.call_id(raw) == "7ca4ab6b0ff3f6cc1a2143304b123394@sip.nl"


def test_real_capture_without_rpid_reads_from() -> None:
    raw = only_message("vialer_android_invite_without_rpid.txt")
    assert si.identify(raw).caller == CallerId(number="247", name="user")


# ----------------------------------------------------------------- edge cases


@pytest.mark.parametrize(("headers", "expected"), [
    # compact form and case-insensitive names
    ("f: Bob <sip:bob@biloxi.example>;tag=1", CallerId("bob", "Bob")),
    ("FROM: Bob <sip:bob@biloxi.example>;tag=1", CallerId("bob", "Bob")),
    ("p-asserted-identity: <sip:+44 20 7946 0000@pbx>\r\nFrom: x <sip:9@h>",
     CallerId("+442079460000")),
    # token display name with several words, no quotes
    ("From: Mr  Watson <sip:watson@bell.example>", CallerId("watson", "Mr Watson")),
    # escapes in a quoted display name
    ('From: "Jane \\"JJ\\" O\\\\Neil" <sip:jj@x>', CallerId("jj", 'Jane "JJ" O\\Neil')),
    # tel URI with visual separators and phone-context
    ("From: <tel:+44-20-7946-0000;phone-context=+44>", CallerId("+442079460000")),
    ("From: <tel:7042;phone-context=example.com>", CallerId("7042")),
    # sips, user=phone, isub and escaped user parts
    ("From: <sips:+1-212-555-1212;isub=12@gw.example;user=phone>", CallerId("+12125551212")),
    ("From: <sip:alice%40example.com@gateway.com>", CallerId("alice@example.com")),
    # folded From
    ("From: \"Long Name\"\r\n <sip:1234@pbx>;tag=9", CallerId("1234", "Long Name")),
    # several PAI values in one header: tel wins, name comes from the sip entry
    ('P-Asserted-Identity: "Lunch, Lucas" <sip:llucas@cisco.example>,<tel:+420123456;ext=88>',
     CallerId("+420123456", "Lunch, Lucas")),
    # several sip PAIs: the first
    ("P-Asserted-Identity: <sip:100@a>\r\nP-Asserted-Identity: <sip:200@b>", CallerId("100")),
    # RPID privacy and party
    ('Remote-Party-ID: "Ann" <sip:555@pbx>;party=calling;privacy=name', CallerId("555")),
    ('Remote-Party-ID: "Ann" <sip:555@pbx>;party=calling;privacy=uri',
     CallerId("", "Ann", Withheld.PRIVATE)),
    ('Remote-Party-ID: "Callee" <sip:1@pbx>;party=called\r\nFrom: Ann <sip:555@pbx>',
     CallerId("555", "Ann")),
    # Privacy header forms
    ("From: Ann <sip:555@pbx>\r\nPrivacy: ID", CallerId("", withheld=Withheld.PRIVATE)),
    ("From: Ann <sip:555@pbx>\r\nPrivacy: header;user;critical", CallerId("", withheld=Withheld.PRIVATE)),
    ("From: Ann <sip:555@pbx>\r\nPrivacy: none", CallerId("555", "Ann")),
    ("From: Ann <sip:555@pbx>\r\nPrivacy: header;session", CallerId("555", "Ann")),
    # placeholder display names
    ('From: "unavailable" <sip:unavailable@pbx>', CallerId("", withheld=Withheld.UNAVAILABLE)),
    ('From: "Anonymous" <sip:0@pbx.example>', CallerId("0")),
    ("From: Restricted <sip:restricted@carrier>", CallerId("", withheld=Withheld.PRIVATE)),
    ("P-Asserted-Identity: <sip:anonymous@anonymous.invalid>\r\nFrom: Ann <sip:555@pbx>",
     CallerId("", withheld=Withheld.ANONYMOUS)),
    # no usable identity at all
    ("From: <sip:pbx.example>", CallerId("", withheld=Withheld.UNAVAILABLE)),
    ("To: <sip:ringcard@x>", CallerId("", withheld=Withheld.UNAVAILABLE)),
])
def test_identity_edge_cases(headers: str, expected: CallerId) -> None:
    assert si.caller_id(as_request(headers)) == expected


def test_body_lines_are_not_headers() -> None:
    raw = f"{START}From: Ann <sip:555@pbx>\r\n\r\nP-Asserted-Identity: <sip:999@evil>\r\n"
    assert si.caller_id(raw).number == "555"


def test_call_id_compact_and_cancel_reason() -> None:
    assert si.call_id(f"{START}i: abc@host\r\n\r\n") == "abc@host"
    cancel = ("CANCEL sip:x SIP/2.0\r\nCall-ID: 1\r\n"
              'Reason: SIP;cause=200;text="Call completed elsewhere"\r\n\r\n')
    assert si.answered_elsewhere(cancel)
    both = "CANCEL sip:x SIP/2.0\r\nReason: Q.850;cause=16, SIP;cause=200;text=\"x, y\"\r\n\r\n"
    assert si.answered_elsewhere(both)
    assert not si.answered_elsewhere("CANCEL sip:x SIP/2.0\r\nReason: Q.850;cause=16\r\n\r\n")
    assert not si.answered_elsewhere("CANCEL sip:x SIP/2.0\r\nCall-ID: 1\r\n\r\n")


# ----------------------------------------------------------------- fuzzing

_FRAGMENTS = st.sampled_from([
    "From:", "f:", "P-Asserted-Identity:", "Remote-Party-ID:", "Privacy:", "Call-ID:", "i:",
    "Reason:", '"', "\\", "<", ">", ";", ",", "=", "@", "sip:", "sips:", "tel:", "%", "%4", " ",
    "\t", "\r\n", "\n", "\r\n ", "anonymous", "anonymous.invalid", "privacy=full", "party=",
    "screen=no", "id", "+44", "20-7946", "\x00", "\u00e9", "\ud7ff", "\r\n\r\n",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_FRAGMENTS, st.text(max_size=12)), max_size=40))
def test_fuzz_never_raises(parts: list[str]) -> None:
    raw = START + "".join(parts)
    ident = si.identify(raw)
    assert isinstance(ident.caller, CallerId)
    assert isinstance(ident.caller.withheld, Withheld)
    if ident.caller.withheld:
        assert ident.caller.number == ""
    si.call_id(raw)
    si.answered_elsewhere(raw)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_fuzz_arbitrary_text(text: str) -> None:
    si.identify(text)
    si.parse_name_addr(text)
    si.uri_user(text)


def test_fuzz_did_not_hit_the_safety_net(caplog: pytest.LogCaptureFixture) -> None:
    """identify() catches everything as a last resort; the fuzzing must not have needed it."""
    caplog.set_level(logging.WARNING, logger=si.__name__)
    test_fuzz_never_raises()
    test_fuzz_arbitrary_text()
    assert not [r for r in caplog.records if "parser failed" in r.getMessage()]


def test_after_garbage_the_next_valid_call_is_read() -> None:
    si.identify("\x00<<<\"\\" * 100)
    assert si.caller_id(as_request("From: Ann <sip:555@pbx>")) == CallerId("555", "Ann")


def test_not_a_string_is_survived() -> None:
    assert si.identify(None).caller.withheld is Withheld.UNAVAILABLE  # type: ignore[arg-type]


# ----------------------------------------------------------------- network text (issue 12)


def test_latin1_display_name_as_swig_hands_it_over() -> None:
    """SWIG decodes pjsua2's std::string as UTF-8 with surrogateescape: Latin-1 "M\xfcller"
    arrives as 'M\udcfcller', which raised UnicodeEncodeError wherever it was written."""
    raw = as_request('From: "M\xfcller" <sip:+4930901820@pbx>').encode("latin-1")
    from_swig = raw.decode("utf-8", "surrogateescape")
    for message in (from_swig, raw):
        ident = si.identify(message)
        assert ident.caller == CallerId("+4930901820", "Müller")
        assert ident.raw == 'From: "Müller" <sip:+4930901820@pbx>'
        ident.raw.encode("utf-8")


def test_network_text_per_line_fallback() -> None:
    mixed = "Subject: Grüße\r\n".encode() + b'From: "Fran\xe7ois" <sip:1@h>\r\n'
    assert si.network_text(mixed) == 'Subject: Grüße\r\nFrom: "François" <sip:1@h>\r\n'
    assert si.network_text(b"\x81\x8d") == "\x81\x8d"  # undefined in cp1252: Latin-1
    assert si.network_text("plain") == "plain"
    assert si.network_text(None) == ""  # type: ignore[arg-type]


def test_names_and_numbers_lose_nul_and_control_characters() -> None:
    ident = si.identify(as_request('From: "A\x00nn\x07\tB\x1b" <sip:+44%0020%07-7946@pbx>'))
    assert ident.caller == CallerId("+44207946", "Ann B")
    assert "\x00" not in ident.raw and "\x07" not in ident.raw


def test_a_60kb_display_name_is_cut() -> None:
    ident = si.identify(as_request('From: "' + "Z" * 60_000 + '" <sip:+441632960101@pbx>'))
    assert ident.caller == CallerId("+441632960101", "Z" * si.MAX_NAME)
    assert len(ident.raw) <= si.MAX_RAW


def test_missing_from_is_unavailable_and_200_vias_are_fine() -> None:
    assert si.identify(START + "Call-ID: x\r\n\r\n").caller == CallerId(
        "", withheld=Withheld.UNAVAILABLE)
    vias = "".join(f"Via: SIP/2.0/UDP 10.0.0.{n % 250}:5060;branch=z9hG4bK{n}\r\n" for n in range(200))
    assert si.caller_id(START + vias + "From: <sip:2001@pbx>\r\nCall-ID: x\r\n\r\n") == \
        CallerId("2001")


def test_call_id_is_cleaned_and_cut() -> None:
    assert si.call_id(START + "Call-ID: ab\x00c\x01d\r\n\r\n") == "abcd"
    assert len(si.call_id(START + "Call-ID: " + "k" * 5000 + "\r\n\r\n")) == si.MAX_KEY


RFC4475 = Path(__file__).parent / "messages" / "rfc4475"


@pytest.mark.parametrize("name", sorted(p.name for p in RFC4475.glob("*.dat")))
def test_rfc4475_torture_messages_give_clean_text(name: str) -> None:
    """Every RFC 4475 message (messages/rfc4475/SOURCE.md), bytes and as SWIG hands them
    over: identify and call_id never raise and give text a journal or database can hold."""
    data = (RFC4475 / name).read_bytes()
    for raw in (data, data.decode("utf-8", "surrogateescape")):
        ident = si.identify(raw)
        key = si.call_id(raw)
        for text in (ident.caller.number, ident.caller.name, ident.raw, key):
            text.encode("utf-8")
            assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in text), repr(text)


def test_rfc4475_quotbal_unterminated_quote_in_to_does_not_hide_the_caller() -> None:
    """RFC 4475 3.1.2.6 (unterminated quoted string in To): pjsip drops it, but should one
    reach us the caller in From is still read."""
    ident = si.identify((RFC4475 / "quotbal.dat").read_bytes())
    assert (ident.header, ident.caller) == ("From", CallerId("caller"))

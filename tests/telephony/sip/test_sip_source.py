"""SipSource against a real sipp peer on 127.0.0.1 (pjsua2 listener, no mocks)."""

from __future__ import annotations

import logging
import re
import socket
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from app.telephony.callerid import CallerId, EventKind, Outcome, Withheld
from app.telephony.sip import MAX_CALLS, SipConfig, SipError, SipSource, format_number

from .conftest import Events, Sipp, free_port

ELSEWHERE = 'Reason: SIP;cause=200;text="Call completed elsewhere"'


def ring_and_cancel(sipp: Sipp, events: Events, port: int, *, keys: dict[str, str],
                    hold_ms: int = 300) -> tuple:
    proc = sipp.start("uac_ring.xml", target_port=port, keys=keys, hold_ms=hold_ms)
    ring = events.wait(EventKind.RING)
    ident = events.wait(EventKind.IDENTIFIED, ring.call_key)
    ended = events.wait(EventKind.ENDED, ring.call_key)
    sipp.finish(proc)
    return ring, ident, ended


def test_plain_from_with_display_name_answered_elsewhere(make_source, sipp, events) -> None:
    source = make_source()
    ring, ident, ended = ring_and_cancel(sipp, events, source.config.port, keys={
        "from": '"Jane Caller" <sip:+441632960123@127.0.0.1>', "reason": ELSEWHERE})
    assert ring.call_key == ident.call_key == ended.call_key
    assert re.fullmatch(r"1-\d+@127\.0\.0\.1", ring.call_key)  # sipp's Call-ID
    assert ident.caller == CallerId(number="+441632960123", name="Jane Caller")
    assert (ident.source, ident.line, ident.direction) == ("sip", source.config.line, "in")
    assert ident.raw.startswith('From: "Jane Caller"')
    assert ended.outcome is Outcome.ANSWERED


def test_cancel_without_reason_is_missed(make_source, sipp, events) -> None:
    source = make_source()
    _, ident, ended = ring_and_cancel(sipp, events, source.config.port, keys={
        "from": "Bob <sip:2001@127.0.0.1>"})
    assert ident.caller == CallerId(number="2001", name="Bob")
    assert ended.outcome is Outcome.MISSED
    assert ended.duration_s is None


def test_p_asserted_identity(make_source, sipp, events) -> None:
    source = make_source()
    _, ident, _ = ring_and_cancel(sipp, events, source.config.port, keys={
        "from": '"Anonymous" <sip:anonymous@anonymous.invalid>',
        "extra1": 'P-Asserted-Identity: "Acme Ltd" <sip:+441632960555@pbx.example>',
        "extra2": "P-Asserted-Identity: <tel:+44-1632-960555>"})
    assert ident.caller == CallerId(number="+441632960555", name="Acme Ltd")
    assert ident.raw.startswith("P-Asserted-Identity:")


def test_remote_party_id(make_source, sipp, events) -> None:
    source = make_source()
    _, ident, _ = ring_and_cancel(sipp, events, source.config.port, keys={
        "from": "<sip:trunk@127.0.0.1>",
        "extra1": 'Remote-Party-ID: "Rita Party" <sip:01632960777@pbx.example>;party=calling;'
                  "privacy=off;screen=yes"})
    assert ident.caller == CallerId(number="01632960777", name="Rita Party")


def test_privacy_id_is_withheld(make_source, sipp, events) -> None:
    source = make_source()
    _, ident, ended = ring_and_cancel(sipp, events, source.config.port, keys={
        "from": '"Anonymous" <sip:anonymous@anonymous.invalid>',
        "extra1": "P-Asserted-Identity: <tel:+441632960888>", "extra2": "Privacy: id"})
    assert ident.caller == CallerId(number="", withheld=Withheld.PRIVATE)
    assert "960888" not in ident.raw
    assert ended.outcome is Outcome.MISSED


def test_unknown_number_is_just_reported(make_source, sipp, events) -> None:
    """Routing (contact lookup, Big Data buffer) is the service layer's; we report the number."""
    source = make_source()
    _, ident, _ = ring_and_cancel(sipp, events, source.config.port, keys={
        "from": "<sip:+15550100999@127.0.0.1>"})
    assert ident.caller == CallerId(number="+15550100999")


def test_reject_486_from_ringcard(make_source, sipp, events) -> None:
    source = make_source()
    proc = sipp.start("uac_expect_486.xml", target_port=source.config.port,
                      keys={"from": "Pest <sip:+15550100123@127.0.0.1>"})
    ident = events.wait(EventKind.IDENTIFIED)
    source.reject(ident.call_key, 486)
    ended = events.wait(EventKind.ENDED, ident.call_key)
    assert ended.outcome is Outcome.REJECTED
    messages = sipp.finish(proc)
    assert "SIP/2.0 180 Ringing" in messages and "SIP/2.0 486" in messages
    assert "SIP/2.0 200" not in messages  # Ringcard never takes the call


def test_ring_timeout_gives_up_as_missed(make_source, sipp, events) -> None:
    """A caller that never cancels: Ringcard gives up its branch with 480 (not 6xx)."""
    source = make_source(ring_timeout_s=0.5)
    proc = sipp.start("uac_expect_480.xml", target_port=source.config.port)
    ident = events.wait(EventKind.IDENTIFIED)
    assert events.wait(EventKind.ENDED, ident.call_key).outcome is Outcome.MISSED
    sipp.finish(proc)


def test_stop_with_a_call_ringing(make_source, sipp, events) -> None:
    """Shutdown hangs up (480), reports the call, and returns promptly."""
    source = make_source()
    proc = sipp.start("uac_expect_480.xml", target_port=source.config.port)
    ident = events.wait(EventKind.IDENTIFIED)
    started = time.monotonic()
    source.stop()
    assert time.monotonic() - started < 2.0
    assert not source.running and source.status == ("stopped", "")
    assert events.wait(EventKind.ENDED, ident.call_key).outcome is Outcome.MISSED
    sipp.finish(proc)


def test_reject_rejects_bad_codes(make_source) -> None:
    with pytest.raises(ValueError):
        make_source().reject("x", 200)


@pytest.mark.parametrize("calls", [2, MAX_CALLS])
def test_concurrent_calls_all_reported(make_source, sipp, events, calls: int) -> None:
    source = make_source()
    proc = sipp.start("uac_ring.xml", target_port=source.config.port, calls=calls,
                      hold_ms=1500, keys={"from": "<sip:+441632960100@127.0.0.1>"})
    keys = {events.wait(EventKind.IDENTIFIED).call_key for _ in range(calls)}
    assert len(keys) == calls
    ended = {events.wait(EventKind.ENDED, key).outcome for key in keys}
    assert ended == {Outcome.MISSED}
    sipp.finish(proc)


def test_fifth_concurrent_call_is_logged_as_not_watched(make_source, sipp, events) -> None:
    """Issue 12: the library's 4-call cap turns the 5th caller away with 486, but the call
    is still logged (number, time) as "not watched (line limit)", not "busy": the office's
    other phones may well have answered it."""
    source = make_source()
    four = sipp.start("uac_ring.xml", target_port=source.config.port, calls=MAX_CALLS,
                      hold_ms=3000, keys={"from": "<sip:+441632960100@127.0.0.1>"})
    ringing = {events.wait(EventKind.IDENTIFIED).call_key for _ in range(MAX_CALLS)}
    fifth = sipp.start("uac_expect_486.xml", target_port=source.config.port,
                       keys={"from": '"Fifth" <sip:+441632960105@127.0.0.1>'})
    sipp.finish(fifth)
    busy = events.wait(EventKind.ENDED, timeout=5)
    assert busy.call_key not in ringing and re.fullmatch(r"1-\d+@127\.0\.0\.1", busy.call_key)
    assert busy.outcome is Outcome.NOT_WATCHED
    assert (busy.caller.number, busy.caller.name) == ("+441632960105", "Fifth")
    assert "line limit" in busy.caller.message.lower()  # shown as the activity's body
    assert "line limit" in busy.raw and busy.raw.startswith('From: "Fifth"')
    for key in ringing:
        assert events.wait(EventKind.ENDED, key).outcome is Outcome.MISSED
    sipp.finish(four)


def test_click_to_call_refers_the_desk_phone_to_the_customer(make_source, sipp, events) -> None:
    desk_port = free_port()
    desk = sipp.start("uas_desk_phone.xml", target_port=None, local_port=desk_port)
    source = make_source(desk_phone_uri=f"sip:desk@127.0.0.1:{desk_port}", dial_form="e164",
                         country_code="44")
    dialled = source.dial("01632 960999")
    assert dialled == "+441632960999"
    ring = events.wait(EventKind.RING, direction="out")
    assert ring.caller == CallerId(number="+441632960999")
    ended = events.wait(EventKind.ENDED, ring.call_key, direction="out", timeout=15)
    assert ended.outcome is Outcome.ANSWERED
    assert ended.duration_s is not None and ended.duration_s >= 0
    messages = sipp.finish(desk)
    refer = re.search(r"^REFER .*?(?=\n\n|\r\n\r\n)", messages, re.S | re.M)
    assert refer and re.search(r"^Refer-To: <sip:\+441632960999@127\.0\.0\.1>", refer.group(0),
                               re.M | re.I)
    assert messages.index("REFER ") < messages.index("NOTIFY ") < messages.index("BYE ")


def test_click_to_call_that_cannot_start_is_still_logged(make_source, events) -> None:
    source = make_source(desk_phone_uri="not a sip uri")
    source.dial("+441632960999")
    ring = events.wait(EventKind.RING, direction="out")
    ended = events.wait(EventKind.ENDED, ring.call_key, direction="out")
    assert ended.outcome is Outcome.MISSED and "cannot ring the desk phone" in ended.raw


def test_tcp_listener(make_source, sipp, events) -> None:
    source = make_source(transport="tcp")
    proc = sipp.start("uac_ring.xml", target_port=source.config.port, extra=("-t", "t1"),
                      keys={"from": "<sip:+441632960321@127.0.0.1>", "reason": ELSEWHERE})
    ident = events.wait(EventKind.IDENTIFIED)
    assert ident.caller == CallerId(number="+441632960321")
    assert events.wait(EventKind.ENDED, ident.call_key).outcome is Outcome.ANSWERED
    sipp.finish(proc)


def test_dial_needs_a_desk_phone(make_source) -> None:
    with pytest.raises(SipError):
        make_source().dial("123")


def test_only_one_source_per_process(make_source) -> None:
    make_source()
    with pytest.raises(SipError, match="already running"):
        SipSource(SipConfig(port=free_port()), lambda e: None).start()


@pytest.mark.parametrize("transport", ["udp", "tcp"])
def test_port_in_use_fails_cleanly(events, transport: str) -> None:
    """`calls listen` prints SipError's message as its one line: it must say why."""
    kind = socket.SOCK_DGRAM if transport == "udp" else socket.SOCK_STREAM
    with socket.socket(socket.AF_INET, kind) as busy:
        busy.bind(("127.0.0.1", 0))
        if transport == "tcp":
            busy.listen()
        port = busy.getsockname()[1]
        source = SipSource(SipConfig(port=port, transport=transport), events)
        with pytest.raises(SipError) as raised:
            source.start()
    message = str(raised.value)
    assert message.startswith(f"SIP could not start on 127.0.0.1:{port}: port {port} is in use")
    assert "\n" not in message and "pjsua" not in message and "status=" not in message
    assert not source.running and source.status[0] == "stopped"


def test_format_number() -> None:
    assert format_number("01632 960999", "e164", "44") == "+441632960999"
    assert format_number("+44 1632 960999", "national", "44") == "01632960999"
    assert format_number("+1 555 0100", "national", "44") == "0015550100"
    assert format_number("(0)1632-960999", "as-is") == "01632960999"


def test_interpreter_exit_with_a_running_source(tmp_path: Path) -> None:
    """Forgetting stop() must not hang or crash the interpreter at exit."""
    script = tmp_path / "exit.py"
    script.write_text(textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(Path.cwd())!r})
        from app.telephony.sip import SipConfig, SipSource
        SipSource(SipConfig(port={free_port()}), lambda e: None).start()
        print("started", flush=True)
    """))
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=20)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout == "started\n"  # nothing from pjlib on stdout (calls listen --json)


def test_account_mode_registers_with_digest_and_never_logs_the_password(
        sipp, events, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="app.telephony.sip")  # pjsip messages logged too
    registrar_port = free_port()
    registrar = sipp.start("uas_registrar.xml", target_port=None, local_port=registrar_port)
    registered = threading.Event()
    states: list[str] = []

    def on_status(state: str, detail: str) -> None:
        states.append(state)
        if state == "registered":
            registered.set()

    config = SipConfig(mode="account", host="127.0.0.1", port=free_port(),
                       domain=f"127.0.0.1:{registrar_port}", user="rep", auth_user="rep-auth")
    source = SipSource(config, events, on_status=on_status)
    try:
        source.start(password="s3cret-Pa55")
        assert registered.wait(10), f"not registered; states {states}"
        assert source.status == ("registered", config.line)
    finally:
        source.stop()
    assert not source.running
    messages = sipp.finish(registrar)  # includes the un-REGISTER on stop
    assert 'Authorization: Digest username="rep-auth"' in messages
    assert states[0] == "starting" and states[-1] == "stopped"
    assert any("REGISTER" in r.getMessage() for r in caplog.records)
    assert not [r for r in caplog.records if "s3cret-Pa55" in r.getMessage()]

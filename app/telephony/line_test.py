"""Test a phone line and say what it answered: a modem's answer to AT and ATI,
or a SIP line's start (listening) or registration result. Used by the
first-run wizard and Settings > Telephony (their Test buttons, in the task
runner: both wait on the line for a few seconds)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any

import serial

from app.i18n import translate
from app.telephony.modem import open_port
from app.telephony.modem_parser import LineSplitter
from app.telephony.modem_profiles import ModemProfile

MODEM_COMMANDS = ("AT", "ATI")
SIP_WAIT_S = 8.0


@dataclass(frozen=True)
class LineAnswer:
    ok: bool
    text: str  # what the line answered, in one or two sentences


def check_modem(port: str, profile: ModemProfile | None = None) -> LineAnswer:
    """Send AT and ATI and report the answers ("AT: OK. ATI: USR 5637, OK.")."""
    profile = profile or ModemProfile()
    port = port.strip()
    if not port:
        return LineAnswer(False, translate("LineTest", "Which serial port is the modem on?"))
    try:
        ser = open_port(port, profile)
    except (serial.SerialException, OSError, ValueError) as exc:
        return LineAnswer(False, translate("LineTest", "Could not open {port}: {reason}")
                          .format(port=port, reason=_one_line(exc)))
    answers: list[str] = []
    ok = True
    try:
        for command in MODEM_COMMANDS:
            lines = _exchange(ser, command, profile.response_timeout_s)
            if not lines:
                ok = False
                answers.append(translate("LineTest", "{command}: no answer").format(
                    command=command))
                break
            ok = ok and lines[-1] == "OK"
            answers.append(f"{command}: {', '.join(lines)}")
    except (serial.SerialException, OSError) as exc:
        return LineAnswer(False, translate("LineTest", "The port failed: {reason}").format(
            reason=_one_line(exc)))
    finally:
        ser.close()
    prefix = translate("LineTest", "The modem answered") if ok else \
        translate("LineTest", "The modem did not answer as expected")
    return LineAnswer(ok, f"{prefix}: {'; '.join(answers)}")


def _exchange(ser: Any, command: str, timeout_s: float) -> list[str]:
    """The lines answering ``command`` (its echo left out), up to OK or ERROR."""
    ser.reset_input_buffer()
    ser.write(command.encode("ascii") + b"\r")
    splitter, lines = LineSplitter(), []
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        for line in splitter.feed(ser.read(ser.in_waiting or 1)):
            line = line.strip()
            if line and line != command:
                lines.append(line)
            if line in ("OK", "ERROR"):
                return lines
    return lines


def check_sip(conf: dict[str, Any], password: str = "", wait_s: float = SIP_WAIT_S) -> LineAnswer:
    """Start the SIP line as configured and report: listening, or the registrar's
    answer to the account's registration (within ``wait_s``)."""
    from app.telephony.sip import SipConfig, SipError, SipSource

    try:
        config = SipConfig(**conf)
    except TypeError as exc:
        return LineAnswer(False, _one_line(exc))
    if config.mode == "account" and not (config.domain and config.user):
        return LineAnswer(False, translate("LineTest", "An account needs the PBX domain and "
                                           "a user"))
    settled = threading.Event()
    states: list[tuple[str, str]] = []

    def status(state: str, detail: str = "") -> None:
        states.append((state, detail))
        if state in ("registered", "failed") or (state == "listening"
                                                 and config.mode != "account"):
            settled.set()

    source = SipSource(config, lambda _event: None, on_status=status)
    try:
        source.start(password=password)
    except SipError as exc:
        return LineAnswer(False, _one_line(exc))
    try:
        settled.wait(wait_s)
        state, detail = source.status
    finally:
        source.stop()
    if state == "registered":
        return LineAnswer(True, translate("LineTest", "Registered at the PBX as {line}")
                          .format(line=f"{config.user}@{config.domain}"))
    if state == "listening":
        return LineAnswer(True, translate("LineTest", "Listening for calls on {where}")
                          .format(where=f"{config.host}:{config.port}/{config.transport}"))
    if state == "registering":
        seconds = int(wait_s)
        return LineAnswer(False, translate("LineTest", "No answer from the PBX {domain} "
                                           "within %n second(s)", None, seconds)
                          .format(domain=config.domain))
    return LineAnswer(False, detail or state)


def _one_line(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0][:240]

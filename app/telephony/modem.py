"""A caller-ID modem on a serial port as a call source.

One plain worker thread owns the port: it opens it, sends the profile's init
sequence, reads and parses, and reports :class:`CallEvent` values through the
sink. Other threads never touch the port; ``mark_answered``, ``dial`` and
``hangup`` post commands to a queue the worker drains between reads. When the
port goes away the worker says so in ``status``, retries with exponential
backoff and sends the init sequence again after every reconnect.

A modem only tells us that the line rings, so a call ends when no RING has
come for ``ring_gap_s``: missed, unless someone marked it answered. A caller-ID
block for another number ends it at once (the next call has begun: two calls
closer together than the ring gap are never merged into one); the same block
again belongs to the same call.

The sink is called in the worker thread and must return quickly (a journal
append); a slow one is logged, since every ms spent there is a ms the port is
not read.
"""

from __future__ import annotations

import logging
import os
import queue
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TextIO

import serial

from app.i18n import translate
from app.telephony.callerid import CallerId, CallEvent, EventKind, EventSink, Outcome
from app.telephony.modem_parser import (
    CallerIdSeen,
    Discarded,
    LineSplitter,
    ModemEvent,
    ModemParser,
    ModemResponse,
    OtherLine,
    RingSeen,
)
from app.telephony.modem_profiles import ModemProfile

log = logging.getLogger(__name__)

BACKOFF_MIN_S = 0.5
BACKOFF_MAX_S = 30.0
_VANISH_CHECK_S = 1.0
SLOW_SINK_S = 0.05  # a sink call longer than this is logged (rate-limited)
_SLOW_SINK_LOG_EVERY_S = 10.0
_DIAL_FAILURES = {"BUSY": Outcome.BUSY, "NO DIALTONE": Outcome.MISSED, "NO DIAL TONE": Outcome.MISSED,
                  "NO CARRIER": Outcome.MISSED, "NO ANSWER": Outcome.MISSED, "ERROR": Outcome.MISSED}
_DIAL_SEPARATORS = re.compile(r"[\s\-().]")
_DIALABLE = re.compile(r"^[0-9*#,]{1,40}$")

StatusCallback = Callable[[str], None]


class _Stopped(Exception):
    """stop() was called while the worker was waiting for the modem."""


class InitError(Exception):
    """The modem did not answer the init sequence."""


@dataclass
class _Call:
    key: str
    last_activity: float
    identified: bool = False
    answered: bool = False
    caller: CallerId | None = None
    number_sent: bool = False  # its caller-ID block had a number field (or reason)
    stamp: tuple[str, str] = ("", "")  # DATE and TIME of its caller-ID block
    rings_since_id: int = 0  # RINGs since it was identified


@dataclass
class _Dial:
    key: str
    caller: CallerId
    hang_up_at: float


def open_port(port: str, profile: ModemProfile) -> serial.SerialBase:
    """A device path, or any pyserial URL (``rfc2217://``, ``socket://``)."""
    return serial.serial_for_url(port, baudrate=profile.baudrate, timeout=profile.read_timeout_s,
                                 write_timeout=2.0)


class ModemSource:
    """Reports calls on one modem line; see the module docstring."""

    def __init__(self, port: str, profile: ModemProfile | None, sink: EventSink, *,
                 line_name: str | None = None, on_status: StatusCallback | None = None) -> None:
        self.port = port
        self.profile = profile or ModemProfile()
        self.profile.validate()
        self.line_name = line_name or port
        # a half-received block must be finished before the call can time out
        self._line_timeout_s = min(self.profile.line_timeout_s, self.profile.ring_gap_s / 2)
        self._idle_flush_s = min(self.profile.idle_flush_s, self._line_timeout_s)
        self._slow_sink_logged = 0.0
        self._sink = sink
        self._on_status = on_status
        self._status = "stopped"
        self._stop = threading.Event()
        self._commands: queue.Queue[tuple[Any, ...]] = queue.Queue()
        # keys marked answered, read when a call ends: a mark made before the next
        # call's caller ID arrives counts even if the worker has not seen the command
        self._answered_lock = threading.Lock()
        self._answered_keys: set[str] = set()
        self._thread: threading.Thread | None = None
        self._counter_lock = threading.Lock()
        self._counter = 0
        # call keys are unique across runs (the call log is idempotent by key): the
        # port, this source's start time, then a counter
        self.key_prefix = f"modem:{port}:{time.time_ns() // 1_000_000:x}:"
        # worker-thread state
        self._ser: serial.SerialBase | None = None
        self._parser = ModemParser()
        self._call: _Call | None = None
        self._dial: _Dial | None = None
        self._last_data = 0.0
        self._responses: list[str] = []

    # -- public, any thread -------------------------------------------------------

    @property
    def status(self) -> str:
        return self._status

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name=f"modem {self.port}", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 3.0) -> None:
        """Ends the worker; returns within about one read timeout."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.warning("modem %s: worker did not stop within %.1f s", self.port, timeout)

    def mark_answered(self, call_key: str) -> None:
        """Someone picked up: the call will end as answered, not missed."""
        with self._answered_lock:
            self._answered_keys.add(call_key)
        self._commands.put(("answered", call_key))

    def dial(self, number: str, hangup_after: float | None = None) -> str:
        """Click-to-call: the modem dials, the rep lifts the handset, the
        modem drops off after ``hangup_after`` s (or ``hangup()``). Returns
        the call key of the outbound call."""
        digits = _DIAL_SEPARATORS.sub("", number)
        if not _DIALABLE.match(digits):
            raise ValueError(translate(
                "Telephony",
                "“{number}” cannot be dialled by a modem (digits, * # and , only; format it for "
                "the line first)").format(
                number=number))
        if self._thread is None or not self._thread.is_alive():
            raise RuntimeError(translate("Telephony", "modem {port} is not running").format(port=self.port))
        key = self._next_key()
        after = self.profile.dial_hangup_after_s if hangup_after is None else hangup_after
        self._commands.put(("dial", key, digits, after))
        return key

    def hangup(self) -> None:
        """Drop the modem off the line now (after a dial)."""
        self._commands.put(("hangup",))

    # -- worker ----------------------------------------------------------------

    def _run(self) -> None:
        backoff = BACKOFF_MIN_S
        try:
            while not self._stop.is_set():
                self._set_status("connecting")
                try:
                    self._connect()
                    self._set_status("ready")
                    backoff = BACKOFF_MIN_S
                    self._read_loop()
                except _Stopped:
                    self._end_dial(Outcome.ANSWERED, "stopped")  # ATH before the port closes
                    break
                except (serial.SerialException, OSError, InitError) as exc:
                    if self._stop.is_set():
                        break
                    self._set_status(f"disconnected: {_why(exc)}")
                except Exception as exc:  # never let the worker die silently
                    log.exception("modem %s: unexpected error", self.port)
                    self._set_status(f"disconnected: unexpected error: {exc}")
                finally:
                    self._finish_block()
                    self._close()
                self._end_dial(Outcome.MISSED, "modem disconnected")
                self._wait(backoff)
                backoff = min(backoff * 2, BACKOFF_MAX_S)
        except _Stopped:
            pass
        finally:
            self._shutdown()

    def _connect(self) -> None:
        self._parser = ModemParser()
        self._ser = open_port(self.port, self.profile)
        self._last_data = time.monotonic()
        for step in self.profile.steps():
            results = []
            for command in step:
                result = self._command(command, self.profile.response_timeout_s)
                results.append(result)
                if result == "OK":
                    break
                log.info("modem %s: %s answered %s", self.port, command, result or "nothing")
            else:
                if all(r is None for r in results):
                    raise InitError(f"no answer to {' / '.join(step)}")
                log.warning("modem %s: the modem refused %s; caller ID may be off",
                            self.port, " and ".join(step))

    def _command(self, command: str, timeout: float) -> str | None:
        """Send one command; OK, ERROR or None when nothing came in time."""
        self._responses.clear()
        self._write(command)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._stop.is_set():
                raise _Stopped
            self._pump()
            for text in self._responses:
                if text in ("OK", "ERROR"):
                    return text
        return None

    def _write(self, command: str) -> None:
        assert self._ser is not None
        log.debug("modem %s: > %s", self.port, command)
        self._ser.write(command.encode("ascii") + b"\r")
        self._ser.flush()

    def _read_loop(self) -> None:
        next_check = time.monotonic() + _VANISH_CHECK_S
        while True:
            if self._stop.is_set():
                raise _Stopped
            self._tick()
            self._pump()
            if time.monotonic() >= next_check:
                next_check = time.monotonic() + _VANISH_CHECK_S
                if self.port.startswith("/") and not os.path.exists(self.port):
                    raise serial.SerialException(f"{self.port} has gone")

    def _pump(self) -> None:
        """One read (at most read_timeout_s), parsed and handled."""
        assert self._ser is not None
        data = self._ser.read(self._ser.in_waiting or 1)
        if data and self._ser.in_waiting:  # the rest of a line that woke us: no extra loop
            data += self._ser.read(self._ser.in_waiting)
        now = time.monotonic()
        if data:
            self._last_data = now
            events = self._parser.feed(data)
        elif not self._parser.has_pending:
            return
        elif self._parser.has_partial_line:  # a pause mid-line is not the end of a block
            if now - self._last_data < self._line_timeout_s:
                return
            events = self._parser.flush()
        elif now - self._last_data >= self._idle_flush_s:
            events = self._parser.end_block()
        else:
            return
        for event in events:
            self._handle(event, now)

    def _finish_block(self) -> None:
        """The port is gone (or closing): a half-received caller-ID block can no
        longer complete, so the call gets what had arrived (see ModemParser.close)."""
        try:
            events = self._parser.close()
        except Exception:  # pragma: no cover - the parser does not raise
            log.exception("modem %s: could not finish the caller-ID block", self.port)
            return
        now = time.monotonic()
        for event in events:
            self._handle(event, now)

    def _wait(self, seconds: float) -> None:
        """Backoff that still ends calls on time and stays stoppable."""
        until = time.monotonic() + seconds
        while (left := until - time.monotonic()) > 0:
            if self._stop.wait(min(left, 0.05)):
                raise _Stopped
            self._tick()

    def _tick(self) -> None:
        while True:
            try:
                command = self._commands.get_nowait()
            except queue.Empty:
                break
            self._run_command(command)
        now = time.monotonic()
        call = self._call
        if call is not None and now - call.last_activity >= self.profile.ring_gap_s:
            self._call = None
            self._emit(EventKind.ENDED, call.key, caller=call.caller, outcome=self._outcome(call))
        if self._dial is not None and now >= self._dial.hang_up_at:
            self._end_dial(Outcome.ANSWERED, "handed over to the handset")

    def _run_command(self, command: tuple[Any, ...]) -> None:
        name = command[0]
        if name == "answered":
            with self._answered_lock:
                self._answered_keys.discard(command[1])
            if self._call is not None and self._call.key == command[1]:
                self._call.answered = True
            elif command[1].startswith(f"modem:{self.port}:"):  # others' keys: not ours
                log.info("modem %s: %s marked answered after it ended", self.port, command[1])
        elif name == "dial":
            self._start_dial(command[1], command[2], command[3])
        elif name == "hangup":
            self._end_dial(Outcome.ANSWERED, "hung up on request")

    # -- events ------------------------------------------------------------------

    def _handle(self, event: ModemEvent, now: float) -> None:
        if isinstance(event, RingSeen):
            if self._call is None:
                self._call = _Call(self._next_key(), now)
                self._emit(EventKind.RING, self._call.key)
            self._call.last_activity = now
            if self._call.identified:
                self._call.rings_since_id += 1
        elif isinstance(event, CallerIdSeen):
            self._identified(event, now)
        elif isinstance(event, ModemResponse):
            self._responses.append(event.text)
            if self._dial is not None and event.text in _DIAL_FAILURES:
                self._end_dial(_DIAL_FAILURES[event.text], event.text)
        elif isinstance(event, Discarded):
            log.info("modem %s: discarded %s: %s", self.port, event.reason, event.raw)
        elif isinstance(event, OtherLine):
            log.debug("modem %s: < %s", self.port, event.text)

    def _identified(self, event: CallerIdSeen, now: float) -> None:
        call = self._call
        if call is not None and call.identified and _another_call(call, event):
            # the next call has begun before this one's ring gap ran out
            self._call = None
            self._emit(EventKind.ENDED, call.key, caller=call.caller,
                       outcome=self._outcome(call), raw="the next call's caller ID came in")
            call = None
        if call is None:  # caller ID before the first ring (some countries), or the next call
            call = self._call = _Call(self._next_key(), now, caller=event.caller)
            self._emit(EventKind.RING, call.key, caller=event.caller, raw=event.raw)
        call.last_activity = now
        if call.identified:
            log.info("modem %s: caller ID repeated for %s: %s", self.port, call.key, event.raw)
            return
        call.identified = True
        call.caller = event.caller
        call.number_sent = event.number_sent
        call.stamp = (event.date, event.time)
        self._emit(EventKind.IDENTIFIED, call.key, caller=event.caller, raw=event.raw)

    def _outcome(self, call: _Call) -> Outcome:
        """How a call that is ending ended; forgets its answered mark."""
        with self._answered_lock:
            marked = call.key in self._answered_keys
            self._answered_keys.discard(call.key)
        return Outcome.ANSWERED if call.answered or marked else Outcome.MISSED

    def _start_dial(self, key: str, number: str, hangup_after: float) -> None:
        caller = CallerId(number=number)
        self._emit(EventKind.RING, key, caller=caller, direction="out")
        self._emit(EventKind.IDENTIFIED, key, caller=caller, direction="out")
        problem = ("modem not connected" if self._ser is None or self._status != "ready"
                   else "line busy" if self._dial is not None or self._call is not None else "")
        if problem:
            self._emit(EventKind.ENDED, key, caller=caller, outcome=Outcome.MISSED, direction="out",
                       raw=problem)
            return
        try:
            self._write(f"{self.profile.dial_command}{number};")
        except (serial.SerialException, OSError) as exc:
            self._emit(EventKind.ENDED, key, caller=caller, outcome=Outcome.MISSED, direction="out",
                       raw=f"dial failed: {exc}")
            raise
        self._dial = _Dial(key, caller, time.monotonic() + hangup_after)

    def _end_dial(self, outcome: Outcome, why: str) -> None:
        dial, self._dial = self._dial, None
        if dial is None:
            return
        if self._ser is not None:
            try:
                self._write(self.profile.hangup_command)
            except (serial.SerialException, OSError) as exc:
                log.warning("modem %s: could not hang up: %s", self.port, exc)
        self._emit(EventKind.ENDED, dial.key, caller=dial.caller, outcome=outcome, direction="out",
                   raw=why)

    def _emit(self, kind: EventKind, key: str, **fields: Any) -> None:
        event = CallEvent(kind=kind, call_key=key, source="modem", line=self.line_name, **fields)
        started = time.monotonic()
        try:
            self._sink(event)
        except Exception:
            log.exception("modem %s: the event sink failed on %s", self.port, kind)
        took = time.monotonic() - started
        if took >= SLOW_SINK_S and started - self._slow_sink_logged >= _SLOW_SINK_LOG_EVERY_S:
            self._slow_sink_logged = started
            log.warning("modem %s: the event sink took %.0f ms on %s; the port was not read "
                        "meanwhile (a sink must only append and return)", self.port,
                        took * 1000, kind)

    # -- helpers -----------------------------------------------------------------

    def _next_key(self) -> str:
        with self._counter_lock:
            self._counter += 1
            return f"{self.key_prefix}{self._counter}"

    def _set_status(self, status: str) -> None:
        if status == self._status:
            return
        self._status = status
        (log.warning if status.startswith("disconnected") else log.info)(
            "modem %s: %s", self.port, status)
        if self._on_status is not None:
            try:
                self._on_status(status)
            except Exception:
                log.exception("modem %s: status callback failed", self.port)

    def _close(self) -> None:
        ser, self._ser = self._ser, None
        if ser is not None:
            try:
                ser.close()
            except (serial.SerialException, OSError):
                pass

    def _shutdown(self) -> None:
        self._end_dial(Outcome.ANSWERED, "stopped")
        self._close()
        call, self._call = self._call, None
        if call is not None:
            self._emit(EventKind.ENDED, call.key, caller=call.caller,
                       outcome=self._outcome(call), raw="stopped")
        self._set_status("stopped")


def _another_call(call: _Call, event: CallerIdSeen) -> bool:
    """Whether a caller-ID block that comes while ``call`` is identified is the
    next call's: another number (or reason), or the same number stamped with
    another DATE / TIME. A block without a number (a late NAME line) says
    nothing about another call; nor does a number after a name-only block
    with no RING between them (the rest of the same block, after a pause)."""
    if not event.number_sent or call.caller is None:
        return False
    if not call.number_sent:
        return call.rings_since_id > 0
    old, new = call.caller, event.caller
    if (old.number, old.withheld) != (new.number, new.withheld):
        return True
    stamped = all(call.stamp) and bool(event.date and event.time)
    return stamped and call.stamp != (event.date, event.time)


def _why(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0][:200]


def modem_test(port: str, profile: ModemProfile | None, out: TextIO, seconds: float) -> int:
    """Diagnosis for ``ringcard telephony modem-test PORT``: the init exchange,
    then every raw line with a timestamp and what the parser made of it.
    Returns 0 when every init step got OK, 1 when one did not, 2 when the
    port could not be opened or failed."""
    profile = profile or ModemProfile()
    try:
        ser = open_port(port, profile)
    except (serial.SerialException, OSError, ValueError) as exc:
        print(f"cannot open {port}: {exc}", file=out)
        return 2
    tap = _Tap(ser, profile, out)
    code = 0
    try:
        print(f"{port} at {profile.baudrate} baud, profile {profile.name!r}", file=out)
        for step in profile.steps():
            for command in step:
                print(f"  > {command}", file=out)
                ser.write(command.encode("ascii") + b"\r")
                result, deadline = None, time.monotonic() + profile.response_timeout_s
                while result is None and time.monotonic() < deadline:
                    for event in tap.pump():
                        if isinstance(event, ModemResponse) and event.text in ("OK", "ERROR"):
                            result = event.text
                print(f"  = {result or 'no answer'}", file=out)
                if result == "OK":
                    break
            else:
                code = 1
        print(f"listening for {seconds:g} s ...", file=out)
        until = time.monotonic() + seconds
        while time.monotonic() < until:
            tap.pump()
        tap.pump(final=True)
    except (serial.SerialException, OSError) as exc:
        print(f"port error: {exc}", file=out)
        code = 2
    finally:
        ser.close()
    return code


class _Tap:
    """modem_test's reader: raw lines with timestamps, then their meaning."""

    def __init__(self, ser: serial.SerialBase, profile: ModemProfile, out: TextIO) -> None:
        self.ser, self.profile, self.out = ser, profile, out
        self.lines, self.parser = LineSplitter(), ModemParser()
        self.last_data = time.monotonic()

    def pump(self, *, final: bool = False) -> list[ModemEvent]:
        data = b"" if final else self.ser.read(self.ser.in_waiting or 1)
        for line in self.lines.feed(data):
            stamp = datetime.now().strftime("%H:%M:%S.%f")[:-3]
            print(f"{stamp}  < {line!r}", file=self.out)
        events: list[ModemEvent] = []
        quiet = time.monotonic() - self.last_data
        if data:
            self.last_data = time.monotonic()
            events = self.parser.feed(data)
        elif final:
            events = self.parser.flush()
        elif self.parser.has_partial_line:
            if quiet >= self.profile.line_timeout_s:
                events = self.parser.flush()
        elif self.parser.has_pending and quiet >= self.profile.idle_flush_s:
            events = self.parser.end_block()
        for event in events:
            print(f"      -> {_describe(event)}", file=self.out)
        return events


def _describe(event: ModemEvent) -> str:
    if isinstance(event, RingSeen):
        return "RING"
    if isinstance(event, CallerIdSeen):
        c = event.caller
        return (f"caller ID ({event.format}): number={c.number!r} name={c.name!r}"
                f"{f' withheld={c.withheld.value!r}' if c.withheld else ''}"
                f" date={event.date!r} time={event.time!r}")
    if isinstance(event, Discarded):
        return f"discarded: {event.reason}"
    if isinstance(event, ModemResponse):
        return f"result {event.text}"
    return "(not caller ID)"

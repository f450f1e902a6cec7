"""SIP caller recognition and click-to-call with pjsua2.

Ringcard watches, it does not take calls: an INVITE gets 180 Ringing, never
200; the desk phone answers. One plain worker thread owns the pjsua2
Endpoint from libCreate to libDestroy (pjsua2 crashes when called from a
thread it does not know, and its Python objects must die in that thread);
the outside world talks to it through a command queue and hears back through
the :data:`EventSink` with plain frozen values.

Only one SipSource can run per process: pjsua2's Endpoint is a singleton.
The wheel caps simultaneous calls at 4; the 5th INVITE gets 486 inside the
library and is still reported (RING, IDENTIFIED, ENDED "not watched": a
colleague's phone may well have answered it) through ``onRejectedIncomingCall``.

Nothing in the worker waits on anything but pjsua: events go to the sink
through a thread of their own (:class:`~app.telephony.sip_calls.EventPump`), so
an INVITE gets 180 at once however long the sink takes; the pjsua2 ``Call``
wrappers are owned and destroyed explicitly (:class:`~app.telephony.sip_calls.CallKeeper`,
which says why).
"""

from __future__ import annotations

import gc
import logging
import queue
import re
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass

import pjsua2 as pj

from app.i18n import translate
from app.telephony import sip_identity
from app.telephony.callerid import CallerId, CallEvent, EventKind, EventSink, Outcome, Withheld
from app.telephony.sip_calls import CallKeeper, EventPump, Track
from app.telephony.sip_pjsua import (
    Account,
    Call,
    Endpoint,
    LogBridge,
    op_param,
    pj_int,
    pj_str,
    pj_text,
    quiet_pjlib,
    transport_error,
)

log = logging.getLogger(__name__)

MAX_CALLS = 4  # the wheel's compiled-in cap (PJSUA_MAX_CALLS)
_POLL_MS = 20
LINE_LIMIT = (f"Not watched (line limit): Ringcard's SIP line takes at most {MAX_CALLS} calls at "
              "once and turned this one away; a colleague's phone may have answered it.")

StatusCallback = Callable[[str, str], None]
"""``on_status(state, detail)``; called in order with the events from the source's
event thread (never the SIP worker's)."""


class SipError(RuntimeError):
    """The SIP source could not start or refused a command."""


@dataclass(frozen=True, slots=True)
class SipConfig:
    """One SIP line. The password is not here: it is passed to ``start``."""

    mode: str = "listen"  # "listen": local listener, no registration; "account": register
    host: str = "127.0.0.1"  # address to bind (SIP and RTP)
    port: int = 5060
    transport: str = "udp"  # "udp" or "tcp"
    domain: str = ""  # registrar domain (account mode)
    user: str = ""
    auth_user: str = ""  # defaults to user
    desk_phone_uri: str = ""  # the rep's own phone, called first for click-to-call
    dial_domain: str = ""  # host in the REFER target; default domain, else the desk phone's
    dial_form: str = "as-is"  # "e164", "national" or "as-is"
    country_code: str = ""  # e.g. "44", for dial_form
    trunk_prefix: str = "0"
    ring_timeout_s: float = 180.0  # an unanswered ring is given up (480) as missed
    transfer_timeout_s: float = 60.0  # click-to-call: wait this long for the REFER outcome
    label: str = ""  # the line name in events; default user@domain or host:port

    @property
    def line(self) -> str:
        if self.label:
            return self.label
        if self.mode == "account":
            return f"{self.user}@{self.domain}"
        return f"{self.host}:{self.port}"


def format_number(number: str, form: str, country_code: str = "", trunk_prefix: str = "0") -> str:
    """The number in the form the line dials (per source setting)."""
    digits = re.sub(r"[^0-9+*#]", "", number)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if form == "e164" and not digits.startswith("+") and country_code:
        if trunk_prefix and digits.startswith(trunk_prefix):
            return f"+{country_code}{digits[len(trunk_prefix):]}"
    if form == "national" and country_code and digits.startswith(f"+{country_code}"):
        return f"{trunk_prefix}{digits[len(country_code) + 1:]}"
    if form == "national" and digits.startswith("+"):
        return "00" + digits[1:]
    return digits


class SipSource:
    """A SIP line watched for callers; also places click-to-call calls."""

    _running_lock = threading.Lock()
    _running: SipSource | None = None

    def __init__(self, config: SipConfig, sink: EventSink,
                 on_status: StatusCallback | None = None) -> None:
        self.config = config
        self._sink = sink
        self._on_status = on_status
        self._commands: queue.Queue[tuple] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._pump: EventPump | None = None
        self._started = threading.Event()
        self._start_error: str = ""
        self._status = ("stopped", "")
        # worker-thread state
        self._tracks: dict[str, Track] = {}
        self._by_call: dict[int, Track] = {}  # id(Call wrapper) -> its call
        self._keeper = CallKeeper()
        self._later: list[Callable[[], None]] = []
        self._busy_seen: dict[str, float] = {}
        self._account: Account | None = None

    # ------------------------------------------------------------------ public API

    @property
    def status(self) -> tuple[str, str]:
        """(state, detail): starting / listening / registering / registered / failed / stopped."""
        return self._status

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, password: str = "", timeout: float = 10.0) -> None:
        """Start the worker; returns once SIP is listening, raises SipError if it cannot."""
        with SipSource._running_lock:
            if SipSource._running is not None and SipSource._running.running:
                raise SipError(translate("Telephony", "a SIP source is already running in this "
                                         "process (pjsua2 allows one)"))
            SipSource._running = self
        self._pump = EventPump(self._sink, f"sip-events-{self.config.line}")
        self._set_status("starting", self.config.line)
        self._thread = threading.Thread(target=self._run, args=(password,),
                                        name=f"sip-{self.config.line}", daemon=False)
        self._thread.start()
        _register_exit_hook(self)
        if not self._started.wait(timeout) or self._start_error:
            self.stop()
            raise SipError(self._start_error or "SIP did not start in time")

    def stop(self, timeout: float = 5.0, *, at_exit: bool = False) -> None:
        """Hang up, unregister (unless exiting) and destroy the library; idempotent."""
        thread = self._thread
        if thread is None:
            return
        self._commands.put(("stop", at_exit))
        if thread is threading.current_thread():  # stop() from inside the sink
            return
        thread.join(timeout)
        if thread.is_alive():
            log.warning("SIP worker did not stop within %.1f s", timeout)
            return
        if self._pump is not None:  # what the worker reported last reaches the sink
            self._pump.close(timeout)
        self._thread = None
        with SipSource._running_lock:
            if SipSource._running is self:
                SipSource._running = None

    def reject(self, call_key: str, code: int = 486) -> None:
        """Refuse a ringing call from Ringcard (486 Busy Here or 603 Decline)."""
        if code not in (486, 603):
            raise ValueError("reject code must be 486 or 603")
        self._commands.put(("reject", call_key, code))

    def dial(self, number: str) -> str:
        """Click-to-call: ring the rep's desk phone, then REFER it to ``number``.

        Returns the number as it will be dialled; events follow with direction "out".
        """
        if not self.config.desk_phone_uri:
            raise SipError(translate("Telephony", "no desk phone configured for click-to-call"))
        if not self.running:
            raise SipError(translate("Telephony", "SIP is not running"))
        target = format_number(number, self.config.dial_form, self.config.country_code,
                               self.config.trunk_prefix)
        if not target.strip("+"):
            raise SipError(translate("Telephony", "nothing to dial in {number}").format(number=repr(number)))
        self._commands.put(("dial", target))
        return target

    # ------------------------------------------------------------------ worker thread

    def _run(self, password: str) -> None:
        ep = writer = None
        at_exit = False
        try:
            writer = LogBridge()
            ep = Endpoint(self)
            quiet_pjlib()
            ep.libCreate()
            ep.libInit(self._ep_config(writer))
            tcfg = pj.TransportConfig()
            tcfg.port = self.config.port
            tcfg.boundAddress = self.config.host
            kind = pj.PJSIP_TRANSPORT_TCP if self.config.transport == "tcp" else pj.PJSIP_TRANSPORT_UDP
            try:
                transport_id = ep.transportCreate(kind, tcfg)
            except Exception as exc:
                raise SipError(transport_error(exc, self.config.host, self.config.port,
                                               self.config.transport)) from exc
            ep.libStart()
            ep.audDevManager().setNullDev()
            self._account = Account(self)
            self._account.create(self._account_config(password, transport_id))
            password = ""
            if self.config.mode == "account":
                self._set_status("registering", self.config.line)
            else:
                self._set_status("listening", f"{self.config.line}/{self.config.transport}")
        except Exception as exc:
            why = str(exc) if isinstance(exc, SipError) else pj_text(exc)
            self._start_error = f"SIP could not start on {self.config.line}: {why}"
            log.error("%s", self._start_error)
            self._set_status("failed", self._start_error)
        self._started.set()
        try:
            if not self._start_error:
                at_exit = self._loop(ep)
        except BaseException:
            log.exception("SIP worker failed")
            self._set_status("failed", "worker error; see the log")
        finally:
            self._shutdown(ep, at_exit)
            writer = None
            self._set_status("stopped", "")

    def _ep_config(self, writer: pj.LogWriter) -> pj.EpConfig:
        cfg = pj.EpConfig()  # no audio device on Linux: the null device, set after libStart
        cfg.uaConfig.threadCnt = 0  # every callback from libHandleEvents, in this thread
        cfg.uaConfig.mainThreadOnly = False
        cfg.uaConfig.maxCalls = MAX_CALLS
        cfg.uaConfig.userAgent = "Ringcard"
        cfg.logConfig.writer = writer
        cfg.logConfig.level = 5 if log.isEnabledFor(logging.DEBUG) else 3
        cfg.logConfig.consoleLevel = cfg.logConfig.level  # pjsua hands the writer only these
        cfg.logConfig.msgLogging = log.isEnabledFor(logging.DEBUG)
        cfg.medConfig.noVad = True
        return cfg

    def _account_config(self, password: str, transport_id: int) -> pj.AccountConfig:
        c = self.config
        acfg = pj.AccountConfig()
        acfg.sipConfig.transportId = transport_id  # else TCP calls fail: no Contact for TCP
        acfg.mediaConfig.transportConfig.boundAddress = c.host
        acfg.mediaConfig.transportConfig.port = 0
        if c.mode == "account":
            transport = ";transport=tcp" if c.transport == "tcp" else ""
            acfg.idUri = f"sip:{c.user}@{c.domain}"
            acfg.regConfig.registrarUri = f"sip:{c.domain}{transport}"
            acfg.sipConfig.authCreds.append(
                pj.AuthCredInfo("digest", "*", c.auth_user or c.user, 0, password))
        else:
            acfg.idUri = f"sip:ringcard@{c.host}:{c.port}"
        return acfg

    def _loop(self, ep: pj.Endpoint) -> bool:
        while True:
            self._keeper.collect()  # a finished call's wrapper goes before its id is given out
            ep.libHandleEvents(_POLL_MS)
            self._run_later()  # e.g. the 180 of a call that arrived, before any command
            while True:
                try:
                    command = self._commands.get_nowait()
                except queue.Empty:
                    break
                if command[0] == "stop":
                    return bool(command[1])
                self._guard(self._command, command)
            self._run_later()
            self._check_deadlines()

    def _command(self, command: tuple) -> None:
        if command[0] == "reject":
            _, key, code = command
            track = self._tracks.get(key)
            if track is None or track.direction != "in" or track.ended:
                log.info("reject: no ringing call %s", key)
                return
            track.outcome = Outcome.REJECTED
            self._hangup(track, code)
        elif command[0] == "dial":
            self._dial(command[1])

    def _shutdown(self, ep: pj.Endpoint | None, at_exit: bool) -> None:
        """hangupAllCalls, a few polls, drop Calls, account shutdown, libDestroy."""
        if ep is None:
            return
        try:
            for track in list(self._tracks.values()):
                if track.outcome is None:
                    track.outcome = Outcome.MISSED
                # 480, not hangupAllCalls' 603: a 6xx would make a forking proxy cancel
                # the desk phone too (RFC 3261 16.7) just because Ringcard closed.
                if track.direction == "in":
                    self._guard(self._hangup, track, 480)
            if self._tracks:
                ep.hangupAllCalls()
            deadline = time.monotonic() + 1.0
            while self._tracks and time.monotonic() < deadline:
                ep.libHandleEvents(_POLL_MS)
                self._run_later()
            for track in list(self._tracks.values()):
                self._end(track)  # whatever did not report DISCONNECTED in time
            self._run_later()
            self._tracks.clear()
            self._by_call.clear()
            self._keeper.destroy_all()  # before the library: a late destructor aborts it
            gc.collect()
            if self._account is not None:
                self._account.shutdown()
                self._account = None
            ep.libDestroy(pj.PJSUA_DESTROY_NO_NETWORK if at_exit or self.config.mode != "account"
                          else 0)
        except BaseException:
            log.exception("SIP shutdown failed")
        finally:
            del ep
            gc.collect()  # pjsua2 objects must die in this thread

    # ------------------------------------------------------------------ incoming

    def _on_incoming(self, acc: pj.Account, prm: pj.OnIncomingCallParam) -> None:
        call = self._keeper.adopt(Call(self, acc, prm.callId))  # owned before anything can raise
        track = Track(key=f"pjsua:{prm.callId}:{time.time():.6f}", direction="in", call=call,
                      caller=CallerId(number="", withheld=Withheld.UNAVAILABLE))
        self._by_call[id(call)] = track
        # Replying inside onIncomingCall is what crashes; the loop sends 180 right after.
        self._later.append(lambda: self._answer(track, 180))
        try:
            raw = pj_str(lambda: prm.rdata.wholeMsg)
            key = sip_identity.call_id(raw) or pj_str(lambda: call.getInfo().callIdString)
            track.key = sip_identity.clean(key, sip_identity.MAX_KEY) or track.key
            ident = sip_identity.identify(raw)
            track.caller, track.raw = ident.caller, ident.raw
        except Exception as exc:  # an INVITE we cannot read is still a call: unavailable
            log.error("SIP call %s: its INVITE could not be read (%s); reported as unavailable",
                      track.key, exc)
        if track.key in self._tracks:  # the same Call-ID twice (a fork looping back): keep both
            track.key = f"{track.key}#{prm.callId}"
        track.deadline = (time.monotonic() + self.config.ring_timeout_s
                          if self.config.ring_timeout_s > 0 else None)
        self._tracks[track.key] = track
        self._emit(EventKind.RING, track)
        self._emit(EventKind.IDENTIFIED, track)

    def _on_rejected(self, prm: pj.OnRejectedIncomingCallParam) -> None:
        """The library turned a call away itself: the 5th call (486), or an INVITE it
        would not take (e.g. 488 no common codec). Still a call: logged, never dropped."""
        raw = pj_str(lambda: prm.rdata.wholeMsg)
        key = sip_identity.call_id(raw) or f"rejected:{time.time():.6f}"
        code = pj_int(lambda: prm.statusCode)
        now = time.monotonic()
        self._busy_seen = {k: t for k, t in self._busy_seen.items() if now - t < 64}
        if key in self._busy_seen:
            return  # a retransmitted INVITE, already reported
        self._busy_seen[key] = now
        ident = sip_identity.identify(raw)
        if code == 486:  # pjsua's "too many calls": our own line limit, not the caller's line
            log.warning("SIP call %s turned away: %s calls already ringing (line limit)", key,
                        MAX_CALLS)
            outcome, note = Outcome.NOT_WATCHED, LINE_LIMIT
            why = f"line limit: turned away by the SIP library with 486 ({MAX_CALLS} calls already)"
        else:
            reason = pj_str(lambda: prm.reason)
            log.warning("SIP call %s turned away by the library with %s %s", key, code, reason)
            outcome = Outcome.MISSED
            note = f"Turned away by Ringcard's SIP library: {code} {reason}".strip()
            why = f"turned away by the SIP library with {code} {reason}".strip()
        caller = CallerId(number=ident.caller.number, name=ident.caller.name,
                          withheld=ident.caller.withheld, message=note)
        raw_text = f"{ident.raw}\n{why}" if ident.raw else why
        track = Track(key=key, direction="in", call=None, caller=caller, raw=raw_text,
                      outcome=outcome)
        self._emit(EventKind.RING, track)
        self._emit(EventKind.IDENTIFIED, track)
        track.ended = True
        self._emit(EventKind.ENDED, track)

    def _answer(self, track: Track, code: int) -> None:
        if not track.ended and track.call is not None:
            with self._keeper.using():
                track.call.answer(op_param(code))

    def _hangup(self, track: Track, code: int = 0) -> None:
        if not track.ended and track.call is not None:
            with self._keeper.using():
                track.call.hangup(op_param(code))

    def _on_tsx(self, call: pj.Call, prm: pj.OnCallTsxStateParam) -> None:
        track = self._by_call.get(id(call))
        if track is None or track.direction != "in":
            return
        tsx = prm.e.body.tsxState
        if tsx.tsx.method != "CANCEL" or prm.e.body.tsxState.type != pj.PJSIP_EVENT_RX_MSG:
            return
        raw = pj_str(lambda: tsx.src.rdata.wholeMsg)
        if track.outcome is None:
            track.outcome = (Outcome.ANSWERED if sip_identity.answered_elsewhere(raw)
                             else Outcome.MISSED)
            log.debug("CANCEL for %s: %s", track.key, track.outcome)

    # ------------------------------------------------------------------ outgoing

    def _dial(self, number: str) -> None:
        call = self._keeper.adopt(Call(self, self._account))
        try:
            if len(self._tracks) >= MAX_CALLS:
                raise SipError(translate("Telephony", "{limit} calls already").format(limit=MAX_CALLS))
            with self._keeper.using():
                call.makeCall(self.config.desk_phone_uri, pj.CallOpParam(True))
        except Exception as exc:  # logged like any call: RING, then ENDED missed
            self._keeper.retire(call)
            why = f"cannot ring the desk phone {self.config.desk_phone_uri}: {pj_text(exc)}"
            log.error("click-to-call to %s: %s", number, why)
            failed = Track(key=f"out:{number}:{time.time():.6f}", direction="out", call=None,
                            caller=CallerId(number=number), raw=why, outcome=Outcome.MISSED)
            self._emit(EventKind.RING, failed)
            failed.ended = True
            self._emit(EventKind.ENDED, failed)
            return
        key = pj_str(lambda: call.getInfo().callIdString) or f"out:{number}:{time.time()}"
        domain = (self.config.dial_domain or self.config.domain
                  or sip_identity.uri_host(self.config.desk_phone_uri) or self.config.host)
        track = Track(key=key, direction="out", call=call, caller=CallerId(number=number),
                       xfer_target=f"<sip:{number}@{domain}>")
        if self.config.ring_timeout_s > 0:
            track.deadline = time.monotonic() + self.config.ring_timeout_s
        self._tracks[key] = track
        self._by_call[id(call)] = track
        self._emit(EventKind.RING, track)

    def _xfer(self, track: Track) -> None:
        if track.ended or track.call is None:
            return
        log.info("click-to-call %s: desk phone answered, REFER to %s", track.key, track.xfer_target)
        with self._keeper.using():
            track.call.xfer(track.xfer_target, pj.CallOpParam(True))

    def _on_xfer_status(self, call: pj.Call, prm: pj.OnCallTransferStatusParam) -> None:
        track = self._by_call.get(id(call))
        if track is None:
            return
        log.debug("transfer %s: %s %s final=%s", track.key, prm.statusCode, prm.reason,
                  prm.finalNotify)
        if prm.finalNotify:
            track.xfer_status = prm.statusCode
            prm.cont = False
            self._later.append(lambda: self._hangup(track))  # our BYE, after the outcome
        else:
            prm.cont = True

    # ------------------------------------------------------------------ both

    def _on_call_state(self, call: pj.Call) -> None:
        state = pj_int(lambda: call.getInfo().state, -1)
        track = self._by_call.get(id(call))
        if track is None:
            if state == pj.PJSIP_INV_STATE_DISCONNECTED:
                self._keeper.retire(call)
            return
        if state == pj.PJSIP_INV_STATE_CONFIRMED and track.direction == "out":
            track.connected_at = time.monotonic()
            track.deadline = time.monotonic() + self.config.transfer_timeout_s
            self._later.append(lambda: self._xfer(track))
        elif state == pj.PJSIP_INV_STATE_DISCONNECTED:
            try:
                if track.outcome is None:
                    code = pj_int(lambda: call.getInfo().lastStatusCode)
                    track.outcome = self._outcome(track, code)
                self._end(track)
            finally:
                self._forget(track)
                # pjsua2 has let go of the wrapper (no more callbacks): destroy it now,
                # before pjsua can give its id to the next call
                self._keeper.retire(call)

    def _outcome(self, track: Track, last_code: int) -> Outcome:
        if track.direction == "in":
            return Outcome.MISSED
        code = track.xfer_status if track.connected_at is not None else last_code
        if code is not None and 200 <= code < 300:
            return Outcome.ANSWERED
        if code in (486, 600):
            return Outcome.BUSY
        if code == 603:
            return Outcome.REJECTED
        return Outcome.MISSED

    def _end(self, track: Track) -> None:
        if track.ended:
            return
        track.ended = True
        if track.outcome is None:
            track.outcome = Outcome.MISSED
        self._emit(EventKind.ENDED, track)

    def _forget(self, track: Track) -> None:
        """The call is over: no more lookups of it (its wrapper is the keeper's to destroy)."""
        if self._tracks.get(track.key) is track:
            del self._tracks[track.key]
        if track.call is not None:
            self._by_call.pop(id(track.call), None)
        track.call = None

    def _check_deadlines(self) -> None:
        now = time.monotonic()
        for track in list(self._tracks.values()):
            if track.deadline is None or track.ended or now < track.deadline:
                continue
            track.deadline = None
            if track.direction == "in":
                log.info("SIP call %s rang %.0f s unanswered: missed", track.key,
                         self.config.ring_timeout_s)
                track.outcome = track.outcome or Outcome.MISSED
                self._guard(self._hangup, track, 480)
            else:
                log.info("click-to-call %s gave no outcome in time; hanging up", track.key)
                self._guard(self._hangup, track)

    def _run_later(self) -> None:
        while self._later:
            action, self._later = self._later[0], self._later[1:]
            self._guard(action)

    def _guard(self, fn: Callable, *args: object) -> None:
        try:
            fn(*args)
        except Exception as exc:
            log.error("SIP action %s failed: %s", getattr(fn, "__name__", fn), pj_text(exc))

    def _emit(self, kind: EventKind, track: Track) -> None:
        duration = None
        if kind is EventKind.ENDED and track.outcome is Outcome.ANSWERED and track.connected_at:
            duration = int(round(time.monotonic() - track.connected_at))
        event = CallEvent(kind=kind, call_key=track.key, source="sip", line=self.config.line,
                          caller=track.caller, direction=track.direction, raw=track.raw,
                          outcome=track.outcome if kind is EventKind.ENDED else None,
                          duration_s=duration)
        if self._pump is not None:
            self._pump.put(event)  # never waits: the sink runs in the pump's thread

    def _on_reg_state(self, prm: pj.OnRegStateParam) -> None:
        code = pj_int(lambda: prm.code)
        if 200 <= code < 300 and pj_int(lambda: prm.expiration) > 0:
            self._set_status("registered", self.config.line)
        elif code >= 300 or code == 0:
            self._set_status("failed", f"registration: {code} {pj_str(lambda: prm.reason)}")

    def _set_status(self, state: str, detail: str) -> None:
        self._status = (state, detail)
        log.info("SIP %s %s", state, detail)
        if self._on_status is not None and self._pump is not None:
            self._pump.call(self._on_status, state, detail)  # never waits on the callback


def _register_exit_hook(source: SipSource) -> None:
    """Stop before the interpreter joins threads: a live pjsua at exit crashes it."""
    ref = weakref.ref(source)

    def hook() -> None:
        s = ref()
        if s is not None and s.running:
            s.stop(timeout=3.0, at_exit=True)

    register = getattr(threading, "_register_atexit", None)
    try:
        if register is not None:
            register(hook)
            return
    except RuntimeError:  # already shutting down
        pass
    import atexit

    atexit.register(hook)

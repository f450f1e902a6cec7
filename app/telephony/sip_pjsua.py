"""The pjsua2 glue of ``app.telephony.sip``: the subclasses whose callbacks
pjsua2 calls (relayed weakly to the SipSource, so no reference cycle outlives
the worker thread), and small helpers that read values out of pjsua2 without
letting an exception escape into the library.

No exception may leave a callback: SWIG's director prints it with ``PyErr_Print``,
which keeps its traceback (every frame, the Call wrappers in them) in
``sys.last_traceback`` until the next one, and the call itself goes unhandled."""

from __future__ import annotations

import errno
import logging
import traceback
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

import pjsua2 as pj

from app.telephony.sip_identity import network_text

if TYPE_CHECKING:
    from app.telephony.sip import SipSource

log = logging.getLogger("app.telephony.sip")  # one logger for the SIP line
_PJ_LOG_LEVELS = {0: logging.CRITICAL, 1: logging.ERROR, 2: logging.WARNING}


class LogBridge(pj.LogWriter):
    """pjsip's log lines into Python logging (never the password: pjsip does not log it)."""

    def write(self, entry: pj.LogEntry) -> None:
        log.log(_PJ_LOG_LEVELS.get(entry.level, logging.DEBUG), "pjsip: %s", entry.msg.rstrip())


class Relay:
    """Forwards pjsua2 callbacks to the SipSource, weakly: no cycle for a late GC in another thread."""

    _owner: weakref.ref[SipSource]

    def _relay(self, method: str, *args: object) -> None:
        owner = self._owner()
        if owner is None:
            return
        try:
            getattr(owner, method)(*args)
        except Exception:
            # logged as text: a kept exc_info would keep every frame (and wrapper) alive
            log.error("SIP callback %s failed:\n%s", method, traceback.format_exc().rstrip())


class Endpoint(Relay, pj.Endpoint):
    def __init__(self, owner: SipSource) -> None:
        pj.Endpoint.__init__(self)
        self._owner = weakref.ref(owner)

    def onRejectedIncomingCall(self, prm: pj.OnRejectedIncomingCallParam) -> None:
        self._relay("_on_rejected", prm)


class Account(Relay, pj.Account):
    def __init__(self, owner: SipSource) -> None:
        pj.Account.__init__(self)
        self._owner = weakref.ref(owner)

    def onIncomingCall(self, prm: pj.OnIncomingCallParam) -> None:
        self._relay("_on_incoming", self, prm)

    def onRegState(self, prm: pj.OnRegStateParam) -> None:
        self._relay("_on_reg_state", prm)


class Call(Relay, pj.Call):
    def __init__(self, owner: SipSource, acc: pj.Account, call_id: int = pj.PJSUA_INVALID_ID):
        pj.Call.__init__(self, acc, call_id)
        self._owner = weakref.ref(owner)

    def onCallState(self, prm: pj.OnCallStateParam) -> None:
        self._relay("_on_call_state", self)

    def onCallTsxState(self, prm: pj.OnCallTsxStateParam) -> None:
        self._relay("_on_tsx", self, prm)

    def onCallTransferStatus(self, prm: pj.OnCallTransferStatusParam) -> None:
        self._relay("_on_xfer_status", self, prm)


def quiet_pjlib() -> None:
    """pjlib prints to stdout until libInit installs our writer; that would corrupt
    ``calls listen --json``. Its level is a plain C global, reachable through ctypes."""
    try:
        import ctypes

        ctypes.CDLL(pj._pjsua2.__file__).pj_log_set_level(0)
    except Exception:  # another build: a few banner lines on stdout, nothing worse
        log.debug("could not silence pjlib before libCreate", exc_info=True)


def op_param(code: int = 0) -> pj.CallOpParam:
    prm = pj.CallOpParam()
    if code:
        prm.statusCode = code
    return prm


def pj_str(fn: Callable[[], object]) -> str:
    """A string out of pjsua2 as proper text (network bytes that are not UTF-8 decoded
    with a fallback, see :func:`network_text`), or "" (a callback must not raise)."""
    try:
        return network_text(str(fn() or ""))
    except Exception:
        return ""


def pj_int(fn: Callable[[], object], default: int = 0) -> int:
    try:
        value = fn()
        return int(value) if isinstance(value, int | float | str) else default
    except Exception:
        return default


def pj_text(exc: BaseException) -> str:
    info = getattr(exc, "info", None)
    if callable(info):
        try:
            return str(info())
        except Exception:
            pass
    return str(exc)


def transport_error(exc: Exception, host: str, port: int, transport: str) -> str:
    """One clear sentence for the usual reasons a SIP listener cannot bind."""
    status = pj_int(lambda: getattr(exc, "status", 0))
    text = pj_text(exc)
    os_errno = status - 120000 if status > 120000 else 0  # PJ_STATUS_FROM_OS(errno)
    where = f"{transport.upper()} on {host}"
    if os_errno == errno.EADDRINUSE or "in use" in text.lower():
        return (f"port {port} is in use ({where}): another SIP program (a softphone, "
                "another Ringcard) is listening there")
    if os_errno == errno.EACCES or "permission denied" in text.lower():
        return f"no permission to listen on port {port} ({where})"
    if os_errno == errno.EADDRNOTAVAIL or "not available" in text.lower():
        return f"{host} is not an address of this computer"
    return f"cannot listen on {host}:{port}/{transport}: {text}"

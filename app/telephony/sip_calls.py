"""What the SIP worker owns: its calls' state, the pjsua2 ``Call`` wrappers, and the
thread that hands events to the sink.

Why the wrappers are owned explicitly: pjsua2's ``Call`` destructor (pjsua2/call.cpp,
2.15) clears the user data of the call id it remembers and hangs that id up (603
Decline for a ringing incoming call) while the id looks active. The id is never reset
when the call ends, and pjsua hands ids out again round-robin over the wheel's 4 slots,
so a wrapper that dies late - kept alive by a traceback (SWIG prints a callback's
exception with ``PyErr_Print``, which keeps it in ``sys.last_traceback``), a log record,
the cyclic collector - declines and orphans whichever call holds its id by then
(pjsip/pjproject#3856). Issue 12 saw Ringcard send 603 to live calls under load and
after SIP-thread exceptions.

So no wrapper's end is left to reference counting: :class:`CallKeeper` holds every
``Call`` from its creation; once the call's DISCONNECTED state has been processed it is
destroyed explicitly (SWIG's ``__swig_destroy__``), on the endpoint thread, never inside
one of our own calls into it, and only while its id is not held by another call. Any
reference to the Python proxy left anywhere afterwards owns nothing.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import pjsua2 as pj

from app.telephony.callerid import CallerId, CallEvent, EventSink, Outcome

log = logging.getLogger("app.telephony.sip")


@dataclass(eq=False)
class Track:
    """What the worker knows about one call (worker thread only)."""

    key: str
    direction: str
    call: pj.Call | None
    caller: CallerId | None = None
    raw: str = ""
    outcome: Outcome | None = None
    started: float = field(default_factory=time.monotonic)
    connected_at: float | None = None
    deadline: float | None = None
    xfer_target: str = ""
    xfer_status: int | None = None
    ended: bool = False


class CallKeeper:
    """Every pjsua2 ``Call`` wrapper from creation to explicit destruction (endpoint thread only)."""

    def __init__(self) -> None:
        self._owned: dict[int, pj.Call] = {}  # id(wrapper) -> wrapper, not destroyed yet
        self._retired: dict[int, pj.Call] = {}  # DISCONNECTED processed: destroy when safe
        self._busy = 0  # depth of our own calls into a wrapper (answer, hangup, xfer ...)
        self.destroyed = 0

    def __len__(self) -> int:
        return len(self._owned)

    @property
    def waiting(self) -> int:
        """Retired wrappers whose id another call holds right now."""
        return len(self._retired)

    def adopt(self, call: pj.Call) -> pj.Call:
        """Own ``call`` from now on; call this before anything that can raise."""
        self._owned[id(call)] = call
        return call

    def retire(self, call: pj.Call | None) -> None:
        """``call``'s DISCONNECTED has been processed: destroy it as soon as it is safe."""
        if call is not None and id(call) in self._owned:
            self._retired[id(call)] = call
            self.collect()

    @contextmanager
    def using(self) -> Iterator[None]:
        """Around our own calls into a wrapper: pjsua may report DISCONNECTED from inside
        ``hangup``; the wrapper is destroyed after that method has returned, not under it."""
        self._busy += 1
        try:
            yield
        finally:
            self._busy -= 1
            if not self._busy:
                self.collect()

    def collect(self) -> None:
        """Destroy every retired wrapper whose id no other call holds."""
        if self._busy or not self._retired:
            return
        held = {self._id(c) for k, c in self._owned.items() if k not in self._retired}
        for key, call in list(self._retired.items()):
            cid = self._id(call)
            if cid >= 0 and (cid in held or self._active(call)):
                continue  # pjsua gave its id to a newer call: its destructor would hang that up
            self._destroy(key, call)

    def destroy_all(self) -> None:
        """At shutdown, before the account and the library go: whatever is left goes now
        (a call still active then is hung up by its destructor, which is what shutdown wants)."""
        self._busy = 0
        self.collect()
        for key, call in list(self._owned.items()):
            self._destroy(key, call)

    def _destroy(self, key: int, call: pj.Call) -> None:
        self._retired.pop(key, None)
        self._owned.pop(key, None)
        try:
            if call.thisown:
                type(call).__swig_destroy__(call)  # the C++ object, now; the proxy owns nothing
            self.destroyed += 1
        except Exception:
            log.exception("could not destroy a pjsua2 Call")

    @staticmethod
    def _id(call: pj.Call) -> int:
        try:
            return int(call.getId())
        except Exception:
            return -1

    @staticmethod
    def _active(call: pj.Call) -> bool:
        try:
            return bool(call.isActive())
        except Exception:
            return False


_CLOSE = object()


class EventPump:
    """Hands events to the sink in order from a thread of its own, so that nothing the
    sink does (a journal's fsync, a lock, a bug that blocks) can hold up the SIP worker:
    an INVITE gets its 180 at once whatever the sink is doing."""

    def __init__(self, sink: EventSink, name: str) -> None:
        self._sink = sink
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def put(self, event: CallEvent) -> None:
        self._queue.put(event)

    def call(self, fn: Callable[..., object], *args: object) -> None:
        """Run ``fn(*args)`` in the pump's thread, in order with the events (status callbacks)."""
        self._queue.put((fn, args))

    @property
    def pending(self) -> int:
        return self._queue.qsize()

    def close(self, timeout: float) -> bool:
        """Deliver what is queued, then end; False if the sink did not finish in time."""
        self._queue.put(_CLOSE)
        if self._thread is threading.current_thread():  # stop() called from inside the sink
            return True
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.warning("SIP event sink still busy after %.1f s; %d events not delivered",
                        timeout, self.pending)
            return False
        return True

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is _CLOSE:
                return
            if isinstance(item, tuple):
                fn, args = item
                try:
                    fn(*args)
                except Exception:
                    log.exception("SIP callback %s failed", getattr(fn, "__name__", fn))
                continue
            assert isinstance(item, CallEvent)
            try:
                self._sink(item)
            except Exception:
                log.exception("SIP event sink failed for %s %s", item.kind, item.call_key)

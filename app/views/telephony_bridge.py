"""The bridge between caller-ID sources (plain threads) and the GUI.

Sources call ``sink`` on their own threads; the router logs the event there,
in its own transaction, so logging never waits for the GUI. Then the routed
result crosses into the GUI thread through a queued signal, where the pop-up,
the tray and the lists react. If the database was away, a timer retries the
waiting events.
"""

from __future__ import annotations

import logging
import weakref
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from app.services.calls import CallRouter, RoutedCall
from app.services.context import AppContext
from app.telephony.callerid import CallEvent
from app.views.tasks import TaskRunner

log = logging.getLogger(__name__)

RETRY_MS = 2000
FLUSH_TASK = "call-backlog"


class Source(Protocol):
    """What the bridge needs of a caller-ID source (SipSource, ModemSource)."""

    def start(self) -> None: ...
    def stop(self) -> None: ...


class TelephonyBridge(QObject):
    call_routed = Signal(object)
    """A RoutedCall, delivered in the GUI thread after its event was committed."""
    source_status = Signal(str, str)
    """(source name, status text) for the tray: "ready", "disconnected: ..."."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        # a weak reference: the router (ours) holding this bridge back would make a
        # cycle, which Python's collector may free in any thread, and a QObject with
        # a running timer must die in its own (GUI) thread
        relay = weakref.WeakMethod(self._routed_in_source_thread)

        def on_routed(routed: RoutedCall) -> None:
            method = relay()
            if method is not None:
                method(routed)

        self.router = CallRouter(ctx, on_routed=on_routed)
        self.sources: dict[str, Source] = {}
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._flush)
        self._retry.start()

    def sink(self, event: CallEvent) -> None:
        """The EventSink given to every source (called on the source's thread)."""
        self.router.handle(event)

    def status_sink(self, name: str):  # type: ignore[no-untyped-def]
        """A status callback for source ``name`` (called on its thread)."""
        return lambda text: self.source_status.emit(name, str(text))

    def add_source(self, name: str, source: Source) -> None:
        self.sources[name] = source
        source.start()

    def stop(self) -> None:
        for name, source in list(self.sources.items()):
            try:
                source.stop()
            except Exception:  # one source failing to stop must not keep the others
                log.exception("stopping %s failed", name)
        self.sources.clear()
        self._retry.stop()
        self.router.flush()

    def _routed_in_source_thread(self, routed: RoutedCall) -> None:
        self.call_routed.emit(routed)  # queued into the GUI thread

    def _flush(self) -> None:
        if self.router.backlog and not self._runner.is_busy(FLUSH_TASK):
            # each attempt may wait the database's busy timeout: not on the GUI thread
            self._runner.run(FLUSH_TASK, self.router.flush, self._flushed, write=True)

    def _flushed(self, written: object) -> None:
        if written:
            log.info("wrote %s call event(s) that had waited", written)

"""The bridge between caller-ID sources (plain threads) and the GUI.

Sources call ``sink`` on their own threads: the inbound pipeline journals the
event and returns at once (``app.services.inbound.pipeline``). Its recogniser
announces the call (a read-only look-up) and its writer reports the record once
committed; both cross into the GUI thread through a queued signal, where the
pop-up, the tray and the lists react. The pipeline's status ("calls waiting to
be written", a journal that cannot be written) crosses the same way.
"""

from __future__ import annotations

import logging
import weakref
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from app.services.calls.queries import RoutedCall
from app.services.context import AppContext
from app.services.inbound.pipeline import InboundPipeline, PipelineStatus
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
    """A RoutedCall, delivered in the GUI thread: announced at once, then written."""
    source_status = Signal(str, str)
    """(source name, status text) for the tray: "ready", "disconnected: ..."."""
    pipeline_status = Signal(object)
    """A PipelineStatus, when it changes: calls waiting, a journal that cannot be written."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QObject | None = None, *,
                 journal_dir: Path | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        # weak references: the pipeline (ours) holding this bridge back would make a
        # cycle, which Python's collector may free in any thread, and a QObject must
        # die in its own (GUI) thread
        relay = weakref.WeakMethod(self._routed_in_source_thread)
        status_relay = weakref.WeakMethod(self._status_in_source_thread)

        def on_routed(routed: RoutedCall) -> None:
            method = relay()
            if method is not None:
                method(routed)

        def on_status(status: PipelineStatus) -> None:
            method = status_relay()
            if method is not None:
                method(status)

        self.pipeline = InboundPipeline(ctx, on_routed=on_routed, on_status=on_status,
                                        journal_dir=journal_dir)
        self.router = self.pipeline.router
        self.sources: dict[str, Source] = {}
        self.pipeline.start()
        self._finalizer = weakref.finalize(self, self.pipeline.stop, 1.0)

    def sink(self, event: CallEvent) -> None:
        """The EventSink given to every source (called on the source's thread)."""
        self.pipeline.submit(event)

    def status_sink(self, name: str):  # type: ignore[no-untyped-def]
        """A status callback for source ``name`` (called on its thread)."""
        return lambda text: self.source_status.emit(name, str(text))

    def add_source(self, name: str, source: Source) -> None:
        self.sources[name] = source
        source.start()

    def stop(self, timeout: float = 5.0) -> int:
        """Stop the sources, then let the writer finish; returns how many events are
        still unwritten (they wait in the journal for the next start)."""
        for name, source in list(self.sources.items()):
            try:
                source.stop()
            except Exception:  # one source failing to stop must not keep the others
                log.exception("stopping %s failed", name)
        self.sources.clear()
        self._finalizer.detach()
        return self.pipeline.stop(timeout)

    def _routed_in_source_thread(self, routed: RoutedCall) -> None:
        self.call_routed.emit(routed)  # queued into the GUI thread

    def _status_in_source_thread(self, status: PipelineStatus) -> None:
        self.pipeline_status.emit(status)

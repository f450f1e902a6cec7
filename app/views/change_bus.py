"""The change bus on the GUI side: every committed write (``app.services.changes``)
arrives here, in the GUI thread, and goes to the views that watch its kinds.

A view says what it shows and how to refresh, once::

    change_bus().watch(self, {Kind.ACTIVITY}, self._activities_changed)

and is called with the ``Changes`` (their ids and contacts, to skip what is not
its own). The watch ends with the view. No view tells another to reload, and a
change made by a worker thread, the call path, or (with the office issue)
another desk reaches every view the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication

from app.services import changes
from app.services.changes import Changes, Kind

log = logging.getLogger(__name__)


class ChangeBus(QObject):
    changed = Signal(object)
    """A committed write (``Changes``), in the GUI thread."""

    _arrived = Signal(object)  # from any thread; queued to this object's (the GUI) thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)  # always after the write
        self._unsubscribe = changes.subscribe(self._arrived.emit)

    def watch(self, view: QObject, kinds: Iterable[Kind], callback: Callable[[Changes], None]) -> None:
        """Call ``callback(changes)`` for each write touching ``kinds``, while ``view`` lives."""
        _Watch(self, view, frozenset(kinds), callback)

    def close(self) -> None:
        self._unsubscribe()

    @Slot(object)
    def _deliver(self, what: Changes) -> None:
        self.changed.emit(what)


class _Watch(QObject):
    """One view's watch: a child of the view, so it ends (and disconnects) with it."""

    def __init__(self, bus: ChangeBus, view: QObject, kinds: frozenset[Kind],
                 callback: Callable[[Changes], None]) -> None:
        super().__init__(view)
        self._kinds = kinds
        self._callback = callback
        bus.changed.connect(self._on_changed)

    @Slot(object)
    def _on_changed(self, what: Changes) -> None:
        if what.touches(self._kinds):
            self._callback(what)


_BUS: ChangeBus | None = None


def change_bus() -> ChangeBus:
    """The one bus, made in (and living in) the GUI thread."""
    global _BUS
    if _BUS is None:
        app = QApplication.instance()
        if app is not None and QThread.currentThread() is not app.thread():
            raise RuntimeError("the change bus is made in the GUI thread")
        _BUS = ChangeBus(app)
    return _BUS

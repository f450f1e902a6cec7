"""The Calls menu's windows and the buffer's count.

The main window makes one ``CallWindows`` and puts its ``menu`` in the menu bar;
the tray (when the desktop has one) opens the same buffer window. Both windows
are made when first opened (start-up stays quick); the count of unmatched calls
is read off the GUI thread at start and again whenever the buffer changes."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from app.i18n import translate
from app.services.changes import Changes, Kind
from app.services.context import AppContext
from app.views.change_bus import change_bus
from app.views.line_state import dot_icon, line_state, status_words
from app.views.tasks import TaskRunner

if TYPE_CHECKING:
    from app.views.buffer_view import BufferView
    from app.views.calls.recent_view import RecentCallsView

log = logging.getLogger(__name__)

DEBOUNCE_MS = 250  # a burst of buffered calls counts once


class CallWindows(QObject):
    open_contact_requested = Signal(int)
    """Show this contact's card (a recent call, or a buffered call just moved to it)."""
    unmatched_count_changed = Signal(int)
    """How many calls wait in the buffer now."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        # attributes
        self._ctx = ctx
        self._runner = runner
        self._parent = parent
        self._task = f"calls.{id(self)}"
        self.unmatched: int | None = None  # not counted yet
        self._buffer: BufferView | None = None
        self._recent: RecentCallsView | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)

        # actions and the menu
        self.buffer_action = QAction(self)
        self.buffer_action.setObjectName("showBufferAction")
        self.buffer_action.setStatusTip(translate(
            "CallsMenu", "Calls from numbers no single contact has: make a contact of the "
                         "caller, or move the calls to one"))
        self.recent_action = QAction(translate("CallsMenu", "&Recent calls…"), self)
        self.recent_action.setObjectName("showRecentCallsAction")
        self.recent_action.setStatusTip(translate(
            "CallsMenu", "The latest calls, matched and unmatched"))
        self.statuses: dict[str, str] = {}  # each caller-ID source's last word
        self.line_configured = False
        self.line_action = QAction(self)  # the line's state, as the tray icon says it
        self.line_action.setObjectName("lineStateAction")
        self.line_action.setEnabled(False)
        self.menu = QMenu(translate("CallsMenu", "&Calls"), parent)
        self.menu.setObjectName("callsMenu")
        self.menu.addAction(self.buffer_action)
        self.menu.addAction(self.recent_action)
        self.menu.addSeparator()
        self.menu.addAction(self.line_action)
        self._show_count()
        self._show_line()

        # signals
        self.buffer_action.triggered.connect(lambda: self.show_buffer())
        self.recent_action.triggered.connect(self.show_recent)
        self._debounce.timeout.connect(self.count_unmatched)
        change_bus().watch(self, {Kind.BUFFER}, self._buffer_changed)

    # -- the count ---------------------------------------------------------------

    def count_unmatched(self) -> None:
        """Count the buffer (off the GUI thread); the menu and Home follow."""
        from app.services.calls import queries as calls  # not before the first paint

        ctx = self._ctx
        self._runner.run(f"{self._task}.count", lambda: calls.count_unmatched(ctx),
                         self._counted, on_error=lambda exc: log.warning(
                             "unmatched calls not counted: %s", exc))

    def _buffer_changed(self, _changes: Changes) -> None:
        self._debounce.start()

    def _counted(self, n: int) -> None:
        self.unmatched = n
        self._show_count()
        self.unmatched_count_changed.emit(n)

    def _show_count(self) -> None:
        if self.unmatched is None:
            self.buffer_action.setText(translate("CallsMenu", "&Unmatched calls…"))
        else:
            self.buffer_action.setText(translate("CallsMenu", "&Unmatched calls ({count})…")
                                       .format(count=f"{self.unmatched:,}"))

    # -- the line ------------------------------------------------------------------

    def set_line(self, configured: bool) -> None:
        """A (re)started telephony: whether a line is set up; nothing heard from it yet."""
        self.statuses = {}
        self.line_configured = configured
        self._show_line()

    @Slot(str, str)
    def on_source_status(self, name: str, text: str) -> None:
        """Slot for TelephonyBridge.source_status."""
        self.statuses[name] = text
        self._show_line()

    def _show_line(self) -> None:
        state = line_state(self.statuses, self.line_configured)
        self.line_action.setText(state.sentence())
        self.line_action.setIcon(dot_icon(state.color()))
        self.line_action.setToolTip("\n".join(f"{name}: {status_words(text)}" for name, text
                                               in sorted(self.statuses.items())))

    # -- the windows ---------------------------------------------------------------

    def buffer(self) -> BufferView:
        """The one buffer window (the tray's "Show buffer" opens it too)."""
        if self._buffer is None:
            from app.views.buffer_view import BufferView

            self._buffer = BufferView(self._ctx, self._runner, self._parent)
            self._buffer.open_contact_requested.connect(self.open_contact_requested)
        return self._buffer

    def recent(self) -> RecentCallsView:
        if self._recent is None:
            from app.views.calls.recent_view import RecentCallsView

            self._recent = RecentCallsView(self._ctx, self._runner, self._parent)
            self._recent.open_contact_requested.connect(self.open_contact_requested)
            self._recent.open_buffer_requested.connect(self.show_buffer)
        return self._recent

    def show_buffer(self, call_id: int | None = None) -> BufferView:
        """Bring the buffer forward, read afresh; ``call_id``'s row selected once read."""
        view = self.buffer()
        view.select_after_load(call_id)
        view.refresh()
        _bring_forward(view)
        return view

    def show_recent(self) -> RecentCallsView:
        view = self.recent()
        view.refresh()
        _bring_forward(view)
        return view

    def close_all(self) -> None:
        for view in (self._buffer, self._recent):
            if view is not None:
                view.close()


def _bring_forward(view: QWidget) -> None:
    view.show()
    view.raise_()
    view.activateWindow()

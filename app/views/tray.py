"""The tray icon and its menu: the last calls and each source's status.

The menu is built whether or not the desktop has a tray (the offscreen
platform and some desktops have none); then it simply is not attached."""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from app.i18n import translate
from app.services.activities.rules import outcome_label
from app.services.calls import queries as calls
from app.services.calls.queries import LoggedCall, RoutedCall
from app.services.context import AppContext
from app.views.line_state import (
    AMBER,
    GREEN,
    GREY,
    RED,
    LineState,
    call_log_source,
    dot_icon,
    is_busy,
    is_good,
    line_state,
    status_words,
)
from app.views.popup.prefill import source_label
from app.views.tasks import TaskRunner
from app.views.widgets.dates import format_datetime

log = logging.getLogger(__name__)

RECENT = 10


def call_text(call: LoggedCall) -> str:
    """"07/12/2026 14:02  ← Anna Smith — answered" (a number when no name came)."""
    who = call.name or call.display or call.number or translate("Tray", "Withheld number")
    arrow = "←" if call.direction == "in" else "→"
    return f"{format_datetime(call.at)}  {arrow} {who} — {outcome_label(call.outcome or 'ringing')}"


class TrayController(QObject):
    open_contact_requested = Signal(int)
    """A recent call of a contact was clicked."""
    show_buffer_requested = Signal()
    """A recent unmatched call or "Unmatched calls…" was clicked."""
    quit_requested = Signal()
    """Quit from the tray menu."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self._ctx = ctx
        self._runner = runner
        self.statuses: dict[str, str] = {}
        self.recent: list[LoggedCall] = []
        self.line_configured = False  # a SIP line or modem is set up (the window says)

        # widgets
        self.menu = QMenu(parent)
        self.menu.setObjectName("trayMenu")
        # not the menu's: clear() deletes those
        self._recent_title = QAction(translate("Tray", "Recent calls"), self)
        self._recent_title.setEnabled(False)
        self._recent_actions: list[QAction] = []
        self._status_actions: dict[str, QAction] = {}
        self.show_buffer_action = QAction(translate("Tray", "Unmatched calls…"), self)
        self.quit_action = QAction(translate("Tray", "Quit"), self)
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(dot_icon(GREY, 32), parent)
            self.icon.setContextMenu(self.menu)
            self.icon.show()
        else:
            log.info("no system tray on this desktop: the tray menu is not shown")
        self._rebuild()

        # signals
        self.show_buffer_action.triggered.connect(self.show_buffer_requested)
        self.quit_action.triggered.connect(self.quit_requested)

    # -- inputs -------------------------------------------------------------

    @Slot(object)  # emitted in a source's thread (see TaskRunner._deliver)
    def on_call_routed(self, _routed: RoutedCall) -> None:
        """Slot for the bridge: the log changed, read the last calls again."""
        self.refresh()

    @Slot(str, str)
    def on_source_status(self, name: str, text: str) -> None:
        """Slot for TelephonyBridge.source_status."""
        self.statuses[name] = text
        self._rebuild()

    def refresh(self) -> None:
        self._runner.run("tray-recent", lambda: calls.list_calls(self._ctx, limit=RECENT),
                         self._show_recent, on_error=lambda exc: log.warning(
                             "recent calls not read: %s", exc))

    def set_line_configured(self, configured: bool) -> None:
        """Whether a line is set up: with none the icon says so, not "connecting"."""
        self.line_configured = configured
        self._rebuild()

    # -- the icon -------------------------------------------------------------

    def line_state(self) -> LineState:
        return line_state(self.statuses, self.line_configured)

    def tooltip(self) -> str:
        """"Ringcard — Phone line ready", then each source's own word."""
        head = translate("Tray", "Ringcard — {state}").format(state=self.line_state().sentence())
        return "\n".join([head, *self.status_texts()])

    def icon_color(self) -> QColor:
        """The line's colour; red too when calls cannot be written to the journal."""
        log_status = self.statuses.get(call_log_source(), "")
        if log_status and not is_good(log_status):
            return RED
        return self.line_state().color()

    # -- the menu -----------------------------------------------------------

    def status_text(self, name: str) -> str:
        return f"{source_label(name)}: {status_words(self.statuses[name])}"

    def recent_texts(self) -> list[str]:
        return [a.text() for a in self._recent_actions]

    def status_texts(self) -> list[str]:
        return [a.text() for a in self._status_actions.values()]

    def _show_recent(self, rows: list[LoggedCall]) -> None:
        self.recent = rows
        self._rebuild()

    def _rebuild(self) -> None:
        self.menu.clear()  # the actions are parented to the menu: make new ones
        self.menu.addAction(self._recent_title)
        self._recent_actions = []
        for call in self.recent[:RECENT]:
            action = QAction(call_text(call), self.menu)
            action.triggered.connect(partial(self._open_call, call))
            self.menu.addAction(action)
            self._recent_actions.append(action)
        if not self.recent:
            none = self.menu.addAction(translate("Tray", "No calls yet"))
            none.setEnabled(False)
        self.menu.addSeparator()
        self._status_actions = {}
        for name in sorted(self.statuses):
            text = self.statuses[name]
            color = GREEN if is_good(text) else AMBER if is_busy(text) else RED
            action = QAction(dot_icon(color), self.status_text(name), self.menu)
            action.setEnabled(False)
            self.menu.addAction(action)
            self._status_actions[name] = action
        if not self.statuses:
            none = self.menu.addAction(translate("Tray", "No caller-ID source configured"))
            none.setEnabled(False)
        self.menu.addSeparator()
        self.menu.addAction(self.show_buffer_action)
        self.menu.addAction(self.quit_action)
        if self.icon is not None:
            self.icon.setIcon(dot_icon(self.icon_color(), 32))
            self.icon.setToolTip(self.tooltip())

    def _open_call(self, call: LoggedCall) -> None:
        if call.contact_id is not None:
            self.open_contact_requested.emit(call.contact_id)
        else:
            self.show_buffer_requested.emit()

    def shutdown(self) -> None:
        if self.icon is not None:
            self.icon.hide()

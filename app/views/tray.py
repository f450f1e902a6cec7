"""The tray icon and its menu: the last calls and each source's status.

The menu is built whether or not the desktop has a tray (the offscreen
platform and some desktops have none); then it simply is not attached."""

from __future__ import annotations

import logging
from enum import StrEnum
from functools import partial

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from app.i18n import translate
from app.services.calls import queries as calls
from app.services.calls.queries import LoggedCall, RoutedCall
from app.services.context import AppContext
from app.views.popup.prefill import source_label
from app.views.tasks import TaskRunner

log = logging.getLogger(__name__)

RECENT = 10
GOOD_WORDS = ("ready", "registered", "connected", "listening", "ok")
BUSY_WORDS = ("starting", "registering", "connecting")
GREEN, RED, AMBER, GREY = QColor("#1f9d55"), QColor("#d64545"), QColor("#d89614"), QColor("#9a9a9a")


def dot_icon(color: QColor, size: int = 16) -> QIcon:
    """A filled circle: the source's state at a glance."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(color.darker(130))
    painter.setBrush(color)
    painter.drawEllipse(2, 2, size - 4, size - 4)
    painter.end()
    return QIcon(pixmap)


def call_log_source() -> str:
    """The name the inbound pipeline's own status goes by (not a phone line)."""
    return translate("Tray", "Call log")


def is_good(status: str) -> bool:
    return status.strip().lower().startswith(GOOD_WORDS) or status == translate("Tray", "ready")


def is_busy(status: str) -> bool:
    """Still coming up (registering, connecting): neither up nor down yet."""
    return status.strip().lower().startswith(BUSY_WORDS)


class LineState(StrEnum):
    """The phone line as the tray icon shows it."""

    ABSENT = "absent"  # no SIP line or modem set up
    STARTING = "starting"  # set up, not answering yet
    UP = "up"  # every line registered / listening / ready
    DOWN = "down"  # a line failed, stopped or lost its port

    def color(self) -> QColor:
        return {LineState.ABSENT: GREY, LineState.STARTING: AMBER,
                LineState.UP: GREEN, LineState.DOWN: RED}[self]

    def sentence(self) -> str:
        if self is LineState.UP:
            return translate("Tray", "Phone line ready")
        if self is LineState.DOWN:
            return translate("Tray", "Phone line down")
        if self is LineState.STARTING:
            return translate("Tray", "Phone line connecting…")
        return translate("Tray", "No phone line set up (Settings > Telephony)")


def line_state(statuses: dict[str, str], configured: bool) -> LineState:
    """What the desk's lines add up to (``statuses``: source name -> its last word)."""
    lines = [text for name, text in statuses.items() if name != call_log_source()]
    if not lines:
        return LineState.STARTING if configured else LineState.ABSENT
    if any(not is_good(t) and not is_busy(t) for t in lines):
        return LineState.DOWN
    if any(is_busy(t) for t in lines):
        return LineState.STARTING
    return LineState.UP


def call_text(call: LoggedCall) -> str:
    """"14:02  Anna Smith — answered" (a number when no name came)."""
    local = call.at.astimezone() if call.at.tzinfo else call.at
    who = call.name or call.display or call.number or "Withheld number"
    arrow = "←" if call.direction == "in" else "→"
    return f"{local:%d %b %H:%M}  {arrow} {who} — {call.outcome or 'ringing'}"


class TrayController(QObject):
    open_contact_requested = Signal(int)
    """A recent call of a contact was clicked."""
    show_buffer_requested = Signal()
    """A recent unmatched call or "Show buffer" was clicked."""
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
        self._recent_title = QAction("Recent calls", self)  # not the menu's: clear() deletes those
        self._recent_title.setEnabled(False)
        self._recent_actions: list[QAction] = []
        self._status_actions: dict[str, QAction] = {}
        self.show_buffer_action = QAction("Show buffer…", self)
        self.quit_action = QAction("Quit", self)
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
        return f"{source_label(name)}: {self.statuses[name]}"

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
            none = self.menu.addAction("No calls yet")
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
            none = self.menu.addAction("No caller-ID source configured")
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

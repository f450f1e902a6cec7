"""The phone line's state as the desk shows it (the tray icon, the Calls menu):
set up or not, coming up, up, or down, from each caller-ID source's last word.
Light on purpose: the main window builds its Calls menu before the first paint."""

from __future__ import annotations

import logging
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from app.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

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


# the first word of a source's status (app/telephony: "listening 127.0.0.1:5060/udp",
# "disconnected: port gone"), which is_good/is_busy read in English
STATUS_WORDS = {
    "starting": QT_TRANSLATE_NOOP("LineStatus", "starting"),
    "registering": QT_TRANSLATE_NOOP("LineStatus", "registering"),
    "connecting": QT_TRANSLATE_NOOP("LineStatus", "connecting"),
    "listening": QT_TRANSLATE_NOOP("LineStatus", "listening"),
    "registered": QT_TRANSLATE_NOOP("LineStatus", "registered"),
    "ready": QT_TRANSLATE_NOOP("LineStatus", "ready"),
    "failed": QT_TRANSLATE_NOOP("LineStatus", "failed"),
    "stopped": QT_TRANSLATE_NOOP("LineStatus", "stopped"),
    "disconnected": QT_TRANSLATE_NOOP("LineStatus", "disconnected"),
}


def status_words(status: str) -> str:
    """A source's status in the user's words: its first word translated, the detail
    (an address, the registrar's or the system's reason) as the source said it."""
    word, _space, rest = status.strip().partition(" ")
    key = word.rstrip(":").lower()
    if key not in STATUS_WORDS:
        return status
    said = translate("LineStatus", STATUS_WORDS[key]) + (":" if word.endswith(":") else "")
    return f"{said} {rest}" if rest else said


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

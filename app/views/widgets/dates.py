"""Times between the services (aware UTC, or naive UTC from SQLite) and the
user's screen (local time, QDateTime)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime


def local(dt: datetime | None) -> datetime | None:
    """A stored time in the user's zone (SQLite hands back naive UTC)."""
    if dt is None:
        return None
    return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).astimezone()


def to_utc(qdt: QDateTime) -> datetime:
    """A QDateTime the user picked (local) as an aware UTC datetime for the services."""
    return datetime.fromtimestamp(qdt.toSecsSinceEpoch(), UTC)


def to_qdatetime(dt: datetime) -> QDateTime:
    aware = dt if dt.tzinfo else dt.replace(tzinfo=UTC)
    return QDateTime.fromSecsSinceEpoch(int(aware.timestamp()))

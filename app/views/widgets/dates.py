"""Times between the services (aware UTC, or naive UTC from SQLite) and the
user's screen (local time, QDateTime), and dates and times as the user's
locale writes them (``QLocale()``: the language loader sets the default)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


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


def format_date(value: date | datetime | None) -> str:
    """A date in the locale's short form ("07/12/2026", "07.12.26"; ISO 8601 under
    the C locale, which names no country); a datetime is shown in local time
    first. None gives ""."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = local(value)
        assert value is not None
    day = QDate(value.year, value.month, value.day)
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no country to follow: ISO 8601
        return day.toString("yyyy-MM-dd")
    return locale.toString(day, QLocale.FormatType.ShortFormat)


def format_time(value: datetime | None) -> str:
    """A stored time's clock time in local time, the locale's short form ("14:05")."""
    shown = local(value)
    if shown is None:
        return ""
    clock = QTime(shown.hour, shown.minute, shown.second)
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return clock.toString("HH:mm")
    return locale.toString(clock, QLocale.FormatType.ShortFormat)


def format_datetime(value: datetime | None) -> str:
    """A stored time as local date and clock time in the locale's short form."""
    if value is None:
        return ""
    return f"{format_date(value)} {format_time(value)}"

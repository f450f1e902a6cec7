"""The From / To period filter of the History and Call Log tabs, with quick
choices (last 30 days, this year, all ...). The dates are whole local days;
``period()`` hands the services aware UTC bounds (``until`` exclusive)."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QWidget

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.views.widgets.flow_layout import FlowLayout, pair

log = logging.getLogger(__name__)

ALL, LAST_7, LAST_30, LAST_90, THIS_YEAR, CUSTOM = "all", "7", "30", "90", "year", "custom"
QUICK = [(ALL, QT_TRANSLATE_NOOP("CardPeriod", "All time")),
         (LAST_7, QT_TRANSLATE_NOOP("CardPeriod", "Last 7 days")),
         (LAST_30, QT_TRANSLATE_NOOP("CardPeriod", "Last 30 days")),
         (LAST_90, QT_TRANSLATE_NOOP("CardPeriod", "Last 90 days")),
         (THIS_YEAR, QT_TRANSLATE_NOOP("CardPeriod", "This year")),
         (CUSTOM, QT_TRANSLATE_NOOP("CardPeriod", "Custom period"))]


def _day_start_utc(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def _pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class PeriodFilter(QWidget):
    changed = Signal()
    """The period was changed by the user (or a quick choice)."""

    def __init__(self, parent: QWidget | None = None, *, default: str = ALL) -> None:
        super().__init__(parent)
        # widgets
        self.quick = QComboBox(self)
        self.quick.setObjectName("periodQuick")
        for key, label in QUICK:
            self.quick.addItem(translate("CardPeriod", label), key)
        self.since = QDateEdit(self)
        self.since.setObjectName("periodFrom")
        self.until = QDateEdit(self)
        self.until.setObjectName("periodTo")
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd MMM yyyy")
        today = QDate.currentDate()
        self.since.setDate(today.addDays(-30))
        self.until.setDate(today)

        # layout
        row = FlowLayout(self)  # the dates go under the choice on a narrow card
        row.addWidget(pair(self, QLabel(translate("CardPeriod", "Period:"), self), self.quick))
        row.addWidget(pair(self, QLabel(translate("CardPeriod", "From"), self), self.since))
        row.addWidget(pair(self, QLabel(translate("CardPeriod", "To"), self), self.until))

        # signals
        self.quick.currentIndexChanged.connect(self._quick_chosen)
        self.since.dateChanged.connect(self._date_edited)
        self.until.dateChanged.connect(self._date_edited)
        self.set_quick(default)

    def set_quick(self, key: str) -> None:
        self.quick.setCurrentIndex(self.quick.findData(key))
        self._quick_chosen()

    def set_range(self, since: date, until: date) -> None:
        """A custom period (what typing both dates does)."""
        self._set_dates(since, until)
        self._set_quick_silently(CUSTOM)
        self.changed.emit()

    def period(self) -> tuple[datetime | None, datetime | None]:
        """(since, until) as aware UTC datetimes; None for an open end."""
        if self.quick.currentData() == ALL:
            return None, None
        since, until = _pydate(self.since.date()), _pydate(self.until.date())
        return _day_start_utc(since), _day_start_utc(until + timedelta(days=1))

    def _quick_chosen(self) -> None:
        key = self.quick.currentData()
        today = date.today()
        starts = {LAST_7: today - timedelta(days=7), LAST_30: today - timedelta(days=30),
                  LAST_90: today - timedelta(days=90), THIS_YEAR: date(today.year, 1, 1)}
        if key in starts:
            self._set_dates(starts[key], today)
        enabled = key != ALL
        self.since.setEnabled(enabled)
        self.until.setEnabled(enabled)
        self.changed.emit()

    def _date_edited(self) -> None:
        if self.since.date() > self.until.date():  # keep the period the right way round
            sender = self.sender()
            other = self.until if sender is self.since else self.since
            other.blockSignals(True)
            other.setDate(sender.date())  # type: ignore[attr-defined]
            other.blockSignals(False)
        self._set_quick_silently(CUSTOM)
        self.changed.emit()

    def _set_dates(self, since: date, until: date) -> None:
        for edit, value in ((self.since, since), (self.until, until)):
            edit.blockSignals(True)
            edit.setDate(QDate(value.year, value.month, value.day))
            edit.blockSignals(False)

    def _set_quick_silently(self, key: str) -> None:
        self.quick.blockSignals(True)
        self.quick.setCurrentIndex(self.quick.findData(key))
        self.quick.blockSignals(False)
        self.since.setEnabled(True)
        self.until.setEnabled(True)

"""What the Activity History tab says, in the user's language: its count, the
questions and notices of its case actions and the filters in words (for an
export). Whole sentences, so a translation can order the words its own way."""

from __future__ import annotations

from datetime import date

from app.i18n import translate
from app.services.activities.history import HistoryRow
from app.views.card.lower.period import ALL, CUSTOM, PeriodFilter
from app.views.widgets.dates import format_date, format_datetime
from app.views.widgets.labels import format_count


def activities_count(n: int) -> str:
    """"1 activity", "1,234 activities"."""
    if n == 1:
        return translate("ActivityHistory", "1 activity")
    return translate("ActivityHistory", "{count} activities").format(count=format_count(n))


def close_case_question(row: HistoryRow) -> str:
    if row.case_id:
        text = translate("ActivityHistory", "Close the case “{subject}”? This activity is marked "
                         "done and the case's other open activities are cancelled.")
        return text.format(subject=row.case_subject)
    text = translate("ActivityHistory", "Close “{subject}” as a case? This activity is marked "
                     "done and the case's other open activities are cancelled.")
    return text.format(subject=row.subject)


def case_closed_notice(cancelled: int) -> str:
    if not cancelled:
        return translate("ActivityHistory", "Case closed.")
    if cancelled == 1:
        return translate("ActivityHistory", "Case closed; 1 open activity cancelled.")
    return translate("ActivityHistory", "Case closed; {count} open activities cancelled.").format(
        count=format_count(cancelled))


def forward_summary(row: HistoryRow) -> str:
    """What is forwarded: "Call of 07/12/2026 14:05: Quote"."""
    if row.occurred_at is None:
        return f"{row.type_name}: {row.subject}"
    return translate("ActivityHistory", "{type} of {when}: {subject}").format(
        type=row.type_name, when=format_datetime(row.occurred_at), subject=row.subject)


def forwarded_notice(row: HistoryRow, as_: str) -> str:
    if as_ == "todo":
        text = translate("ActivityHistory", "“{subject}” forwarded as a To-Do.")
    else:
        text = translate("ActivityHistory", "“{subject}” forwarded as a Ticket.")
    return text.format(subject=row.subject)


def filter_words(type_text: str | None, period: PeriodFilter, rep_text: str | None) -> str:
    """The filters in force in words ("type Call, last 30 days, rep Me"); "" if none."""
    parts = []
    if type_text is not None:
        parts.append(translate("ActivityHistory", "type {name}").format(name=type_text))
    quick = period.quick.currentData()
    if quick == CUSTOM:
        since, until = (format_date(date(d.year(), d.month(), d.day()))
                        for d in (period.since.date(), period.until.date()))
        parts.append(translate("ActivityHistory", "{since} to {until}").format(since=since,
                                                                              until=until))
    elif quick != ALL:
        parts.append(period.quick.currentText().lower())
    if rep_text is not None:
        parts.append(translate("ActivityHistory", "rep {name}").format(name=rep_text))
    return ", ".join(parts)

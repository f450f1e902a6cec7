"""How stored values read on screen: a contact's type ("lead" -> "Lead"), in the
user's language, and counts grouped as the locale groups digits. Shared by the
card, the pop-up, the lists and the dialogs that show them."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.contacts import core as contacts_core


def contact_type_label(contact_type: str) -> str:
    """The type as the user reads it ("lead" -> "Lead"), as the services name it."""
    return contacts_core.type_label(contact_type)


def format_count(n: int) -> str:
    """A count as the locale groups digits ("1,234", "1.234"); under the C locale,
    which names no country, the English grouping."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return f"{n:,}"
    return locale.toString(n)


STATUS_LABELS: dict[str, str] = {"open": QT_TRANSLATE_NOOP("ActivityStatus", "Open"),
                                 "done": QT_TRANSLATE_NOOP("ActivityStatus", "Done"),
                                 "cancelled": QT_TRANSLATE_NOOP("ActivityStatus", "Cancelled")}


def status_label(status: str) -> str:
    """An activity's status as the user reads it ("done" -> "Done")."""
    if status in STATUS_LABELS:
        return translate("ActivityStatus", STATUS_LABELS[status])
    return status


OUTCOME_LABELS = {"answered": QT_TRANSLATE_NOOP("CallOutcome", "Answered"),
                  "missed": QT_TRANSLATE_NOOP("CallOutcome", "Missed"),
                  "busy": QT_TRANSLATE_NOOP("CallOutcome", "Busy"),
                  "no answer": QT_TRANSLATE_NOOP("CallOutcome", "No answer"),
                  "voicemail": QT_TRANSLATE_NOOP("CallOutcome", "Voicemail"),
                  "rejected": QT_TRANSLATE_NOOP("CallOutcome", "Rejected"),
                  "ringing": QT_TRANSLATE_NOOP("CallOutcome", "Ringing"),
                  "ended": QT_TRANSLATE_NOOP("CallOutcome", "Ended")}


def outcome_label(outcome: str) -> str:
    """A call outcome as the user reads it ("no answer" -> "No answer")."""
    if outcome in OUTCOME_LABELS:
        return translate("CallOutcome", OUTCOME_LABELS[outcome])
    return outcome.capitalize()


MARKETING_STATUS_LABELS = {"planned": QT_TRANSLATE_NOOP("MarketingStatus", "Planned"),
                           "running": QT_TRANSLATE_NOOP("MarketingStatus", "Running"),
                           "active": QT_TRANSLATE_NOOP("MarketingStatus", "Active"),
                           "on hold": QT_TRANSLATE_NOOP("MarketingStatus", "On hold"),
                           "finished": QT_TRANSLATE_NOOP("MarketingStatus", "Finished"),
                           "cancelled": QT_TRANSLATE_NOOP("MarketingStatus", "Cancelled")}


def marketing_status_label(status: str) -> str:
    """A campaign's or project's status as the user reads it ("on hold" -> "On hold")."""
    if status in MARKETING_STATUS_LABELS:
        return translate("MarketingStatus", MARKETING_STATUS_LABELS[status])
    return status.capitalize()

"""What the activity dialog says about an activity: a new one's title, whose it is
when another rep's, and who gave it and when it was done. Whole sentences for
the translator (context "ActivityDialog"); German nouns keep their capital, so
the kind is passed as is ("{kind}") and lower-cased for English ("{kind_lower}")."""

from __future__ import annotations

from app.i18n import translate
from app.models import ActivityStatus
from app.services.activities.edit import ActivityDetail
from app.views.widgets.dates import format_datetime


def new_title(kind_label: str) -> str:
    """"New call", "New meeting appointment": a new activity's title."""
    return translate("ActivityDialog", "New {kind_lower}").format(kind=kind_label,
                                                                  kind_lower=kind_label.lower())


def owner_note(owner_label: str, kind_label: str) -> str:
    """Another rep's activity: "Bob's call: only they or a manager can change it."."""
    if owner_label:
        return translate("ActivityDialog", "{owner}'s {kind_lower}: only they or a manager can "
                                           "change it.").format(owner=owner_label, kind=kind_label,
                                                                kind_lower=kind_label.lower())
    return translate("ActivityDialog", "Someone else's {kind_lower}: only they or a manager can "
                                       "change it.").format(kind=kind_label,
                                                            kind_lower=kind_label.lower())


def info_line(detail: ActivityDetail, given_by: str = "") -> str:
    """Who gave it (``given_by``: their name), and when it was done or cancelled."""
    parts = []
    if detail.assigned_by and detail.todo_source in ("rep", "manager"):
        giver = given_by or detail.assigned_by
        parts.append(translate("ActivityDialog", "Given by {name} (manager)").format(name=giver)
                     if detail.todo_source == "manager"
                     else translate("ActivityDialog", "Given by {name}").format(name=giver))
    elif detail.todo_source == "alert":
        parts.append(translate("ActivityDialog", "From an automated alert"))
    if detail.completed_at is not None:
        parts.append(translate("ActivityDialog", "done {when}").format(
            when=format_datetime(detail.completed_at)))
    elif detail.form.status == ActivityStatus.CANCELLED:
        parts.append(translate("ActivityDialog", "cancelled"))
    line = " · ".join(parts)
    return line[:1].upper() + line[1:]

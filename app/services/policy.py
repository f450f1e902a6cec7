"""Who may see and do what: the office's rules, in one place.

Every service asks here instead of writing its own condition. The rules are
few and declarative on purpose: on a shared PostgreSQL database the office
issue mirrors them as row-level security policies, so a desk connecting with
``psql`` can do no more than the app allows.

- An office shares its customers: every user sees the records of the other
  reps (``may_see_other_reps_records``) ...
- ... except private activities (notes), which only their author sees,
  everywhere: lists, counts, the pop-up, exports (``visible_activities``).
- An activity is changed by its owner or a manager; an unassigned one (a
  ticket in the help desk queue) by anyone; a private one by its author only
  (``may_edit_activity``).
- A note's words are its author's: through the Notes tab only they reword it,
  not even a manager (``may_reword_note``).
- Office settings (activity types, alert rules, ...) are changed by managers
  (``may_change_office_settings``).

Predicates take plain values (ids, flags), so a caller holding a row, a view
dataclass or a query result asks the same question the same way.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, or_

from app.i18n import translate
from app.models import Activity, Role
from app.services.context import Actor, ServiceError


def is_manager(actor: Actor) -> bool:
    return actor.role == Role.MANAGER


def may_see_other_reps_records(actor: Actor) -> bool:
    """Today every user of the office does (the office issue may narrow reps to
    their team's records, ``actor.team``)."""
    return True


def may_see_activity(actor: Actor, owner_id: int | None, private: bool) -> bool:
    if private:
        return owner_id == actor.id
    return owner_id in (None, actor.id) or may_see_other_reps_records(actor)


def visible_activities(actor: Actor) -> ColumnElement[bool]:
    """``may_see_activity`` as a where-clause over ``activities``: the one
    condition every list, count and export of activities uses."""
    mine = Activity.owner_id == actor.id
    if not may_see_other_reps_records(actor):
        return or_(mine, and_(Activity.owner_id.is_(None), Activity.private.is_(False)))
    return or_(Activity.private.is_(False), mine)


def may_edit_activity(actor: Actor, owner_id: int | None, private: bool) -> bool:
    """Change, reschedule, complete, cancel or delete it."""
    if private:
        return owner_id == actor.id
    return owner_id in (None, actor.id) or is_manager(actor)


def may_reword_note(actor: Actor, author_id: int | None) -> bool:
    return author_id is not None and author_id == actor.id


def may_change_office_settings(actor: Actor) -> bool:
    return is_manager(actor)


def require_office_settings(actor: Actor, what: str) -> None:
    """Refuse a rep's change to ``what`` (e.g. "the alert settings")."""
    if not may_change_office_settings(actor):
        raise ServiceError(translate("Policy", "Only a manager can change {what}").format(what=what))

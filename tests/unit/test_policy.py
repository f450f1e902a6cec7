"""Who may see and do what (``services.policy``), as the services apply it, and
who may act at all (``users.resolve_actor``)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import User
from app.services import policy
from app.services.activities import by_contact as contact_activities
from app.services.activities import core as activities
from app.services.activities import edit as ae
from app.services.activities import history
from app.services.activities import types as activity_types
from app.services.alerts import settings as alert_settings
from app.services.calls.queries import caller_summary
from app.services.context import Actor, NotFound, ServiceError
from app.services.office import users
from app.services.reports.dashboard import dashboard
from tests.unit.helpers import person, set_region

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
MANAGER, REP, OTHER_REP = Actor(1, "alice", "manager"), Actor(2, "bob", "rep"), Actor(3, "carol", "rep")


def test_the_rules_themselves() -> None:
    assert policy.may_see_activity(REP, owner_id=2, private=True)
    assert not policy.may_see_activity(OTHER_REP, owner_id=2, private=True)
    assert not policy.may_see_activity(MANAGER, owner_id=2, private=True)
    assert policy.may_see_activity(OTHER_REP, owner_id=2, private=False)

    assert policy.may_edit_activity(REP, owner_id=2, private=False)
    assert policy.may_edit_activity(MANAGER, owner_id=2, private=False)
    assert not policy.may_edit_activity(OTHER_REP, owner_id=2, private=False)
    assert not policy.may_edit_activity(MANAGER, owner_id=2, private=True)
    assert policy.may_edit_activity(OTHER_REP, owner_id=None, private=False)  # the queue's

    assert policy.may_change_office_settings(MANAGER)
    assert not policy.may_change_office_settings(REP)
    assert not policy.may_reword_note(MANAGER, author_id=2)


def test_a_private_note_is_seen_by_its_author_only_everywhere(team) -> None:  # type: ignore[no-untyped-def]
    alice, bob, carol = team["alice"], team["bob"], team["carol"]
    set_region(alice)
    ann = person(alice, "Ann", "Lee", phone="020 7946 0018")
    secret = contact_activities.add_note(bob, ann, "Wants a discount", private=True)
    shared = contact_activities.add_note(carol, ann, "Called about the invoice")

    def seen(ctx) -> set[int]:  # type: ignore[no-untyped-def]
        return {a.id for a in activities.list_for_contact(ctx, ann)}

    assert seen(bob) == {secret, shared}
    assert seen(carol) == seen(alice) == {shared}  # not even the manager
    assert history.history_ids(alice, ann) == [shared]
    assert [r.id for r in history.history_rows(alice, [secret, shared])] == [shared]
    with pytest.raises(NotFound):
        ae.get(alice, secret)
    assert ae.get(bob, secret).form.body == "Wants a discount"
    assert caller_summary(carol, ann).last_activities[0][2] != "Wants a discount"
    assert len(caller_summary(carol, ann).last_activities) == 1
    assert len(caller_summary(bob, ann).last_activities) == 2


def test_a_private_note_counts_on_its_authors_home_page_only(team) -> None:  # type: ignore[no-untyped-def]
    alice, bob = team["alice"], team["bob"]
    ann = person(alice, "Ann", "Lee")
    contact_activities.add_note(bob, ann, "Wants a discount", private=True)

    def notes(ctx) -> int:  # type: ignore[no-untyped-def]
        return sum(t.existing + t.new for t in dashboard(ctx).by_type if t.kind == "note")

    assert (notes(bob), notes(alice)) == (1, 0)


def test_a_manager_may_change_a_reps_activity_another_rep_may_not(team) -> None:  # type: ignore[no-untyped-def]
    alice, bob, carol = team["alice"], team["bob"], team["carol"]
    ann = person(alice, "Ann", "Lee")
    task = ae.create(bob, ae.ActivityForm(kind="task", contact_id=ann, subject="Send the quote",
                                          status="open", due_at=T0, occurred_at=T0))
    form = ae.get(bob, task).form
    with pytest.raises(ServiceError, match="only they or a manager"):
        ae.update(carol, task, ae.form_for(ae.get(carol, task), subject="Carol's now"))
    assert not ae.get(carol, task).editable and ae.get(alice, task).editable
    ae.update(alice, task, ae.form_for(ae.get(alice, task), subject="Send the quote today"))
    assert ae.get(bob, task).form.subject == "Send the quote today"
    assert ae.get(bob, task).form.assignee == form.assignee == "bob"  # still bob's


def test_a_notes_words_are_its_authors(team) -> None:  # type: ignore[no-untyped-def]
    alice, bob = team["alice"], team["bob"]
    ann = person(alice, "Ann", "Lee")
    note = contact_activities.add_note(bob, ann, "Likes tea")
    with pytest.raises(ServiceError, match="Only the author"):
        contact_activities.edit_note(alice, note, "Likes coffee", private=False)
    contact_activities.edit_note(bob, note, "Likes green tea", private=False)
    assert ae.get(alice, note).form.body == "Likes green tea"


def test_only_managers_change_office_settings(team) -> None:  # type: ignore[no-untyped-def]
    alice, carol = team["alice"], team["carol"]
    with pytest.raises(ServiceError, match="Only a manager can change the activity types"):
        activity_types.add_type(carol, "Cold call", "call")
    with pytest.raises(ServiceError, match="Only a manager can change the alert settings"):
        alert_settings.save(carol, alert_settings.load(carol))
    assert "Cold call" not in {t.name for t in activity_types.list_types(alice)}
    activity_types.add_type(alice, "Cold call", "call")
    alert_settings.save(alice, alert_settings.load(alice))
    assert "Cold call" in {t.name for t in activity_types.list_types(carol)}


def _users(db: Database) -> list[tuple[str, str]]:
    with db.session(write=False) as s:
        return [(u.username, u.role) for u in s.scalars(select(User).order_by(User.id))]


def test_an_unknown_name_is_refused_naming_the_users_there_are(team) -> None:  # type: ignore[no-untyped-def]
    db = team["alice"].db
    with pytest.raises(users.UnknownUser) as refused:
        users.resolve_actor(db, "bobby", first_run=True)  # not the first run: there are users
    assert str(refused.value) == "no user named “bobby” (users: alice, bob, carol)"
    assert [name for name, _role in _users(db)] == ["alice", "bob", "carol"]
    actor = users.resolve_actor(db, "carol")
    assert (actor.username, actor.role) == ("carol", "rep")


def test_an_inactive_user_is_refused(team) -> None:  # type: ignore[no-untyped-def]
    db = team["alice"].db
    with db.session(write=True) as s:
        s.scalars(select(User).where(User.username == "carol")).one().active = False
    with pytest.raises(users.UnknownUser, match="“carol” is no longer active"):
        users.resolve_actor(db, "carol")


def test_the_first_run_makes_exactly_one_user_a_manager(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(users.UnknownUser, match="no user named “maria” \\(no users yet\\)"):
        users.resolve_actor(sqlite_db, "maria")  # only the first-run setup makes one
    assert _users(sqlite_db) == []
    first = users.resolve_actor(sqlite_db, "maria", first_run=True)
    assert _users(sqlite_db) == [("maria", "manager")]
    assert users.resolve_actor(sqlite_db, "maria", first_run=True) == first
    with pytest.raises(users.UnknownUser):
        users.resolve_actor(sqlite_db, "bob", first_run=True)
    assert _users(sqlite_db) == [("maria", "manager")]

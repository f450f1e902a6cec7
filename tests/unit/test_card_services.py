"""Services behind the contact card: files, picture, campaigns, projects,
settings, notes/tasks/appointments/calls, history, concurrent edits."""

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.services.activities import by_contact as contact_activities
from app.services.contacts import core as contacts
from app.services.contacts import files, history, marketing
from app.services.contacts import settings as contact_settings
from app.services.context import ServiceError
from app.services.office import users
from app.services.validation import ValidationError
from tests.actors import acting
from tests.unit.helpers import company, person, set_region


@pytest.fixture(autouse=True)
def _gb(ctx):  # type: ignore[no-untyped-def]
    set_region(ctx)


def test_files_are_stored_by_content_and_names_cannot_escape(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")
    src = tmp_path / "quote.pdf"
    src.write_bytes(b"%PDF-1.4 quote")
    folder = files.create_folder(ctx, cid, "Quotes")
    fid = files.add_file(ctx, cid, src, folder_id=folder)
    evil = files.add_file(ctx, cid, src, name="../../evil.txt")
    folders, listed = files.listing(ctx, cid)
    assert [f.name for f in folders] == ["Quotes"]
    assert {f.name for f in listed} == {"quote.pdf", "evil.txt"}
    stored = list(files.store_dir().glob("??/*"))
    assert len(stored) == 1  # same bytes, stored once
    opened = files.open_path(ctx, evil)
    assert opened.name == "evil.txt" and opened.read_bytes() == b"%PDF-1.4 quote"
    assert not (opened.parent.parent.parent / "evil.txt").exists()
    files.rename_file(ctx, fid, "..\\..\\x.pdf")
    assert files.open_path(ctx, fid).name == "x.pdf"


def test_deleting_files_and_folders_keeps_bytes_until_collected(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")
    src = tmp_path / "a.txt"
    src.write_text("hello")
    outer = files.create_folder(ctx, cid, "Outer")
    inner = files.create_folder(ctx, cid, "Inner", parent_id=outer)
    files.add_file(ctx, cid, src, folder_id=inner)
    files.delete_folder(ctx, outer)
    assert files.listing(ctx, cid) == ([], [])
    blobs = list(files.store_dir().glob("??/*"))
    assert len(blobs) == 1
    assert files.collect_garbage(ctx) == 0  # too young: a rollback must lose nothing
    os.utime(blobs[0], (0, 0))
    assert files.collect_garbage(ctx) == 1


def test_missing_bytes_give_a_clear_message(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")
    src = tmp_path / "a.txt"
    src.write_text("hello")
    fid = files.add_file(ctx, cid, src)
    for blob in files.store_dir().glob("??/*"):
        blob.unlink()
    assert not files.listing(ctx, cid)[1][0].available
    with pytest.raises(ServiceError, match="missing"):
        files.open_path(ctx, fid)
    with pytest.raises(ServiceError, match="does not exist"):
        files.add_file(ctx, cid, tmp_path / "nope.txt")


def test_picture_round_trip_and_missing_picture(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")
    assert files.picture_bytes(ctx, cid) is None
    files.set_picture(ctx, cid, b"\x89PNG fake")
    assert files.picture_bytes(ctx, cid) == b"\x89PNG fake"
    for blob in files.store_dir().glob("??/*"):
        blob.unlink()
    with pytest.raises(ServiceError, match="picture is missing"):
        files.picture_bytes(ctx, cid)
    files.remove_picture(ctx, cid)
    assert files.picture_bytes(ctx, cid) is None


def test_campaigns_and_send_outs(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")
    spring = marketing.create_campaign(ctx, "Spring offer", start_date=date(2026, 3, 1),
                                       end_date=date(2026, 4, 30), status="running")
    with pytest.raises(ValidationError) as err:
        marketing.create_campaign(ctx, "Spring offer", start_date=date(2026, 5, 1),
                                  end_date=date(2026, 4, 1))
    assert {"name", "end_date"} <= set(err.value.errors)
    marketing.add_to_campaign(ctx, spring, cid, "interested")
    marketing.record_send_out(ctx, spring, cid, channel="email", subject="20% off",
                              sent_at=datetime(2026, 3, 2, tzinfo=UTC))
    members, sends = marketing.contact_campaigns(ctx, cid)
    assert [(m.name, m.role, m.status) for m in members] == [("Spring offer", "interested",
                                                               "running")]
    assert [(s.campaign, s.channel, s.subject) for s in sends] == [("Spring offer", "email",
                                                                    "20% off")]
    marketing.remove_from_campaign(ctx, spring, cid)
    assert marketing.contact_campaigns(ctx, cid)[0] == []


def test_projects_with_roles(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")
    p = marketing.create_project(ctx, "Office move")
    marketing.add_to_project(ctx, p, cid, "Sponsor")
    marketing.add_to_project(ctx, p, cid, "Project lead")  # change of role
    assert [(x.name, x.role) for x in marketing.contact_projects(ctx, cid)] == [
        ("Office move", "Project lead")]


def test_customer_settings_only_for_consumers(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")
    terms = contact_settings.CustomerTerms("gbp", "30 days net", 30, "Trade")
    with pytest.raises(ServiceError, match="consumers"):
        contact_settings.set_customer_terms(ctx, cid, terms)
    contacts.make_consumer(ctx, cid)
    contact_settings.set_customer_terms(ctx, cid, terms)
    assert contact_settings.get_customer_terms(ctx, cid) == contact_settings.CustomerTerms(
        "GBP", "30 days net", 30, "Trade")
    with pytest.raises(ValidationError) as err:
        contact_settings.set_customer_terms(ctx, cid, contact_settings.CustomerTerms("XXX", "", 400))
    assert set(err.value.errors) == {"currency", "payment_days"}


def test_preferences(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")
    prefs = contact_settings.Preferences("en", "email", True, False)
    contact_settings.set_preferences(ctx, cid, prefs)
    assert contact_settings.get_preferences(ctx, cid) == prefs


def test_notes_private_and_only_the_author_edits(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")
    bob = acting(ctx.db, "bob")
    mine = contact_activities.add_note(ctx, cid, "Likes morning calls\nAsk about Q3", private=True)
    contact_activities.add_note(bob, cid, "Met at the trade show")
    assert [n.subject for n in contact_activities.notes(ctx, cid)] == [
        "Met at the trade show", "Likes morning calls"]
    assert [n.subject for n in contact_activities.notes(bob, cid)] == ["Met at the trade show"]
    with pytest.raises(ServiceError, match="Only the author"):
        contact_activities.edit_note(bob, mine, "changed", private=False)
    contact_activities.edit_note(ctx, mine, "Prefers e-mail", private=False)
    assert "Prefers e-mail" in [n.subject for n in contact_activities.notes(bob, cid)]
    with pytest.raises(ValidationError):
        contact_activities.add_note(ctx, cid, "   ")


def test_tasks_filters_and_ownership(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")
    bob = acting(ctx.db, "bob")
    due = datetime(2026, 12, 1, 9, tzinfo=UTC)
    mine = contact_activities.add_task(ctx, cid, "Send quote", due_at=due)
    theirs = contact_activities.add_task(bob, cid, "Call back", due_at=due)
    assert {t.subject for t in contact_activities.tasks(ctx, cid, owner="bob")} == {"Call back"}
    contact_activities.set_status(ctx, mine, "done")
    assert [t.subject for t in contact_activities.tasks(ctx, cid, status="open")] == ["Call back"]
    # alice is the first user, hence a manager: she may change bob's task; bob may not change hers
    contact_activities.set_status(ctx, theirs, "cancelled")
    with pytest.raises(ServiceError, match="another rep"):
        contact_activities.set_status(bob, mine, "open")


def test_appointments_with_attendees(ctx) -> None:  # type: ignore[no-untyped-def]
    ann, co = person(ctx, "Ann", "Lee"), company(ctx, "Hope Works")
    start = datetime(2026, 12, 3, 14, tzinfo=UTC)
    with pytest.raises(ValidationError) as err:
        contact_activities.add_appointment(ctx, ann, "Demo", start, start - timedelta(hours=1))
    assert "ends_at" in err.value.errors
    with pytest.raises(ValidationError) as err:  # nobody called bob works here yet
        contact_activities.add_appointment(ctx, ann, "Demo", start, usernames=["bob"])
    assert err.value.errors == {"attendees": "There is no user “bob”"}
    assert contact_activities.appointments(ctx, ann) == []
    users.add_user(ctx, "bob")
    contact_activities.add_appointment(ctx, ann, "Demo", start, start + timedelta(hours=1),
                                       place="Their office", contact_ids=[co],
                                       usernames=["bob"])
    [appt] = contact_activities.appointments(ctx, ann)
    assert (appt.activity.subject, appt.place) == ("Demo", "Their office")
    assert set(appt.attendees) == {"Hope Works", "bob (staff)"}
    assert [a.activity.subject for a in contact_activities.appointments(ctx, co)] == ["Demo"]


def test_call_log_by_hand_shows_in_history(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee", phone="020 7946 0018")
    when = datetime(2026, 11, 21, 10, 5, tzinfo=UTC)
    contact_activities.log_call(ctx, cid, number="020 7946 0018", direction="out",
                                occurred_at=when, duration_s=185, outcome="answered")
    contact_activities.log_call(ctx, cid, direction="in", outcome="missed")
    assert [c.outcome for c in contact_activities.calls(ctx, cid, outcome="answered")] == [
        "answered"]
    assert len(contact_activities.calls(ctx, cid, user="alice")) == 2
    with pytest.raises(ValidationError) as err:
        contact_activities.log_call(ctx, cid, outcome="great", duration_s=-1)
    assert set(err.value.errors) == {"outcome", "duration_s"}
    items = history.history(ctx, cid)
    whats = [i.what for i in items]
    assert "Call (outgoing)" in whats and "Call (incoming)" in whats
    assert any(i.what == "Added contact" for i in items)
    period = history.history(ctx, cid, since=when - timedelta(minutes=1),
                             until=when + timedelta(minutes=1))
    assert [i.detail for i in period] == ["Call to 020 7946 0018 — answered"]


def test_conversion_keeps_activities_and_history(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")
    contact_activities.add_note(ctx, cid, "First contact at the fair")
    contacts.convert(ctx, cid, "potential")
    contacts.convert(ctx, cid, "customer")
    assert [n.subject for n in contact_activities.notes(ctx, cid)] == ["First contact at the fair"]
    changes = [i.detail for i in history.history(ctx, cid) if i.what == "Type"]
    assert changes == ["Potential → Customer", "Lead → Potential"]


def test_a_stale_edit_is_refused_and_overwrites_nothing(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")
    bob = acting(ctx.db, "bob")
    opened = contacts.get(ctx, cid)  # alice opens the form
    theirs = contacts.as_input(bob, cid)
    theirs.title = "Dr"
    contacts.update_contact(bob, cid, theirs, expected_version=opened.version)  # bob saves first
    mine = contacts.as_input(ctx, cid)
    mine.title = "Ms"
    with pytest.raises(contacts.StaleRecord, match="changed by bob"):
        contacts.update_contact(ctx, cid, mine, expected_version=opened.version)
    assert contacts.get(ctx, cid).title == "Dr"


def test_open_path_copies_are_separate_from_the_store(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")
    src = tmp_path / "a.txt"
    src.write_text("original")
    fid = files.add_file(ctx, cid, src)
    copy = files.open_path(ctx, fid)
    copy.write_text("edited by some app")
    assert files.open_path(ctx, fid).read_text() == "original"


def test_history_reads_like_a_diary(ctx) -> None:  # type: ignore[no-untyped-def]
    from app.services.contacts import links
    from app.services.dto import PhoneInput

    co = company(ctx, "Hope Works")
    cid = person(ctx, "Ann", "Lee")
    data = contacts.as_input(ctx, cid)
    data.phones = [PhoneInput("020 7946 0018", "mobile")]
    contacts.update_contact(ctx, cid, data)
    links.link_company(ctx, cid, co, "Buyer")
    links.unlink_company(ctx, cid, co)
    mine = [(i.what, i.detail) for i in history.history(ctx, cid)]
    assert ("Added contact", "Ann Lee") in mine
    assert ("Added phone", "020 7946 0018 (mobile)") in mine
    theirs = [(i.what, i.detail) for i in history.history(ctx, co)]
    assert ("Linked person", "Ann Lee") in theirs
    assert ("Unlinked person", "Ann Lee") in theirs  # the company's card shows both

"""Paper cuts of issue 13 in the contact services: field lengths, History in the
user's words and by its author, a converted Customer's stage, linking a
company from the person form, "an Account"."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.models import CompanyLink, Contact
from app.services.activities import core as activities
from app.services.contacts import core as contacts
from app.services.contacts import history
from app.services.context import ServiceError
from app.services.dto import ContactInput, EmailInput, PhoneInput
from app.services.office import lists as lookups
from app.services.office import users
from tests.unit.helpers import company, person, set_region


@pytest.fixture(autouse=True)
def _gb(ctx):  # type: ignore[no-untyped-def]
    set_region(ctx)


def _count(ctx) -> int:  # type: ignore[no-untyped-def]
    with ctx.read() as s:
        return int(s.scalar(select(func.count()).select_from(Contact)) or 0)


def test_one_line_fields_longer_than_their_column_are_refused_by_field(ctx) -> None:  # type: ignore[no-untyped-def]
    data = ContactInput(kind="person", first_name="Ann", last_name="L" * 10_000,
                        title="T" * 121, phones=[PhoneInput("0" * 61)],
                        emails=[EmailInput("a" * 250 + "@example.com")])
    with pytest.raises(contacts.ValidationError) as err:
        contacts.create(ctx, data)
    errors = err.value.errors
    assert errors["last_name"] == "At most 120 characters (this has 10,000)"
    assert errors["title"] == "At most 120 characters (this has 121)"
    assert errors["phones[0]"] == "At most 60 characters (this has 61)"
    assert errors["emails[0]"].startswith("At most 254 characters")
    assert _count(ctx) == 0
    assert contacts.MAX_LENGTHS["last_name"] == 120  # the form's limit is the column's
    fits = ContactInput(kind="person", first_name="Ann", last_name="L" * 120)
    assert contacts.get(ctx, contacts.create(ctx, fits)).last_name == "L" * 120


def test_history_says_labels_and_names_not_columns_and_ids(ctx, team) -> None:  # type: ignore[no-untyped-def]
    qualified = lookups.id_by_name(ctx, "conversion_stage", "Qualified")
    proposal = lookups.id_by_name(ctx, "conversion_stage", "Proposal")
    gold = lookups.id_by_name(ctx, "rating", "Gold")
    cid = person(ctx, "Ann", "Lee", contact_type="potential", conversion_stage_id=qualified)
    contacts.set_conversion_stage(ctx, cid, proposal)
    data = contacts.as_input(ctx, cid)
    data.rating_id = gold
    data.assigned_rep_id = next(u.id for u in users.list_users(ctx) if u.username == "bob")
    data.first_name = "Anne"
    contacts.update_contact(ctx, cid, data)
    contacts.make_consumer(ctx, cid)

    said = [(i.what, i.detail) for i in history.history(ctx, cid) if i.source == "edit"]
    assert ("Stage", "Qualified → Proposal") in said
    assert ("Rating", "— → Gold") in said
    assert ("Assigned rep", "— → Bob Baker") in said
    assert ("First name", "Ann → Anne") in said
    assert ("Made a consumer", "") in said
    text = " ".join(f"{w} {d}" for w, d in said)
    for programmer in ("_id", "is consumer", "version", "stage id", "no → yes"):
        assert programmer not in text


def test_who_is_the_author_of_a_change_not_the_records_owner(ctx, team) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")  # alice's contact
    bob = team["bob"]
    activities.add(bob, activities.ActivityInput(
        kind="task", contact_id=cid, subject="Send the brochure", owner="alice",
        status="open"))
    data = contacts.as_input(bob, cid)
    data.title = "Dr"
    contacts.update_contact(bob, cid, data)
    items = history.history(ctx, cid)
    assert [i.who for i in items if i.what == "Title"] == ["Bob Baker"]
    assert [i.who for i in items if i.detail == "Send the brochure"] == ["Bob Baker"]
    assert [a.owner for a in activities.list_for_contact(ctx, cid)] == ["alice"]  # hers still


def test_a_converted_customer_has_no_stage_left(ctx) -> None:  # type: ignore[no-untyped-def]
    proposal = lookups.id_by_name(ctx, "conversion_stage", "Proposal")
    cid = person(ctx, "Ann", "Lee", contact_type="lead")
    contacts.convert(ctx, cid, "potential", proposal)
    assert contacts.get(ctx, cid).conversion_stage == "Proposal"
    contacts.convert(ctx, cid, "customer")
    detail = contacts.get(ctx, cid)
    assert detail.contact_type == "customer" and detail.conversion_stage is None
    said = [(i.what, i.detail) for i in history.history(ctx, cid)]
    assert ("Stage", "Proposal → —") in said  # the last stage stays in the history
    assert ("Type", "Potential → Customer") in said


def test_an_account_is_an_account(ctx) -> None:  # type: ignore[no-untyped-def]
    aid = company(ctx, "Quayside Media", contact_type="account", account_kind="media")
    with pytest.raises(ServiceError) as err:
        contacts.convert(ctx, aid, "customer")
    assert str(err.value) == "An Account cannot be converted to a Customer"


def test_a_person_is_linked_to_a_company_in_the_same_save(ctx) -> None:  # type: ignore[no-untyped-def]
    hope = company(ctx, "Hope Works")
    pid = contacts.create(ctx, ContactInput(kind="person", last_name="Lee",
                                            link_company="hope works"))
    assert [lk.company_name for lk in contacts.get(ctx, pid).links] == ["Hope Works"]

    before = _count(ctx)
    with pytest.raises(contacts.ValidationError) as err:
        contacts.create(ctx, ContactInput(kind="person", last_name="Moe",
                                          link_company="Nowhere Ltd"))
    assert "There is no company “Nowhere Ltd”" in err.value.errors["link_company"]
    assert _count(ctx) == before  # all or nothing

    other = company(ctx, "Little Bee Honey")
    data = contacts.as_input(ctx, pid)
    data.link_company_id = other
    contacts.update_contact(ctx, pid, data)
    data = contacts.as_input(ctx, pid)
    data.link_company_id = other  # already linked: nothing new
    contacts.update_contact(ctx, pid, data)
    with ctx.read() as s:
        links = s.scalars(select(CompanyLink.company_id).where(CompanyLink.person_id == pid))
        assert sorted(links) == sorted([hope, other])


def test_a_search_hit_says_what_matched_when_its_name_does_not(ctx) -> None:  # type: ignore[no-untyped-def]
    from app.services.contacts import links, search

    hope = company(ctx, "Hope Works")
    pid = person(ctx, "Ann", "Lee", email="ann@hopeworks.example", phone="020 7946 0101")
    data = contacts.as_input(ctx, pid)
    data.emails.append(EmailInput("a.lee@quillmail.example"))
    data.phones.append(PhoneInput("0113 496 0202"))
    contacts.update_contact(ctx, pid, data)
    links.link_company(ctx, pid, hope)
    links.link_company(ctx, pid, company(ctx, "Zephyr Tooling"))
    cases = {"quillmail": "Matched e-mail: a.lee@quillmail.example",
             "zephyr": "Matched company: Zephyr Tooling",
             "0113 496": "Matched phone: 0113 496 0202",
             "ann lee": ""}
    for term, why in cases.items():
        rows = [r for r in search.search(ctx, term).rows if r.id == pid]
        assert len(rows) == 1, term
        assert search.reasons(ctx, term, rows).get(pid, "") == why, term


def test_a_link_role_longer_than_its_column_is_refused(ctx) -> None:  # type: ignore[no-untyped-def]
    from app.services.contacts import links

    pid, co = person(ctx, "Ann", "Lee"), company(ctx, "Hope Works")
    with pytest.raises(contacts.ValidationError) as err:
        links.link_company(ctx, pid, co, "R" * 121)
    assert err.value.errors == {"role": "At most 120 characters (this has 121)"}
    assert contacts.get(ctx, pid).links == ()

"""Contacts: create/edit/convert/consumer/links, validation, audit. SQLite and PostgreSQL."""

import pytest

from app.services import audit
from app.services.contacts import core as contacts
from app.services.contacts import links
from app.services.context import ServiceError
from app.services.dto import BankInput, ContactInput, EmailInput, PhoneInput
from app.services.office import lists as lookups
from app.services.office import users
from app.services.validation import ValidationError
from tests.unit.helpers import company, person, set_region


@pytest.fixture(autouse=True)
def _gb(ctx):  # type: ignore[no-untyped-def]
    set_region(ctx)


def test_create_and_read_back_a_person(ctx) -> None:  # type: ignore[no-untyped-def]
    gold = lookups.id_by_name(ctx, "rating", "Gold")
    cid = contacts.create(ctx, ContactInput(
        first_name="Jane", last_name="Smithson", rating_id=gold,
        phones=[PhoneInput("020 7946 0018 x12"), PhoneInput("07700 900123", "mobile")],
        emails=[EmailInput("jane@example.co.uk")],
        bank_accounts=[BankInput("GB82 WEST 1234 5698 7654 32")],
        extra_info=[("Preferred contact time", "mornings")]))
    c = contacts.get(ctx, cid)
    assert c.display_name == "Jane Smithson"
    assert c.rating == "Gold"
    assert [p.e164 for p in c.phones] == ["+442079460018", "+447700900123"]
    assert c.phones[0].extension == "12"
    assert c.phones[0].display == "020 7946 0018"
    assert c.bank_accounts[0].iban == "GB82WEST12345698765432"
    assert c.extra_info == (("Preferred contact time", "mornings"),)
    assert 0 < c.completeness < 100


@pytest.mark.parametrize("field,data", [
    ("emails[0]", ContactInput(last_name="X", emails=[EmailInput("not-an-email")])),
    ("phones[0]", ContactInput(last_name="X", phones=[PhoneInput("call me maybe")])),
    ("bank_accounts[0].iban", ContactInput(last_name="X",
                                           bank_accounts=[BankInput("GB82 WEST 1234 5698 7654 33")])),
    ("last_name", ContactInput(first_name=" ", last_name="")),
    ("company_name", ContactInput(kind="company")),
    ("account_kind", ContactInput(last_name="X", contact_type="account")),
])
def test_invalid_input_names_the_field_and_saves_nothing(ctx, field, data) -> None:  # type: ignore[no-untyped-def]
    from app.services.contacts.list_rows import Filters, ordered_ids

    with pytest.raises(ValidationError) as err:
        contacts.create(ctx, data)
    assert field in err.value.errors
    assert err.value.errors[field]
    assert len(ordered_ids(ctx, Filters())) == 0


def test_bad_edit_keeps_the_stored_contact(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee", email="ann@example.com")
    data = contacts.as_input(ctx, cid)
    data.first_name = "Annie"
    data.emails = [EmailInput("ann@@example")]
    with pytest.raises(ValidationError):
        contacts.update_contact(ctx, cid, data)
    c = contacts.get(ctx, cid)
    assert c.first_name == "Ann" and c.emails[0].address == "ann@example.com"


def test_every_edit_lands_in_the_audit_history(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee", phone="020 7946 0018")
    data = contacts.as_input(ctx, cid)
    data.last_name = "Leigh"
    data.phones.append(PhoneInput("07700 900456", "mobile"))
    contacts.update_contact(ctx, cid, data)
    with ctx.read() as s:
        rows = audit.history(s, cid)
    changes = {(r.action, r.entity, r.field, r.old, r.new) for r in rows}
    assert ("update", "contact", "last_name", "Lee", "Leigh") in changes
    assert any(r.action == "create" and r.entity == "phone" and "07700 900456" in (r.new or "")
               for r in rows)
    assert all(r.user == "alice" for r in rows)
    # the unchanged phone was kept, not deleted and re-added
    assert not any(r.action == "delete" for r in rows)


def test_conversion_keeps_the_record_and_its_history(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Tom", "Hart")
    stage = lookups.id_by_name(ctx, "conversion_stage", "Proposal")
    contacts.convert(ctx, cid, "potential", stage)
    c = contacts.get(ctx, cid)
    assert (c.contact_type, c.conversion_stage, c.converted_from) == ("potential", "Proposal", "lead")
    contacts.convert(ctx, cid, "customer")
    assert contacts.get(ctx, cid).contact_type == "customer"
    with pytest.raises(ServiceError, match="cannot be converted"):
        contacts.convert(ctx, cid, "lead")
    with ctx.read() as s:
        fields = [(r.field, r.old, r.new) for r in audit.history(s, cid)]
    assert ("contact_type", "lead", "potential") in fields
    assert ("contact_type", "potential", "customer") in fields


def test_account_data_copies_to_a_new_customer(ctx) -> None:  # type: ignore[no-untyped-def]
    acc = company(ctx, "Media House", contact_type="account", account_kind="media",
                  phones=[PhoneInput("020 7946 0999")])
    cust = contacts.copy_account_to_customer(ctx, acc)
    a, c = contacts.get(ctx, acc), contacts.get(ctx, cust)
    assert c.contact_type == "customer" and a.contact_type == "account"
    assert c.company_name == "Media House" and c.phones[0].e164 == "+442079460999"
    assert c.customer_number  # a customer company gets its code


def test_consumer_gets_a_formatted_unique_customer_number(ctx) -> None:  # type: ignore[no-untyped-def]
    from app.services.office import settings as office_settings

    with ctx.write() as s:
        office_settings.set_value(s, "customer_number_prefix", "CUS")
        office_settings.set_value(s, "customer_number_width", 4)
    a, b = person(ctx, "A", "One"), person(ctx, "B", "Two")
    na, nb = contacts.make_consumer(ctx, a), contacts.make_consumer(ctx, b)
    assert na == "CUS0001" and nb == "CUS0002"
    assert contacts.make_consumer(ctx, a) == "CUS0001"  # idempotent
    assert contacts.get(ctx, a).is_consumer


def test_people_link_to_many_companies_and_companies_list_them(ctx) -> None:  # type: ignore[no-untyped-def]
    p = person(ctx, "Mary", "Watson")
    c1, c2 = company(ctx, "Joes Carpentry Shop"), company(ctx, "Hope Works")
    links.link_company(ctx, p, c1, "Buyer")
    links.link_company(ctx, p, c2, "Board member")
    assert {(lk.company_name, lk.role) for lk in contacts.get(ctx, p).links} == {
        ("Joes Carpentry Shop", "Buyer"), ("Hope Works", "Board member")}
    assert [lk.person_name for lk in contacts.get(ctx, c1).links] == ["Mary Watson"]
    with ctx.read() as s:
        assert any(r.action == "link" for r in audit.history(s, p))


def test_deleting_a_company_with_people_is_refused(ctx) -> None:  # type: ignore[no-untyped-def]
    p, c = person(ctx, "Mary", "Watson"), company(ctx, "Hope Works")
    links.link_company(ctx, p, c)
    with pytest.raises(ServiceError, match="Mary Watson.*Unlink them first"):
        contacts.delete(ctx, c)
    assert contacts.get(ctx, c).company_name == "Hope Works"
    links.unlink_company(ctx, p, c)
    contacts.delete(ctx, c)
    with pytest.raises(contacts.NotFound):
        contacts.get(ctx, c)


def test_categories_are_many_to_many(ctx) -> None:  # type: ignore[no-untyped-def]
    users.current(ctx)  # alice, the first user: a manager, who may add categories
    vip = lookups.add(ctx, "category", "Trade show 2026")
    press = lookups.add(ctx, "category", "Press")
    p = person(ctx, "Ann", "Lee")
    links.set_categories(ctx, p, [vip, press])
    assert set(contacts.get(ctx, p).categories) == {"Trade show 2026", "Press"}
    links.set_categories(ctx, p, [press])
    assert contacts.get(ctx, p).categories == ("Press",)
    with ctx.read() as s:
        acts = {(r.action, r.field, r.old, r.new) for r in audit.history(s, p)}
    assert ("unlink", "category", "Trade show 2026", None) in acts


def test_completeness_grows_as_the_record_fills(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "Ann", "Lee")
    before = contacts.get(ctx, cid).completeness
    data = contacts.as_input(ctx, cid)
    data.phones = [PhoneInput("020 7946 0018")]
    data.emails = [EmailInput("ann@example.com")]
    contacts.update_contact(ctx, cid, data)
    after = contacts.get(ctx, cid).completeness
    assert before == 15 and after == 50


def test_audit_history_by_period(ctx) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from app.models import utcnow

    cid = person(ctx, "Ann", "Lee")
    middle = utcnow()
    data = contacts.as_input(ctx, cid)
    data.title = "Dr"
    contacts.update_contact(ctx, cid, data)
    with ctx.read() as s:
        before = audit.history(s, cid, until=middle)
        after = audit.history(s, cid, since=middle)
        future = audit.history(s, cid, since=utcnow() + timedelta(days=1))
    assert [r.action for r in before] == ["create"]
    assert [(r.field, r.new) for r in after] == [("title", "Dr")]
    assert future == []

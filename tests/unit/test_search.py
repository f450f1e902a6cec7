"""Substring search: what a user types finds what they expect, in name order."""

import pytest

from app.services.contacts import core as contacts
from app.services.contacts import links, search
from app.services.contacts.list_rows import Filters
from app.services.dto import ContactInput, EmailInput, PhoneInput
from app.services.office import lists as lookups
from app.services.office import users
from tests.unit.helpers import company, person, set_region


@pytest.fixture
def people(ctx):  # type: ignore[no-untyped-def]
    set_region(ctx)
    ids = {
        "smith": person(ctx, "John", "Smith", phone="020 7946 0018", email="john@smith.example"),
        "smithson": person(ctx, "Jane", "Smithson", contact_type="customer"),
        "jones": person(ctx, "Ann", "Jones", email="ann.jones@keith.example"),
        "garcia": person(ctx, "José", "García", phone="+34 912 345 678"),
        "quote": person(ctx, 'Dwayne "The Rock"', "O'Brien"),
        "pct": company(ctx, "100% Juice_Bar Ltd"),
    }
    return ids


def names(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.name for r in page.rows]


def test_ith_finds_smith_and_smithson_and_an_email_match(ctx, people) -> None:  # type: ignore[no-untyped-def]
    got = names(search.search(ctx, "ith"))
    # ordered by last name: Jones (e-mail at keith.example), Smith, Smithson
    assert got == ["Ann Jones", "John Smith", "Jane Smithson"]
    assert search.count(ctx, "ith") == 3


def test_case_and_company_names(ctx, people) -> None:  # type: ignore[no-untyped-def]
    co = company(ctx, "Hope Works Ltd")
    links.link_company(ctx, people["garcia"], co, "Buyer")
    assert names(search.search(ctx, "HOPE")) == ["José García", "Hope Works Ltd"]


def test_company_rename_reaches_its_people(ctx, people) -> None:  # type: ignore[no-untyped-def]
    co = company(ctx, "Old Name Ltd")
    links.link_company(ctx, people["jones"], co)
    data = contacts.as_input(ctx, co)
    data.company_name = "Brand New Ltd"
    contacts.update_contact(ctx, co, data)
    assert "Ann Jones" in names(search.search(ctx, "brand new"))
    assert names(search.search(ctx, "old name")) == []


def test_phone_digits_in_any_format(ctx, people) -> None:  # type: ignore[no-untyped-def]
    for typed in ("7946", "020 7946", "+44 20 7946 0018", "(020) 7946-0018"):
        assert names(search.search(ctx, typed)) == ["John Smith"], typed


def test_search_index_follows_edits_and_deletes(ctx, people) -> None:  # type: ignore[no-untyped-def]
    data = contacts.as_input(ctx, people["jones"])
    data.emails = [EmailInput("ann@newdomain.example")]
    data.phones = [PhoneInput("0161 496 0000")]
    contacts.update_contact(ctx, people["jones"], data)
    assert names(search.search(ctx, "keith")) == []
    assert names(search.search(ctx, "newdomain")) == ["Ann Jones"]
    assert names(search.search(ctx, "4960000")) == ["Ann Jones"]
    contacts.delete(ctx, people["jones"])
    assert names(search.search(ctx, "newdomain")) == []


@pytest.mark.parametrize("typed,expected", [
    ('"The Rock"', ['Dwayne "The Rock" O\'Brien']),
    ("O'Brien", ['Dwayne "The Rock" O\'Brien']),
    ("100%", ["100% Juice_Bar Ltd"]),
    ("e_B", ["100% Juice_Bar Ltd"]),
    ("% J", ["100% Juice_Bar Ltd"]),
    ("AND", []),
    ("NEAR(a b)", []),
    ("*ith", []),
    ("ith*", []),
    ("\\", []),
])
def test_special_characters_are_plain_text(ctx, people, typed, expected) -> None:  # type: ignore[no-untyped-def]
    assert names(search.search(ctx, typed)) == expected


def test_short_terms_use_a_name_prefix(ctx, people) -> None:  # type: ignore[no-untyped-def]
    assert names(search.search(ctx, "sm")) == ["John Smith", "Jane Smithson"]
    assert names(search.search(ctx, "g")) == ["José García"]
    assert names(search.search(ctx, "ga")) == ["José García"]  # accents folded
    assert search.count(ctx, "sm") == 2


def test_accents_fold_in_the_sort_order(ctx, people) -> None:  # type: ignore[no-untyped-def]
    page = search.search(ctx, "", limit=10)
    assert names(page) == ["100% Juice_Bar Ltd", "José García", "Ann Jones",
                           'Dwayne "The Rock" O\'Brien', "John Smith", "Jane Smithson"]


def test_filters(ctx, people) -> None:  # type: ignore[no-untyped-def]
    assert names(search.search(ctx, "ith", Filters(contact_type="customer"))) == ["Jane Smithson"]
    assert names(search.search(ctx, "ith", Filters(kind="company"))) == []
    users.current(ctx)  # alice, the first user: a manager, who may add a category
    cat = lookups.add(ctx, "category", "Press")
    links.set_categories(ctx, people["smith"], [cat])
    assert names(search.search(ctx, "ith", Filters(category_id=cat))) == ["John Smith"]
    assert search.count(ctx, "ith", Filters(category_id=cat)) == 1
    data = contacts.as_input(ctx, people["smithson"])
    data.active = False
    contacts.update_contact(ctx, people["smithson"], data)
    assert names(search.search(ctx, "ith", Filters(active=True))) == ["Ann Jones", "John Smith"]


def test_paging_walks_every_hit_once_in_name_order(ctx) -> None:  # type: ignore[no-untyped-def]
    set_region(ctx)
    # many people sharing a long name prefix: the boundary of a page falls
    # inside a group of equal name keys
    firsts = ["Zoe", "Adam", "Mia", "Ben", "Eve", "Max", "Ida", "Tom", "Ava", "Leo", "Kim"]
    for i in range(45):
        contacts.create(ctx, ContactInput(first_name=f"{firsts[i % 11]}{i:02d}",
                                          last_name="Smithington"))
    for i in range(10):
        contacts.create(ctx, ContactInput(first_name=f"P{i}", last_name="Blacksmith"))
    seen: list[str] = []
    cursor = None
    while True:
        page = search.search(ctx, "smith", limit=7, after=cursor)
        seen += names(page)
        cursor = page.next_cursor
        if cursor is None:
            break
    expected = sorted([f"P{i} Blacksmith" for i in range(10)],
                      key=lambda n: n.split()[0].lower())
    expected += sorted([f"{firsts[i % 11]}{i:02d} Smithington" for i in range(45)],
                       key=lambda n: n.lower())
    assert seen == expected


def test_lists_order_by_any_reference_column(ctx, people) -> None:  # type: ignore[no-untyped-def]
    from app.services.contacts.list_rows import ordered_ids, rows

    gold, bronze = (lookups.id_by_name(ctx, "rating", n) for n in ("Gold", "Bronze"))
    for key, rating in (("smith", gold), ("jones", bronze)):
        data = contacts.as_input(ctx, people[key])
        data.rating_id = rating
        contacts.update_contact(ctx, people[key], data)
    contacts.make_consumer(ctx, people["garcia"])

    def names(sort: str, desc: bool = False) -> list[str]:
        return [r.name for r in rows(ctx, list(ordered_ids(ctx, Filters(), sort, desc)))]

    assert names("rating")[:2] == ["Ann Jones", "John Smith"]  # Bronze before Gold
    assert names("rating", True)[:2] == ["John Smith", "Ann Jones"]  # unrated stay last
    assert names("code")[0] == "José García"
    assert names("code", True)[0] == "José García"
    by_completeness = rows(ctx, list(ordered_ids(ctx, Filters(), "completeness", True)))
    assert [r.completeness for r in by_completeness] == sorted(
        (r.completeness for r in by_completeness), reverse=True)

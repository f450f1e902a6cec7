"""The office lists of reference 002 (statuses, ratings, conversion stages,
categories): a manager adds, renames, reorders, retires and restores entries;
names are unique per list; a retired entry stays on the records that have it."""

import pytest

from app.services.contacts import core as contacts
from app.services.context import AppContext, ServiceError
from app.services.office import lists, users
from app.services.validation import ValidationError
from tests.actors import acting
from tests.unit.helpers import person, set_region


@pytest.fixture
def office(ctx: AppContext) -> dict[str, AppContext]:
    users.current(ctx)  # alice, the first user: a manager
    users.add_user(ctx, "bob", "Bob Baker")
    set_region(ctx)
    return {"manager": ctx, "rep": acting(ctx.db, "bob")}


def names(ctx: AppContext, list_name: str) -> list[str]:
    return [i.name for i in lists.all_items(ctx, list_name)]


def test_a_manager_adds_renames_and_reorders(office) -> None:  # type: ignore[no-untyped-def]
    ctx = office["manager"]
    fair = lists.add(ctx, "category", "  Trade   show ")
    press = lists.add(ctx, "category", "Press")
    assert names(ctx, "category") == ["Trade show", "Press"]
    lists.move(ctx, "category", press, -1)
    assert names(ctx, "category") == ["Press", "Trade show"]
    lists.move(ctx, "category", press, -1)  # already first: stays
    assert names(ctx, "category") == ["Press", "Trade show"]
    lists.rename(ctx, "category", fair, "Trade fair 2026")
    assert [i.name for i in lists.items(ctx, "category")] == ["Press", "Trade fair 2026"]
    stages = names(ctx, "conversion_stage")
    last = lists.all_items(ctx, "conversion_stage")[-1]
    lists.move(ctx, "conversion_stage", last.id, -1)
    assert names(ctx, "conversion_stage") == stages[:-2] + [stages[-1], stages[-2]]


def test_names_are_unique_per_list_whatever_their_case(office) -> None:  # type: ignore[no-untyped-def]
    ctx = office["manager"]
    lists.add(ctx, "category", "Press")
    with pytest.raises(ValidationError) as refused:
        lists.add(ctx, "category", "press")
    assert refused.value.errors == {"name": "There is already a category “press”"}
    with pytest.raises(ValidationError) as empty:
        lists.add(ctx, "rating", "   ")
    assert empty.value.errors == {"name": "Give the rating a name"}
    with pytest.raises(ValidationError):
        lists.add(ctx, "status", "x" * 121)
    lists.add(ctx, "rating", "Press")  # another list: no clash
    gold = next(i for i in lists.items(ctx, "rating") if i.name == "Gold")
    with pytest.raises(ValidationError):
        lists.rename(ctx, "rating", gold.id, "SILVER")
    lists.rename(ctx, "rating", gold.id, "GOLD")  # its own name in another case is fine
    assert "GOLD" in names(ctx, "rating")


def test_a_retired_entry_stays_on_its_records_and_is_not_offered(office) -> None:  # type: ignore[no-untyped-def]
    ctx = office["manager"]
    status = lists.items(ctx, "status")[0]
    ann = person(ctx, "Ann", "Lee", status_id=status.id)
    lists.set_active(ctx, "status", status.id, False)
    assert status.id not in [i.id for i in lists.items(ctx, "status")]
    retired = next(i for i in lists.all_items(ctx, "status") if i.id == status.id)
    assert not retired.active
    detail = contacts.get(ctx, ann)
    assert (detail.status_id, detail.status) == (status.id, status.name)
    lists.set_active(ctx, "status", status.id, True)
    assert status.id in [i.id for i in lists.items(ctx, "status")]


def test_only_a_manager_changes_the_lists(office) -> None:  # type: ignore[no-untyped-def]
    rep = office["rep"]
    assert lists.may_edit(office["manager"]) and not lists.may_edit(rep)
    first = lists.items(rep, "rating")[0]
    for change in (lambda: lists.add(rep, "category", "Press"),
                   lambda: lists.rename(rep, "rating", first.id, "Tin"),
                   lambda: lists.move(rep, "rating", first.id, 1),
                   lambda: lists.set_active(rep, "rating", first.id, False)):
        with pytest.raises(ServiceError, match="Only a manager"):
            change()
    assert names(rep, "category") == [] and lists.items(rep, "rating")[0] == first

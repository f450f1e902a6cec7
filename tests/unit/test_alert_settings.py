"""Alert settings (reference 001): defaults, validation on the field, shared by
every desk, managers only, ratings retired or removed."""

from __future__ import annotations

import pytest

from app.models import Rating
from app.services.alerts import settings as al
from app.services.context import ServiceError
from app.services.validation import ValidationError
from tests.actors import acting


def test_the_defaults_are_reference_001s(ctx) -> None:  # type: ignore[no-untyped-def]
    got = al.load(ctx)
    assert {r.rule: (r.enabled, r.days) for r in got.rules} == {
        "service_renewal": (True, 30), "potential_inactivity": (True, 20),
        "lead_inactivity": (True, 14), "win_back": (True, 14), "retention": (True, 30)}
    assert got.rule("retention").unit == "days"
    assert [(t.rating, t.meetings, t.calls, t.emails) for t in got.retention] == [
        ("Bronze", 0, 1, 1), ("Silver", None, 2, 3), ("Gold", None, 3, 3),
        ("Diamond", 1, 3, 3), ("VIP", 2, 3, 3)]


def test_saved_settings_are_the_offices(team) -> None:  # type: ignore[no-untyped-def]
    alice = team["alice"]
    gold = next(t for t in al.load(alice).retention if t.rating == "Gold").rating_id
    changed = (al.load(alice).with_rule("win_back", enabled=False, days=21)
               .with_rule("retention", days=2, unit="weeks").with_target(gold, meetings=1))
    al.save(alice, changed)
    other_desk = acting(alice.db, "bob")
    got = al.load(other_desk)
    assert (got.rule("win_back").enabled, got.rule("win_back").days) == (False, 21)
    assert (got.rule("retention").days, got.rule("retention").unit) == (2, "weeks")
    assert next(t for t in got.retention if t.rating_id == gold).meetings == 1
    with pytest.raises(ServiceError, match="manager"):
        al.save(other_desk, got.with_rule("win_back", enabled=True))


@pytest.mark.parametrize(("rule", "changes", "field"), [
    ("service_renewal", {"days": -3}, "service_renewal.days"),
    ("potential_inactivity", {"days": 0}, "potential_inactivity.days"),
    ("lead_inactivity", {"days": 100_000}, "lead_inactivity.days"),
    ("retention", {"days": 200, "unit": "months"}, "retention.frequency"),
    ("retention", {"unit": "fortnights"}, "retention.frequency"),
])
def test_absurd_numbers_are_refused_on_their_field(ctx, rule, changes, field) -> None:  # type: ignore[no-untyped-def]
    before = al.load(ctx)
    with pytest.raises(ValidationError) as err:
        al.save(ctx, before.with_rule(rule, **changes))
    assert field in err.value.errors
    assert al.load(ctx) == before  # nothing saved


def test_matrix_cells_dash_means_not_required_and_garbage_is_refused(ctx) -> None:  # type: ignore[no-untyped-def]
    assert al.parse_count(" - ") is None and al.parse_count("") is None
    assert al.parse_count("3") == 3
    for bad in ("x", "1.5", "-2"):
        with pytest.raises(ValueError, match="whole number"):
            al.parse_count(bad)
    bronze = al.load(ctx).retention[0].rating_id
    with pytest.raises(ValidationError) as err:
        al.save(ctx, al.load(ctx).with_target(bronze, calls=500))
    assert f"retention.{bronze}.calls" in err.value.errors


def test_a_retired_rating_keeps_its_line_and_a_removed_one_disappears(ctx) -> None:  # type: ignore[no-untyped-def]
    with ctx.write() as s:
        silver = s.query(Rating).filter_by(name="Silver").one()
        silver.active = False
        s.delete(s.query(Rating).filter_by(name="VIP").one())
    got = al.load(ctx)
    assert [(t.rating, t.rating_active) for t in got.retention] == [
        ("Bronze", True), ("Silver", False), ("Gold", True), ("Diamond", True)]
    al.save(ctx, got)  # still saves
    stale = got
    with ctx.write() as s:
        s.delete(s.query(Rating).filter_by(name="Gold").one())
    with pytest.raises(ValidationError, match="removed meanwhile"):
        al.save(ctx, stale)

"""Numbers as the office writes them (one function, used by the call log, the
buffer, the tray and the pop-ups), the office's call options and the home-region
check, and click-to-call's check: all plain values from services."""

from __future__ import annotations

import pytest

from app.services.activities import by_contact as contact_activities
from app.services.activities import core as activities
from app.services.calls import dialing
from app.services.calls.queries import list_calls
from app.services.contacts import core as contacts
from app.services.contacts import phones
from app.services.office import settings as office_settings
from app.services.office.settings import CallOptions
from app.services.validation import ValidationError
from tests.unit.helpers import person, set_region


@pytest.mark.parametrize(("raw", "e164", "shown"), [
    ("02079460958", None, "020 7946 0958"),  # national at home (Ofcom's drama range)
    ("+44 20 7946 0958", None, "020 7946 0958"),
    ("0012015550123", None, "+1 201-555-0123"),  # abroad: international
    ("x", "+12015550123", "+1 201-555-0123"),  # a stored E.164 wins
    ("12015550123", None, "12015550123"),  # not a number from here: as received
    ("", None, ""),
])
def test_format_display_for_an_office_in_gb(raw: str, e164: str | None, shown: str) -> None:
    assert phones.format_display(e164, raw, "GB") == shown


def test_calls_come_back_with_the_number_as_the_office_writes_it(ctx) -> None:  # type: ignore[no-untyped-def]
    set_region(ctx)
    pid = person(ctx, "Anna", "Smith")
    contact_activities.log_call(ctx, pid, number="02079460958")
    activities.add_event(ctx, activities.EventInput(number="0012015550123"))  # the buffer
    shown = {c.where: c.display for c in list_calls(ctx)}
    assert shown == {"contact": "020 7946 0958", "buffer": "+1 201-555-0123"}
    assert [c.number_display for c in contact_activities.calls(ctx, pid)] == ["020 7946 0958"]
    set_region(ctx, "US")  # the same calls, seen from an office in the US
    assert {c.display for c in list_calls(ctx)} == {"+44 20 7946 0958", "(201) 555-0123"}


def test_the_home_region_check(ctx) -> None:  # type: ignore[no-untyped-def]
    assert office_settings.region_error(" us ") is None
    assert "two-letter" in (office_settings.region_error("G1") or "")
    assert "two-letter" in (office_settings.region_error("") or "")
    assert "No country has the code ZZ" in (office_settings.region_error("zz") or "")
    with ctx.write() as s:
        office_settings.set_value(s, "home_region", "de")
    with ctx.read() as s:
        assert office_settings.home_region(s) == "DE"


def test_call_options_are_saved_together_or_not_at_all(ctx) -> None:  # type: ignore[no-untyped-def]
    set_region(ctx)
    before = office_settings.call_options(ctx)
    assert before.home_region == "GB"
    with pytest.raises(ValidationError) as refused:
        office_settings.save_call_options(ctx, CallOptions(True, 3, "XX"))
    assert set(refused.value.errors) == {"match_digits", "home_region"}
    assert office_settings.call_options(ctx) == before
    office_settings.save_call_options(ctx, CallOptions(True, 8, "ie"))
    assert office_settings.call_options(ctx) == CallOptions(True, 8, "IE")


def test_before_dialling_says_whom_to_ask_about_and_the_region(ctx) -> None:  # type: ignore[no-untyped-def]
    set_region(ctx)
    quiet = person(ctx, "Ben", "Quiet", phone="0113 496 0202")
    data = contacts.as_input(ctx, quiet)
    data.call_contact = False
    contacts.update_contact(ctx, quiet, data)
    check = dialing.before_dialling(ctx, "01134960202", quiet)
    assert (check.region, check.display, check.do_not_call) == ("GB", "0113 496 0202", "Ben Quiet")
    assert dialing.before_dialling(ctx, "+12015550123").do_not_call == ""

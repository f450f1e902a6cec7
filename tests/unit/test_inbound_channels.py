"""One pipeline for every channel: an SMS or a fax goes the way a call does (match,
record, buffer), with its own kind of record and its own kind of number."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.inbound_event import CallerId, Channel, EventKind, InboundEvent
from app.services.activities import core as activities
from app.services.calls.queries import CallRouter
from app.services.dto import PhoneInput
from app.services.inbound import matching
from tests.unit.helpers import person, set_region

T0 = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def message(channel: Channel, key: str, number: str, text: str = "") -> InboundEvent:
    return InboundEvent(EventKind.IDENTIFIED, key, "gateway", "office", T0,
                        caller=CallerId(number, message=text), channel=channel)


@pytest.fixture(autouse=True)
def _gb(ctx) -> None:  # type: ignore[no-untyped-def]
    set_region(ctx)


def test_an_sms_and_a_fax_become_their_own_records_on_the_right_contact(ctx) -> None:  # type: ignore[no-untyped-def]
    """Anna's office line and her fax share their tail digits with nobody, but the
    fax machine answers on its own number: a fax from it is Anna's, a call from it
    would not be (a voice call never matches a fax number)."""
    anna = person(ctx, "Anna", "Smith", phones=[PhoneInput("020 7946 0101"),
                                                 PhoneInput("07700 900123", kind="mobile"),
                                                 PhoneInput("020 7946 0999", kind="fax")])
    router = CallRouter(ctx)
    sms = router.handle(message(Channel.SMS, "sms-1", "+447700900123", "Running late, 10 min"))
    fax = router.handle(message(Channel.FAX, "fax-1", "+442079460999"))
    call = router.handle(message(Channel.CALL, "call-1", "+442079460999"))
    assert sms is not None and (sms.where, sms.contact_ids) == ("activity", (anna,))
    assert fax is not None and (fax.where, fax.contact_ids) == ("activity", (anna,))
    assert call is not None and call.where == "buffer"
    by_kind = {a.kind: a for a in activities.list_for_contact(ctx, anna)}
    assert set(by_kind) == {"sms", "fax"}
    assert (by_kind["sms"].subject, by_kind["sms"].body) == ("SMS from Anna Smith",
                                                              "Running late, 10 min")
    assert by_kind["fax"].subject == "Fax from Anna Smith"
    assert (by_kind["sms"].outcome, by_kind["fax"].outcome) == ("", "")  # never "ringing"


def test_a_channel_without_a_matcher_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="no inbound matcher for the 'mail' channel"):
        matching.rules(Channel.MAIL)

"""Click-to-call: what the desk must know before it dials, read in one go off the
GUI thread (the contact's wish not to be called, the office's home region a
modem line dials from)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from app.services.contacts import core as contacts
from app.services.contacts import phones
from app.services.context import AppContext
from app.services.office import settings as office_settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DialCheck:
    region: str  # the office's home region: a modem dials national numbers from it
    display: str  # the number as this office writes it
    do_not_call: str = ""  # the contact's name, when they asked not to be called


def before_dialling(ctx: AppContext, number: str, contact_id: int | None = None) -> DialCheck:
    """What to ask and how to dial before ``number`` (of ``contact_id``) is called."""
    detail = contacts.get(ctx, contact_id) if contact_id is not None else None
    with ctx.read() as s:
        region = office_settings.home_region(s)
    return DialCheck(region, phones.format_display(None, number, region),
                     detail.display_name if detail is not None and not detail.call_contact
                     else "")

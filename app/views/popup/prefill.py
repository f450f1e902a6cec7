"""What a new contact starts from when it is made from a call: the number as
received and the caller name split into first/last (shared by the pop-up and
the buffer view, so both prefill the same way)."""

from __future__ import annotations

import logging

from app.services.dto import ContactInput, PhoneInput

log = logging.getLogger(__name__)


def split_name(name: str) -> tuple[str, str]:
    """("first", "last") from a caller name: "Last, First" or "First ... Last".
    Exchanges often send names in capitals; those are title-cased."""
    text = " ".join(name.split())
    if text.isupper():
        text = text.title()
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    words = text.split(" ")
    if len(words) > 1:
        return " ".join(words[:-1]), words[-1]
    return "", text


def contact_from_call(number: str, caller_name: str) -> ContactInput:
    """A new person with the caller's number (and name, when one came)."""
    first, last = split_name(caller_name)
    return ContactInput(kind="person", contact_type="lead", first_name=first, last_name=last,
                        phones=[PhoneInput(number)] if number.strip() else [])


def source_label(source: str) -> str:
    """How a source's name reads to a user ("sip" -> "SIP"); the rest as it was
    named, only its first letter raised ("Modem COM3" keeps its port's case)."""
    return {"sip": "SIP", "modem": "Modem"}.get(source, source[:1].upper() + source[1:])

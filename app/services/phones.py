"""The one phone-number normaliser. Every path (storage, search, caller lookup,
import, demo data) goes through ``normalize``.

A stored number keeps what the user typed (``raw``), its E.164 form when it
parses, the extension apart, and a "digits key": the digits of the number
reversed, so "the last N digits" is an indexed prefix look-up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

_EXT = re.compile(r"\s*(?:;ext=|ext\.?|extension|x|#)\s*(\d{1,10})\s*$", re.IGNORECASE)
_ALLOWED = re.compile(r"^[\d\s+().\-/]*$")


class PhoneError(ValueError):
    """The text is not a phone number."""


@dataclass(frozen=True, slots=True)
class NormalizedPhone:
    raw: str
    e164: str | None
    digits_rev: str
    search_digits: str
    extension: str

    @property
    def digits(self) -> str:
        return self.digits_rev[::-1]


def split_extension(raw: str) -> tuple[str, str]:
    m = _EXT.search(raw)
    if not m:
        return raw.strip(), ""
    return raw[: m.start()].strip(), m.group(1)


def normalize(raw: str, region: str, *, strict: bool = True) -> NormalizedPhone:
    """Parse ``raw`` as dialled in ``region`` (ISO 3166 code such as "GB").

    strict: refuse text that is not a possible phone number (user input);
    callers with numbers from the network pass ``strict=False`` and get the
    digits kept as received.
    """
    text = raw.strip()
    number_part, ext = split_extension(text)
    digits = re.sub(r"\D", "", number_part)
    if strict:
        if not digits:
            raise PhoneError(f"“{raw}” is not a phone number")
        if not _ALLOWED.match(number_part):
            raise PhoneError(f"“{raw}” contains characters a phone number cannot have")
    e164: str | None = None
    national = ""
    try:
        parsed = phonenumbers.parse(number_part, region.upper())
        if phonenumbers.is_possible_number(parsed):
            e164 = phonenumbers.format_number(parsed, PhoneNumberFormat.E164)
            national = re.sub(
                r"\D", "", phonenumbers.format_number(parsed, PhoneNumberFormat.NATIONAL)
            )
            if parsed.extension and not ext:
                ext = parsed.extension
    except NumberParseException:
        pass
    if strict and e164 is None:
        raise PhoneError(f"“{raw}” is not a possible phone number for region {region.upper()}")
    key_digits = e164[1:] if e164 else digits
    search = " ".join(dict.fromkeys(d for d in (key_digits, national, digits) if d))
    return NormalizedPhone(
        raw=text, e164=e164, digits_rev=key_digits[::-1], search_digits=search, extension=ext
    )


def is_valid(raw: str, region: str) -> bool:
    """A number that exists in the numbering plan (stricter than possible)."""
    try:
        number_part, _ = split_extension(raw)
        return phonenumbers.is_valid_number(phonenumbers.parse(number_part, region.upper()))
    except NumberParseException:
        return False


def format_display(e164: str | None, raw: str, region: str) -> str:
    """National format for home-region numbers, international otherwise."""
    if not e164:
        return raw
    try:
        parsed = phonenumbers.parse(e164, None)
    except NumberParseException:
        return raw
    home = phonenumbers.region_code_for_number(parsed) == region.upper()
    fmt = PhoneNumberFormat.NATIONAL if home else PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(parsed, fmt)


def next_digit_string(prefix: str) -> str | None:
    """The smallest digit string greater than every string starting with ``prefix``
    ("1239" -> "1240"); None when there is none ("999"). Lets a prefix be an
    index range that works under any collation."""
    digits = list(prefix)
    i = len(digits) - 1
    while i >= 0 and digits[i] == "9":
        i -= 1
    if i < 0:
        return None
    return "".join(digits[:i]) + str(int(digits[i]) + 1)

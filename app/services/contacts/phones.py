"""The one phone-number normaliser. Every path (storage, search, caller lookup,
import, demo data) goes through ``normalize``.

A stored number keeps what the user typed (``raw``), its E.164 form when it
parses, the extension apart, and a "digits key": the digits of the number
reversed, so "the last N digits" is an indexed prefix look-up. A number from
the network also says whether it carries a country itself (``country``: "+49 …",
or "0049 …" dialled from a region whose international prefix is 00), which the
caller look-up needs: such a number never matches another country's by its
last digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import CountryCodeSource, NumberParseException, PhoneNumberFormat
from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE

from app.i18n import translate

_EXT = re.compile(r"\s*(?:;ext=|ext\.?|extension|x|#)\s*(\d{1,10})\s*$", re.IGNORECASE)
_ALLOWED = re.compile(r"^[\d\s+().\-/]*$")
# how a parsed number got its country code: these two mean the text itself carries it
_EXPLICIT = (CountryCodeSource.FROM_NUMBER_WITH_PLUS_SIGN, CountryCodeSource.FROM_NUMBER_WITH_IDD)
UNKNOWN_COUNTRY = 0  # ``NormalizedPhone.country`` of "+999 …": a country, but none that exists


class PhoneError(ValueError):
    """The text is not a phone number."""


@dataclass(frozen=True, slots=True)
class NormalizedPhone:
    raw: str
    e164: str | None
    digits_rev: str
    search_digits: str
    extension: str
    # the country calling code the text itself carries ("+49 …", "0049 …" from a region
    # dialling abroad with 00, "011 49 …" from North America); None for a national or
    # local number, which takes its country from the region; UNKNOWN_COUNTRY for a
    # code that does not exist
    country: int | None = None

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
            raise PhoneError(translate("Phones", "“{raw}” is not a phone number").format(raw=raw))
        if not _ALLOWED.match(number_part):
            message = translate("Phones", "“{raw}” contains characters a phone number cannot have")
            raise PhoneError(message.format(raw=raw))
    e164: str | None = None
    national = ""
    country: int | None = None
    try:
        parsed = phonenumbers.parse(number_part, region.upper(), keep_raw_input=True)
        if parsed.country_code_source in _EXPLICIT:
            country = parsed.country_code
        if phonenumbers.is_possible_number(parsed):
            # what format_number(E164) returns, without its generic formatting path
            e164 = (f"+{parsed.country_code}{phonenumbers.national_significant_number(parsed)}"
                    if parsed.national_number else
                    phonenumbers.format_number(parsed, PhoneNumberFormat.E164))
            national = re.sub(
                r"\D", "", phonenumbers.format_number(parsed, PhoneNumberFormat.NATIONAL)
            )
            if parsed.extension and not ext:
                ext = parsed.extension
    except NumberParseException as exc:
        if exc.error_type == NumberParseException.INVALID_COUNTRY_CODE and \
                number_part.lstrip().startswith(("+", "\uff0b")):
            country = UNKNOWN_COUNTRY
    if strict and e164 is None:
        message = translate("Phones", "“{raw}” is not a possible phone number for region {region}")
        raise PhoneError(message.format(raw=raw, region=region.upper()))
    key_digits = e164[1:] if e164 else digits
    search = " ".join(dict.fromkeys(d for d in (key_digits, national, digits) if d))
    return NormalizedPhone(raw=text, e164=e164, digits_rev=key_digits[::-1], search_digits=search,
                           extension=ext, country=country)


def country_prefix(e164: str | None) -> str:
    """The "+" and country calling code an E.164 number starts with ("+49" of
    "+4930123456"); "" when there is none. Country codes are a prefix code (no code
    starts another), so the first one that exists is the one."""
    if not e164 or not e164.startswith("+"):
        return ""
    for length in (1, 2, 3):
        code = e164[1:1 + length]
        if code.isdigit() and int(code) in COUNTRY_CODE_TO_REGION_CODE:
            return "+" + code
    return ""


def international(number: NormalizedPhone) -> str:
    """The number written so that it needs no region ("+49 30 123456", its
    extension kept); what it was when it does not parse."""
    if not number.e164:
        return number.raw
    text = phonenumbers.format_number(phonenumbers.parse(number.e164, None),
                                      PhoneNumberFormat.INTERNATIONAL)
    return f"{text} ext. {number.extension}" if number.extension else text


def is_valid(raw: str, region: str) -> bool:
    """A number that exists in the numbering plan (stricter than possible)."""
    try:
        number_part, _ = split_extension(raw)
        return phonenumbers.is_valid_number(phonenumbers.parse(number_part, region.upper()))
    except NumberParseException:
        return False


def format_display(e164: str | None, raw: str, region: str) -> str:
    """How this office writes a number (the one display format: call log, buffer,
    pop-ups, lists): national for home-region numbers ("020 7946 0958" in GB),
    international otherwise ("+1 201-555-0123"). Without ``e164`` the raw text is
    parsed as dialled in ``region``; what does not parse is shown as received."""
    if not e164 and raw.strip():
        e164 = normalize(raw, region, strict=False).e164
    if not e164:
        return raw
    try:
        parsed = phonenumbers.parse(e164, None)
    except NumberParseException:
        return raw
    # same country calling code = dialled nationally from here (a Jersey number
    # from London too); cheaper than resolving the number's exact region
    home = parsed.country_code == phonenumbers.country_code_for_region(region.upper())
    fmt = PhoneNumberFormat.NATIONAL if home else PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(parsed, fmt)


def known_region(code: str) -> bool:
    """Whether ``code`` is a region the numbering plans know ("GB", "US"; not "ZZ")."""
    return code.upper() in phonenumbers.SUPPORTED_REGIONS


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


@dataclass(frozen=True)
class NumberTemplate:
    """A valid number whose last ``free`` digits may vary and stay valid.

    Bulk paths (demo data) make many numbers of one shape: the template is
    normalised once by ``normalize`` and each variant is derived from it by
    substituting digits, which gives exactly what ``normalize`` would return
    (``tests/unit/test_phones.py`` checks that on samples).
    """

    region: str
    base: NormalizedPhone
    national_prefix: str
    free: int
    country_code: str

    def make(self, suffix: int) -> NormalizedPhone:
        tail = f"{suffix % 10 ** self.free:0{self.free}d}"
        digits = self.base.digits[: -self.free] + tail  # E.164 digits without "+"
        nsn_len = len(self.base.digits) - len(self.country_code)
        national = self.national_prefix + digits[-nsn_len:]
        raw = _substitute_tail(self.base.raw, tail)
        return NormalizedPhone(raw=raw, e164="+" + digits, digits_rev=digits[::-1],
                               search_digits=" ".join(dict.fromkeys((digits, national))),
                               extension="")


def _substitute_tail(formatted: str, tail: str) -> str:
    chars = list(formatted)
    i = len(chars) - 1
    for digit in reversed(tail):
        while not chars[i].isdigit():
            i -= 1
        chars[i] = digit
        i -= 1
    return "".join(chars)


def templates(region: str, *, free: int = 6) -> list[NumberTemplate]:
    """Fixed-line and mobile templates for ``region`` whose last ``free``
    digits can vary while the number stays valid (checked on a sample)."""
    import random

    out = []
    rnd = random.Random(region)
    for kind in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE):
        example = phonenumbers.example_number_for_type(region.upper(), kind)
        if example is None:
            continue
        national = phonenumbers.format_number(example, PhoneNumberFormat.NATIONAL)
        base = normalize(national, region)
        nsn = phonenumbers.national_significant_number(example)
        prefix = re.sub(r"\D", "", national)[: -len(nsn)] if len(nsn) else ""
        for k in range(min(free, len(nsn) - 2), 2, -1):
            tmpl = NumberTemplate(region, base, prefix, k, str(example.country_code))
            sample = [tmpl.make(rnd.randrange(10 ** k)) for _ in range(40)]
            if all(is_valid(p.e164 or "", region) for p in sample):
                out.append(tmpl)
                break
    return out


def dial_digits(number: str, region: str) -> str:
    """What a line in ``region`` dials for ``number``: national with the trunk
    prefix at home ("02079460018"), the international access code abroad
    ("0012015550123" from GB); unparseable input keeps its dialable characters."""
    try:
        parsed = phonenumbers.parse(split_extension(number)[0], region.upper())
        if phonenumbers.is_possible_number(parsed):
            formatted = phonenumbers.format_out_of_country_calling_number(parsed, region.upper())
            return re.sub(r"[^\d*#]", "", formatted)
    except NumberParseException:
        pass
    return re.sub(r"[^\d*#+]", "", number)

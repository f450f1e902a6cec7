"""Field validation shared by every service: clear messages naming the field."""

from __future__ import annotations

import re

from app.i18n import translate

_EMAIL = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)

# ISO 13616 IBAN lengths per country (SWIFT IBAN registry)
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18,
    "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24,
    "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}


class ValidationError(ValueError):
    """One or more fields are invalid. ``errors`` maps field name -> message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


def grouped(number: float, decimals: int = 0) -> str:
    """``number`` with its digits grouped as the user's language writes numbers
    ("12,345.6"; German "12.345,6"). The services have no QLocale: the translation
    of an example number says which marks the language uses."""
    text = f"{number:,.{decimals}f}"
    example = translate("Numbers", "1,234.5")  # German: "1.234,5"
    group, point = (example[1], example[5]) if len(example) == 7 else (",", ".")
    return text.replace(",", "\0").replace(".", point).replace("\0", group)


def length_error(value: str, limit: int) -> str | None:
    """A one-line field longer than its column holds (PostgreSQL would refuse it,
    SQLite would keep it and a header would grow as wide as the text)."""
    size = len(value.strip())
    if size > limit:
        text = translate("Validation", "At most {limit} characters (this has {size})")
        return text.format(limit=grouped(limit), size=grouped(size))
    return None


def is_length_error(message: str) -> bool:
    """Whether ``message`` is one of ``length_error``'s, in whichever language."""
    template = translate("Validation", "At most {limit} characters (this has {size})")
    return message.startswith(template.split("{", 1)[0])


def email_error(address: str) -> str | None:
    if not address.strip():
        return translate("Validation", "E-mail address is empty")
    if not _EMAIL.match(address.strip()) or ".." in address:
        return translate("Validation", "“{address}” is not a valid e-mail address").format(address=address)
    return None


def normalize_iban(iban: str) -> str:
    return re.sub(r"\s+", "", iban).upper()


def iban_error(iban: str) -> str | None:
    value = normalize_iban(iban)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{1,30}", value):
        return translate(
            "Validation", "“{iban}” is not an IBAN (two letters, two check digits, then the account)"
        ).format(iban=iban)
    expected = IBAN_LENGTHS.get(value[:2])
    if expected is None:
        text = translate("Validation", "“{country}” is not a country that uses IBAN")
        return text.format(country=value[:2])
    if len(value) != expected:
        message = translate(
            "Validation", "An IBAN from {country} has {expected} characters, this one has {size}")
        text = message
        return text.format(country=value[:2], expected=expected, size=len(value))
    rearranged = value[4:] + value[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    if int(number) % 97 != 1:
        return translate("Validation", "The IBAN check digits do not match: a character is wrong or swapped")
    return None

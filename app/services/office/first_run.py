"""What the first-run wizard asks and stores: who I am (name, initials), the
office's country (the home region of phone numbers) and currency.

No Qt here: the wizard hands plain values in and gets plain values back. A C
or POSIX locale names no country, so no home region is suggested then (the
user picks one; the office is never silently American).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat
from sqlalchemy import func, select

from app.i18n import translate
from app.models import Contact, OfficeSetting, User
from app.services import policy
from app.services.contacts import phones
from app.services.context import AppContext, ServiceError
from app.services.office import settings as office_settings
from app.services.validation import ValidationError

INITIALS_MAX = 8
_CURRENCY = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class FirstRunState:
    """What the wizard starts from."""

    username: str
    full_name: str
    initials: str
    home_region: str | None  # None: the office never chose one
    currency: str  # "" when never chosen
    may_change_office: bool  # a manager; a rep sees the office's choices only
    contacts: int  # how many contacts the database holds (0: a fresh one)


@dataclass(frozen=True)
class Choices:
    """What Finish stores (the database and the phone line are the desk's own)."""

    full_name: str
    initials: str
    home_region: str
    currency: str


def state(ctx: AppContext) -> FirstRunState:
    with ctx.read() as s:
        user = s.get(User, ctx.actor.id)
        if user is None:
            raise ServiceError(translate("FirstRun", "Your user no longer exists"))
        stored = s.get(OfficeSetting, "home_region")
        region = office_settings.home_region(s) if stored is not None else None
        currency = str(office_settings.get(s, "currency"))
        count = int(s.scalar(select(func.count()).select_from(Contact)) or 0)
        return FirstRunState(user.username, user.full_name, user.initials, region, currency,
                             policy.may_change_office_settings(ctx.actor), count)


def region_of_locale(name: str) -> str | None:
    """The country of a locale name ("en_GB.UTF-8" -> "GB", "nb_NO" -> "NO"); None
    for C, POSIX or a name without a known country."""
    base = name.split(".", 1)[0].split("@", 1)[0]
    if base in ("", "C", "POSIX") or "_" not in base.replace("-", "_"):
        return None
    code = base.replace("-", "_").split("_", 1)[1][:2].upper()
    return code if code.isalpha() and phones.known_region(code) else None


def suggested_initials(full_name: str) -> str:
    """"Mary Watson" -> "MW", "Anne-Marie de Vries" -> "AMDV" (at most INITIALS_MAX)."""
    parts = [p for p in re.split(r"[\s\-]+", full_name.strip()) if p]
    return "".join(p[0].upper() for p in parts if p[0].isalpha())[:INITIALS_MAX]


def example_number(region: str) -> str:
    """A number as a person of ``region`` types it at home (the numbering plan's own
    example, national format); "" for a region without one."""
    sample = phonenumbers.example_number(region.upper()) if phones.known_region(region) else None
    if sample is None:
        return ""
    return str(phonenumbers.format_number(sample, PhoneNumberFormat.NATIONAL))


def number_becomes(typed: str, region: str) -> str:
    """What a number typed in the contact dialog becomes with ``region`` as the
    office's home region: its international form ("+44 20 7946 0018"), or why it
    is refused."""
    if not typed.strip():
        return ""
    if office_settings.region_error(region or ""):
        return translate("FirstRun", "choose a country first")
    try:
        number = phones.normalize(typed, region)
    except phones.PhoneError:
        return translate("FirstRun", "not a phone number in {country}").format(
            country=region.upper())
    if not number.e164:
        return typed
    try:
        return str(phonenumbers.format_number(phonenumbers.parse(number.e164, None),
                                              PhoneNumberFormat.INTERNATIONAL))
    except NumberParseException:
        return number.e164


def errors_of(choices: Choices, *, office: bool = True) -> dict[str, str]:
    """Field -> why it is refused (empty: all can be stored); no database."""
    errors: dict[str, str] = {}
    if len(choices.full_name.strip()) > 200:
        errors["full_name"] = translate("FirstRun", "A name has at most 200 characters")
    initials = choices.initials.strip()
    if len(initials) > INITIALS_MAX:
        errors["initials"] = translate("FirstRun", "Initials have at most %n letters", None,
                                       INITIALS_MAX)
    elif initials and not all(ch.isalpha() or ch in ".-" for ch in initials):
        errors["initials"] = translate("FirstRun", "Initials are letters, such as MW")
    if office:
        if not choices.home_region:
            errors["home_region"] = translate(
                "FirstRun", "Choose the office's country: numbers typed without a country "
                "code belong to it")
        else:
            problem = office_settings.region_error(choices.home_region)
            if problem:
                errors["home_region"] = problem
        if choices.currency and not _CURRENCY.match(choices.currency.strip().upper()):
            errors["currency"] = translate("FirstRun", "A currency is a three-letter code "
                                           "such as GBP or EUR")
    return errors


def save(ctx: AppContext, choices: Choices) -> None:
    """The user's name and initials, and (a manager's) the office's country and
    currency, in one transaction; ``ValidationError`` names refused fields."""
    office = policy.may_change_office_settings(ctx.actor)
    errors = errors_of(choices, office=office)
    if errors:
        raise ValidationError(errors)
    with ctx.write() as s:
        user = s.get(User, ctx.actor.id)
        if user is None:
            raise ServiceError(translate("FirstRun", "Your user no longer exists"))
        user.full_name = choices.full_name.strip()
        user.initials = choices.initials.strip().upper()
        if office:
            office_settings.set_value(s, "home_region", choices.home_region)
            if choices.currency:
                office_settings.set_value(s, "currency", choices.currency.strip().upper())


def total_contacts(ctx: AppContext) -> int:
    """How many contacts the database holds (an empty list on a new database says
    "No contacts yet." and how to start)."""
    with ctx.read() as s:
        return int(s.scalar(select(func.count()).select_from(Contact)) or 0)

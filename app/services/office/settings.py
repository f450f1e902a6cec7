"""Office-wide settings, stored in the database so every desk shares them.

Declared once with types and defaults; read with ``get`` and written with
``set_value`` (audited like any other change).
"""

from __future__ import annotations

import json
import locale
import logging
import os
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.i18n import translate
from app.models import OfficeSetting
from app.services.context import AppContext
from app.services.validation import ValidationError

log = logging.getLogger(__name__)


def _system_region() -> str | None:
    """The country the system locale names (``en_GB`` -> GB); None on a C/POSIX locale.

    Read from LC_ALL, LC_MESSAGES, LANG (the first one set decides, as the first-run
    wizard does), not from ``locale.getlocale()``: its alias table turns ``C.UTF-8``
    (which Qt switches a C locale to) into ``en_US``, a silent US."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return _region_of_locale(value)
    return _region_of_locale(locale.getlocale()[0] or "")


def _region_of_locale(name: str) -> str | None:
    loc = name.split(".", 1)[0].split("@", 1)[0]
    if "_" in loc:
        region = loc.split("_", 1)[1][:2].upper()
        if region.isalpha():
            return region
    return None


def _locale_region() -> str:
    return _system_region() or "US"


@dataclass(frozen=True)
class SettingSpec:
    key: str
    type: type
    default: Any
    help: str


SPECS: dict[str, SettingSpec] = {
    s.key: s
    for s in (
        SettingSpec("home_region", str, None, "Region numbers without a country code belong to"),
        SettingSpec("match_digits", int, 9, "Caller look-up falls back to the last N digits"),
        SettingSpec("customer_number_prefix", str, "CUS", "Prefix of new customer numbers"),
        SettingSpec("customer_number_width", int, 4, "Digits of new customer numbers"),
        SettingSpec("unknown_callers_become_leads", bool, False,
                    "Each call from an unknown number creates a new Lead at once"),
        SettingSpec("currency", str, "", "The office's currency (ISO 4217 code such as GBP)"),
    )
}


def get(session: Session, key: str) -> Any:
    spec = SPECS[key]
    row = session.get(OfficeSetting, key)
    if row is None:
        return _locale_region() if key == "home_region" and spec.default is None else spec.default
    return spec.type(json.loads(row.value))


def set_value(session: Session, key: str, value: Any) -> None:
    spec = SPECS[key]
    value = spec.type(value)
    if key == "home_region":
        value = value.strip().upper()
        problem = region_error(value)
        if problem:
            raise ValueError(problem)
    if key == "match_digits" and not 4 <= value <= 15:
        raise ValueError("match_digits must be between 4 and 15")
    if key == "customer_number_width" and not 1 <= value <= 12:
        raise ValueError("customer_number_width must be between 1 and 12")
    row = session.get(OfficeSetting, key)
    if row is None:
        session.add(OfficeSetting(key=key, value=json.dumps(value)))
    else:
        row.value = json.dumps(value)


def home_region(session: Session) -> str:
    return str(get(session, "home_region"))


def home_region_guessed(session: Session) -> bool:
    """No one chose the office's country and the system locale names none, so numbers
    without a country code are read as US numbers: the window says so until the
    country is chosen (never silently US)."""
    return session.get(OfficeSetting, "home_region") is None and _system_region() is None


def region_error(text: str) -> str | None:
    """Why ``text`` cannot be the office's home region, or None when it can."""
    from app.services.contacts import phones

    code = text.strip().upper()
    if len(code) != 2 or not code.isalpha():
        return translate("OfficeSettings", "The home region is a two-letter country code such as GB")
    if not phones.known_region(code):
        message = translate("OfficeSettings", "No country has the code {code}: try GB, US, DE …")
        return message.format(code=code)
    return None


@dataclass(frozen=True)
class CallOptions:
    """The office's call options, as Settings > Telephony shows and saves them."""

    unknown_callers_become_leads: bool
    match_digits: int
    home_region: str


def call_options(ctx: AppContext) -> CallOptions:
    with ctx.read() as s:
        return CallOptions(bool(get(s, "unknown_callers_become_leads")),
                           int(get(s, "match_digits")), home_region(s))


def call_options_errors(options: CallOptions) -> dict[str, str]:
    """Field name -> why it is refused (empty: all can be saved); no database."""
    errors: dict[str, str] = {}
    if not 4 <= options.match_digits <= 15:
        errors["match_digits"] = translate("OfficeSettings", "Match between 4 and 15 digits")
    problem = region_error(options.home_region)
    if problem:
        errors["home_region"] = problem
    return errors


def save_call_options(ctx: AppContext, options: CallOptions) -> None:
    """All three in one transaction, or none (``ValidationError`` names the fields)."""
    errors = call_options_errors(options)
    if errors:
        raise ValidationError(errors)
    with ctx.write() as s:
        set_value(s, "unknown_callers_become_leads", options.unknown_callers_become_leads)
        set_value(s, "match_digits", options.match_digits)
        set_value(s, "home_region", options.home_region)


def region_is_guessed(ctx: AppContext) -> bool:
    """``home_region_guessed`` in its own read (for a view's background job)."""
    with ctx.read() as s:
        return home_region_guessed(s)

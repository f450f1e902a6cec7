"""The card's Settings tab (per-contact preferences) and, for consumers, the
Customer Settings tab (currency, payment terms, payment days, price list)."""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import translate
from app.models import Contact, ContactPreferences, CustomerSettings
from app.services.context import AppContext, NotFound, ServiceError
from app.services.validation import ValidationError

# ISO 4217 codes in common use; the list is what the dialog offers
CURRENCIES = ("EUR", "GBP", "USD", "NOK", "SEK", "DKK", "CHF", "PLN", "CZK", "HUF", "ZAR",
              "AUD", "CAD", "NZD", "JPY", "CNY", "INR", "AED", "SGD", "HKD")
CHANNELS = ("", "phone", "email", "mail", "sms")


@dataclass(frozen=True)
class Preferences:
    language: str = ""
    preferred_channel: str = ""
    newsletter: bool = False
    do_not_email: bool = False


@dataclass(frozen=True)
class CustomerTerms:
    currency: str = ""
    payment_terms: str = ""
    payment_days: int | None = None
    price_list: str = ""


def get_preferences(ctx: AppContext, contact_id: int) -> Preferences:
    with ctx.read() as s:
        row = s.get(ContactPreferences, contact_id)
        if row is None:
            return Preferences()
        return Preferences(row.language, row.preferred_channel, row.newsletter, row.do_not_email)


def set_preferences(ctx: AppContext, contact_id: int, prefs: Preferences) -> None:
    if prefs.preferred_channel not in CHANNELS:
        message = translate("Contacts", "Choose phone, e-mail, mail or SMS")
        raise ValidationError({"preferred_channel": message})
    with ctx.write() as s:
        if s.get(Contact, contact_id) is None:
            raise NotFound(translate("Contacts", "Contact {id} does not exist").format(id=contact_id))
        row = s.get(ContactPreferences, contact_id) or ContactPreferences(contact_id=contact_id)
        s.add(row)
        row.language, row.preferred_channel = prefs.language.strip(), prefs.preferred_channel
        row.newsletter, row.do_not_email = prefs.newsletter, prefs.do_not_email


def get_customer_terms(ctx: AppContext, contact_id: int) -> CustomerTerms:
    with ctx.read() as s:
        row = s.get(CustomerSettings, contact_id)
        if row is None:
            return CustomerTerms()
        return CustomerTerms(row.currency, row.payment_terms, row.payment_days, row.price_list)


def set_customer_terms(ctx: AppContext, contact_id: int, terms: CustomerTerms) -> None:
    errors = {}
    if terms.currency and terms.currency.upper() not in CURRENCIES:
        errors["currency"] = translate("Contacts", "“{currency}” is not a currency we trade in").format(
            currency=terms.currency)
    if terms.payment_days is not None and not 0 <= terms.payment_days <= 365:
        errors["payment_days"] = translate("Contacts", "Payment days are between 0 and 365")
    if errors:
        raise ValidationError(errors)
    with ctx.write() as s:
        contact = s.get(Contact, contact_id)
        if contact is None:
            raise NotFound(translate("Contacts", "Contact {id} does not exist").format(id=contact_id))
        if not contact.is_consumer:
            raise ServiceError(translate("Contacts", "Customer settings are for consumers: press “+” "
                                         "beside the customer number first"))
        row = s.get(CustomerSettings, contact_id) or CustomerSettings(contact_id=contact_id)
        s.add(row)
        row.currency, row.payment_terms = terms.currency.upper(), terms.payment_terms.strip()
        row.payment_days, row.price_list = terms.payment_days, terms.price_list.strip()

"""Small builders for service tests."""

from app.services.contacts import core as contacts
from app.services.context import AppContext
from app.services.dto import ContactInput, EmailInput, PhoneInput
from app.services.office import settings as office_settings


def set_region(ctx: AppContext, region: str = "GB") -> None:
    with ctx.write() as s:
        office_settings.set_value(s, "home_region", region)


def person(ctx: AppContext, first: str, last: str, *, phone: str | None = None,
           email: str | None = None, **kw) -> int:  # type: ignore[no-untyped-def]
    data = ContactInput(kind="person", first_name=first, last_name=last, **kw)
    if phone:
        data.phones = [PhoneInput(phone)]
    if email:
        data.emails = [EmailInput(email)]
    return contacts.create(ctx, data)


def company(ctx: AppContext, name: str, **kw) -> int:  # type: ignore[no-untyped-def]
    return contacts.create(ctx, ContactInput(kind="company", company_name=name, **kw))

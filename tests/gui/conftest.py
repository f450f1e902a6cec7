"""GUI fixtures: a real SQLite database with a few named contacts, and the window."""

from __future__ import annotations

import pytest

import app.services  # noqa: F401  (flush hooks: sort names, completeness, audit)
from app.db import Database
from app.services import contacts, links, office_settings, users
from app.services.context import AppContext
from app.services.dto import ContactInput, EmailInput, PhoneInput
from app.views import errors


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform plugin warns whenever a top-level window's size
    constraints change ("This plugin does not support propagateSizeHints()") or a
    window is raised ("... does not support raise()"); that says nothing about our
    code. Every other Qt warning still fails a test."""
    for item in items:
        if "tests/gui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(
                "propagateSizeHints", r"This plugin does not support raise\(\)"))


@pytest.fixture(autouse=True)
def _no_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Errors are logged, never shown in a modal box that would block the test."""
    monkeypatch.setattr(errors, "DIALOGS_ENABLED", False)


@pytest.fixture
def gui_ctx(sqlite_db: Database) -> AppContext:
    ctx = AppContext(sqlite_db, "alice")
    users.current(ctx)
    with ctx.write() as s:
        office_settings.set_value(s, "home_region", "GB")
    return ctx


def person(ctx: AppContext, first: str, last: str, contact_type: str = "customer",
           *, phone: str = "", email: str = "", company_id: int | None = None) -> int:
    pid = contacts.create(ctx, ContactInput(
        kind="person", contact_type=contact_type, first_name=first, last_name=last,
        account_kind="other" if contact_type == "account" else None,
        phones=[PhoneInput(phone)] if phone else [],
        emails=[EmailInput(email)] if email else []))
    if company_id is not None:
        links.link_company(ctx, pid, company_id)
    return pid


def company(ctx: AppContext, name: str, contact_type: str = "customer") -> int:
    return contacts.create(ctx, ContactInput(kind="company", contact_type=contact_type,
                                             company_name=name))


@pytest.fixture
def named_ctx(gui_ctx: AppContext) -> AppContext:
    """Customers Smith, Smithson, Jones (+ a company); leads Smith and Brown."""
    hope = company(gui_ctx, "Hope Works")
    person(gui_ctx, "Anna", "Smith", phone="020 7946 0101", email="anna@hopeworks.co.uk",
           company_id=hope)
    person(gui_ctx, "Ben", "Smithson", phone="0113 496 0202")
    person(gui_ctx, "Carl", "Jones", email="carl.jones@example.org")
    person(gui_ctx, "Dora", "Smith", "lead")
    person(gui_ctx, "Evan", "Brown", "lead")
    company(gui_ctx, "Little Bee Honey", "lead")
    return gui_ctx

"""Fixtures for the upper-tab tests: a card on a real SQLite database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import app.services  # noqa: F401  (flush hooks)
from app.db import Database
from app.services.context import AppContext
from app.services.office import settings as office_settings
from app.services.office import users
from app.views.card.card_widget import ContactCard
from app.views.tasks import TaskRunner
from tests.actors import acting


@pytest.fixture
def ctx(sqlite_db: Database) -> AppContext:
    context = acting(sqlite_db, "alice")
    users.current(context)
    with context.write() as s:
        office_settings.set_value(s, "home_region", "GB")
    return context


@pytest.fixture
def card(qtbot, ctx: AppContext) -> Iterator[ContactCard]:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    widget = ContactCard(ctx, runner)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    yield widget
    runner.shutdown()


def select_tab(card: ContactCard, key: str):  # type: ignore[no-untyped-def]
    """Switch the upper tabs to ``key`` as a click would; returns the tab."""
    tab = card.upper_tabs[key]
    card.upper.setCurrentWidget(tab)
    return tab


def person(ctx: AppContext, first: str = "Anna", last: str = "Smith", contact_type: str = "lead",
           **extra: object) -> int:
    from app.services.contacts import core as contacts
    from app.services.dto import ContactInput

    return contacts.create(ctx, ContactInput(kind="person", contact_type=contact_type,
                                             first_name=first, last_name=last,
                                             **extra))  # type: ignore[arg-type]


def answer_dialog(monkeypatch: pytest.MonkeyPatch, cls: type,  # type: ignore[no-untyped-def]
                  fill) -> list:
    """Make ``cls.exec`` fill the dialog as a user would and press its OK/Save
    button (no modal loop in tests). Returns the dialogs it handled. A dialog that
    loads and saves in the background (``is_loaded``, ``is_busy``) is waited for,
    as the user would wait for it."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialogButtonBox

    seen: list = []

    def settle(done) -> None:  # type: ignore[no-untyped-def]
        for _ in range(1000):  # 10 s
            if done():
                return
            QTest.qWait(10)
        raise AssertionError("the dialog's background work did not finish")

    def fake_exec(self) -> int:  # type: ignore[no-untyped-def]
        seen.append(self)
        settle(lambda: getattr(self, "is_loaded", True))
        fill(self)
        box = self.findChild(QDialogButtonBox)
        ok = next(b for b in box.buttons()
                  if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)
        ok.click()
        settle(lambda: not getattr(self, "is_busy", lambda: False)())
        return self.result()

    monkeypatch.setattr(cls, "exec", fake_exec)
    return seen

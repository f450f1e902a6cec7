"""Fixtures for the card's lower tabs: a card on a real SQLite database, and
helpers that drive it the way a user does (tabs, toolbar actions, dialogs)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from app.services.context import AppContext
from app.services.office import users
from app.views.card.card_widget import ContactCard
from app.views.card.lower.base import LowerTab
from app.views.tasks import TaskRunner
from tests.actors import acting

TIMEOUT = 5000


@pytest.fixture
def bob_ctx(gui_ctx: AppContext) -> AppContext:
    """A second rep on the same database (alice, the first user, is a manager)."""
    ctx = acting(gui_ctx.db, "bob")
    users.current(ctx)
    return ctx


@pytest.fixture
def make_card(qtbot) -> Iterator:  # type: ignore[no-untyped-def]
    """``make_card(ctx)`` -> a shown ContactCard with its own runner."""
    made: list[tuple[ContactCard, TaskRunner]] = []

    def make(ctx: AppContext) -> ContactCard:
        runner = TaskRunner()
        card = ContactCard(ctx, runner)
        qtbot.addWidget(card)
        card.resize(1100, 700)
        card.show()
        made.append((card, runner))
        return card

    yield make
    for card, runner in made:
        runner.shutdown()
        dialog = getattr(card, "_test_dialog", None)
        if isinstance(dialog, QDialog):
            dialog.reject()


def open_tab(qtbot, card: ContactCard, key: str) -> LowerTab:  # type: ignore[no-untyped-def]
    """Bring the lower tab ``key`` to the front and wait for its lists."""
    tab = card.lower_tabs[key]
    assert isinstance(tab, LowerTab)
    with qtbot.waitSignal(tab.loaded, timeout=TIMEOUT):
        if card.lower_tab_widget.currentWidget() is tab:
            tab.reload()
        else:
            card.lower_tab_widget.setCurrentWidget(tab)
    settle(qtbot, tab)  # the card also loads the first tab (Activity History) meanwhile
    return tab


def show(qtbot, card: ContactCard, contact_id: int, key: str) -> LowerTab:  # type: ignore[no-untyped-def]
    assert card.show_contact(contact_id)
    return open_tab(qtbot, card, key)


def dialog_of(qtbot, tab: LowerTab) -> QDialog:  # type: ignore[no-untyped-def]
    """The dialog the tab opened (some open after fetching what they list)."""
    qtbot.waitUntil(lambda: tab.active_dialog is not None and tab.active_dialog.isVisible(),
                    timeout=TIMEOUT)
    assert tab.active_dialog is not None
    return tab.active_dialog


def press_ok(qtbot, tab: LowerTab, dialog) -> None:  # type: ignore[no-untyped-def]
    """Press the dialog's save button and wait until the tab shows the result."""
    with qtbot.waitSignal(tab.changed, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert tab.active_dialog is None
    settle(qtbot, tab)


def settle(qtbot, tab: LowerTab) -> None:  # type: ignore[no-untyped-def]
    """Wait until every load the tab started has been shown."""
    qtbot.waitUntil(lambda: not tab.runner.is_busy(), timeout=TIMEOUT)


def tick(qtbot, box) -> None:  # type: ignore[no-untyped-def]
    """Click a check box's indicator (its centre may lie past a short label)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def texts(model, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(r, column).data() for r in range(model.rowCount())]

"""A tab that does not apply to the contact (Customer Settings is for consumers)
is neither listed nor painted: it once drew itself as a thin strip over the
header's picture of every company card."""

from __future__ import annotations

from app.services.context import AppContext
from tests.gui.conftest import person
from tests.unit.helpers import company


def test_customer_settings_is_hidden_on_a_company_and_shown_for_a_consumer(
        qtbot, gui_ctx: AppContext, make_card) -> None:  # type: ignore[no-untyped-def]
    from app.services.contacts import core as contacts

    firm = company(gui_ctx, "Joes Carpentry Shop")
    pid = person(gui_ctx, "Anna", "Smith")
    contacts.make_consumer(gui_ctx, pid)
    card = make_card(gui_ctx)
    settings = card.upper_tabs["customer_settings"]
    assert card.show_contact(firm)
    assert card.upper.indexOf(settings) < 0 and not settings.isVisible()
    assert card.show_contact(pid)
    assert card.upper.indexOf(settings) >= 0
    assert card.show_contact(firm)
    assert card.upper.indexOf(settings) < 0 and not settings.isVisible()

"""Paper cuts of issue 13 in the main window: the card fits a 1366x768 screen
beside the list, a very long name does not widen the window, Esc closes the
card from anywhere in the window, and the list's headings and tooltips."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTabWidget

from app.models import Contact, ContactKind
from app.services.contacts import core as contacts
from app.services.contacts import links
from app.services.context import AppContext
from app.services.dto import EmailInput
from app.services.office import lists as lookups
from app.views.contact_list_model import COLUMN_NAMES
from app.views.main_window import MainWindow
from app.views.widgets.tab_chooser import CollapsibleTabWidget
from tests.gui.conftest import company, person
from tests.gui.test_main_window import list_button, names, open_window, type_search

SCREEN = (1366, 768)


def open_at_1366(qtbot, ctx: AppContext, contact_id: int) -> MainWindow:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, ctx)
    window.resize(*SCREEN)
    window.open_contact(contact_id)
    card = window.cards.card
    assert card is not None
    qtbot.waitUntil(card.isVisible, timeout=5000)
    return window


def tabs_in_sight(tabs: QTabWidget) -> list[str]:
    """The labels of the tabs that lie wholly inside their bar (none behind arrows)."""
    bar = tabs.tabBar()
    return [bar.tabText(i) for i in range(bar.count())
            if tabs.isTabVisible(i) and bar.rect().contains(bar.tabRect(i))]


def tabs_in_reach(tabs: CollapsibleTabWidget) -> list[str]:
    """The tabs a user can get to: in the row, or in the Tabs menu when it shows."""
    reach = set(tabs_in_sight(tabs))
    if tabs.chooser.isVisible():
        tabs.menu.aboutToShow.emit()  # the menu is filled as it opens
        reach |= {a.text() for a in tabs.menu.actions() if a.isEnabled()}
    return [tabs.tabText(i) for i in range(tabs.count()) if tabs.tabText(i) in reach]


def elided_headings(header: QHeaderView) -> list[str]:
    model = header.model()
    return [str(model.headerData(i, Qt.Orientation.Horizontal)) for i in range(header.count())
            if header.sectionSize(i) < header.sectionSizeFromContents(i).width()]


def test_the_card_fits_1366x768_beside_the_list(qtbot, named_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    pid = person(named_ctx, "Nora", "Quist")
    contacts.make_consumer(named_ctx, pid)  # a consumer's card has the most upper tabs
    window = open_at_1366(qtbot, named_ctx, pid)
    card = window.cards.card
    assert card is not None and card.parent() is window.splitter
    assert window.width() <= SCREEN[0]
    for tabs in (card.upper, card.lower_tab_widget):
        assert tabs.count() >= 8
        # the card opens wide enough for both rows whole: no tab only in the menu
        assert len(tabs_in_sight(tabs)) == tabs.count(), tabs.objectName()
        assert not tabs.chooser.isVisible()
    assert card.toolbar.hidden_actions() == []
    # a shortened label keeps reference 004's name in its tooltip
    files = card.upper.indexOf(card.upper_tabs["files"])
    assert card.upper.tabToolTip(files) == "File area"
    assert elided_headings(window.panel.table.horizontalHeader()) == []

    window.splitter.setSizes([900, 460])  # narrower still: the tabs that do not fit go
    qtbot.waitUntil(lambda: card.upper.collapsed, timeout=5000)  # into the Tabs menu
    for tabs in (card.upper, card.lower_tab_widget):
        assert tabs.chooser.isVisible()
        assert 0 < len(tabs_in_sight(tabs)) < tabs.count()
        assert len(tabs_in_reach(tabs)) == tabs.count()
        current = tabs.tabText(tabs.currentIndex())
        assert current in tabs_in_sight(tabs)  # the tab shown is always in the row
    lower = card.lower_tab_widget
    call_log = lower.indexOf(card.lower_tabs["call_log"])
    lower.menu.aboutToShow.emit()
    entry = next(a for a in lower.menu.actions() if a.text() == "Call Log")
    entry.trigger()  # picked from the menu: shown, and in the row
    assert lower.currentIndex() == call_log and card.lower_tabs["call_log"].isVisible()
    assert "Call Log" in tabs_in_sight(lower)


def test_a_name_of_10000_characters_does_not_widen_the_window(qtbot, gui_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    long_name = "Bartholomew" + "x" * 9_989
    with gui_ctx.write() as s:  # old data or an import, past the form's limits
        contact = Contact(kind=ContactKind.PERSON, contact_type="customer", first_name=long_name,
                          last_name="Smith")
        s.add(contact)
        s.flush()
        cid = contact.id
    window = open_at_1366(qtbot, gui_ctx, cid)
    card = window.cards.card
    assert card is not None
    assert window.width() <= SCREEN[0]
    shown = card.header.name.shown_text()
    assert shown.startswith("Bartholomew") and shown.endswith("…")
    assert len(shown) < 500
    assert card.header.name.toolTip() == f"{long_name} Smith"
    model = window.panel.model
    row = names(window).index(f"{long_name} Smith")
    assert model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole) == f"{long_name} Smith"


def test_esc_closes_the_card_wherever_the_focus_is(qtbot, named_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    pid = person(named_ctx, "Nora", "Quist")
    window = open_at_1366(qtbot, named_ctx, pid)
    card = window.cards.card
    assert card is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    for where in (window.panel.table, window.panel.search_box):
        window.open_contact(pid)
        assert card.isVisible()
        where.setFocus()
        qtbot.waitUntil(where.hasFocus, timeout=5000)
        qtbot.keyClick(where, Qt.Key.Key_Escape)
        assert not card.isVisible(), type(where).__name__


def test_a_converted_customer_shows_no_stage_in_the_header(qtbot, named_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    proposal = lookups.id_by_name(named_ctx, "conversion_stage", "Proposal")
    pid = person(named_ctx, "Nora", "Quist", "lead")
    contacts.convert(named_ctx, pid, "potential", proposal)
    window = open_at_1366(qtbot, named_ctx, pid)
    card = window.cards.card
    assert card is not None
    assert "stage: Proposal" in card.header.subtitle.text()
    contacts.convert(named_ctx, pid, "customer")
    card.refresh()
    assert card.header.subtitle.text().startswith("Customer · Person")
    assert "stage" not in card.header.subtitle.text()


def test_list_headings_and_why_a_hit_matched(qtbot, named_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    anna = next(r for r in contacts_named(named_ctx, "Anna Smith"))
    data = contacts.as_input(named_ctx, anna)
    data.emails.append(EmailInput("a.smith@quillmail.example"))
    contacts.update_contact(named_ctx, anna, data)
    links.link_company(named_ctx, anna, company(named_ctx, "Zephyr Tooling", "lead"))
    window = open_window(qtbot, named_ctx)
    qtbot.mouseClick(list_button(window, "Leads"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.panel.is_idle, timeout=10_000)
    model = window.panel.model
    headings = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(len(COLUMN_NAMES))]
    assert headings[0] == "Name" and "Rating" in headings  # as the form says
    assert "Customer" not in headings and "Rank" not in headings

    qtbot.mouseClick(list_button(window, "Customers"), Qt.MouseButton.LeftButton)
    for term, reason in (("quillmail", "Matched e-mail: a.smith@quillmail.example"),
                         ("zephyr", "Matched company: Zephyr Tooling")):
        type_search(qtbot, window, term)
        assert names(window) == ["Anna Smith"]
        tip = model.data(model.index(0, COLUMN_NAMES.index("Email")), Qt.ItemDataRole.ToolTipRole)
        assert tip == f"anna@hopeworks.co.uk\n{reason}"  # the row shows the first address
    type_search(qtbot, window, "smith")
    assert all(model.matched(r) == "" for r in range(model.rowCount()))  # found by name


def contacts_named(ctx: AppContext, name: str) -> list[int]:
    from app.services.contacts import search

    return [r.id for r in search.search(ctx, name).rows if r.name == name]

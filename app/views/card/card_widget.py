"""The contact card (reference 004): a header, the upper tabs, a toolbar in
the middle (right-click for the same actions as a menu), the lower tabs.

The card only assembles: tabs load their own data through the services, the
actions are declared once in ``CardActions`` and routed to the tab that owns
each job (New note -> the Notes tab, Link company -> the Companies tab ...).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QMenu,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import ActivityKind
from app.services.activities import rules as activity_rules
from app.services.activities import types as activity_types
from app.services.activities.edit import ActivityForm
from app.services.activities.types import TypeView
from app.services.contacts import core as contacts
from app.services.contacts import files
from app.services.context import AppContext, ServiceError
from app.services.dto import ContactDetail
from app.views.card.base import CardTab
from app.views.card.card_actions import CardActions
from app.views.card.header import CardHeader
from app.views.card.lower_tabs import LOWER_TABS
from app.views.card.upper_tabs import UPPER_TABS
from app.views.dialogs.contact_fields import PHONE_FIELDS
from app.views.errors import show_exception
from app.views.tasks import TaskRunner
from app.views.widgets.overflow_bar import OverflowBar
from app.views.widgets.tab_chooser import CollapsibleTabWidget

log = logging.getLogger(__name__)

# which lower tab carries out which toolbar action (tab key, method name)
ACTION_ROUTES = {
    "new_appointment": ("appointments", "new_appointment"),
    "new_task": ("tasks", "new_task"),
    "new_note": ("notes", "new_note"),
    "log_call": ("call_log", "log_call"),
    "link_company": ("companies", "link_company"),
}
# what the New menu records (reference 000); tasks, notes, calls and appointments
# have their own buttons beside it
NEW_KINDS = (ActivityKind.MAIL, ActivityKind.DIRECT_MAIL, ActivityKind.MEETING, ActivityKind.FAX,
             ActivityKind.SMS)
# shorter tab labels than reference 004's names (the full name is the tab's tooltip),
# so both rows of tabs fit a card beside the list on a 1366x768 screen
SHORT_LIST = 40  # pixels: a heading and a row
SHORT_TITLES = {"additional_info": QT_TRANSLATE_NOOP("CardTabs", "Additional Info"),
                "files": QT_TRANSLATE_NOOP("CardTabs", "Files"),
                "bank": QT_TRANSLATE_NOOP("CardTabs", "Bank"),
                "projects": QT_TRANSLATE_NOOP("CardTabs", "Projects")}


def phone_kind_label(kind: str) -> str:
    """"Work", "Mobile" ...: as the contact dialog names a phone's kind."""
    labels = dict(PHONE_FIELDS[0].choices or ())
    return translate("Fields", labels[kind]) if kind in labels else kind.title()


def _let_lists_shrink(tabs: list[CardTab]) -> None:
    """Tables and text boxes of the tabs may shrink to a few lines (they scroll): on a
    600-pixel screen both rows of tabs still fit under the header."""
    for tab in tabs:
        for area in tab.findChildren(QAbstractScrollArea):
            if area.minimumHeight() == 0 and area.minimumSizeHint().height() > SHORT_LIST:
                area.setMinimumHeight(SHORT_LIST)


class ContactCard(QWidget):
    contact_changed = Signal(int)
    """The shown contact was saved (lists refresh their row)."""
    close_requested = Signal()
    """The user pressed Esc or closed the card."""
    dial_requested = Signal(str, int)
    """Call (number, contact id): the window's dialer places it."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.ctx = ctx
        self.runner = runner
        self.detail: ContactDetail | None = None
        self.actions_ = CardActions(self)
        self.office_types: list[TypeView] = []  # the New menu's own types, as last loaded
        self.activity_dialog: QWidget | None = None  # the last one New opened

        # widgets
        self.header = CardHeader(self)
        self.upper = CollapsibleTabWidget(self)
        self.upper.setObjectName("upperTabs")
        self.lower_tab_widget = CollapsibleTabWidget(self)
        self.lower_tab_widget.setObjectName("lowerTabs")
        # what does not fit a narrow card goes into the bar's More menu
        self.toolbar = OverflowBar(self)
        self.toolbar.setObjectName("cardToolbar")
        self.toolbar.addActions(self.actions_.toolbar_actions())
        self.new_menu = QMenu(self)
        self.new_menu.setObjectName("cardNewMenu")
        self.actions_.new_activity.setMenu(self.new_menu)
        new_button = self.toolbar.widgetForAction(self.actions_.new_activity)
        if isinstance(new_button, QToolButton):
            new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._fill_new_menu()
        self.toolbar.addSeparator()
        self.dial_menu = QMenu(self)
        self.actions_.dial.setMenu(self.dial_menu)
        self.toolbar.addAction(self.actions_.dial)
        dial_button = self.toolbar.widgetForAction(self.actions_.dial)
        if isinstance(dial_button, QToolButton):
            dial_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addActions([self.actions_.edit, self.actions_.convert])
        for action, priority in ((self.actions_.edit, 3), (self.actions_.convert, 2),
                                 (self.actions_.dial, 2), (self.actions_.new_activity, 1)):
            self.toolbar.set_priority(action, priority)  # the last to go into More
        self.toolbar.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.upper_tabs: dict[str, CardTab] = {t.key: t(ctx, runner, self) for t in UPPER_TABS}
        self.lower_tabs: dict[str, CardTab] = {t.key: t(ctx, runner, self) for t in LOWER_TABS}
        _let_lists_shrink([*self.upper_tabs.values(), *self.lower_tabs.values()])

        # layout
        middle = QWidget(self)
        box = QVBoxLayout(middle)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.toolbar)
        box.addWidget(self.lower_tab_widget, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.upper)
        split.addWidget(middle)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([800, 1200])  # the lower lists need rows more than the details (they scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(split, 1)
        self.addActions(self.actions_.toolbar_actions() + [self.actions_.edit])
        # Esc closes the card wherever the focus is in its window (the list beside it,
        # the search box), as the README's key table says; only while the card shows
        self.close_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.close_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)

        # signals
        self._connect_signals()

    def comfortable_width(self) -> int:
        """How wide the card shows every tab and toolbar button without a menu."""
        return max(self.upper.full_width(), self.lower_tab_widget.full_width(),
                   self.toolbar.sizeHint().width()) + 12

    def _connect_signals(self) -> None:
        for name, (tab_key, method) in ACTION_ROUTES.items():
            action = getattr(self.actions_, name)
            tab = self.lower_tabs.get(tab_key)
            if tab is None or not hasattr(tab, method):
                action.setEnabled(False)
                continue
            action.triggered.connect(lambda _=False, k=tab_key, m=method: self._route(k, m))
        self.new_menu.aboutToShow.connect(self.load_office_types)
        self.actions_.edit.triggered.connect(self._edit)
        self.close_shortcut.activated.connect(self.close_requested)
        self.actions_.convert.triggered.connect(self._convert)
        self.toolbar.customContextMenuRequested.connect(self._toolbar_menu)
        self.header.make_consumer_requested.connect(self._make_consumer)
        self.upper.currentChanged.connect(lambda _i: self._load_current(self.upper))
        self.lower_tab_widget.currentChanged.connect(lambda _i: self._load_current(self.lower_tab_widget))
        for tab in [*self.upper_tabs.values(), *self.lower_tabs.values()]:
            tab.changed.connect(self.refresh)
        history = self.lower_tabs.get("activity_history")
        if history is not None:  # "View customer" on an activity of another contact
            history.open_contact_requested.connect(self._view_customer)  # type: ignore[attr-defined]

    def _view_customer(self, contact_id: int) -> None:
        if self.detail is not None and self.detail.id == contact_id:
            self.upper.setCurrentIndex(0)  # already shown: its details
            return
        self.show_contact(contact_id)

    # -- showing a contact ---------------------------------------------------

    def show_contact(self, contact_id: int) -> bool:
        """Load and show a contact; False (with a message) if it is gone."""
        try:
            detail = contacts.get(self.ctx, contact_id)
        except ServiceError as exc:
            show_exception(self, exc)
            return False
        self._apply(detail)
        return True

    def refresh(self) -> None:
        if self.detail is None:
            return
        contact_id = self.detail.id
        if self.show_contact(contact_id):
            self.contact_changed.emit(contact_id)

    def _apply(self, detail: ContactDetail) -> None:
        self.detail = detail
        self.header.show_contact(detail, self._picture(detail))
        self._place_tabs(self.upper, self.upper_tabs, detail)
        self._place_tabs(self.lower_tab_widget, self.lower_tabs, detail)
        is_person = detail.kind == "person"  # a company links people from its Companies tab
        self.actions_.link_company.setEnabled(is_person and "companies" in self.lower_tabs)
        self.actions_.convert.setEnabled(detail.contact_type != "customer")
        self.dial_menu.clear()
        for phone in detail.phones:
            label = f"{phone_kind_label(phone.kind)}: {phone.display}"
            action = self.dial_menu.addAction(label)
            number = phone.e164 or phone.raw
            action.triggered.connect(
                lambda _=False, n=number, c=detail.id: self.dial_requested.emit(n, c))
        self.actions_.dial.setEnabled(bool(detail.phones))

    def _place_tabs(self, widget: QTabWidget, tabs: dict[str, CardTab],
                    detail: ContactDetail) -> None:
        current = widget.currentWidget()
        widget.blockSignals(True)
        for tab in tabs.values():
            index = widget.indexOf(tab)
            shown = tab.applies_to(detail)
            if shown and index < 0:
                at = widget.insertTab(self._order(widget, tabs, tab), tab,
                                      translate("CardTabs", SHORT_TITLES.get(tab.key, tab.title)))
                widget.setTabToolTip(at, translate("CardTabs", tab.title))
            elif not shown:
                if index >= 0:
                    widget.removeTab(index)
                # a tab out of the tab widget is still the card's child: hidden, or it
                # paints itself over the header (Customer Settings on a company's card)
                tab.hide()
        if current is not None and widget.indexOf(current) >= 0:
            widget.setCurrentWidget(current)
        widget.blockSignals(False)
        if isinstance(widget, CollapsibleTabWidget):  # the row fits the new tabs
            widget.sync()
        for tab in tabs.values():
            if widget.indexOf(tab) >= 0:
                tab.set_contact(detail, visible=widget.currentWidget() is tab)

    @staticmethod
    def _order(widget: QTabWidget, tabs: dict[str, CardTab], tab: CardTab) -> int:
        """Where ``tab`` goes: after the tabs that precede it in the registry and are shown."""
        keys = list(tabs)
        return sum(1 for k in keys[:keys.index(tab.key)] if widget.indexOf(tabs[k]) >= 0)

    def _load_current(self, widget: QTabWidget) -> None:
        tab = widget.currentWidget()
        if isinstance(tab, CardTab):
            tab.ensure_loaded()

    def _picture(self, detail: ContactDetail) -> QPixmap | None:
        if not detail.picture:
            return None
        try:
            data = files.picture_bytes(self.ctx, detail.id)
        except ServiceError as exc:  # missing picture: say so, open the card anyway
            log.warning("picture of contact %s: %s", detail.id, exc)
            self.header.picture.setToolTip(str(exc))
            return None
        pix = QPixmap()
        if data is None or not pix.loadFromData(data):
            self.header.picture.setToolTip(translate("ContactCard", "The picture could not be read"))
            return None
        return pix

    # -- actions -------------------------------------------------------------

    def _route(self, tab_key: str, method: str) -> None:
        tab = self.lower_tabs[tab_key]
        self.lower_tab_widget.setCurrentWidget(tab)
        getattr(tab, method)()

    def _edit(self) -> None:
        from app.views.dialogs.contact_dialog import edit_contact

        if self.detail is not None and edit_contact(self, self.ctx, self.detail.id,
                                                    runner=self.runner):
            self.refresh()

    def _convert(self) -> None:
        from app.views.dialogs.convert_dialog import convert_contact

        if self.detail is None:
            return
        shown = convert_contact(self, self.ctx, self.detail)
        if shown is None:
            return
        if shown == self.detail.id:
            self.refresh()
        elif self.show_contact(shown):  # an Account copied to a new Customer
            self.contact_changed.emit(shown)

    def load_office_types(self) -> None:
        """The office's own types for the New menu (off the GUI thread); the menu
        shows the ones last loaded meanwhile."""
        ctx = self.ctx
        self.runner.run(f"card-types.{id(self)}", lambda: activity_types.list_types(ctx),
                        self._types_loaded)

    def _types_loaded(self, types: list[TypeView]) -> None:
        own = [t for t in types if t.active and not t.built_in]
        if own != self.office_types:
            self.office_types = own
            self._fill_new_menu()

    def _fill_new_menu(self) -> None:
        self.new_menu.clear()
        for kind in NEW_KINDS:
            label = activity_rules.rules(kind).label
            action = self.new_menu.addAction(f"{label}…")
            action.triggered.connect(lambda _=False, k=kind: self.new_activity(k))
        if self.office_types:
            self.new_menu.addSection(translate("ContactCard", "The office's types"))
        for t in self.office_types:
            action = self.new_menu.addAction(f"{t.name}…")
            base = activity_rules.rules(t.base_kind).label  # a noun: German keeps its capital
            action.setToolTip(translate("ContactCard", "A kind of {kind}").format(
                kind=base.lower(), noun=base))
            action.triggered.connect(
                lambda _=False, k=t.base_kind, i=t.id: self.new_activity(k, i))

    def new_activity(self, kind: str, type_id: int | None = None) -> QWidget | None:
        """Record an activity of ``kind`` (an office type: ``type_id``) with this contact."""
        from app.views.dialogs.activity_dialog import new_activity

        if self.detail is None:
            return None
        self.activity_dialog = new_activity(self.ctx, self.runner, self, ActivityForm(
            kind=kind, type_id=type_id, contact_id=self.detail.id))
        return self.activity_dialog

    def _toolbar_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions(self.actions_.toolbar_actions())
        menu.exec(self.toolbar.mapToGlobal(pos))

    def _make_consumer(self) -> None:
        if self.detail is None:
            return
        try:
            contacts.make_consumer(self.ctx, self.detail.id)
        except ServiceError as exc:
            show_exception(self, exc)
            return
        self.refresh()

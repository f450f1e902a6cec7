"""The window's actions, declared once and reused by menus, tool buttons and shortcuts."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from app.i18n import translate
from app.services.contacts.list_rows import Filters

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ContactListKind:
    """One of the lists a rep browses: its label, its noun, and its filter."""

    key: str
    label: str
    singular: str
    plural: str
    filters: Filters

    def noun(self, n: int) -> str:
        return self.singular if n == 1 else self.plural


LISTS: tuple[ContactListKind, ...] = (
    ContactListKind("customers", "Customers", "customer", "customers",
                    Filters(contact_type="customer")),
    ContactListKind("potentials", "Potentials", "potential", "potentials",
                    Filters(contact_type="potential")),
    ContactListKind("leads", "Leads", "lead", "leads", Filters(contact_type="lead")),
    ContactListKind("accounts", "Accounts", "account", "accounts",
                    Filters(contact_type="account")),
    ContactListKind("companies", "Companies", "company", "companies", Filters(kind="company")),
)
DEFAULT_LIST = LISTS[0]


class Actions(QObject):
    """Every QAction of the main window. Widgets add them; nobody re-creates them."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.find = QAction("&Find…", self)
        self.find.setShortcut(QKeySequence.StandardKey.Find)
        self.find.setStatusTip("Search contacts by name, company, e-mail or phone")

        self.refresh = QAction("&Refresh", self)
        self.refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh.setStatusTip("Reload the list from the database")

        self.quit = QAction("&Quit", self)
        self.quit.setShortcut(QKeySequence.StandardKey.Quit)

        self.new_person = QAction("New &contact…", self)
        self.new_person.setShortcut(QKeySequence.StandardKey.New)
        self.new_person.setStatusTip("Add a person")
        self.new_company = QAction("New c&ompany…", self)
        self.new_company.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.new_company.setStatusTip("Add a company")
        self.import_contacts = QAction("&Import contacts…", self)
        self.import_contacts.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_contacts.setStatusTip("Import leads, potentials, customers, accounts or "
                                          "companies from a CSV, Excel or vCard file")
        self.export_list = QAction("&Export list…", self)
        self.export_list.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_list.setStatusTip("Export the list as shown (its filters and order) as CSV, "
                                      "Excel or vCard")
        self.open_contact = QAction("&Open card", self)
        self.open_contact.setStatusTip("Open the selected contact's card (Enter)")
        self.activity_types = QAction("&Activity types…", self)
        self.activity_types.setStatusTip("The office's own activity types and what they work like")
        self.office_lists = QAction("&Office lists…", self)
        self.office_lists.setStatusTip("Statuses, ratings, conversion stages and categories: add, "
                                       "rename, reorder, retire (managers)")
        self.alert_settings = QAction("A&lerts…", self)
        self.alert_settings.setStatusTip("Automated activity alerts: service renewal, new "
                                         "customer, win-back and customer retention")
        self.telephony_settings = QAction("&Telephony…", self)
        self.telephony_settings.setStatusTip("SIP line, caller-ID modem and call options")
        self.card_window = QAction("Card in its own &window", self)
        self.card_window.setCheckable(True)
        self.card_window.setStatusTip("Show the contact card in a separate window instead of "
                                      "beside the list")
        # Help, and the demo office's way out (shown only in the demo office)
        self.keyboard_shortcuts = QAction(translate("Actions", "&Keyboard shortcuts"), self)
        self.keyboard_shortcuts.setShortcuts([QKeySequence("F1"), QKeySequence("Ctrl+/")])
        self.keyboard_shortcuts.setStatusTip(translate("Actions", "Every shortcut of this "
                                                       "window"))
        self.first_run_wizard = QAction(translate("Actions", "&First-run wizard…"), self)
        self.first_run_wizard.setStatusTip(translate(
            "Actions", "Your name, the office's country and currency, the database, a phone "
            "line, a demo office"))
        self.about = QAction(translate("Actions", "&About Ringcard"), self)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.leave_demo = QAction(translate("Actions", "&Leave the demo office"), self)
        self.leave_demo.setStatusTip(translate("Actions", "Back to your own database"))
        self.leave_demo.setVisible(False)

        self.list_group = QActionGroup(self)
        self.list_group.setExclusive(True)
        self.lists: dict[str, QAction] = {}
        for n, kind in enumerate(LISTS, start=1):
            action = QAction(kind.label, self.list_group)
            action.setCheckable(True)
            action.setData(kind.key)
            action.setShortcut(QKeySequence(f"Ctrl+{n}"))
            action.setStatusTip(f"Show all {kind.plural}")
            self.lists[kind.key] = action
        self.lists[DEFAULT_LIST.key].setChecked(True)


def list_kind(key: str) -> ContactListKind:
    for kind in LISTS:
        if kind.key == key:
            return kind
    raise KeyError(key)

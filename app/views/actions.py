"""The window's actions, declared once and reused by menus, tool buttons and shortcuts."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.contacts.list_rows import Filters

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ContactListKind:
    """One of the lists a rep browses: its label, its noun, its filter, and what its
    menu entry says in the status bar. Texts are English, marked for translation."""

    key: str
    label_text: str
    singular: str
    plural: str
    filters: Filters
    status_text: str = ""

    @property
    def label(self) -> str:
        """"Customers" in the user's language."""
        return translate("ContactLists", self.label_text)

    def noun(self, n: int) -> str:
        return translate("ContactLists", self.singular if n == 1 else self.plural)


LISTS: tuple[ContactListKind, ...] = (
    ContactListKind("customers", QT_TRANSLATE_NOOP("ContactLists", "Customers"),
                    QT_TRANSLATE_NOOP("ContactLists", "customer"),
                    QT_TRANSLATE_NOOP("ContactLists", "customers"),
                    Filters(contact_type="customer"),
                    QT_TRANSLATE_NOOP("ContactLists", "Show all customers")),
    ContactListKind("potentials", QT_TRANSLATE_NOOP("ContactLists", "Potentials"),
                    QT_TRANSLATE_NOOP("ContactLists", "potential"),
                    QT_TRANSLATE_NOOP("ContactLists", "potentials"),
                    Filters(contact_type="potential"),
                    QT_TRANSLATE_NOOP("ContactLists", "Show all potentials")),
    ContactListKind("leads", QT_TRANSLATE_NOOP("ContactLists", "Leads"),
                    QT_TRANSLATE_NOOP("ContactLists", "lead"),
                    QT_TRANSLATE_NOOP("ContactLists", "leads"), Filters(contact_type="lead"),
                    QT_TRANSLATE_NOOP("ContactLists", "Show all leads")),
    ContactListKind("accounts", QT_TRANSLATE_NOOP("ContactLists", "Accounts"),
                    QT_TRANSLATE_NOOP("ContactLists", "account"),
                    QT_TRANSLATE_NOOP("ContactLists", "accounts"),
                    Filters(contact_type="account"),
                    QT_TRANSLATE_NOOP("ContactLists", "Show all accounts")),
    ContactListKind("companies", QT_TRANSLATE_NOOP("ContactLists", "Companies"),
                    QT_TRANSLATE_NOOP("ContactLists", "company"),
                    QT_TRANSLATE_NOOP("ContactLists", "companies"), Filters(kind="company"),
                    QT_TRANSLATE_NOOP("ContactLists", "Show all companies")),
)
DEFAULT_LIST = LISTS[0]


class Actions(QObject):
    """Every QAction of the main window. Widgets add them; nobody re-creates them."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.find = QAction(translate("Actions", "&Find…"), self)
        self.find.setShortcut(QKeySequence.StandardKey.Find)
        self.find.setStatusTip(translate("Actions", "Search contacts by name, company, e-mail or "
                                                    "phone"))

        self.refresh = QAction(translate("Actions", "&Refresh"), self)
        self.refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh.setStatusTip(translate("Actions", "Reload the list from the database"))

        self.quit = QAction(translate("Actions", "&Quit"), self)
        self.quit.setShortcut(QKeySequence.StandardKey.Quit)

        self.new_person = QAction(translate("Actions", "New &contact…"), self)
        self.new_person.setShortcut(QKeySequence.StandardKey.New)
        self.new_person.setStatusTip(translate("Actions", "Add a person"))
        self.new_company = QAction(translate("Actions", "New c&ompany…"), self)
        self.new_company.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.new_company.setStatusTip(translate("Actions", "Add a company"))
        self.import_contacts = QAction(translate("Actions", "&Import contacts…"), self)
        self.import_contacts.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_contacts.setStatusTip(translate("Actions", "Import leads, potentials, "
                                                               "customers, accounts or companies "
                                                               "from a CSV, Excel or vCard file"))
        self.export_list = QAction(translate("Actions", "&Export list…"), self)
        self.export_list.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_list.setStatusTip(translate("Actions", "Export the list as shown (its filters "
                                                           "and order) as CSV, Excel or vCard"))
        self.open_contact = QAction(translate("Actions", "&Open card"), self)
        self.open_contact.setStatusTip(translate("Actions", "Open the selected contact's card "
                                                            "(Enter)"))
        self.activity_types = QAction(translate("Actions", "&Activity types…"), self)
        self.activity_types.setStatusTip(translate("Actions", "The office's own activity types "
                                                              "and what they work like"))
        self.office_lists = QAction(translate("Actions", "&Office lists…"), self)
        self.office_lists.setStatusTip(translate("Actions", "Statuses, ratings, conversion stages "
                                                            "and categories: add, rename, "
                                                            "reorder, retire (managers)"))
        self.alert_settings = QAction(translate("Actions", "A&lerts…"), self)
        self.alert_settings.setStatusTip(translate("Actions", "Automated activity alerts: service "
                                                              "renewal, new customer, win-back "
                                                              "and customer retention"))
        self.telephony_settings = QAction(translate("Actions", "&Telephony…"), self)
        self.telephony_settings.setStatusTip(translate("Actions", "SIP line, caller-ID modem and "
                                                                  "call options"))
        self.card_window = QAction(translate("Actions", "Card in its own &window"), self)
        self.card_window.setCheckable(True)
        self.card_window.setStatusTip(translate("Actions", "Show the contact card in a separate "
                                                           "window instead of beside the list"))
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
            action.setStatusTip(translate("ContactLists", kind.status_text))
            self.lists[kind.key] = action
        self.lists[DEFAULT_LIST.key].setChecked(True)


def list_kind(key: str) -> ContactListKind:
    for kind in LISTS:
        if kind.key == key:
            return kind
    raise KeyError(key)

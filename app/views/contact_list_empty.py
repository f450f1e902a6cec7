"""What an empty contact list says: on a database without contacts "No contacts
yet." with the buttons to start (New person, New company, Import contacts...);
an empty list of one type "No customers yet." with the same buttons; a search
or search options without hits say so, without the start buttons. Hidden as
soon as the list has rows."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from app.i18n import translate
from app.services.context import AppContext
from app.views.contact_list_panel import ContactListPanel
from app.views.tasks import TaskRunner
from app.views.widgets.empty_state import EmptyState

COUNT_TASK = "contact-list-any-contacts"


def none_yet(key: str) -> str:
    """The sentence of an empty list, whole (a translation declines the noun)."""
    texts = {
        "customers": translate("ContactList", "No customers yet."),
        "potentials": translate("ContactList", "No potentials yet."),
        "leads": translate("ContactList", "No leads yet."),
        "accounts": translate("ContactList", "No accounts yet."),
        "companies": translate("ContactList", "No companies yet."),
    }
    return texts.get(key, translate("ContactList", "No contacts yet."))


class ContactListEmptyState(QObject):
    def __init__(self, ctx: AppContext, runner: TaskRunner, panel: ContactListPanel,
                 new_person: QAction, new_company: QAction, import_contacts: QAction) -> None:
        super().__init__(panel)
        self._ctx = ctx
        self._runner = runner
        self._panel = panel
        self._starts = [(translate("ContactList", "New person…"), new_person.trigger),
                        (translate("ContactList", "New company…"), new_company.trigger),
                        (translate("ContactList", "Import contacts…"), import_contacts.trigger)]
        self.overlay = EmptyState(panel.table.viewport())
        model = panel.model
        model.modelReset.connect(self.update)
        model.rowsInserted.connect(self.update)
        model.rowsRemoved.connect(self.update)

    def update(self) -> None:
        panel = self._panel
        if panel.model.rowCount():
            self.overlay.clear()
            return
        text = panel.shown_search()
        if text:
            self.overlay.show_text(translate("ContactList", "No contacts match “{text}”.")
                                   .format(text=text), self._elsewhere_hint())
            return
        filters = panel.filter_description()
        if filters:
            self.overlay.show_text(translate("ContactList", "No contacts with {filters}.")
                                   .format(filters=filters))
            return
        from app.services.office.first_run import total_contacts  # only when empty

        self._runner.run(COUNT_TASK, partial(total_contacts, self._ctx), self._show_start,
                         on_error=lambda _exc: self._show_start(1))

    def _elsewhere_hint(self) -> str:
        return translate("ContactList", "Try fewer letters, or the other lists above.")

    def _show_start(self, total: int) -> None:
        panel = self._panel
        if panel.model.rowCount() or panel.shown_search() or panel.filter_description():
            return  # the list changed while counting
        if total == 0:
            self.overlay.show_text(
                translate("ContactList", "No contacts yet."),
                translate("ContactList", "Add the office's people and companies, or import "
                          "them from a CSV, Excel or vCard file."), self._starts)
        else:
            self.overlay.show_text(none_yet(panel.kind.key), "", self._starts)

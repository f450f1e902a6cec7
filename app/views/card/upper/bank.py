"""Bank details: the contact's bank accounts (IBAN, BIC, bank, holder).

An IBAN is checked as soon as the user leaves the field and again by the
service on Save; either way the message sits under that account's row and
nothing is stored until it is right.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.context import AppContext
from app.services.dto import BankInput, ContactInput
from app.services.validation import iban_error
from app.views.card.upper.editing import ContactEditTab
from app.views.dialogs.contact_fields import BANK_FIELDS
from app.views.tasks import TaskRunner
from app.views.widgets.fields import RowListEditor, parse_key

log = logging.getLogger(__name__)



class BankTab(ContactEditTab):
    key = "bank"
    title = QT_TRANSLATE_NOOP("CardTabs", "Bank details")

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        # widgets
        self.accounts = RowListEditor(BANK_FIELDS, add_text=translate("CardBank", "Add bank account"),
                                      empty_text=translate("CardBank", "No bank accounts recorded."),
                                      parent=self)
        self.accounts.set_check("iban", iban_error)

        # layout
        inner = QWidget(self)
        box = QVBoxLayout(inner)
        box.addWidget(self.accounts)
        box.addStretch(1)
        self.lay_out(inner)

        # signals
        self.accounts.changed.connect(self.edited)

    def reload(self) -> None:
        d = self.detail
        if d is None:
            return
        self.clear_errors()
        self.accounts.set_rows([{"iban": b.iban, "bic": b.bic, "bank_name": b.bank_name,
                                 "account_holder": b.account_holder} for b in d.bank_accounts])
        self.mark_clean()

    def save(self) -> bool:
        accounts = [BankInput(**r) for r in self.accounts.rows()]

        def apply(data: ContactInput) -> None:
            data.bank_accounts = accounts

        return self.save_slice(apply)

    def show_errors(self, errors: dict[str, str]) -> None:
        rest = []
        for key, message in errors.items():
            name, index, _sub = parse_key(key)
            if name != "bank_accounts" or index is None or not self.accounts.show_error(index,
                                                                                         message):
                rest.append(message)
        if rest:
            self.banner.show_message("\n".join(rest))

    def clear_errors(self) -> None:
        super().clear_errors()
        self.accounts.clear_errors()

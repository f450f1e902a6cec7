"""Customer Settings: trading terms of a consumer (currency, payment terms,
payment days, price list). Shown only once the person is a consumer (the "+")."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.contacts import settings as contact_settings
from app.services.contacts.settings import CustomerTerms
from app.services.context import AppContext, ServiceError
from app.services.dto import ContactDetail
from app.views.card.base import CardTab
from app.views.tasks import TaskRunner
from app.views.widgets.fields import ErrorLabel, fill_combo, save_with_messages, with_error

log = logging.getLogger(__name__)

PAYMENT_TERMS = ("", QT_TRANSLATE_NOOP("CardCustomerSettings", "Net 7"),
                 QT_TRANSLATE_NOOP("CardCustomerSettings", "Net 14"),
                 QT_TRANSLATE_NOOP("CardCustomerSettings", "Net 30"),
                 QT_TRANSLATE_NOOP("CardCustomerSettings", "Net 60"),
                 QT_TRANSLATE_NOOP("CardCustomerSettings", "Cash on delivery"),
                 QT_TRANSLATE_NOOP("CardCustomerSettings", "Prepayment"),
                 QT_TRANSLATE_NOOP("CardCustomerSettings", "Direct debit"))
"""Suggestions; the rep may type any terms (stored as typed)."""


class CustomerSettingsTab(CardTab):
    key = "customer_settings"
    title = QT_TRANSLATE_NOOP("CardTabs", "Customer Settings")

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        # attributes
        self.errors: dict[str, ErrorLabel] = {}

        # widgets
        self.banner = ErrorLabel(self)
        self.currency = QComboBox(self)
        fill_combo(self.currency, [(translate("CardCustomerSettings", "— (office default)"), "")]
                   + [(c, c) for c in contact_settings.CURRENCIES])
        self.payment_terms = QComboBox(self)
        self.payment_terms.setEditable(True)
        self.payment_terms.addItems([translate("CardCustomerSettings", t) if t else ""
                                     for t in PAYMENT_TERMS])
        self.payment_days = QSpinBox(self)
        self.payment_days.setRange(-1, 365)
        self.payment_days.setSpecialValueText(translate("CardCustomerSettings", "not set"))
        self.payment_days.setSuffix(translate("CardCustomerSettings", " days"))
        self.price_list = QLineEdit(self)
        self.price_list.setPlaceholderText(translate("CardCustomerSettings", "e.g. Retail 2026"))
        self.save_button = QPushButton(translate("CardCustomerSettings", "Save"), self)
        self.state = QLabel(self)
        self.state.setEnabled(False)

        # layout
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for label, name, widget in (
                (translate("CardCustomerSettings", "&Currency:"), "currency", self.currency),
                (translate("CardCustomerSettings", "Payment &terms:"), "payment_terms",
                 self.payment_terms),
                (translate("CardCustomerSettings", "Payment &days:"), "payment_days", self.payment_days),
                (translate("CardCustomerSettings", "&Price list:"), "price_list", self.price_list)):
            widget.setMinimumWidth(220)
            box, self.errors[name] = with_error(widget, self)
            form.addRow(label, box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.state, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)

        # signals
        self.save_button.clicked.connect(self.save)

    @classmethod
    def applies_to(cls, detail: ContactDetail) -> bool:
        return detail.is_consumer

    def reload(self) -> None:
        if self.detail is None:
            return
        self._clear()
        try:
            terms = contact_settings.get_customer_terms(self.ctx, self.detail.id)
        except ServiceError as exc:
            self.banner.show_message(str(exc))
            return
        index = self.currency.findData(terms.currency)
        self.currency.setCurrentIndex(max(index, 0))
        self.payment_terms.setCurrentText(terms.payment_terms)
        self.payment_days.setValue(-1 if terms.payment_days is None else terms.payment_days)
        self.price_list.setText(terms.price_list)
        self.state.setText("")

    def terms(self) -> CustomerTerms:
        days = self.payment_days.value()
        return CustomerTerms(currency=self.currency.currentData() or "",
                             payment_terms=self.payment_terms.currentText(),
                             payment_days=None if days < 0 else days,
                             price_list=self.price_list.text())

    def save(self) -> bool:
        detail = self.detail
        if detail is None:
            return False
        return save_with_messages(
            self, lambda: contact_settings.set_customer_terms(self.ctx, detail.id, self.terms()),
            self.errors, self.banner, self.state)

    def _clear(self) -> None:
        self.banner.clear_message()
        for label in self.errors.values():
            label.clear_message()

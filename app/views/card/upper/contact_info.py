"""Contact Info: the contact's details at a glance, with Edit… for changes."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.context import AppContext
from app.services.dto import AddressInput
from app.views.card.base import CardTab
from app.views.dialogs.contact_fields import ACCOUNT_KINDS as DIALOG_ACCOUNT_KINDS
from app.views.dialogs.contact_fields import PHONE_FIELDS
from app.views.tasks import TaskRunner
from app.views.widgets.dates import format_date
from app.views.widgets.fields import plain_scroll
from app.views.widgets.labels import contact_type_label

log = logging.getLogger(__name__)

ACCOUNT_KINDS = {value: label for label, value in DIALOG_ACCOUNT_KINDS}  # ContactDialog's
COLUMN_WIDTH = 400  # a block of label + value needs about this much to show its values
PHONE_KINDS = dict(PHONE_FIELDS[0].choices or ())  # the contact dialog's, context "Fields"
EMAIL_KINDS = {"home": QT_TRANSLATE_NOOP("CardContactInfo", "home"),  # "a@b.c  (home)"
               "other": QT_TRANSLATE_NOOP("CardContactInfo", "other")}


def _date(value: date | None) -> str:
    return format_date(value) if value else "—"


def _email_kind(kind: str) -> str:
    return translate("CardContactInfo", EMAIL_KINDS[kind]) if kind in EMAIL_KINDS else kind


def _phone_kind(kind: str) -> str:
    return translate("Fields", PHONE_KINDS[kind]) if kind in PHONE_KINDS else kind


def _account_kind(kind: str | None) -> str:
    if kind in ACCOUNT_KINDS:
        return translate("ContactDialog", ACCOUNT_KINDS[kind])
    return kind or "—"


def address_text(a: AddressInput) -> str:
    """One address on (at most) three lines."""
    town = " ".join(p for p in (a.postcode, a.city) if p)
    lines = [a.street, town, ", ".join(p for p in (a.region, a.country) if p)]
    return "\n".join(line for line in lines if line.strip()) or "—"


class ContactInfoTab(CardTab):
    key = "contact_info"
    title = QT_TRANSLATE_NOOP("CardTabs", "Contact Info")

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        # attributes
        self.values: dict[str, QLabel] = {}
        """The shown value of each field, by name (tests and screen readers)."""

        # widgets
        self.edit_button = QPushButton(translate("CardContactInfo", "Edit…"), self)
        self.edit_button.setToolTip(translate("CardContactInfo", "Change this contact's details (Ctrl+E)"))
        self.left = QFormLayout()
        self.middle = QFormLayout()
        self.right = QFormLayout()
        for form in (self.left, self.middle, self.right):
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setVerticalSpacing(5)
        for form, rows in (
                (self.left, (("name", translate("CardContactInfo", "Name:")),
                             ("company", translate("CardContactInfo", "Company:")),
                             ("title", translate("CardContactInfo", "Title:")),
                             ("type", translate("CardContactInfo", "Type:")),
                             ("account_kind", translate("CardContactInfo", "Account kind:")),
                             ("customer_number", translate("CardContactInfo", "Customer number:")))),
                (self.middle, (("status", translate("CardContactInfo", "Status:")),
                               ("rating", translate("CardContactInfo", "Rating:")),
                               ("stage", translate("CardContactInfo", "Conversion stage:")),
                               ("rep", translate("CardContactInfo", "Assigned rep:")),
                               ("flags", translate("CardContactInfo", "Active / call:")),
                               ("subscription_end", translate("CardContactInfo", "Subscription end:")),
                               ("follow_up", translate("CardContactInfo", "Follow-up date:")))),
                (self.right, (("phones", translate("CardContactInfo", "Phones:")),
                              ("emails", translate("CardContactInfo", "E-mails:")),
                              ("addresses", translate("CardContactInfo", "Addresses:"))))):
            for name, label in rows:
                form.addRow(label, self._value(name))

        # layout: three blocks side by side, or fewer columns when the card is
        # narrow (beside the list), so nothing hides behind a scroll bar
        body = QWidget(self)
        self.blocks = [QWidget(body), QWidget(body), QWidget(body)]
        for block, form in zip(self.blocks, (self.left, self.middle, self.right), strict=True):
            form.setContentsMargins(0, 0, 0, 0)
            block.setLayout(form)
        self.grid = QGridLayout(body)
        self.grid.setContentsMargins(8, 8, 8, 8)
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(12)
        self._columns = 0
        self._reflow(3)
        scroll = plain_scroll(body, self)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

        # signals
        self.edit_button.clicked.connect(self.edit)

    def _reflow(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for block in self.blocks:
            self.grid.removeWidget(block)
        for i, block in enumerate(self.blocks):
            self.grid.addWidget(block, i // columns, i % columns,
                                Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        for c in range(3):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
        self.grid.setRowStretch(3, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        width = event.size().width()
        self._reflow(3 if width >= COLUMN_WIDTH * 3 else 2 if width >= COLUMN_WIDTH * 2 else 1)
        super().resizeEvent(event)

    def _value(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # values carry their own line breaks; word wrap would make the form clip them
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.values[name] = label
        return label

    def _set_row(self, form: QFormLayout, name: str, text: str, shown: bool = True) -> None:
        self.values[name].setText(text)
        form.setRowVisible(self.values[name], shown)

    def reload(self) -> None:
        d = self.detail
        if d is None:
            return
        is_person = d.kind == "person"
        name = " ".join(p for p in (d.first_name, d.last_name) if p) if is_person \
            else d.company_name
        linked = ", ".join(lk.company_name for lk in d.links if lk.person_id == d.id)
        self._set_row(self.left, "name", name or "—")
        self._set_row(self.left, "company", linked or "—", is_person)
        self._set_row(self.left, "title", d.title or "—", is_person)
        kind = (translate("CardContactInfo", "Company") if not is_person
                else translate("CardContactInfo", "Person"))
        converted = translate("CardContactInfo", " (was {type})").format(
            type=contact_type_label(d.converted_from)) if d.converted_from else ""
        self._set_row(self.left, "type", f"{contact_type_label(d.contact_type)} · {kind}{converted}")
        self._set_row(self.left, "account_kind", _account_kind(d.account_kind),
                      d.contact_type == "account")
        self._set_row(self.middle, "status", d.status or "—")
        self._set_row(self.middle, "rating", d.rating or "—")
        self._set_row(self.middle, "stage", d.conversion_stage or "—",
                      d.contact_type == "potential" or bool(d.conversion_stage))
        self._set_row(self.middle, "rep", d.assigned_rep or "—")
        number = d.customer_number or "—"
        if d.is_consumer:
            number += translate("CardContactInfo", " (consumer)")
        self._set_row(self.left, "customer_number", number)

        phones = [f"{_phone_kind(p.kind)}:  {p.display}"
                  + (translate("CardContactInfo", "  ext. {extension}").format(extension=p.extension)
                     if p.extension and "ext" not in p.display else "")
                  for p in d.phones]
        self._set_row(self.right, "phones", "\n".join(phones) or "—")
        emails = [f"{e.address}" + (f"  ({_email_kind(e.kind)})" if e.kind != "work" else "")
                  for e in d.emails]
        self._set_row(self.right, "emails", "\n".join(emails) or "—")
        self._set_row(self.right, "addresses",
                      "\n\n".join(address_text(a) for a in d.addresses) or "—")
        self._set_row(self.middle, "flags",
                      (translate("CardContactInfo", "Active") if d.active
                       else translate("CardContactInfo", "Inactive")) + " · "
                      + (translate("CardContactInfo", "may be called") if d.call_contact
                         else translate("CardContactInfo", "do not call")))
        self._set_row(self.middle, "subscription_end", _date(d.subscription_end))
        self._set_row(self.middle, "follow_up", _date(d.follow_up_date))

    def edit(self) -> None:
        """Open the contact dialog; the card refreshes when it saved."""
        from app.views.dialogs.contact_dialog import edit_contact

        if self.detail is not None and edit_contact(self, self.ctx, self.detail.id,
                                                    runner=self.runner):
            self.changed.emit()

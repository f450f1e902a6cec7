"""Convert a contact along the funnel (reference 002): Lead -> Potential
(with its conversion stage) -> Customer, or copy an Account's data to a new
Customer. Converting keeps the record, so its activities and history stay;
a copy is a new record, and its id is what the card shows next."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.services.contacts import core as contacts
from app.services.context import AppContext, ServiceError
from app.services.dto import ContactDetail
from app.services.office import lists as lookups
from app.views.errors import show_exception
from app.views.widgets.elided import shorten
from app.views.widgets.fields import ErrorLabel, fill_combo
from app.views.widgets.labels import contact_type_label

log = logging.getLogger(__name__)


class ConvertDialog(QDialog):
    """Offers the conversions possible for the contact's type."""

    def __init__(self, ctx: AppContext, detail: ContactDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.ctx = ctx
        self.detail = detail
        self.result_id: int | None = None
        """The contact to show after the conversion (a new id for a copy)."""
        ctype = detail.contact_type
        name = shorten(detail.display_name)
        self.setWindowTitle(translate("ConvertDialog", "Convert {name}").format(name=name))

        # widgets
        self.banner = ErrorLabel(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.to_potential = QRadioButton(translate("ConvertDialog", "Make it a &Potential, at "
                                                                    "conversion stage:"), self)
        self.to_customer = QRadioButton(translate("ConvertDialog", "Make it a &Customer"), self)
        self.set_stage = QRadioButton(translate("ConvertDialog", "Stay a Potential, &move to "
                                                                 "conversion stage:"), self)
        self.stage = QComboBox(self)
        self.group = QButtonGroup(self)
        for button in (self.to_potential, self.to_customer, self.set_stage):
            self.group.addButton(button)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            stages = [(i.name, i.id) for i in lookups.items(ctx, "conversion_stage")]
        except ServiceError as exc:
            stages = []
            self.banner.show_message(str(exc))
        fill_combo(self.stage, [("—", None)] + stages, detail.conversion_stage_id)

        # layout
        stage_row = QHBoxLayout()
        stage_row.addSpacing(24)
        stage_row.addWidget(self.stage, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.intro)
        layout.addWidget(self.to_potential)
        layout.addWidget(self.set_stage)
        layout.addLayout(stage_row)
        layout.addWidget(self.to_customer)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        # which choices this type has
        now = contact_type_label(ctype)
        self.to_potential.setVisible(ctype == "lead")
        self.set_stage.setVisible(ctype == "potential")
        self.to_customer.setVisible(ctype in ("lead", "potential"))
        self.stage.setVisible(ctype in ("lead", "potential"))
        if ctype == "lead":
            self.intro.setText(translate("ConvertDialog", "{name} is a Lead. Convert to:").format(
                name=name))
            self.to_potential.setChecked(True)
        elif ctype == "potential":
            self.intro.setText(
                translate("ConvertDialog", "{name} is a Potential (stage: {stage}).").format(
                    name=name, stage=detail.conversion_stage) if detail.conversion_stage
                else translate("ConvertDialog", "{name} is a Potential.").format(name=name))
            self.to_customer.setChecked(True)
        elif ctype == "account":
            self.intro.setText(translate("ConvertDialog", "{name} is an Account. Its data can be "
                                                          "copied to a new Customer; the Account "
                                                          "stays as it is.").format(name=name))
            self.ok_button.setText(translate("ConvertDialog", "Copy to Customer"))
        else:
            self.intro.setText(translate("ConvertDialog", "{name} is a {type}: the last step of the "
                                                          "funnel, there is nothing to convert.")
                               .format(name=name, type=now))
            self.ok_button.setEnabled(False)
        # as tall as its wrapped text needs at this width: a fixed height cut the
        # Account's sentence to one line
        width = max(440, self.sizeHint().width())
        height = max(self.heightForWidth(width), self.sizeHint().height())
        self.setMinimumSize(width, height)
        self.resize(width, height)

        # signals
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.group.buttonToggled.connect(lambda *_: self._enable())
        self._enable()

    def _enable(self) -> None:
        self.stage.setEnabled(self.to_potential.isChecked() or self.set_stage.isChecked())

    def accept(self) -> None:
        d = self.detail
        try:
            if d.contact_type == "account":
                self.result_id = contacts.copy_account_to_customer(self.ctx, d.id)
            elif self.to_potential.isChecked():
                contacts.convert(self.ctx, d.id, "potential", self.stage.currentData())
                self.result_id = d.id
            elif self.set_stage.isChecked():
                contacts.set_conversion_stage(self.ctx, d.id, self.stage.currentData())
                self.result_id = d.id
            elif self.to_customer.isChecked():
                contacts.convert(self.ctx, d.id, "customer")
                self.result_id = d.id
            else:
                return
        except ServiceError as exc:
            log.info("not converted: %s", exc)
            self.banner.show_message(str(exc))
            return
        super().accept()


def convert_contact(parent: QWidget | None, ctx: AppContext,
                    detail: ContactDetail) -> int | None:
    """Run the conversion dialog; the id to show afterwards, or None if nothing changed."""
    try:
        fresh = contacts.get(ctx, detail.id)  # the type may have changed on another desk
    except ServiceError as exc:
        show_exception(parent, exc)
        return None
    dialog = ConvertDialog(ctx, fresh, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.result_id
    return None

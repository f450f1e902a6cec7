"""Create or edit a person or a company.

The dialog only collects a ``ContactInput``; the services validate. Their
messages come back keyed by field (``last_name``, ``emails[0]`` ...) and are
shown beside that field while the dialog stays open, so nothing is saved
until everything is right. An edit carries the version it started from: if
someone saved the contact meanwhile the dialog says who, and overwrites nothing.
Categories are chosen in the card's Categories tab and kept as they are.

No database work happens on the GUI thread: the office's lists (status, rating,
stage, rep) load and Save writes through the caller's ``TaskRunner``. While the
save runs the dialog is busy (no second Save, no closing under it); it closes,
with ``contact_id`` set, only once the service has stored the contact.
"""

from __future__ import annotations

import itertools
import logging
from functools import partial

from PySide6.QtCore import QEventLoop, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.services.contacts import core as contacts
from app.services.contacts import search
from app.services.contacts.core import MAX_LENGTHS, StaleRecord
from app.services.contacts.list_rows import Filters
from app.services.context import AppContext, ServiceError
from app.services.dto import AddressInput, BankInput, ContactInput, EmailInput, PhoneInput
from app.services.office import lists as lookups
from app.services.office import users
from app.services.validation import ValidationError, iban_error
from app.views.dialogs.contact_fields import (
    ACCOUNT_KINDS,
    ADDRESS_FIELDS,
    BANK_FIELDS,
    CONTACT_TYPES,
    EMAIL_FIELDS,
    INFO_FIELDS,
    PHONE_FIELDS,
    WEBSITE_FIELDS,
)
from app.views.errors import show_exception
from app.views.tasks import TaskRunner
from app.views.widgets.fields import (
    ErrorLabel,
    FieldSpec,
    OptionalDate,
    RowListEditor,
    fill_combo,
    limit_length,
    parse_key,
    with_error,
)

log = logging.getLogger(__name__)

_calls = itertools.count(1)
COMPANY_CHOICES = 20
"""Companies offered by the person form's Company field as the user types."""
CompanyIdRole = Qt.ItemDataRole.UserRole + 1


def _blank(row: dict[str, str], spec: tuple[FieldSpec, ...]) -> bool:
    """A row whose typed fields are all empty (its type combos do not count)."""
    return all(not row[f.name].strip() for f in spec if f.choices is None)


def _lookup_items(ctx: AppContext, name: str) -> list[tuple[str, int | None]]:
    return [("—", None)] + [(i.name, i.id) for i in lookups.items(ctx, name)]


def _choices(ctx: AppContext) -> dict[str, list[tuple[str, int | None]]]:
    """The office's choices for the four list fields (runs in a worker)."""
    return {"status_id": _lookup_items(ctx, "status"),
            "rating_id": _lookup_items(ctx, "rating"),
            "conversion_stage_id": _lookup_items(ctx, "conversion_stage"),
            "assigned_rep_id": [("—", None)] + [(u.label, u.id) for u in users.list_users(ctx)]}


def _update(ctx: AppContext, contact_id: int, data: ContactInput, version: int | None) -> int:
    contacts.update_contact(ctx, contact_id, data, expected_version=version)
    return contact_id


class ContactDialog(QDialog):
    """Create (``contact_id`` None) or edit one contact."""

    company_choices_shown = Signal(int)
    """The Company field's completion was filled (argument: how many companies)."""
    loaded = Signal()
    """The office's lists (status, rating, stage, rep) are in their fields."""
    saved = Signal(int)
    """The services stored the contact (argument: its id); the dialog then closes."""
    refused = Signal()
    """A save was refused; the dialog stays open showing why."""

    def __init__(self, ctx: AppContext, data: ContactInput, *, contact_id: int | None = None,
                 version: int | None = None, parent: QWidget | None = None,
                 current_names: dict[str, str | None] | None = None,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.ctx = ctx
        self.data = data
        self.contact_id = contact_id
        self.version = version
        self.field_errors: dict[str, ErrorLabel] = {}
        self._boxes: dict[str, QWidget] = {}
        """Message label of each single field, by the services' field name."""
        self._current_names = current_names or {}
        """Names of the stored status, rating, stage and rep (a retired one is kept)."""
        self._sent_rows: dict[str, list[int]] = {}
        """Per list, the editor row of each row sent to the services (blank rows are not)."""
        self._company_id: int | None = None
        self._runner = runner or TaskRunner(self)
        self._key = f"contact-dialog.{next(_calls)}"
        """Prefix of this dialog's tasks (the runner may be shared with the window)."""
        self._busy = False
        self.is_loaded = False
        is_person = data.kind == "person"
        if is_person:
            self.setWindowTitle(translate("ContactDialog", "Edit person") if contact_id
                                else translate("ContactDialog", "New person"))
        else:
            self.setWindowTitle(translate("ContactDialog", "Edit company") if contact_id
                                else translate("ContactDialog", "New company"))
        self.setObjectName("contactDialog")

        # widgets
        self.banner = ErrorLabel(self)
        self.pages = QTabWidget(self)
        self.first_name = QLineEdit(data.first_name, self)
        self.last_name = QLineEdit(data.last_name, self)
        self.company_name = QLineEdit(data.company_name, self)
        self.title_edit = QLineEdit(data.title, self)
        for name, edit in (("first_name", self.first_name), ("last_name", self.last_name),
                           ("company_name", self.company_name), ("title", self.title_edit)):
            limit_length(edit, MAX_LENGTHS[name])
        self.link_company = QLineEdit(data.link_company, self)
        self.link_company.setObjectName("linkCompany")
        self.link_company.setPlaceholderText(translate("ContactDialog", "Type to find a company; linked on "
                                                                        "save"))
        limit_length(self.link_company, MAX_LENGTHS["link_company"])
        self.company_model = QStandardItemModel(self)
        self.company_completer = QCompleter(self.company_model, self)
        self.company_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.company_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.link_company.setCompleter(self.company_completer)
        self._company_timer = QTimer(self)
        self._company_timer.setSingleShot(True)
        self._company_timer.setInterval(150)
        self.contact_type = QComboBox(self)
        fill_combo(self.contact_type, [(translate("ContactDialog", label), value)
                                       for label, value in CONTACT_TYPES], data.contact_type)
        self.account_kind = QComboBox(self)
        fill_combo(self.account_kind, [(translate("ContactDialog", label), value)
                                       for label, value in ACCOUNT_KINDS], data.account_kind or "other")
        self.status = QComboBox(self)
        self.rating = QComboBox(self)
        self.stage = QComboBox(self)
        self.rep = QComboBox(self)
        self._fill_lookups()
        self.active = QCheckBox(translate("ContactDialog", "Active"), self)
        self.active.setChecked(data.active)
        self.call_contact = QCheckBox(translate("ContactDialog", "May be called"), self)
        self.call_contact.setChecked(data.call_contact)
        self.subscription_end = OptionalDate(translate("ContactDialog", "Set"), self)
        self.subscription_end.set_value(data.subscription_end)
        self.follow_up = OptionalDate(translate("ContactDialog", "Set"), self)
        self.follow_up.set_value(data.follow_up_date)
        self.phones = RowListEditor(PHONE_FIELDS, add_text=translate("ContactDialog", "Add phone"),
                                    parent=self)
        self.phones.set_rows([{"kind": p.kind, "number": p.number} for p in data.phones])
        self.emails = RowListEditor(EMAIL_FIELDS, add_text=translate("ContactDialog", "Add e-mail"),
                                    parent=self)
        self.emails.set_rows([{"address": e.address, "kind": e.kind} for e in data.emails])
        self.addresses = RowListEditor(ADDRESS_FIELDS,
                                       add_text=translate("ContactDialog", "Add address"), parent=self)
        self.addresses.set_rows([{"street": a.street, "postcode": a.postcode, "city": a.city,
                                  "region": a.region, "country": a.country, "kind": a.kind}
                                 for a in data.addresses])
        self.websites = RowListEditor(WEBSITE_FIELDS,
                                      add_text=translate("ContactDialog", "Add website"), parent=self)
        self.websites.set_rows([{"url": u} for u in data.websites])
        self.extra_info = RowListEditor(INFO_FIELDS,
                                        add_text=translate("ContactDialog", "Add information"),
                                        parent=self)
        self.extra_info.set_rows([{"key": k, "value": v} for k, v in data.extra_info])
        self.bank = RowListEditor(BANK_FIELDS,
                                  add_text=translate("ContactDialog", "Add bank account"), parent=self)
        self.bank.set_check("iban", iban_error)
        self.bank.set_rows([{"iban": b.iban, "bic": b.bic, "bank_name": b.bank_name,
                             "account_holder": b.account_holder} for b in data.bank_accounts])
        self.lists: dict[str, RowListEditor] = {
            "phones": self.phones, "emails": self.emails, "addresses": self.addresses,
            "websites": self.websites, "extra_info": self.extra_info,
            "bank_accounts": self.bank}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)

        # layout
        self.pages.addTab(self._details_page(is_person), translate("ContactDialog", "Details"))
        self.pages.addTab(self._lists_page((translate("ContactDialog", "Phones"), self.phones),
                                           (translate("ContactDialog", "E-mails"), self.emails)),
                          translate("ContactDialog", "Phones && e-mail"))
        self.pages.addTab(self._lists_page((translate("ContactDialog", "Addresses"), self.addresses)),
                          translate("ContactDialog", "Addresses"))
        self.pages.addTab(self._lists_page((translate("ContactDialog", "Websites"), self.websites),
                                           (translate("ContactDialog", "Additional information"),
                                            self.extra_info)),
                          translate("ContactDialog", "Web && more"))
        self.pages.addTab(self._lists_page((translate("ContactDialog", "Bank accounts"), self.bank)),
                          translate("ContactDialog", "Bank"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 520)

        # signals
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.contact_type.currentIndexChanged.connect(self._type_changed)
        self.link_company.textEdited.connect(self._company_typed)
        self._company_timer.timeout.connect(self._find_companies)
        # the QModelIndex overload: two companies may share a name, the index tells which
        self.company_completer.activated[QModelIndex].connect(  # type: ignore[index]
            self._company_chosen)
        self._type_changed()
        # what is typed at once (after Ctrl+N, Ctrl+Shift+M) lands in the name, not on the tabs
        (self.first_name if is_person else self.company_name).setFocus()

    # -- building -------------------------------------------------------------

    def _combos(self) -> dict[str, tuple[QComboBox, int | None]]:
        d = self.data
        return {"status_id": (self.status, d.status_id), "rating_id": (self.rating, d.rating_id),
                "conversion_stage_id": (self.stage, d.conversion_stage_id),
                "assigned_rep_id": (self.rep, d.assigned_rep_id)}

    def _fill_lookups(self) -> None:
        """Hold the stored choice (a save meanwhile keeps it) and load the lists in the
        background; the fields take a choice once they are filled."""
        for field, (combo, current) in self._combos().items():
            items: list[tuple[str, int | None]] = [("—", None)]
            if current is not None:
                items.append((self._current_names.get(field) or "…", current))
            fill_combo(combo, items, current)
            combo.setEnabled(False)
        self._runner.run(f"{self._key}.lists", partial(_choices, self.ctx), self._show_lookups,
                         on_error=self._lookups_failed)

    def _show_lookups(self, choices: dict[str, list[tuple[str, int | None]]]) -> None:
        for field, (combo, current) in self._combos().items():
            self._fill_kept(combo, choices[field], field, current)
            combo.setEnabled(True)
        self.is_loaded = True
        self.loaded.emit()

    def _lookups_failed(self, exc: BaseException) -> None:
        log.info("contact dialog lists: %s", exc)
        self.banner.show_message(str(exc) if isinstance(exc, ServiceError)
                                 else translate("ContactDialog",
                                                "The office's lists could not be read."))

    def _fill_kept(self, combo: QComboBox, items: list[tuple[str, int | None]], field: str,
                   current: int | None) -> None:
        """The office's choices, plus the stored one if it is no longer offered (a retired
        stage, a rep who left): an edit of something else must not clear it."""
        if current is not None and all(data != current for _label, data in items):
            name = self._current_names.get(field) or translate("ContactDialog",
                                                               "(no longer in the list)")
            items = [*items, (translate("ContactDialog", "{name} (retired)").format(name=name),
                              current)]
        fill_combo(combo, items, current)

    def _field(self, form: QFormLayout, label: str, name: str, widget: QWidget) -> None:
        box, error = with_error(widget, self)
        self.field_errors[name] = error
        self._boxes[name] = box
        form.addRow(label, box)

    def _details_page(self, is_person: bool) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        if is_person:
            self._field(form, translate("ContactDialog", "&First name:"), "first_name", self.first_name)
            self._field(form, translate("ContactDialog", "&Last name:"), "last_name", self.last_name)
            self._field(form, translate("ContactDialog", "T&itle:"), "title", self.title_edit)
            self._field(form, translate("ContactDialog", "C&ompany:"), "link_company", self.link_company)
            self.company_name.hide()  # not in the layout: keep it off the dialog
        else:
            self._field(form, translate("ContactDialog", "&Company name:"), "company_name", self.company_name)
            for unused in (self.first_name, self.last_name, self.title_edit, self.link_company):
                unused.hide()
        self._field(form, translate("ContactDialog", "T&ype:"), "contact_type", self.contact_type)
        self._field(form, translate("ContactDialog", "Account &kind:"), "account_kind", self.account_kind)
        self._field(form, translate("ContactDialog", "&Status:"), "status_id", self.status)
        self._field(form, translate("ContactDialog", "&Rating:"), "rating_id", self.rating)
        self._field(form, translate("ContactDialog", "Conversion s&tage:"), "conversion_stage_id", self.stage)
        self._field(form, translate("ContactDialog", "Assigned re&p:"), "assigned_rep_id", self.rep)
        form.addRow("", self.active)
        form.addRow("", self.call_contact)
        self._field(form, translate("ContactDialog", "Subscription end:"), "subscription_end",
                    self.subscription_end)
        self._field(form, translate("ContactDialog", "Follow-up date:"), "follow_up_date",
                    self.follow_up)
        self._form = form
        return page

    def _lists_page(self, *sections: tuple[str, RowListEditor]) -> QWidget:
        inner = QWidget(self)
        box = QVBoxLayout(inner)
        for title, editor in sections:
            group = QGroupBox(title, inner)
            QVBoxLayout(group).addWidget(editor)
            box.addWidget(group)
        box.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    def _type_changed(self) -> None:
        ctype = self.contact_type.currentData()
        self._form.setRowVisible(self._boxes["account_kind"],
                                 ctype == "account")
        self._form.setRowVisible(self._boxes["conversion_stage_id"],
                                 ctype == "potential")

    # -- the Company field --------------------------------------------------------

    def _company_typed(self, _text: str) -> None:
        self._company_id = None  # typed over: the name decides again
        self._company_timer.start()

    def _find_companies(self) -> None:
        """Companies whose name, e-mail or phone holds what is typed (off the GUI thread)."""
        ctx, text = self.ctx, self.link_company.text().strip()
        if not text:
            return
        self._runner.run(f"{self._key}.companies", lambda: search.search(
            ctx, text, Filters(kind="company"), limit=COMPANY_CHOICES).rows,
            self._show_companies, on_error=lambda exc: log.info("company choices: %s", exc))

    def _show_companies(self, rows: list) -> None:  # type: ignore[type-arg]
        self.company_model.clear()
        for row in rows:
            item = QStandardItem(row.name)
            item.setData(row.id, CompanyIdRole)
            self.company_model.appendRow(item)
        if rows and self.link_company.hasFocus():
            self.company_completer.setCompletionPrefix(self.link_company.text())
            self.company_completer.complete()
        self.company_choices_shown.emit(len(rows))

    def _company_chosen(self, index: QModelIndex) -> None:
        self._company_id = index.data(CompanyIdRole)
        self.link_company.setText(str(index.data()))

    def choose_company(self, row: int) -> None:
        """Pick the ``row``-th offered company, as a click in the completion would."""
        self._company_chosen(self.company_model.index(row, 0))

    # -- the record -------------------------------------------------------------

    def _rows(self, name: str, spec: tuple[FieldSpec, ...]) -> list[dict[str, str]]:
        """The typed rows of one list, blank ones left out (an empty phone row added
        by mistake is not a phone); which editor row each came from is kept."""
        rows = self.lists[name].rows()
        kept = [i for i, row in enumerate(rows) if not _blank(row, spec)]
        self._sent_rows[name] = kept
        return [rows[i] for i in kept]

    def value(self) -> ContactInput:
        """What the user entered, as the services take it."""
        ctype = self.contact_type.currentData()
        d = self.data
        return ContactInput(
            kind=d.kind, contact_type=ctype,
            account_kind=self.account_kind.currentData() if ctype == "account" else None,
            first_name=self.first_name.text(), last_name=self.last_name.text(),
            company_name=self.company_name.text(), title=self.title_edit.text(),
            status_id=self.status.currentData(), rating_id=self.rating.currentData(),
            conversion_stage_id=self.stage.currentData() if ctype == "potential" else None,
            assigned_rep_id=self.rep.currentData(),
            active=self.active.isChecked(), call_contact=self.call_contact.isChecked(),
            subscription_end=self.subscription_end.value(), follow_up_date=self.follow_up.value(),
            phones=[PhoneInput(r["number"], r["kind"])
                    for r in self._rows("phones", PHONE_FIELDS)],
            emails=[EmailInput(r["address"], r["kind"])
                    for r in self._rows("emails", EMAIL_FIELDS)],
            addresses=[AddressInput(**r) for r in self._rows("addresses", ADDRESS_FIELDS)],
            websites=[r["url"] for r in self._rows("websites", WEBSITE_FIELDS)],
            extra_info=[(r["key"], r["value"]) for r in self._rows("extra_info", INFO_FIELDS)],
            bank_accounts=[BankInput(**r) for r in self._rows("bank_accounts", BANK_FIELDS)],
            category_ids=list(d.category_ids),
            link_company_id=self._company_id if d.kind == "person" else None,
            link_company=self.link_company.text() if d.kind == "person" else "",
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        """Put each message beside its field; show the page of the first one."""
        self.clear_errors()
        unplaced: list[str] = []
        first: QWidget | None = None
        for key, message in errors.items():
            name, index, _sub = parse_key(key)
            target: QWidget | None = None
            if name in self.lists and index is not None:
                editor = self.lists[name]
                sent = self._sent_rows.get(name)
                if sent is not None and index < len(sent):
                    index = sent[index]  # the services count the rows they were sent
                label = editor.error_label(index) if index < editor.count() else None
                if label is not None:
                    label.show_message(" ".join(filter(None, (label.text(), message))))
                    target = editor
            elif name in self.field_errors:
                self.field_errors[name].show_message(message)
                target = self.field_errors[name]
            if target is None:
                unplaced.append(message)
            first = first or target
        if unplaced:
            self.banner.show_message("\n".join(unplaced))
        if first is not None:
            for i in range(self.pages.count()):
                page = self.pages.widget(i)
                if page is not None and page.isAncestorOf(first):
                    self.pages.setCurrentIndex(i)
                    break

    def clear_errors(self) -> None:
        self.banner.clear_message()
        for label in self.field_errors.values():
            label.clear_message()
        for editor in self.lists.values():
            editor.clear_errors()

    def set_busy(self, busy: bool) -> None:
        """While the service saves, Save can't be pressed twice nor the dialog closed
        under the save (its answer lands on this dialog)."""
        self._busy = busy
        self.buttons.setEnabled(not busy)

    def is_busy(self) -> bool:
        return self._busy

    def reject(self) -> None:
        if self._busy:
            return
        super().reject()

    def accept(self) -> None:
        """Save through the services in the background; the dialog closes (accepted,
        ``contact_id`` set) once it is stored, and stays open on any refusal."""
        if self._busy:
            return
        data = self.value()
        self.clear_errors()
        if self.contact_id is None:
            fn = partial(contacts.create, self.ctx, data)
        else:
            fn = partial(_update, self.ctx, self.contact_id, data, self.version)
        self.set_busy(True)
        self._runner.run(f"{self._key}.save", fn, self._saved, on_error=self._refused,
                         write=True)

    def _saved(self, contact_id: int) -> None:
        self.set_busy(False)
        self.contact_id = contact_id
        self.saved.emit(contact_id)
        super().accept()

    def _refused(self, exc: BaseException) -> None:
        self.set_busy(False)
        if isinstance(exc, ValidationError):
            log.info("contact not saved: %s", exc)
            self.show_errors(exc.errors)
        elif isinstance(exc, StaleRecord):
            log.info("stale edit: %s", exc)
            self.banner.show_message(str(exc))
            self.save_button.setEnabled(False)
        elif isinstance(exc, ServiceError):
            self.banner.show_message(str(exc))
        else:
            show_exception(self, exc)
        self.refused.emit()


def new_contact(parent: QWidget | None, ctx: AppContext, kind: str, *,
                runner: TaskRunner | None = None) -> int | None:
    """Ctrl+N: a new person or company; its id, or None when cancelled."""
    dialog = ContactDialog(ctx, ContactInput(kind=kind), parent=parent, runner=runner)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.contact_id
    return None


def _stored(ctx: AppContext, contact_id: int
            ) -> tuple[int, ContactInput, dict[str, str | None]]:
    """What an edit starts from (runs in a worker): version first, so a save in
    between shows up as stale, never lost."""
    detail = contacts.get(ctx, contact_id)
    names = {"status_id": detail.status, "rating_id": detail.rating,
             "conversion_stage_id": detail.conversion_stage, "assigned_rep_id": detail.assigned_rep}
    return detail.version, contacts.as_input(ctx, contact_id), names


def edit_contact(parent: QWidget | None, ctx: AppContext, contact_id: int, *,
                 runner: TaskRunner | None = None) -> bool:
    """Edit a stored contact; True when the user saved. The record is read in the
    background (the window keeps painting) before the dialog opens."""
    runner = runner or TaskRunner(parent)
    loaded: list[tuple[int, ContactInput, dict[str, str | None]]] = []
    failed: list[BaseException] = []
    wait = QEventLoop()

    def arrived(result: tuple[int, ContactInput, dict[str, str | None]]) -> None:
        loaded.append(result)
        wait.quit()

    def refused(exc: BaseException) -> None:
        failed.append(exc)
        wait.quit()

    runner.run(f"edit-contact.{next(_calls)}", partial(_stored, ctx, contact_id), arrived,
               on_error=refused)
    if not (loaded or failed):
        wait.exec()
    if failed:
        show_exception(parent, failed[0])
        return False
    if not loaded:  # the application is quitting
        return False
    version, data, names = loaded[0]
    dialog = ContactDialog(ctx, data, contact_id=contact_id, version=version, parent=parent,
                           current_names=names, runner=runner)
    return dialog.exec() == QDialog.DialogCode.Accepted

"""The wizard's pages about people and the office: who I am, the office's
country (the home region of phone numbers, with a live example) and currency."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from app.i18n import translate
from app.services.office import first_run
from app.services.office.first_run import FirstRunState
from app.views.first_run import countries

ERROR_STYLE = "color: #b3261e;"


def note_label(parent: QWizardPage, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class WhoPage(QWizardPage):
    """Full name and initials of the current user."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(translate("FirstRun", "Who you are"))
        self.setSubTitle(translate("FirstRun", "Your name and initials show on the "
                                   "activities, notes and To-Dos you write."))
        self._loaded = False
        self._initials_typed = False
        self.username = QLabel(self)
        self.full_name = QLineEdit(self)
        self.full_name.setPlaceholderText(translate("FirstRun", "Mary Watson"))
        self.initials = QLineEdit(self)
        self.initials.setMaxLength(first_run.INITIALS_MAX)
        self.initials.setPlaceholderText(translate("FirstRun", "MW"))
        self.error = note_label(self)
        self.error.setStyleSheet(ERROR_STYLE)
        form = QFormLayout(self)
        form.addRow(translate("FirstRun", "User name"), self.username)
        form.addRow(translate("FirstRun", "Full name"), self.full_name)
        form.addRow(translate("FirstRun", "Initials"), self.initials)
        form.addRow(self.error)
        self.full_name.textEdited.connect(self._suggest_initials)
        self.initials.textEdited.connect(self._initials_edited)

    def show_state(self, state: FirstRunState) -> None:
        self.username.setText(state.username)
        self.full_name.setText(state.full_name)
        self.initials.setText(state.initials or first_run.suggested_initials(state.full_name))
        self._initials_typed = bool(state.initials)
        self._loaded = True
        self.completeChanged.emit()

    def _suggest_initials(self, name: str) -> None:
        if not self._initials_typed:
            self.initials.setText(first_run.suggested_initials(name))

    def _initials_edited(self, text: str) -> None:
        self._initials_typed = bool(text)

    def isComplete(self) -> bool:  # noqa: N802
        return self._loaded


class CountryPage(QWizardPage):
    """The office's country: a searchable list, defaulting from the system locale
    (none on a C locale), and what a typed number becomes with it."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(translate("FirstRun", "The office's country"))
        self.setSubTitle(translate("FirstRun", "Phone numbers typed without a country code "
                                   "belong to this country."))
        self._example_typed = False
        self._may_change = True  # a rep sees the office's choice and goes on
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("FirstRun", "Search countries"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        for code, name in countries.countries():
            item = QListWidgetItem(f"{name} ({code})", self.list)
            item.setData(Qt.ItemDataRole.UserRole, code)
        self.note = note_label(self)
        self.typed = QLineEdit(self)
        self.typed.setObjectName("exampleNumber")
        self.becomes = QLabel(self)
        self.becomes.setObjectName("exampleBecomes")
        self.becomes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        example = QFormLayout()
        example.addRow(translate("FirstRun", "A number typed as"), self.typed)
        example.addRow(translate("FirstRun", "becomes"), self.becomes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.note)
        layout.addLayout(example)
        self.search.textChanged.connect(self._filter)
        self.list.currentItemChanged.connect(lambda *_: self._region_changed())
        self.typed.textEdited.connect(self._typed_edited)
        self.choose(countries.system_region())

    def show_state(self, state: FirstRunState) -> None:
        if state.home_region:  # the office chose before: that stays unless changed
            self.choose(state.home_region)
        self._may_change = state.may_change_office
        self.list.setEnabled(state.may_change_office)
        self.search.setEnabled(state.may_change_office)
        if not state.may_change_office and state.home_region:
            self.note.setText(translate("FirstRun", "Only a manager can change the office's "
                                        "country; this is the office's choice."))
        elif not state.may_change_office:  # nothing to show: no guess from the locale either
            self.choose(None)
            self.note.setText(translate("FirstRun", "The office has not chosen its country "
                                        "yet: a manager chooses it (Help > First-run wizard)."))
        self.completeChanged.emit()

    def region(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def choose(self, code: str | None) -> None:
        """Select ``code`` (None: nothing chosen, the user must pick)."""
        self.list.setCurrentRow(-1)
        for row in range(self.list.count()):
            item = self.list.item(row)
            if code and item.data(Qt.ItemDataRole.UserRole) == code.upper():
                self.list.setCurrentItem(item)
                self.list.scrollToItem(item)
                break
        self._region_changed()

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())
        visible = [self.list.item(r) for r in range(self.list.count())
                   if not self.list.item(r).isHidden()]
        if len(visible) == 1:
            self.list.setCurrentItem(visible[0])

    def _typed_edited(self, _text: str) -> None:
        self._example_typed = True
        self._show_example()

    def _region_changed(self) -> None:
        region = self.region()
        if not region:
            self.note.setText(translate(
                "FirstRun", "This computer's language settings name no country: choose the "
                "office's country."))
        elif self.list.isEnabled():
            self.note.clear()
        if not self._example_typed:
            self.typed.setText(first_run.example_number(region) if region else "")
        self._show_example()
        self.completeChanged.emit()

    def _show_example(self) -> None:
        self.becomes.setText(first_run.number_becomes(self.typed.text(), self.region()))

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.region()) or not self._may_change


class CurrencyPage(QWizardPage):
    """The office's currency, defaulting from the country."""

    def __init__(self, country: CountryPage) -> None:
        super().__init__()
        self.setTitle(translate("FirstRun", "Currency"))
        self.setSubTitle(translate("FirstRun", "The currency the office's prices and "
                                   "invoices are in."))
        self._country = country
        self._picked = False  # the user chose one: a change of country keeps it
        self._may_change = True
        self._for_region = ""
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.addItems(countries.currencies())
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.note = note_label(self)
        form = QFormLayout(self)
        form.addRow(translate("FirstRun", "Currency"), self.currency)
        form.addRow(self.note)
        self.currency.activated.connect(lambda _i: self._pick())
        self.currency.editTextChanged.connect(lambda _t: self.completeChanged.emit())

    def _pick(self) -> None:
        self._picked = True

    def show_state(self, state: FirstRunState) -> None:
        if state.currency:
            self.currency.setCurrentText(state.currency)
            self._picked = True
        self._may_change = state.may_change_office
        self.currency.setEnabled(state.may_change_office)
        if not state.may_change_office:
            self.note.setText(translate("FirstRun", "Only a manager can change the office's "
                                        "currency."))

    def initializePage(self) -> None:  # noqa: N802
        region = self._country.region()
        if not self._picked and region != self._for_region:
            self._for_region = region
            self.currency.setCurrentText(countries.currency_of(region))

    def value(self) -> str:
        return self.currency.currentText().strip().upper()

    def isComplete(self) -> bool:  # noqa: N802
        return (len(self.value()) == 3 and self.value().isalpha()) or not self._may_change

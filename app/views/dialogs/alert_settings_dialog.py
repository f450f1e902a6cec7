"""Settings › Alerts: reference 001's settings of the four automated activity
alerts, for the whole office. Each alert has its switch and its number(s), with
the sentence of the reference saying what the number does ("If 20 days pass
without any Activities, ..."), updated as the number is typed. Customer
Retention adds the send frequency and the matrix per rating.

Save writes everything at once (``alert_settings.save``); a refusal lands under
the field it names. Only managers change the settings; others see them
read-only."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services import policy
from app.services.alerts import settings as alert_settings
from app.services.alerts.settings import UNITS, AlertSettings
from app.services.context import AppContext
from app.services.validation import ValidationError
from app.views.dialogs.alert_widgets import ERROR_STYLE, RetentionMatrix, SwitchBox
from app.views.errors import show_exception
from app.views.tasks import TaskRunner

log = logging.getLogger(__name__)

HINT_STYLE = "color: #505050;"  # secondary text, as the card's subtitle
UNIT_LABELS = {"days": QT_TRANSLATE_NOOP("AlertSettingsDialog", "Days"),
               "weeks": QT_TRANSLATE_NOOP("AlertSettingsDialog", "Weeks"),
               "months": QT_TRANSLATE_NOOP("AlertSettingsDialog", "Months")}


def _days(n: str, unit: str = "days") -> str:
    """"30 days", "1 day", "2 weeks" (the number as typed; "N" while it is no number)."""
    text = n.strip()
    if not text.isdigit():
        return {"weeks": translate("AlertSettingsDialog", "N weeks"),
                "months": translate("AlertSettingsDialog", "N months")}.get(
                    unit, translate("AlertSettingsDialog", "N days"))
    count = int(text)
    if unit == "weeks":
        return translate("AlertSettingsDialog", "%n week(s)", None, count)
    if unit == "months":
        return translate("AlertSettingsDialog", "%n month(s)", None, count)
    return translate("AlertSettingsDialog", "%n day(s)", None, count)


SENTENCES: dict[str, Callable[[str], str]] = {
    "service_renewal": lambda n: translate(
        "AlertSettingsDialog", "{days} before the subscription expires, the assigned Rep receives "
                               "a new Task in their To-Do Activities.").format(days=_days(n)),
    "potential_inactivity": lambda n: translate(
        "AlertSettingsDialog", "If {days} pass without any Activities, the Potential's Rep will "
                               "receive a new Task in their To-Do Activities list.").format(
                                   days=_days(n)),
    "lead_inactivity": lambda n: translate(
        "AlertSettingsDialog", "If {days} pass without any Activities, the Lead's Rep will "
                               "receive a new Task in their To-Do Activities list.").format(
                                   days=_days(n)),
    "win_back": lambda n: translate(
        "AlertSettingsDialog", "{days} before a closed-lost Customer's Follow-Up Date, the Rep "
                               "will receive a new Task in their To-Do Activities list.").format(
                                   days=_days(n)),
}


class AlertSettingsDialog(QDialog):
    loaded = Signal()
    """The office's settings (and whether this user may change them) are shown."""
    saved = Signal()
    """Save went through; the dialog closes."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AlertSettingsDialog", "Alert settings"))
        # attributes
        self._ctx = ctx
        self._runner = runner
        self._task = f"alert-settings.{id(self)}"
        self.settings: AlertSettings | None = None
        self.manager = False
        self.toggles: dict[str, SwitchBox] = {}
        self.days: dict[str, QLineEdit] = {}
        self._errors: dict[str, QLabel] = {}
        self._sentences: dict[str, QLabel] = {}
        self._inputs: list[QWidget] = []

        # widgets
        self.note = QLabel(translate("AlertSettingsDialog", "Only a manager can change the alert "
                                                            "settings; you can see them here."), self)
        self.note.setObjectName("readOnlyNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("background: #fff4ce; border: 1px solid #e6d38a; "
                                "border-radius: 4px; padding: 6px;")
        self.note.hide()
        page = QWidget(self)
        self.frequency = QLineEdit(page)
        self.unit = QComboBox(page)
        for unit in UNITS:
            self.unit.addItem(translate("AlertSettingsDialog", UNIT_LABELS[unit])
                              if unit in UNIT_LABELS else unit.capitalize(), unit)
        self.matrix = RetentionMatrix(page)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("formError")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        # layout
        sections = QVBoxLayout(page)
        renewal = translate("AlertSettingsDialog", "Service Renewal Alert")
        idle = translate("AlertSettingsDialog", "Days without activities")
        win_back = translate("AlertSettingsDialog", "Win-Back Alert")
        sections.addWidget(self._section(page, renewal, [
            ("service_renewal", renewal, translate("AlertSettingsDialog", "Days before expiration"))]))
        sections.addWidget(self._section(page, translate("AlertSettingsDialog", "New Customer Alert"), [
            ("potential_inactivity", translate("AlertSettingsDialog", "Potential Inactivity Alert"),
             idle),
            ("lead_inactivity", translate("AlertSettingsDialog", "Lead Inactivity Alert"), idle)]))
        sections.addWidget(self._section(page, win_back, [
            ("win_back", win_back, translate("AlertSettingsDialog", "Follow-Up Date deadline"))]))
        sections.addWidget(self._retention_section(page))
        sections.addStretch(1)
        scroll.setWidget(page)
        box = QVBoxLayout(self)
        box.addWidget(self.note)
        box.addWidget(scroll, 1)
        box.addWidget(self.general_error)
        box.addWidget(self.buttons)
        room = self.screen().availableGeometry().height() - 80
        self.resize(640, max(min(880, room), 400))  # every section shows on a tall screen

        # signals
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.matrix.edited.connect(self.general_error.hide)
        self.page = page
        self.page.setEnabled(False)  # until the settings are in
        self.reload()

    # -- building --------------------------------------------------------------------

    def _section(self, parent: QWidget, title: str,
                 rules: list[tuple[str, str, str]]) -> QGroupBox:
        group = QGroupBox(title, parent)
        box = QVBoxLayout(group)
        for n, (rule, switch_text, field_label) in enumerate(rules):
            if n:
                box.addSpacing(8)
            toggle = SwitchBox(switch_text, group)
            toggle.setObjectName(f"{rule}Switch")
            self.toggles[rule] = toggle
            days = self._number(group, f"{rule}.days")
            self.days[rule] = days
            sentence = self._sentence(group, rule)
            box.addWidget(toggle)
            unit = QLabel(translate("AlertSettingsDialog", "Days"), group)
            box.addLayout(self._field_row(group, field_label, days, unit,
                                          self._error_label(group, f"{rule}.days")))
            box.addWidget(sentence)
            days.textChanged.connect(lambda _t, r=rule: self._update_sentence(r))
            toggle.toggled.connect(lambda _on, r=rule: self._update_sentence(r))
            self._inputs += [toggle, days]
        return group

    def _retention_section(self, parent: QWidget) -> QGroupBox:
        title = translate("AlertSettingsDialog", "Customer Retention Alert")
        group = QGroupBox(title, parent)
        toggle = SwitchBox(title, group)
        toggle.setObjectName("retentionSwitch")
        self.toggles["retention"] = toggle
        self.frequency.setParent(group)
        self._style_number(self.frequency, "retention.frequency")
        self.unit.setParent(group)
        self.unit.setObjectName("retention_unit")
        self.matrix.setParent(group)
        sentence = self._sentence(group, "retention")
        self.retired_note = QLabel(translate("AlertSettingsDialog", "Greyed ratings are retired: "
                                                                    "they keep their numbers, but "
                                                                    "no alerts fire for them."),
                                   group)
        self.retired_note.setObjectName("retiredNote")
        self.retired_note.setWordWrap(True)
        self.retired_note.setStyleSheet(HINT_STYLE)
        self.retired_note.hide()
        box = QVBoxLayout(group)
        box.addWidget(toggle)
        box.addLayout(self._field_row(group, translate("AlertSettingsDialog", "Send frequency"),
                                      self.frequency, self.unit,
                                      self._error_label(group, "retention.frequency")))
        box.addWidget(sentence)
        box.addSpacing(6)
        box.addWidget(self.matrix)
        box.addWidget(self.retired_note)
        self.frequency.textChanged.connect(lambda _t: self._update_sentence("retention"))
        self.unit.currentIndexChanged.connect(lambda _i: self._update_sentence("retention"))
        toggle.toggled.connect(lambda _on: self._update_sentence("retention"))
        self._inputs += [toggle, self.frequency, self.unit]
        return group

    def _number(self, parent: QWidget, key: str) -> QLineEdit:
        edit = QLineEdit(parent)
        self._style_number(edit, key)
        return edit

    @staticmethod
    def _style_number(edit: QLineEdit, key: str) -> None:
        edit.setObjectName(key.replace(".", "_"))
        edit.setFixedWidth(72)
        edit.setMaxLength(6)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    @staticmethod
    def _field_row(parent: QWidget, label: str, edit: QWidget, after: QWidget,
                   error: QLabel) -> QGridLayout:
        """Caption, field and what follows it ("Days"), the error line under the field."""
        row = QGridLayout()
        row.setContentsMargins(0, 4, 0, 0)
        row.setVerticalSpacing(2)
        caption = QLabel(label, parent)
        caption.setBuddy(edit)
        caption.setMinimumWidth(170)
        row.addWidget(caption, 0, 0)
        fields = QHBoxLayout()
        fields.setSpacing(6)
        fields.addWidget(edit)
        fields.addWidget(after)
        fields.addStretch(1)
        row.addLayout(fields, 0, 1)
        row.addWidget(error, 1, 1)
        row.setColumnStretch(1, 1)
        return row

    def _error_label(self, parent: QWidget, key: str) -> QLabel:
        error = QLabel(parent)
        error.setObjectName(f"{key.replace('.', '_')}Error")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        self._errors[key] = error
        return error

    def _sentence(self, parent: QWidget, rule: str) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(f"{rule}Sentence")
        label.setWordWrap(True)
        label.setStyleSheet(HINT_STYLE)
        self._sentences[rule] = label
        return label

    # -- loading ---------------------------------------------------------------------

    def reload(self) -> None:
        ctx = self._ctx
        self._runner.run(f"{self._task}.load",
                         lambda: (policy.may_change_office_settings(ctx.actor), alert_settings.load(ctx)),
                         self._fill,
                         on_error=lambda exc: show_exception(self, exc))

    def _fill(self, result: tuple[bool, AlertSettings]) -> None:
        self.manager, self.settings = result
        for rule in self.settings.rules:
            self.toggles[rule.rule].setChecked(rule.enabled)
            if rule.rule == "retention":
                self.frequency.setText(str(rule.days))
                self.unit.setCurrentIndex(max(self.unit.findData(rule.unit), 0))
            else:
                self.days[rule.rule].setText(str(rule.days))
        self.matrix.set_rows(self.settings.retention, editable=self.manager)
        self.retired_note.setVisible(any(not r.rating_active for r in self.settings.retention))
        self.note.setVisible(not self.manager)
        self.save_button.setVisible(self.manager)
        self._set_editable(self.manager)
        self.page.setEnabled(True)
        for name in self._sentences:
            self._update_sentence(name)
        self.clear_errors()
        self.loaded.emit()

    def _set_editable(self, editable: bool) -> None:
        """Numbers stay readable when they cannot be changed (read-only, not greyed)."""
        for widget in self._inputs:
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(not editable)
            else:
                widget.setEnabled(editable)
        self.save_button.setEnabled(editable)

    def _update_sentence(self, rule: str) -> None:
        if rule == "retention":
            unit = self.unit.currentData() or "days"
            text = translate("AlertSettingsDialog", "To retain customers, every {period} each rated "
                                                    "Customer's Rep receives a Task for the meetings, "
                                                    "calls and e-mails below still due in that period "
                                                    "(“-”: not required).").format(
                                                        period=_days(self.frequency.text(), unit))
        else:
            text = SENTENCES[rule](self.days[rule].text())
        if not self.toggles[rule].isChecked():
            text = translate("AlertSettingsDialog", "Off: no tasks are created. When on: "
                                                    "{sentence}").format(
                                                        sentence=text[:1].lower() + text[1:])
        self._sentences[rule].setText(text)

    # -- saving ----------------------------------------------------------------------

    def value(self) -> tuple[AlertSettings | None, dict[str, str]]:
        """The settings as typed, and what cannot even be sent (no number, bad cells)."""
        if self.settings is None:
            return None, {}
        settings, errors = self.settings, {}
        for rule in alert_settings.RULES:
            key = "retention.frequency" if rule == "retention" else f"{rule}.days"
            text = (self.frequency if rule == "retention" else self.days[rule]).text().strip()
            try:
                days = int(text)
            except ValueError:
                errors[key] = (translate("AlertSettingsDialog", "Send every so many days, weeks or "
                                                                "months: a whole number")
                               if rule == "retention"
                               else translate("AlertSettingsDialog", "A whole number of days"))
                days = 0
            changes: dict[str, object] = {"enabled": self.toggles[rule].isChecked(), "days": days}
            if rule == "retention":
                changes["unit"] = self.unit.currentData()
            settings = settings.with_rule(rule, **changes)
        rows, cell_errors = self.matrix.values()
        errors.update(cell_errors)
        return AlertSettings(settings.rules, rows), errors

    def save(self) -> None:
        if not self.manager:
            return
        settings, errors = self.value()
        if settings is None:
            return
        if errors:
            log.debug("alert settings refused before saving: %s", errors)
            self.show_errors(errors)
            return
        self.clear_errors()
        self._set_busy(True)
        ctx = self._ctx
        self._runner.run(f"{self._task}.save", lambda: alert_settings.save(ctx, settings),
                         self._saved, on_error=self._refused, write=True)

    def _saved(self, _result: object) -> None:
        self._set_busy(False)
        log.info("alert settings saved")
        self.saved.emit()
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
        else:
            show_exception(self, exc)

    def _set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)

    def reject(self) -> None:
        if not self.buttons.isEnabled():
            return  # saving: its answer lands on this dialog
        super().reject()

    # -- messages --------------------------------------------------------------------

    def show_errors(self, errors: dict[str, str]) -> None:
        self.clear_errors()
        other = []
        for key, message in errors.items():
            if key in self._errors:
                self._errors[key].setText(message)
                self._errors[key].show()
            elif self.matrix.has_key(key):
                self.matrix.set_error(key, message)
            else:
                other.append(message)
        if other:
            self.general_error.setText("\n".join(other))
            self.general_error.show()
        first = next((self._field(k) for k in errors if self._field(k) is not None), None)
        if first is not None:
            first.setFocus()

    def _field(self, key: str) -> QWidget | None:
        if key == "retention.frequency":
            return self.frequency
        if key.endswith(".days") and key[:-5] in self.days:
            return self.days[key[:-5]]
        if self.matrix.has_key(key):
            rating_id, column = key.split(".")[1:]
            return self.matrix.cell(int(rating_id), column)
        return None

    def error_text(self, key: str) -> str:
        """The message shown under field ``key`` ("" if none): what tests read."""
        label = self._errors.get(key)
        if label is not None:
            return label.text() if not label.isHidden() else ""
        if self.matrix.has_key(key):
            return self.matrix.error_text(key)
        return self.general_error.text() if key == "" and not self.general_error.isHidden() else ""

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()
        self.matrix.clear_errors()
        self.general_error.clear()
        self.general_error.hide()

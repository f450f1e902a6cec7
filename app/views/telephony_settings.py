"""Settings > Telephony: this desk's SIP line and modem, and the office's
call options. The SIP password goes to the OS keyring, or (when the machine
has no secure keyring, or the user prefers) is kept for this session only.

The office's options are read and everything is saved through the task runner:
the Calls tab says "Loading…" until its values arrive, Save writes in the
background and closes the dialog once all is stored, or names the refused fields.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.config import LocalSettings
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.context import AppContext
from app.services.office import secrets
from app.services.office import settings as office_settings
from app.services.office.settings import CallOptions
from app.services.validation import ValidationError
from app.views.errors import show_exception, user_message
from app.views.tasks import TaskRunner
from app.views.widgets.fields import side_by_side

log = logging.getLogger(__name__)
LINE_NAME = "desk"  # one SIP line per desk (pjsua2 runs one endpoint per process)
DIAL_FORMS = [(QT_TRANSLATE_NOOP("TelephonySettings", "As typed"), "as-is"),
              (QT_TRANSLATE_NOOP("TelephonySettings", "International (E.164)"), "e164"),
              (QT_TRANSLATE_NOOP("TelephonySettings", "National, with the trunk prefix"), "national")]
LOAD_TASK = "telephony-settings-load"
LINE_TEST_TASK = "telephony-settings-line-test"
SAVE_TASK = "telephony-settings-save"
REFUSED = "border: 1px solid #b3261e;"


@dataclass(frozen=True)
class TelephonyChanges:
    """What Save stores, gathered from the fields on the GUI thread."""

    local: LocalSettings  # this desk's SIP line and modem
    password: str  # "" keeps the stored one
    remember: bool
    options: CallOptions | None  # None: the office's options never arrived, left alone


def save_changes(ctx: AppContext, changes: TelephonyChanges) -> LocalSettings:
    """Store everything, in the writer thread: refused office options stop it
    before anything is written; then the password, the office's options (one
    transaction) and this desk's settings file."""
    if changes.options is not None:
        errors = office_settings.call_options_errors(changes.options)
        if errors:
            raise ValidationError(errors)
    if changes.password:
        secrets.store(secrets.sip_account(LINE_NAME), changes.password,
                      remember=changes.remember)
    if changes.options is not None:
        office_settings.save_call_options(ctx, changes.options)
    changes.local.save()
    return changes.local


def check_sip_line(conf: dict[str, Any], typed_password: str) -> Any:
    """Test the SIP line (``LineAnswer``) with the password typed, else the stored one
    (the keyring is read here, in the runner: it may wait on the secret service)."""
    from app.telephony import line_test

    password = typed_password or secrets.get(secrets.sip_account(LINE_NAME)) or ""
    return line_test.check_sip(conf, password)


def check_modem_line(port: str, profile: dict[str, Any]) -> Any:
    """Test the modem on ``port`` (``LineAnswer``: its answers to AT and ATI)."""
    from app.telephony import line_test
    from app.telephony.modem_profiles import ModemProfile

    return line_test.check_modem(port, ModemProfile.from_dict(profile))


def serial_ports() -> list[str]:
    try:
        from serial.tools import list_ports

        return sorted(p.device for p in list_ports.comports())
    except Exception:  # no serial support on this machine: type the port
        return []


def modem_port_choice(port: str | None, parent: QWidget) -> QComboBox:
    """The serial ports this machine has, or one typed (a modem's port)."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.addItems(serial_ports())
    combo.setCurrentText(port or "/dev/ttyACM0")
    return combo


def modem_profile_choice(chosen: str, parent: QWidget) -> QComboBox:
    """The built-in modem profiles (the data is the profile's name)."""
    from app.telephony.modem_profiles import BUILTIN_PROFILES

    combo = QComboBox(parent)
    for name, prof in BUILTIN_PROFILES.items():
        combo.addItem(f"{name}: {prof.description}", name)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    return combo


def scrolling(page: QWidget) -> QScrollArea:
    """A tab page that scrolls up and down rather than clip on a short screen
    (600 px); as wide as the page, so it never scrolls sideways."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(page)
    area.setMinimumWidth(page.minimumSizeHint().width()
                         + area.verticalScrollBar().sizeHint().width())
    return area


class TelephonySettingsDialog(QDialog):
    loaded = Signal()
    """The office's call options arrived: the Calls tab can be edited."""

    def __init__(self, ctx: AppContext, settings: LocalSettings, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("TelephonySettings", "Telephony settings"))
        self._ctx = ctx
        self._settings = settings
        self._runner = runner
        self._options: CallOptions | None = None  # as read; None until they arrive
        self._saving = False
        sip: dict[str, Any] = settings.sip_accounts.get(LINE_NAME, {})
        modem_port, modem = next(iter(settings.modems.items()), ("", {}))

        # widgets: SIP
        self.sip_on = QCheckBox(translate("TelephonySettings", "Watch a SIP line for callers"), self)
        self.sip_on.setChecked(bool(sip))
        self.mode = QComboBox(self)
        self.mode.addItem(translate("TelephonySettings",
                                    "Listen here (the PBX sends calls to this computer)"), "listen")
        self.mode.addItem(translate("TelephonySettings", "Register an account at a PBX"), "account")
        self.mode.setCurrentIndex(max(0, self.mode.findData(sip.get("mode", "listen"))))
        self.host = QLineEdit(sip.get("host", "0.0.0.0"), self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(int(sip.get("port", 5060)))
        self.transport = QComboBox(self)
        self.transport.addItems(["udp", "tcp"])
        self.transport.setCurrentText(sip.get("transport", "udp"))
        self.domain = QLineEdit(sip.get("domain", ""), self)
        self.user = QLineEdit(sip.get("user", ""), self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(translate("TelephonySettings", "unchanged") if sip else "")
        self.remember = QCheckBox(translate("TelephonySettings",
                                            "Remember the password in the system keyring"), self)
        self.keyring_note = QLabel(self)
        self.keyring_note.setWordWrap(True)
        self.desk_phone = QLineEdit(sip.get("desk_phone_uri", ""), self)
        self.desk_phone.setPlaceholderText(translate("TelephonySettings",
                                                     "sip:201@pbx.example.com  (for click-to-call)"))
        self.dial_form = QComboBox(self)
        for label, value in DIAL_FORMS:
            self.dial_form.addItem(translate("TelephonySettings", label), value)
        self.dial_form.setCurrentIndex(max(0, self.dial_form.findData(
            sip.get("dial_form", "as-is"))))
        self.country_code = QLineEdit(sip.get("country_code", ""), self)
        self.trunk_prefix = QLineEdit(sip.get("trunk_prefix", "0"), self)
        # widgets: modem
        self.modem_on = QCheckBox(translate("TelephonySettings", "Use a caller-ID modem"), self)
        self.modem_on.setChecked(bool(modem_port))
        self.modem_port = modem_port_choice(modem_port, self)
        self.profile = modem_profile_choice(modem.get("name", "generic"), self)
        for combo in (self.mode, self.profile):  # long descriptions: the list shows them whole
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(28)
        self.ring_gap = QDoubleSpinBox(self)
        self.ring_gap.setRange(2.0, 30.0)
        self.ring_gap.setSuffix(translate("TelephonySettings", " s"))
        self.ring_gap.setValue(float(modem.get("ring_gap_s", 7.0)))
        self.init = QPlainTextEdit("\n".join(modem.get("init_commands", [])), self)
        self.init.setPlaceholderText(translate("TelephonySettings",
                                               "one AT command per line; A|B tries B when A fails\n"
                                     "(empty: the profile's own)"))
        self.init.setFixedHeight(70)
        # widgets: office (disabled until their values arrive)
        self.leads = QCheckBox(translate("TelephonySettings",
                                         "Every call from an unknown number creates a new Lead"), self)
        self.match_digits = QSpinBox(self)
        self.match_digits.setRange(4, 15)
        self.region = QLineEdit(self)
        self.region.setMaxLength(2)
        self.region.setPlaceholderText(translate("TelephonySettings", "Loading…"))
        for field in self._office_fields():
            field.setEnabled(False)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.test_button = self.buttons.addButton(translate("TelephonySettings", "Test the line"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.test_button.setToolTip(translate(
            "TelephonySettings", "Start the SIP line or ask the modem (AT, ATI) as set here, "
            "and show what it answered"))
        self.test_result = QLabel(self)
        self.test_result.setObjectName("lineTestResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # layout
        self.tabs = tabs = QTabWidget(self)
        sip_page, modem_page, office_page = QWidget(), QWidget(), QWidget()
        f = QFormLayout(sip_page)
        f.addRow(self.sip_on)
        f.addRow(translate("TelephonySettings", "Mode"), self.mode)
        f.addRow(translate("TelephonySettings", "Address / port"), side_by_side(self.host, self.port))
        f.addRow(translate("TelephonySettings", "Transport"), self.transport)
        f.addRow(translate("TelephonySettings", "PBX domain"), self.domain)
        f.addRow(translate("TelephonySettings", "User"), self.user)
        f.addRow(translate("TelephonySettings", "Password"), self.password)
        f.addRow(self.remember)
        f.addRow(self.keyring_note)
        f.addRow(translate("TelephonySettings", "Your desk phone"), self.desk_phone)
        f.addRow(translate("TelephonySettings", "Dial numbers"), self.dial_form)
        f.addRow(translate("TelephonySettings", "Country code / trunk prefix"),
                 side_by_side(self.country_code, self.trunk_prefix))
        m = QFormLayout(modem_page)
        m.addRow(self.modem_on)
        m.addRow(translate("TelephonySettings", "Port"), self.modem_port)
        m.addRow(translate("TelephonySettings", "Modem"), self.profile)
        m.addRow(translate("TelephonySettings", "Ringing has stopped after"), self.ring_gap)
        m.addRow(translate("TelephonySettings", "Init commands"), self.init)
        o = QFormLayout(office_page)
        o.addRow(self.leads)
        o.addRow(translate("TelephonySettings", "Match the last digits"), self.match_digits)
        o.addRow(translate("TelephonySettings", "Home region (ISO code)"), self.region)
        tabs.addTab(scrolling(sip_page), translate("TelephonySettings", "SIP line"))
        tabs.addTab(scrolling(modem_page), translate("TelephonySettings", "Modem"))
        tabs.addTab(scrolling(office_page), translate("TelephonySettings", "Calls (office)"))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.test_result)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        # signals
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.test_line)
        self._show_keyring_state()
        runner.run(LOAD_TASK, partial(office_settings.call_options, ctx), self._show_options,
                   on_error=self._options_failed)

    def test_line(self) -> None:
        """Test the line of the tab shown (the SIP line unless the Modem tab is), as set
        here and not yet saved; the answer shows under the tabs."""
        modem = self.tabs.currentIndex() == 1 or (self.modem_on.isChecked()
                                                  and not self.sip_on.isChecked())
        try:
            job = partial(check_modem_line, self.modem_port.currentText(),
                          self.modem_profile()) if modem else \
                partial(check_sip_line, self.sip_config(), self.password.text())
        except (ValueError, TypeError) as exc:
            self._line_answered(False, str(exc))
            return
        self.test_button.setEnabled(False)
        self._line_answered(True, translate("TelephonySettings", "Testing the line…"))
        self._runner.run(LINE_TEST_TASK, job,
                         lambda answer: self._line_answered(answer.ok, answer.text),
                         on_error=lambda exc: self._line_answered(False, user_message(exc)))

    def _line_answered(self, ok: bool, text: str) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet("color: #1b5e20;" if ok else "color: #b3261e;")
        self.test_result.setText(text)

    def _office_fields(self) -> list[QWidget]:
        return [self.leads, self.match_digits, self.region]

    def _show_options(self, options: CallOptions) -> None:
        self._options = options
        self.leads.setChecked(options.unknown_callers_become_leads)
        self.match_digits.setValue(options.match_digits)
        self.region.setText(options.home_region)
        self.region.setPlaceholderText("")
        for field in self._office_fields():
            field.setEnabled(True)
        self.loaded.emit()

    def _options_failed(self, exc: BaseException) -> None:
        """The Calls tab stays disabled (Save leaves the office's options alone)."""
        self.region.setPlaceholderText("")
        self.error.setText(translate("TelephonySettings",
                                     "The office's call options could not be read: {reason}").format(
            reason=user_message(exc)))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        screen = self.screen().availableGeometry()
        frame = self.frameGeometry().height() - self.height()
        if self.frameGeometry().height() > screen.height():  # the pages scroll instead
            self.resize(self.width(), screen.height() - frame)
            self.move(self.x(), screen.top())

    def _show_keyring_state(self) -> None:
        state = secrets.status()
        self.remember.setEnabled(state.secure)
        self.remember.setChecked(state.secure)
        self.keyring_note.setText(state.message if not state.secure else
                                  translate("TelephonySettings",
                                            "Unticked: the password is kept until Ringcard closes."))

    def sip_config(self) -> dict[str, Any]:
        from app.telephony.sip import SipConfig

        return asdict(SipConfig(
            mode=str(self.mode.currentData()), host=self.host.text().strip() or "0.0.0.0",
            port=self.port.value(), transport=self.transport.currentText(),
            domain=self.domain.text().strip(), user=self.user.text().strip(),
            desk_phone_uri=self.desk_phone.text().strip(),
            dial_form=str(self.dial_form.currentData()),
            country_code=self.country_code.text().strip().lstrip("+"),
            trunk_prefix=self.trunk_prefix.text().strip(), label=LINE_NAME))

    def modem_profile(self) -> dict[str, Any]:
        from app.telephony.modem_profiles import ModemProfile, builtin_profile

        prof = builtin_profile(str(self.profile.currentData())).to_dict()
        prof["ring_gap_s"] = self.ring_gap.value()
        commands = [c.strip() for c in self.init.toPlainText().splitlines() if c.strip()]
        if commands:
            prof["init_commands"] = commands
        return ModemProfile.from_dict(prof).to_dict()  # validates

    def accept(self) -> None:
        """Save in the background; the dialog closes once everything is stored."""
        if self._saving:
            return
        self._show_refusals({})
        try:
            changes = self.changes()
        except (ValueError, TypeError) as exc:
            self.error.setText(str(exc))
            return
        self._set_saving(True)
        self._runner.run(SAVE_TASK, partial(save_changes, self._ctx, changes), self._saved,
                         on_error=self._save_failed, write=True)

    def reject(self) -> None:
        if not self._saving:  # a save under way finishes first (Cancel is disabled)
            super().reject()

    def done(self, result: int) -> None:
        self._runner.cancel(LOAD_TASK)  # a late answer must not reach a closed dialog
        self._runner.cancel(LINE_TEST_TASK)
        super().done(result)

    def changes(self) -> TelephonyChanges:
        """What Save stores; ValueError names what is missing."""
        fresh = LocalSettings.load()
        if self.sip_on.isChecked():
            conf = self.sip_config()
            if conf["mode"] == "account" and not (conf["domain"] and conf["user"]):
                raise ValueError(translate("TelephonySettings",
                                           "An account needs the PBX domain and a user"))
            fresh.sip_accounts = {LINE_NAME: conf}
        else:
            fresh.sip_accounts = {}
        if self.modem_on.isChecked():
            port = self.modem_port.currentText().strip()
            if not port:
                raise ValueError(translate("TelephonySettings", "Which serial port is the modem on?"))
            fresh.modems = {port: self.modem_profile()}
        else:
            fresh.modems = {}
        options = None if self._options is None else CallOptions(
            self.leads.isChecked(), self.match_digits.value(),
            self.region.text().strip().upper())
        password = self.password.text() if self.sip_on.isChecked() else ""
        return TelephonyChanges(fresh, password, self.remember.isChecked(), options)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        for button in self.buttons.buttons():
            button.setEnabled(not saving)
        if saving:
            self.error.setText(translate("TelephonySettings", "Saving…"))

    def _saved(self, local: LocalSettings) -> None:
        self._set_saving(False)
        self.error.clear()
        self._settings.sip_accounts, self._settings.modems = local.sip_accounts, local.modems
        super().accept()

    def _save_failed(self, exc: BaseException) -> None:
        """Refused fields are marked on the Calls tab; anything else (a keyring that
        refused, the database away) is said, and the dialog stays open."""
        self._set_saving(False)
        if isinstance(exc, ValidationError):
            self._show_refusals(exc.errors)
            self.tabs.setCurrentIndex(2)
        else:
            self.error.setText(user_message(exc))
            show_exception(self, exc)

    def _show_refusals(self, errors: dict[str, str]) -> None:
        fields = {"home_region": self.region, "match_digits": self.match_digits}
        for key, field in fields.items():
            field.setStyleSheet(REFUSED if key in errors else "")
            field.setToolTip(errors.get(key, ""))
        self.error.setText("\n".join(errors.values()))

"""Settings > Telephony: this desk's SIP line and modem, and the office's
call options. The SIP password goes to the OS keyring, or (when the machine
has no secure keyring, or the user prefers) is kept for this session only."""

from __future__ import annotations

import logging
from dataclasses import asdict
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.config import LocalSettings
from app.services.context import AppContext
from app.services.office import secrets
from app.services.office import settings as office_settings
from app.views.errors import show_exception

log = logging.getLogger(__name__)
LINE_NAME = "desk"  # one SIP line per desk (pjsua2 runs one endpoint per process)
DIAL_FORMS = [("As typed", "as-is"), ("International (E.164)", "e164"),
              ("National, with the trunk prefix", "national")]


def serial_ports() -> list[str]:
    try:
        from serial.tools import list_ports

        return sorted(p.device for p in list_ports.comports())
    except Exception:  # no serial support on this machine: type the port
        return []


class TelephonySettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, settings: LocalSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Telephony settings")
        self._ctx = ctx
        self._settings = settings
        sip: dict[str, Any] = settings.sip_accounts.get(LINE_NAME, {})
        modem_port, modem = next(iter(settings.modems.items()), ("", {}))

        # widgets: SIP
        self.sip_on = QCheckBox("Watch a SIP line for callers", self)
        self.sip_on.setChecked(bool(sip))
        self.mode = QComboBox(self)
        self.mode.addItem("Listen here (the PBX sends calls to this computer)", "listen")
        self.mode.addItem("Register an account at a PBX", "account")
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
        self.password.setPlaceholderText("unchanged" if sip else "")
        self.remember = QCheckBox("Remember the password in the system keyring", self)
        self.keyring_note = QLabel(self)
        self.keyring_note.setWordWrap(True)
        self.desk_phone = QLineEdit(sip.get("desk_phone_uri", ""), self)
        self.desk_phone.setPlaceholderText("sip:201@pbx.example.com  (for click-to-call)")
        self.dial_form = QComboBox(self)
        for label, value in DIAL_FORMS:
            self.dial_form.addItem(label, value)
        self.dial_form.setCurrentIndex(max(0, self.dial_form.findData(
            sip.get("dial_form", "as-is"))))
        self.country_code = QLineEdit(sip.get("country_code", ""), self)
        self.trunk_prefix = QLineEdit(sip.get("trunk_prefix", "0"), self)
        # widgets: modem
        self.modem_on = QCheckBox("Use a caller-ID modem", self)
        self.modem_on.setChecked(bool(modem_port))
        self.modem_port = QComboBox(self)
        self.modem_port.setEditable(True)
        self.modem_port.addItems(serial_ports())
        self.modem_port.setCurrentText(modem_port or "/dev/ttyACM0")
        self.profile = QComboBox(self)
        from app.telephony.modem_profiles import BUILTIN_PROFILES

        for name, prof in BUILTIN_PROFILES.items():
            self.profile.addItem(f"{name}: {prof.description}", name)
        self.profile.setCurrentIndex(max(0, self.profile.findData(modem.get("name", "generic"))))
        self.ring_gap = QDoubleSpinBox(self)
        self.ring_gap.setRange(2.0, 30.0)
        self.ring_gap.setSuffix(" s")
        self.ring_gap.setValue(float(modem.get("ring_gap_s", 7.0)))
        self.init = QPlainTextEdit("\n".join(modem.get("init_commands", [])), self)
        self.init.setPlaceholderText("one AT command per line; A|B tries B when A fails\n"
                                     "(empty: the profile's own)")
        self.init.setFixedHeight(70)
        # widgets: office
        self.leads = QCheckBox("Every call from an unknown number creates a new Lead", self)
        self.match_digits = QSpinBox(self)
        self.match_digits.setRange(4, 15)
        with ctx.read() as s:
            self.leads.setChecked(bool(office_settings.get(s, "unknown_callers_become_leads")))
            self.match_digits.setValue(int(office_settings.get(s, "match_digits")))
            self.region = QLineEdit(office_settings.home_region(s), self)
        self.region.setMaxLength(2)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)

        # layout
        tabs = QTabWidget(self)
        sip_page, modem_page, office_page = QWidget(), QWidget(), QWidget()
        f = QFormLayout(sip_page)
        f.addRow(self.sip_on)
        f.addRow("Mode", self.mode)
        f.addRow("Address / port", self._pair(self.host, self.port))
        f.addRow("Transport", self.transport)
        f.addRow("PBX domain", self.domain)
        f.addRow("User", self.user)
        f.addRow("Password", self.password)
        f.addRow(self.remember)
        f.addRow(self.keyring_note)
        f.addRow("Your desk phone", self.desk_phone)
        f.addRow("Dial numbers", self.dial_form)
        f.addRow("Country code / trunk prefix", self._pair(self.country_code, self.trunk_prefix))
        m = QFormLayout(modem_page)
        m.addRow(self.modem_on)
        m.addRow("Port", self.modem_port)
        m.addRow("Modem", self.profile)
        m.addRow("Ringing has stopped after", self.ring_gap)
        m.addRow("Init commands", self.init)
        o = QFormLayout(office_page)
        o.addRow(self.leads)
        o.addRow("Match the last digits", self.match_digits)
        o.addRow("Home region (ISO code)", self.region)
        tabs.addTab(sip_page, "SIP line")
        tabs.addTab(modem_page, "Modem")
        tabs.addTab(office_page, "Calls (office)")
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        # signals
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._show_keyring_state()

    @staticmethod
    def _pair(a: QWidget, b: QWidget) -> QWidget:
        box = QWidget()
        from PySide6.QtWidgets import QHBoxLayout

        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(a, 3)
        row.addWidget(b, 1)
        return box

    def _show_keyring_state(self) -> None:
        state = secrets.status()
        self.remember.setEnabled(state.secure)
        self.remember.setChecked(state.secure)
        self.keyring_note.setText(state.message if not state.secure else
                                  "Unticked: the password is kept until Ringcard closes.")

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
        try:
            self._save()
        except (ValueError, TypeError) as exc:
            self.error.setText(str(exc))
            return
        except Exception as exc:  # keyring refused, database away: say so, keep the dialog
            self.error.setText(str(exc))
            show_exception(self, exc)
            return
        super().accept()

    def _save(self) -> None:
        fresh = LocalSettings.load()
        if self.sip_on.isChecked():
            conf = self.sip_config()
            if conf["mode"] == "account" and not (conf["domain"] and conf["user"]):
                raise ValueError("An account needs the PBX domain and a user")
            fresh.sip_accounts = {LINE_NAME: conf}
            if self.password.text():
                secrets.store(secrets.sip_account(LINE_NAME), self.password.text(),
                              remember=self.remember.isChecked())
        else:
            fresh.sip_accounts = {}
        if self.modem_on.isChecked():
            port = self.modem_port.currentText().strip()
            if not port:
                raise ValueError("Which serial port is the modem on?")
            fresh.modems = {port: self.modem_profile()}
        else:
            fresh.modems = {}
        with self._ctx.write() as s:
            office_settings.set_value(s, "unknown_callers_become_leads", self.leads.isChecked())
            office_settings.set_value(s, "match_digits", self.match_digits.value())
            region = self.region.text().strip().upper()
            if len(region) != 2 or not region.isalpha():
                raise ValueError("The home region is a two-letter country code such as GB")
            office_settings.set_value(s, "home_region", region)
        fresh.save()
        self._settings.sip_accounts, self._settings.modems = fresh.sip_accounts, fresh.modems

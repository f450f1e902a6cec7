"""The wizard's pages about this desk: which database it runs on (with a
connection test), its phone line (with a Test button that shows what the line
answered) and how to start (empty, or a demo office in a file of its own).

Tests of a database or a line wait on the network or a serial port, so they
run in the window's task runner and the answer is shown when it arrives."""

from __future__ import annotations

import os
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.config import LocalSettings
from app.db import ENV_URL
from app.i18n import translate
from app.services.office import desk_database
from app.services.office.first_run import FirstRunState
from app.views.errors import user_message
from app.views.first_run.office_pages import ERROR_STYLE, note_label
from app.views.tasks import TaskRunner
from app.views.telephony_settings import (
    LINE_NAME,
    check_modem_line,
    check_sip_line,
    modem_port_choice,
    modem_profile_choice,
)
from app.views.widgets.fields import side_by_side

DB_TEST_TASK = "first-run-database-test"
LINE_TEST_TASK = "first-run-line-test"
OK_STYLE = "color: #1b5e20;"


def _answer(label: QLabel, ok: bool, text: str) -> None:
    label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
    label.setText(text)


class DatabasePage(QWizardPage):
    """This desk alone (the SQLite file) or the office's PostgreSQL database."""

    def __init__(self, runner: TaskRunner, settings: LocalSettings) -> None:
        super().__init__()
        self.setTitle(translate("FirstRun", "The database"))
        self.setSubTitle(translate("FirstRun", "Where this desk keeps the contacts and "
                                   "activities."))
        self._runner = runner
        current = "" if settings.in_demo_office else (settings.database_url or "")
        if settings.in_demo_office:
            current = settings.database_before_demo or ""
        self.alone = QRadioButton(translate("FirstRun", "This desk alone"), self)
        self.file = note_label(self, str(desk_database.default_file()))
        self.file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.office = QRadioButton(translate("FirstRun", "Our office database (PostgreSQL)"),
                                   self)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("postgresql://ringcard@server/office")
        self.test = QPushButton(translate("FirstRun", "Test connection"), self)
        self.result = note_label(self)
        self.result.setObjectName("databaseTestResult")
        self.note = note_label(self, translate(
            "FirstRun", "Leave the password out of the address: PostgreSQL takes it from "
            "~/.pgpass or PGPASSWORD. The window reopens on the database you choose when "
            "you finish."))
        if os.environ.get(ENV_URL):  # it wins over the desk's setting at every start
            self.note.setText(self.note.text() + " " + translate(
                "FirstRun", "RINGCARD_DATABASE_URL is set on this computer: it decides the "
                "database at each start, whatever is chosen here."))
        group = QButtonGroup(self)
        group.addButton(self.alone)
        group.addButton(self.office)
        is_office = current.startswith(("postgresql", "postgres"))
        (self.office if is_office else self.alone).setChecked(True)
        self.url.setText(current if is_office else "")
        self._current = current if is_office else ""
        row = QHBoxLayout()
        row.addWidget(self.url, 1)
        row.addWidget(self.test)
        layout = QVBoxLayout(self)
        layout.addWidget(self.alone)
        layout.addWidget(self.file)
        layout.addSpacing(8)
        layout.addWidget(self.office)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(self.note)
        self.office.toggled.connect(self._mode_changed)
        self.url.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.test.clicked.connect(self.run_test)
        self._mode_changed()

    def _mode_changed(self) -> None:
        office = self.office.isChecked()
        self.url.setEnabled(office)
        self.test.setEnabled(office)
        self.completeChanged.emit()

    def chosen_url(self) -> str | None:
        """The office URL, or None for this desk alone."""
        return self.url.text().strip() if self.office.isChecked() else None

    def changed(self) -> bool:
        return (self.chosen_url() or "") != self._current

    def run_test(self) -> None:
        url = self.url.text().strip()
        self.test.setEnabled(False)
        _answer(self.result, True, translate("FirstRun", "Connecting…"))
        self._runner.run(DB_TEST_TASK, partial(desk_database.check_connection, url),
                         self._tested, on_error=self._failed)

    def _tested(self, text: str) -> None:
        self.test.setEnabled(self.office.isChecked())
        _answer(self.result, True, text)

    def _failed(self, exc: BaseException) -> None:
        self.test.setEnabled(self.office.isChecked())
        _answer(self.result, False, user_message(exc))

    def validatePage(self) -> bool:  # noqa: N802
        if not self.office.isChecked():
            return True
        problem = desk_database.office_url_error(self.url.text())
        if problem:
            _answer(self.result, False, problem)
        return problem is None


class LinePage(QWizardPage):
    """None, a SIP line or a caller-ID modem; Test shows what the line answered.
    The same settings as Settings > Telephony (more options there)."""

    def __init__(self, runner: TaskRunner, settings: LocalSettings) -> None:
        super().__init__()
        self.setTitle(translate("FirstRun", "A phone line"))
        self.setSubTitle(translate("FirstRun", "Ringcard shows who is calling and writes "
                                   "the call log from a SIP line or a caller-ID modem."))
        self._runner = runner
        sip: dict[str, Any] = settings.sip_accounts.get(LINE_NAME, {})
        modem_port, self._modem_conf = next(iter(settings.modems.items()), ("", {}))
        self._sip_conf = dict(sip)
        self.none = QRadioButton(translate("FirstRun", "No phone line"), self)
        self.sip = QRadioButton(translate("FirstRun", "A SIP line"), self)
        self.modem = QRadioButton(translate("FirstRun", "A caller-ID modem"), self)
        group = QButtonGroup(self)
        for button in (self.none, self.sip, self.modem):
            group.addButton(button)
        (self.sip if sip else self.modem if modem_port else self.none).setChecked(True)
        # SIP
        self.mode = QComboBox(self)
        self.mode.addItem(translate("FirstRun", "Listen here (the PBX sends calls to this "
                                    "computer)"), "listen")
        self.mode.addItem(translate("FirstRun", "Register an account at a PBX"), "account")
        self.mode.setCurrentIndex(max(0, self.mode.findData(sip.get("mode", "listen"))))
        self.host = QLineEdit(str(sip.get("host", "0.0.0.0")), self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(int(sip.get("port", 5060)))
        self.domain = QLineEdit(str(sip.get("domain", "")), self)
        self.user = QLineEdit(str(sip.get("user", "")), self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(translate("FirstRun", "unchanged") if sip else "")
        self.sip_box = QWidget(self)
        f = QFormLayout(self.sip_box)
        f.setContentsMargins(24, 0, 0, 0)
        f.addRow(translate("FirstRun", "Mode"), self.mode)
        f.addRow(translate("FirstRun", "Address / port"), side_by_side(self.host, self.port))
        f.addRow(translate("FirstRun", "PBX domain"), self.domain)
        f.addRow(translate("FirstRun", "User"), self.user)
        f.addRow(translate("FirstRun", "Password"), self.password)
        # modem
        self.modem_port = modem_port_choice(modem_port, self)
        self.profile = modem_profile_choice(self._modem_conf.get("name", "generic"), self)
        for combo in (self.mode, self.profile):  # long descriptions: the list shows them whole
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
        self.modem_box = QWidget(self)
        m = QFormLayout(self.modem_box)
        m.setContentsMargins(24, 0, 0, 0)
        m.addRow(translate("FirstRun", "Port"), self.modem_port)
        m.addRow(translate("FirstRun", "Modem"), self.profile)
        self.test = QPushButton(translate("FirstRun", "Test the line"), self)
        self.result = note_label(self)
        self.result.setObjectName("lineTestResult")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.none)
        layout.addWidget(self.sip)
        layout.addWidget(self.sip_box)
        layout.addWidget(self.modem)
        layout.addWidget(self.modem_box)
        layout.addWidget(self.test, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(note_label(self, translate(
            "FirstRun", "More options (dialling, init commands, call options) are in "
            "Settings > Telephony.")))
        group.buttonToggled.connect(lambda *_: self._kind_changed())
        self.test.clicked.connect(self.run_test)
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.sip_box.setVisible(self.sip.isChecked())
        self.modem_box.setVisible(self.modem.isChecked())
        self.test.setEnabled(not self.none.isChecked())
        self.result.clear()

    def sip_config(self) -> dict[str, Any]:
        from dataclasses import asdict

        from app.telephony.sip import SipConfig

        keep = {k: v for k, v in self._sip_conf.items() if k in SipConfig.__dataclass_fields__}
        keep.update(mode=str(self.mode.currentData()), host=self.host.text().strip() or
                    "0.0.0.0", port=self.port.value(), domain=self.domain.text().strip(),
                    user=self.user.text().strip(), label=LINE_NAME)
        return asdict(SipConfig(**keep))

    def modem_profile(self) -> dict[str, Any]:
        from app.telephony.modem_profiles import ModemProfile, builtin_profile

        prof = builtin_profile(str(self.profile.currentData())).to_dict()
        for key in ("ring_gap_s", "init_commands"):  # what Settings > Telephony set stays
            if key in self._modem_conf:
                prof[key] = self._modem_conf[key]
        return ModemProfile.from_dict(prof).to_dict()

    def run_test(self) -> None:
        if self.sip.isChecked():
            job = partial(check_sip_line, self.sip_config(), self.password.text())
        else:
            job = partial(check_modem_line, self.modem_port.currentText(), self.modem_profile())
        self.test.setEnabled(False)
        _answer(self.result, True, translate("FirstRun", "Testing the line…"))
        self._runner.run(LINE_TEST_TASK, job, self._tested, on_error=self._test_failed)

    def _tested(self, answer: Any) -> None:
        self.test.setEnabled(not self.none.isChecked())
        _answer(self.result, answer.ok, answer.text)

    def _test_failed(self, exc: BaseException) -> None:
        self.test.setEnabled(not self.none.isChecked())
        _answer(self.result, False, user_message(exc))

    def validatePage(self) -> bool:  # noqa: N802
        if self.sip.isChecked() and self.mode.currentData() == "account" and not (
                self.domain.text().strip() and self.user.text().strip()):
            _answer(self.result, False, translate("FirstRun", "An account needs the PBX "
                                                  "domain and a user"))
            return False
        if self.modem.isChecked() and not self.modem_port.currentText().strip():
            _answer(self.result, False, translate("FirstRun", "Which serial port is the "
                                                  "modem on?"))
            return False
        return True

    def local_settings(self) -> LocalSettings:
        """This desk's settings with the chosen line (read fresh from disk)."""
        fresh = LocalSettings.load()
        fresh.sip_accounts = {LINE_NAME: self.sip_config()} if self.sip.isChecked() else {}
        port = self.modem_port.currentText().strip()
        fresh.modems = {port: self.modem_profile()} if self.modem.isChecked() else {}
        return fresh


class StartPage(QWizardPage):
    """Start empty, or with a small demo office in a database of its own."""

    def __init__(self, settings: LocalSettings) -> None:
        super().__init__()
        self.setTitle(translate("FirstRun", "Start"))
        self.setSubTitle(translate("FirstRun", "Begin with your own contacts, or look "
                                   "around a small demo office first."))
        self._in_demo = settings.in_demo_office
        self.empty = QRadioButton(translate("FirstRun", "Start empty"), self)
        self.demo = QRadioButton(translate(
            "FirstRun", "Load a small demo office into a separate demo database"), self)
        self.demo_note = note_label(self, translate(
            "FirstRun", "The demo office is its own file ({path}): your database never "
            "receives demo rows. File > Leave the demo office goes back.").format(
                path=desk_database.demo_office_path()))
        self.progress = note_label(self)
        group = QButtonGroup(self)
        group.addButton(self.empty)
        group.addButton(self.demo)
        (self.demo if self._in_demo else self.empty).setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.demo)
        layout.addWidget(self.demo_note)
        layout.addStretch(1)
        layout.addWidget(self.progress)

    def show_state(self, state: FirstRunState) -> None:
        count = state.contacts  # a plain name: the translation tool reads it
        if count and not self._in_demo:
            self.empty.setText(translate("FirstRun", "Go on with the %n contact(s) in this "
                                         "database", None, count))
        if self._in_demo:
            self.empty.setText(translate("FirstRun", "Leave the demo office (back to your "
                                         "own database)"))
            self.demo.setText(translate("FirstRun", "Stay in the demo office"))

    def wants_demo(self) -> bool:
        return self.demo.isChecked()

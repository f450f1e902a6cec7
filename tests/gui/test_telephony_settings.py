"""Settings > Telephony: what is saved where, nothing half-saved, and no database
work on the GUI thread (it reads and saves through the task runner)."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from app.config import LocalSettings
from app.services.context import AppContext
from app.services.office import secrets
from app.services.office import settings as office_settings
from app.views.tasks import TaskRunner
from app.views.telephony_settings import TelephonySettingsDialog
from tests.gui.threads import statements_by_thread


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


def opened(qtbot, ctx: AppContext, runner: TaskRunner) -> TelephonySettingsDialog:  # type: ignore[no-untyped-def]
    """The dialog, once the office's options have arrived."""
    dialog = TelephonySettingsDialog(ctx, LocalSettings.load(), runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    return dialog


def save(qtbot, dialog: TelephonySettingsDialog, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    """Press Save and wait until the write has answered (saved or refused)."""
    with qtbot.waitSignal(runner.settled, timeout=10_000,
                          check_params_cb=lambda key: key == "telephony-settings-save"):
        dialog.accept()


def test_opening_and_saving_do_no_database_work_on_the_gui_thread(qtbot, gui_ctx, runner,
                                                                   memory_keyring) -> None:  # type: ignore[no-untyped-def]
    with statements_by_thread(gui_ctx) as on_gui_thread:
        dialog = TelephonySettingsDialog(gui_ctx, LocalSettings.load(), runner)
        qtbot.addWidget(dialog)
        assert not dialog.region.isEnabled() and dialog.region.placeholderText() == "Loading…"
        with qtbot.waitSignal(dialog.loaded, timeout=10_000):
            dialog.show()
        assert dialog.region.isEnabled() and dialog.region.text() == "GB"
        dialog.match_digits.setValue(8)
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            dialog.accept()
    assert on_gui_thread and not any(on_gui_thread)  # read and written, all off the GUI thread
    with gui_ctx.read() as s:
        assert office_settings.get(s, "match_digits") == 8


def test_saves_line_modem_password_and_office_options(qtbot, gui_ctx, runner,
                                                      memory_keyring) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, gui_ctx, runner)
    dialog.sip_on.setChecked(True)
    dialog.mode.setCurrentIndex(dialog.mode.findData("account"))
    dialog.domain.setText("pbx.example.com")
    dialog.user.setText("201")
    dialog.password.setText("pa55-word")
    assert dialog.remember.isEnabled() and dialog.remember.isChecked()
    dialog.desk_phone.setText("sip:201@pbx.example.com")
    dialog.modem_on.setChecked(True)
    dialog.modem_port.setCurrentText("/dev/ttyUSB0")
    dialog.profile.setCurrentIndex(dialog.profile.findData("zoom"))
    dialog.leads.setChecked(True)
    dialog.region.setText("us")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.accept()
    saved = LocalSettings.load()
    assert saved.sip_accounts["desk"]["domain"] == "pbx.example.com"
    assert "pa55-word" not in LocalSettings.path().read_text()
    assert memory_keyring.store[("Ringcard", "sip:desk")] == "pa55-word"
    assert saved.modems["/dev/ttyUSB0"]["init_commands"][1] == "AT#CID=1|AT+VCID=1"
    with gui_ctx.read() as s:
        assert office_settings.get(s, "unknown_callers_become_leads") is True
        assert office_settings.home_region(s) == "US"


@pytest.mark.parametrize(("region", "says"), [("G1", "two-letter"), ("ZZ", "No country has")])
def test_a_refused_region_is_marked_on_its_field_and_saves_nothing(
        qtbot, gui_ctx, runner, memory_keyring, region: str, says: str) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, gui_ctx, runner)
    dialog.modem_on.setChecked(True)
    dialog.leads.setChecked(True)
    dialog.sip_on.setChecked(True)
    dialog.password.setText("pw")
    dialog.region.setText(region)
    save(qtbot, dialog, runner)
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert says in dialog.error.text() and says in dialog.region.toolTip()
    assert "b3261e" in dialog.region.styleSheet()  # the field itself is marked
    assert dialog.tabs.currentIndex() == 2  # on the Calls tab, where the field is
    assert LocalSettings.load().modems == {}
    assert memory_keyring.store == {}
    with gui_ctx.read() as s:
        assert office_settings.get(s, "unknown_callers_become_leads") is False
    dialog.region.setText("GB")  # corrected: the mark goes, the save goes through
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.accept()
    assert dialog.region.styleSheet() == ""


def test_the_home_region_check_is_the_services(gui_ctx) -> None:  # type: ignore[no-untyped-def]
    assert office_settings.region_error("gb") is None
    assert "two-letter" in (office_settings.region_error("GBR") or "")
    assert "No country has the code XX" in (office_settings.region_error("xx") or "")
    with gui_ctx.write() as s, pytest.raises(ValueError, match="two-letter"):
        office_settings.set_value(s, "home_region", "1")


@pytest.fixture
def large_font() -> Iterator[None]:
    """A desktop with larger text (a 14 pt font, as at 150 % scaling)."""
    normal = QApplication.font()
    large = QFont(normal)
    large.setPointSize(normal.pointSize() + 5)
    QApplication.setFont(large)
    yield
    QApplication.setFont(normal)


def test_without_a_secure_keyring_the_note_names_the_real_choice_and_fits_600px(
        qtbot, gui_ctx, runner, large_font) -> None:  # type: ignore[no-untyped-def]
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = opened(qtbot, gui_ctx, runner)
        assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
        note = dialog.keyring_note.text()
        assert "Don't remember" not in note  # there is no such option, only "Remember ..."
        assert "kept until Ringcard closes" in note
        # a 1024 x 600 screen less its panel: the dialog fits, the note is whole (the
        # pages scroll); it was cut to one line and the dialog stayed 562 px tall
        dialog.resize(1024, 560)
        qtbot.waitUntil(lambda: dialog.height() <= 560 and dialog.width() <= 1024)
        label = dialog.keyring_note
        assert label.height() >= label.heightForWidth(label.width())
        dialog.sip_on.setChecked(True)
        dialog.password.setText("pw")
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            dialog.accept()
        assert secrets.get("sip:desk") == "pw"
    finally:
        keyring.set_keyring(previous)
        secrets.forget("sip:desk")


def test_a_keyring_that_refuses_keeps_the_dialog_open(qtbot, gui_ctx, runner,
                                                     monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def refuse(*_a: object, **_k: object) -> None:
        raise secrets.NoSecureKeyring("The keyring refused to store the password: locked")

    monkeypatch.setattr(secrets, "store", refuse)
    dialog = opened(qtbot, gui_ctx, runner)
    dialog.sip_on.setChecked(True)
    dialog.password.setText("pw")
    save(qtbot, dialog, runner)
    assert dialog.isVisible() and "refused to store" in dialog.error.text()
    assert dialog.buttons.isEnabled() and all(b.isEnabled() for b in dialog.buttons.buttons())
    assert LocalSettings.load().sip_accounts == {}

"""Settings > Telephony: what is saved where, and nothing half-saved."""

from __future__ import annotations

import keyring
from keyring.backends import fail

from app.config import LocalSettings
from app.services.office import secrets
from app.services.office import settings as office_settings
from app.views.telephony_settings import TelephonySettingsDialog


def test_saves_line_modem_password_and_office_options(qtbot, gui_ctx, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    dialog = TelephonySettingsDialog(gui_ctx, LocalSettings.load())
    qtbot.addWidget(dialog)
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
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = LocalSettings.load()
    assert saved.sip_accounts["desk"]["domain"] == "pbx.example.com"
    assert "pa55-word" not in LocalSettings.path().read_text()
    assert memory_keyring.store[("Ringcard", "sip:desk")] == "pa55-word"
    assert saved.modems["/dev/ttyUSB0"]["init_commands"][1] == "AT#CID=1|AT+VCID=1"
    with gui_ctx.read() as s:
        assert office_settings.get(s, "unknown_callers_become_leads") is True


def test_a_bad_value_saves_nothing(qtbot, gui_ctx, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    dialog = TelephonySettingsDialog(gui_ctx, LocalSettings.load())
    qtbot.addWidget(dialog)
    dialog.modem_on.setChecked(True)
    dialog.leads.setChecked(True)
    dialog.region.setText("G1")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "two-letter" in dialog.error.text()
    assert LocalSettings.load().modems == {}
    with gui_ctx.read() as s:
        assert office_settings.get(s, "unknown_callers_become_leads") is False


def test_without_a_secure_keyring_the_password_is_for_this_session(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = TelephonySettingsDialog(gui_ctx, LocalSettings.load())
        qtbot.addWidget(dialog)
        assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
        assert "Don't remember" in dialog.keyring_note.text()
        dialog.sip_on.setChecked(True)
        dialog.password.setText("pw")
        dialog.accept()
        assert secrets.get("sip:desk") == "pw"
    finally:
        keyring.set_keyring(previous)
        secrets._session.clear()

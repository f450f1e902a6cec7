"""Settings › Alerts (reference 001): a manager sees the office's alerts with
their numbers, changes them and saves them at once; a bad number or matrix cell
is told under the field and nothing is saved; a rep sees it all read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.models import Rating
from app.services.alerts import settings as alert_settings
from app.services.context import AppContext
from app.services.office import users
from app.views.dialogs.alert_settings_dialog import AlertSettingsDialog
from app.views.tasks import TaskRunner
from tests.actors import acting

TIMEOUT = 5000


def _dialog(qtbot, ctx: AppContext) -> AlertSettingsDialog:  # type: ignore[no-untyped-def]
    dialog = AlertSettingsDialog(ctx, TaskRunner())
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=TIMEOUT):
        dialog.show()
    return dialog


def _rating(ctx: AppContext, name: str) -> int:
    return next(t.rating_id for t in alert_settings.load(ctx).retention if t.rating == name)


def _type(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_the_defaults_of_reference_001_are_shown(qtbot, gui_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, gui_ctx)
    assert {rule: t.isChecked() for rule, t in dialog.toggles.items()} == dict.fromkeys(
        alert_settings.RULES, True)
    assert dialog.days["potential_inactivity"].text() == "20"
    assert dialog.days["lead_inactivity"].text() == "14"
    assert dialog.days["win_back"].text() == "14"
    assert (dialog.frequency.text(), dialog.unit.currentText()) == ("30", "Days")
    silver = _rating(gui_ctx, "Silver")
    assert [dialog.matrix.cell(silver, c).text() for c in ("meetings", "calls", "emails")] == \
        ["-", "2", "3"]
    assert dialog.findChild(type(dialog.note), "potential_inactivitySentence").text().startswith(
        "If 20 days pass without any Activities, the Potential's Rep")
    assert dialog.save_button.isVisible() and dialog.save_button.isEnabled()
    assert not dialog.note.isVisible()


def test_a_manager_changes_every_alert_and_saves_at_once(qtbot, gui_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, gui_ctx)
    sentence = dialog.findChild(type(dialog.note), "potential_inactivitySentence")
    _type(qtbot, dialog.days["potential_inactivity"], "25")
    assert sentence.text().startswith("If 25 days pass")  # the sentence follows the number
    _type(qtbot, dialog.days["service_renewal"], "45")
    qtbot.mouseClick(dialog.toggles["lead_inactivity"], Qt.MouseButton.LeftButton)
    assert not dialog.toggles["lead_inactivity"].isChecked()
    assert dialog.findChild(type(dialog.note), "lead_inactivitySentence").text().startswith("Off")
    _type(qtbot, dialog.frequency, "2")
    dialog.unit.setCurrentIndex(dialog.unit.findData("weeks"))
    gold = _rating(gui_ctx, "Gold")
    _type(qtbot, dialog.matrix.cell(gold, "meetings"), "1")
    _type(qtbot, dialog.matrix.cell(gold, "emails"), "-")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    got = alert_settings.load(gui_ctx)
    assert got.rule("potential_inactivity").days == 25
    assert got.rule("service_renewal").days == 45
    assert not got.rule("lead_inactivity").enabled and got.rule("win_back").enabled
    assert (got.rule("retention").days, got.rule("retention").unit) == (2, "weeks")
    row = next(t for t in got.retention if t.rating_id == gold)
    assert (row.meetings, row.calls, row.emails) == (1, 3, None)


def test_bad_numbers_are_told_under_their_field_and_nothing_is_saved(qtbot, gui_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    before = alert_settings.load(gui_ctx)
    dialog = _dialog(qtbot, gui_ctx)
    bronze = _rating(gui_ctx, "Bronze")
    key = f"retention.{bronze}.calls"
    _type(qtbot, dialog.matrix.cell(bronze, "calls"), "x")
    assert "whole number" in dialog.error_text(key)  # at once, right there
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "whole number" in dialog.error_text(key)
    _type(qtbot, dialog.matrix.cell(bronze, "calls"), "2")
    assert dialog.error_text(key) == ""

    _type(qtbot, dialog.days["service_renewal"], "-5")  # a number, refused by the service
    _type(qtbot, dialog.frequency, "200")
    dialog.unit.setCurrentIndex(dialog.unit.findData("months"))
    _type(qtbot, dialog.matrix.cell(bronze, "emails"), "500")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_text("service_renewal.days") != "", timeout=TIMEOUT)
    assert "Between 1 and" in dialog.error_text("service_renewal.days")
    assert "120 months" in dialog.error_text("retention.frequency")
    assert "between 0 and 99" in dialog.error_text(f"retention.{bronze}.emails")
    assert dialog.error_text("win_back.days") == ""
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    _type(qtbot, dialog.days["win_back"], "two weeks")  # no number at all: not even sent
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text("win_back.days") == "A whole number of days"
    assert alert_settings.load(gui_ctx) == before


def test_a_rep_sees_everything_read_only(qtbot, gui_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    users.add_user(gui_ctx, "bob", "Bob Baker")
    dialog = _dialog(qtbot, acting(gui_ctx.db, "bob"))
    assert dialog.note.isVisible() and "Only a manager" in dialog.note.text()
    assert not dialog.save_button.isVisible()
    assert not dialog.toggles["win_back"].isEnabled()
    assert dialog.days["win_back"].isReadOnly() and dialog.days["win_back"].text() == "14"
    assert dialog.frequency.isReadOnly() and not dialog.unit.isEnabled()
    vip = dialog.matrix.cell(_rating(gui_ctx, "VIP"), "calls")
    assert vip.isReadOnly() and vip.text() == "3"
    _type(qtbot, dialog.days["win_back"], "99")
    assert dialog.days["win_back"].text() == "14"  # typing changes nothing
    qtbot.mouseClick(dialog.toggles["win_back"], Qt.MouseButton.LeftButton)
    assert dialog.toggles["win_back"].isChecked()  # a disabled switch does not move


def test_a_retired_rating_is_greyed_with_a_note(qtbot, gui_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    with gui_ctx.write() as s:
        s.query(Rating).filter_by(name="Silver").one().active = False
    dialog = _dialog(qtbot, gui_ctx)
    silver, gold = _rating(gui_ctx, "Silver"), _rating(gui_ctx, "Gold")
    assert not dialog.matrix.cell(silver, "calls").isEnabled()
    assert dialog.matrix.cell(gold, "calls").isEnabled()
    note = dialog.findChild(type(dialog.note), f"retired{silver}")
    assert note is not None and "no alerts fire" in note.text()
    assert dialog.retired_note.isVisible()
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):  # still saves, keeping its numbers
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    row = next(t for t in alert_settings.load(gui_ctx).retention if t.rating_id == silver)
    assert (row.meetings, row.calls, row.emails) == (None, 2, 3)


def test_settings_alerts_opens_it_from_the_main_window(qtbot, gui_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from app.config import LocalSettings
    from app.views.main_window import MainWindow

    window = MainWindow(gui_ctx, LocalSettings.load())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_rows_shown, timeout=TIMEOUT):
        window.show()
    settings_menu = next(m for m in window.menuBar().actions() if m.text() == "&Settings").menu()
    assert window.window_actions.alert_settings in settings_menu.actions()
    window.window_actions.alert_settings.trigger()
    dialog = window.alert_settings_dialog
    qtbot.waitUntil(lambda: dialog.settings is not None, timeout=TIMEOUT)
    assert dialog.isVisible() and dialog.windowTitle() == "Alert settings"
    assert dialog.days["win_back"].text() == "14"
    dialog.close()
    window.close()

"""Settings (preferences, picture crop, missing picture), Campaign and Project
Participation tabs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.services.contacts import core as contacts
from app.services.contacts import files, marketing
from app.services.contacts import settings as contact_settings
from app.views.dialogs.marketing_dialogs import JoinDialog, RecordDialog, SendOutDialog
from app.views.dialogs.picture_dialog import PictureDialog, crop_to_png, default_square
from tests.gui.card_upper.conftest import answer_dialog, person, select_tab


def _image(tmp_path, w: int, h: int):  # type: ignore[no-untyped-def]
    img = QImage(w, h, QImage.Format.Format_RGB32)
    img.fill(QColor("navy"))
    for x in range(w // 2 - 10, w // 2 + 10):  # a mark in the middle
        for y in range(h // 2 - 10, h // 2 + 10):
            img.setPixelColor(x, y, QColor("orange"))
    path = tmp_path / "portrait.png"
    assert img.save(str(path))
    return path


def test_preferences_save(qtbot, ctx, card) -> None:
    cid = person(ctx)
    card.show_contact(cid)
    tab = select_tab(card, "settings")
    tab.language.setCurrentText("Norwegian")
    tab.channel.setCurrentIndex(tab.channel.findData("sms"))
    box = tab.do_not_email  # click the tick box itself, not the empty width beside it
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.state.text() == "Saved"
    assert contact_settings.get_preferences(ctx, cid) == contact_settings.Preferences(
        "Norwegian", "sms", False, True)


def test_load_crop_square_and_remove_picture(qtbot, ctx, card, tmp_path, monkeypatch) -> None:
    cid = person(ctx)
    card.show_contact(cid)
    tab = select_tab(card, "settings")
    path = _image(tmp_path, 1200, 800)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))

    def crop(d: PictureDialog) -> None:
        d.resize(500, 500)
        assert d.area.selection() == QRect(200, 0, 800, 800)  # centred largest square
        # the user drags the square 100 image pixels to the left
        d.area.resize(450, 300)
        start = d.area.to_widget(d.area.selection()).center().toPoint()
        scale = d.area.to_widget(QRect(0, 0, 100, 100)).width() / 100
        qtbot.mousePress(d.area, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(d.area, start - QPoint(round(100 * scale), 0))
        qtbot.mouseRelease(d.area, Qt.MouseButton.LeftButton,
                           pos=start - QPoint(round(100 * scale), 0))

    dialogs = answer_dialog(monkeypatch, PictureDialog, crop)
    with qtbot.waitSignal(card.contact_changed):
        qtbot.mouseClick(tab.load_button, Qt.MouseButton.LeftButton)
    assert abs(dialogs[0].area.selection().x() - 100) <= 3
    stored = QImage.fromData(files.picture_bytes(ctx, cid))
    assert stored.width() == stored.height() == 512
    assert contacts.get(ctx, cid).picture is not None
    assert card.header.picture.pixmap() is not None and not card.header.picture.pixmap().isNull()
    assert not tab.picture.pixmap().isNull() and tab.remove_button.isEnabled()

    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(card.contact_changed):
        qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert contacts.get(ctx, cid).picture is None
    assert tab.picture.text() == "No picture"


def test_crop_helpers_small_and_resized() -> None:
    img = QImage(300, 120, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    assert default_square(300, 120) == QRect(90, 0, 120, 120)
    out = QImage.fromData(crop_to_png(img, QRect(10, 0, 120, 120)))
    assert (out.width(), out.height()) == (120, 120)  # small pictures are not blown up


def test_crop_square_resizes_by_corner_and_wheel_and_stays_inside(qtbot) -> None:
    img = QImage(400, 200, QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    dialog = PictureDialog(img)
    qtbot.addWidget(dialog)
    dialog.area.resize(400, 200)  # scale 1: widget pixels are image pixels
    assert dialog.area.selection() == QRect(100, 0, 200, 200)
    corner = dialog.area.to_widget(dialog.area.selection()).bottomRight().toPoint()
    qtbot.mousePress(dialog.area, Qt.MouseButton.LeftButton, pos=corner)
    qtbot.mouseMove(dialog.area, corner - QPoint(80, 80))
    qtbot.mouseRelease(dialog.area, Qt.MouseButton.LeftButton, pos=corner - QPoint(80, 80))
    small = dialog.area.selection()
    assert small.width() == small.height() and abs(small.width() - 120) <= 2
    dialog.area.set_selection(QRect(350, -20, 120, 120))  # pushed back inside the image
    assert dialog.area.selection() == QRect(280, 0, 120, 120)
    assert "120 × 120" in dialog.info.text()
    out = QImage.fromData(dialog.png_bytes())
    assert (out.width(), out.height()) == (120, 120)


def test_unreadable_picture_file_is_reported(qtbot, ctx, card, tmp_path, monkeypatch) -> None:
    cid = person(ctx)
    card.show_contact(cid)
    tab = select_tab(card, "settings")
    bad = tmp_path / "broken.png"
    bad.write_bytes(b"not an image")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), "")))
    qtbot.mouseClick(tab.load_button, Qt.MouseButton.LeftButton)
    assert "cannot be read as a picture" in tab.picture_message.text()
    assert contacts.get(ctx, cid).picture is None


def test_missing_picture_card_opens_with_a_message(qtbot, ctx, card, tmp_path) -> None:
    cid = person(ctx)
    png = crop_to_png(QImage(str(_image(tmp_path, 64, 64))), QRect(0, 0, 64, 64))
    files.set_picture(ctx, cid, png)
    sha = contacts.get(ctx, cid).picture
    files.blob_path(sha).unlink()  # the bytes never reached this desk

    assert card.show_contact(cid)
    assert card.header.name.text() == contacts.get(ctx, cid).display_name
    assert "missing or unreadable" in card.header.picture.toolTip()
    tab = select_tab(card, "settings")
    assert tab.picture_message.isVisible()
    assert "missing or unreadable" in tab.picture_message.text()


def test_campaign_create_add_send_out_remove(qtbot, ctx, card, monkeypatch, qtmodeltester) -> None:
    cid = person(ctx)
    card.show_contact(cid)
    tab = select_tab(card, "campaigns")
    qtbot.waitUntil(lambda: "0 campaign" in tab.summary.text())

    def new(d: RecordDialog) -> None:
        d.name.setText("Spring fair")
        d.start.set_value(date(2026, 4, 1))
        d.end.set_value(date(2026, 3, 1))

    # end before start: message on the field, dialog stays; then fixed
    seen = answer_dialog(monkeypatch, RecordDialog, new)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert "before the start" in seen[0].errors["end_date"].text()
    assert marketing.campaigns(ctx) == []

    def fixed(d: RecordDialog) -> None:
        new(d)
        d.end.set_value(date(2026, 4, 30))
        d.status.setCurrentIndex(d.status.findData("running"))

    answer_dialog(monkeypatch, RecordDialog, fixed)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.members.rowCount() == 1)
    assert tab.members.index(0, 0).data() == "Spring fair"
    assert tab.members.index(0, 3).data() == "Running"

    other = marketing.create_campaign(ctx, "Autumn mailing", status="planned")

    def join(d: JoinDialog) -> None:
        d.choice.setCurrentIndex(d.choice.findData(other))
        d.text.setCurrentText("Interested")

    answer_dialog(monkeypatch, JoinDialog, join)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.members.rowCount() == 2)
    assert [tab.members.index(r, 4).data() for r in range(2)] == ["Interested", ""]

    def send(d: SendOutDialog) -> None:
        d.campaign.setCurrentIndex(d.campaign.findData(other))
        d.channel.setCurrentIndex(d.channel.findData("sms"))
        d.subject.setText("See you at the fair")

    answer_dialog(monkeypatch, SendOutDialog, send)
    qtbot.mouseClick(tab.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.sends.rowCount() == 1)
    assert [tab.sends.index(0, c).data() for c in (1, 2, 3)] == \
        ["Autumn mailing", "SMS", "See you at the fair"]
    qtmodeltester.check(tab.members)
    qtmodeltester.check(tab.sends)

    from app.views import errors

    tab.members_table.selectRow(0)  # Autumn mailing (sorted by name)
    monkeypatch.setattr(errors, "CONFIRM_WITHOUT_DIALOGS", False)  # the user says No
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert len(marketing.contact_campaigns(ctx, cid)[0]) == 2
    monkeypatch.setattr(errors, "CONFIRM_WITHOUT_DIALOGS", True)  # and then Yes
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.members.rowCount() == 1)
    assert marketing.contact_campaigns(ctx, cid)[0][0].name == "Spring fair"


def test_project_with_role_change_and_remove(qtbot, ctx, card, monkeypatch, qtmodeltester) -> None:
    cid = person(ctx)
    card.show_contact(cid)
    tab = select_tab(card, "projects")
    qtbot.waitUntil(lambda: tab.empty.isVisible())

    answer_dialog(monkeypatch, RecordDialog, lambda d: d.name.setText("Intranet rollout"))
    joined = answer_dialog(monkeypatch, JoinDialog, lambda d: d.text.setCurrentText("Sponsor"))
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert not joined[0].choice.isEnabled()  # the new project is already chosen
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert [tab.model.index(0, c).data() for c in (0, 1, 4)] == \
        ["Intranet rollout", "Sponsor", "Active"]
    qtmodeltester.check(tab.model)

    tab.table.selectRow(0)
    answer_dialog(monkeypatch, JoinDialog, lambda d: d.text.setCurrentText("Project manager"))
    qtbot.mouseClick(tab.role_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.index(0, 1).data() == "Project manager")
    assert marketing.contact_projects(ctx, cid)[0].role == "Project manager"

    tab.table.selectRow(0)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert marketing.contact_projects(ctx, cid) == []

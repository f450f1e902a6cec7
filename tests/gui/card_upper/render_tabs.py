"""Render the card with each upper tab selected to /tmp/card_upper_<key>.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.gui.card_upper.render_tabs

Uses 300 demo contacts plus, on one person, what makes every upper tab show
something: websites, further details, files in a folder (one missing on this
desk), mails, preferences, a picture, a bank account, campaigns with a
send-out, projects with roles, and consumer terms.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path


def populate(ctx, tmp: Path) -> int:  # type: ignore[no-untyped-def]
    """Demo data plus a fully filled-in person; returns that person's id."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QImage, QPainter

    from app.services import activities, contact_settings, contacts, demo_data, files, marketing
    from app.services.activities import ActivityInput
    from app.services.dto import AddressInput, BankInput, ContactInput, EmailInput, PhoneInput
    from app.views.dialogs.picture_dialog import crop_to_png

    demo_data.generate(ctx, 300, seed=1)
    from app.services import lookups, users

    rep = next(u for u in users.list_users(ctx) if u.username != ctx.user)
    cid = contacts.create(ctx, ContactInput(
        kind="person", contact_type="customer", first_name="Margaret", last_name="Okonkwo",
        status_id=lookups.items(ctx, "status")[0].id, rating_id=lookups.items(ctx, "rating")[0].id,
        assigned_rep_id=rep.id, subscription_end=date(2026, 12, 31),
        title="Head of Procurement", follow_up_date=date(2026, 6, 12),
        phones=[PhoneInput("020 7946 0958 ext. 214", "work"), PhoneInput("07700 900123", "mobile")],
        emails=[EmailInput("m.okonkwo@hopeworks.co.uk"), EmailInput("maggie.ok@example.com", "home")],
        addresses=[AddressInput("14 Canal Street", "M1 3HE", "Manchester", "", "GB")],
        websites=["https://hopeworks.co.uk", "https://linkedin.com/in/m-okonkwo"],
        extra_info=[("Reception hours", "Mon–Fri 08:00–16:30"), ("Fleet size", "42 vans"),
                    ("Preferred meeting day", "Thursday")],
        bank_accounts=[BankInput("GB82WEST12345698765432", "WESTGB2L", "Westminster Bank",
                                 "Hope Works Ltd")]))
    contacts.make_consumer(ctx, cid)
    contact_settings.set_customer_terms(ctx, cid, contact_settings.CustomerTerms(
        "GBP", "Net 30", 30, "Trade 2026"))
    contact_settings.set_preferences(ctx, cid, contact_settings.Preferences(
        "English", "email", True, False))
    folder = files.create_folder(ctx, cid, "Contracts")
    for name, data, where in (("Framework agreement 2026.pdf", b"%PDF" * 5000, folder),
                              ("Signed order 1142.pdf", b"%PDF-order" * 900, folder),
                              ("Site visit photos.zip", b"PK" * 80000, None),
                              ("Meeting notes.docx", b"PK-notes" * 700, None)):
        src = tmp / name
        src.write_bytes(data)
        files.add_file(ctx, cid, src, folder_id=where)
    lost = tmp / "Old price list.xlsx"
    lost.write_bytes(b"lost bytes")
    files.add_file(ctx, cid, lost)
    import hashlib
    files.blob_path(hashlib.sha256(b"lost bytes").hexdigest()).unlink()
    for day, subject, direction in ((3, "Quote for 40 seats", "out"),
                                    (5, "Re: Quote for 40 seats", "in"),
                                    (9, "Delivery schedule", "out")):
        activities.add(ctx, ActivityInput(
            kind="mail", contact_id=cid, subject=subject, direction=direction,
            body="Dear Margaret,\n\nplease find attached the quote we discussed.\n\n"
                 "Kind regards,\nAlice", occurred_at=datetime(2026, 3, day, 10, 15, tzinfo=UTC)))
    spring = marketing.create_campaign(ctx, "Spring trade fair", start_date=date(2026, 4, 1),
                                       end_date=date(2026, 4, 30), status="running")
    mailing = marketing.create_campaign(ctx, "Autumn mailing 2025", start_date=date(2025, 9, 1),
                                        end_date=date(2025, 10, 15), status="finished")
    marketing.add_to_campaign(ctx, spring, cid, "Registered")
    marketing.add_to_campaign(ctx, mailing, cid, "Interested")
    marketing.record_send_out(ctx, mailing, cid, channel="mail", subject="Autumn catalogue",
                              sent_at=datetime(2025, 9, 3, 8, tzinfo=UTC))
    marketing.record_send_out(ctx, spring, cid, channel="email", subject="Invitation: stand B12",
                              sent_at=datetime(2026, 3, 20, 9, tzinfo=UTC))
    for name, role, status in (("Intranet rollout", "Sponsor", "active"),
                               ("Warehouse relocation", "Decision maker", "planned")):
        pid = marketing.create_project(ctx, name, start_date=date(2026, 2, 1), status=status)
        marketing.add_to_project(ctx, pid, cid, role)
    img = QImage(600, 400, QImage.Format.Format_RGB32)
    img.fill(QColor("#3d6a8a"))
    p = QPainter(img)
    p.setBrush(QColor("#f2c14e"))
    p.drawEllipse(220, 80, 160, 160)
    p.end()
    files.set_picture(ctx, cid, crop_to_png(img, QRect(100, 0, 400, 400)))
    return cid


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="ringcard-render-"))
    os.environ["RINGCARD_DATA_DIR"] = str(tmp / "data")
    os.environ["RINGCARD_CONFIG_DIR"] = str(tmp / "config")
    from PySide6.QtWidgets import QApplication

    qapp = QApplication(sys.argv)
    import app.services  # noqa: F401
    from app.db import Database
    from app.services import office_settings, users
    from app.services.context import AppContext
    from app.views import errors
    from app.views.card.card_widget import ContactCard
    from app.views.tasks import TaskRunner

    errors.DIALOGS_ENABLED = False
    db = Database(f"sqlite:///{tmp / 'ringcard.db'}")
    ctx = AppContext(db, "alice")
    users.current(ctx)
    with ctx.write() as s:
        office_settings.set_value(s, "home_region", "GB")
    cid = populate(ctx, tmp)
    runner = TaskRunner()
    card = ContactCard(ctx, runner)
    card.resize(1366, 768)
    card.show()
    card.show_contact(cid)
    for key, tab in card.upper_tabs.items():
        card.upper.setCurrentWidget(tab)
        while runner.is_busy():
            qapp.processEvents()
        qapp.processEvents()
        out = f"/tmp/card_upper_{key}.png"
        card.grab().save(out)
        print(out)
    render_dialogs(ctx, cid, qapp)
    runner.shutdown()
    return 0


def render_dialogs(ctx, cid: int, qapp) -> None:  # type: ignore[no-untyped-def]
    """The contact dialog showing a field message, and the crop dialog."""
    from PySide6.QtGui import QColor, QImage

    from app.services import contacts
    from app.views.dialogs.contact_dialog import ContactDialog
    from app.views.dialogs.convert_dialog import ConvertDialog
    from app.views.dialogs.picture_dialog import PictureDialog

    dialog = ContactDialog(ctx, contacts.as_input(ctx, cid), contact_id=cid)
    dialog.show()
    dialog.emails.editor(0, "address").setText("m.okonkwo@@hopeworks")
    dialog.last_name.setText("")
    dialog.first_name.setText("")
    dialog.accept()  # refused: messages on the fields
    for page in range(dialog.pages.count()):
        dialog.pages.setCurrentIndex(page)
        qapp.processEvents()
        dialog.grab().save(f"/tmp/card_upper_dialog_contact_{page}.png")
    dialog.close()
    img = QImage(900, 600, QImage.Format.Format_RGB32)
    img.fill(QColor("#6b8f71"))
    crop = PictureDialog(img)
    crop.show()
    qapp.processEvents()
    crop.grab().save("/tmp/card_upper_dialog_crop.png")
    crop.close()
    lead = contacts.as_input(ctx, cid)
    lead.contact_type = "lead"
    conv = ConvertDialog(ctx, contacts.get(ctx, contacts.create(ctx, lead)))
    conv.show()
    qapp.processEvents()
    conv.grab().save("/tmp/card_upper_dialog_convert.png")
    conv.close()
    print("/tmp/card_upper_dialog_*.png")


if __name__ == "__main__":
    raise SystemExit(main())

"""One person filled in for every upper tab (screenshots, manual checks):
websites, further details, files in a folder, mails, preferences, a picture,
a bank account, campaigns with send-outs, projects with roles, consumer terms.
Everything goes through the services, as a user's actions would."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from app.services.context import AppContext


def fill_upper_sample(ctx: AppContext, tmp: Path) -> int:
    """A fully filled-in person for the upper tabs; returns its id. ``tmp`` holds
    the files it uploads."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QImage, QPainter

    from app.services.activities import core as activities
    from app.services.activities.core import ActivityInput
    from app.services.contacts import core as contacts
    from app.services.contacts import files, marketing
    from app.services.contacts import settings as contact_settings
    from app.services.dto import AddressInput, BankInput, ContactInput, EmailInput, PhoneInput
    from app.services.office import lists as lookups
    from app.services.office import users
    from app.views.dialogs.picture_dialog import crop_to_png

    others = [u for u in users.list_users(ctx) if u.username != ctx.user]
    rep = others[0] if others else users.current(ctx)
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

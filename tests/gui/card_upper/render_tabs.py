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
from pathlib import Path


def populate(ctx, tmp: Path) -> int:  # type: ignore[no-untyped-def]
    """Demo data plus a fully filled-in person; returns that person's id."""
    from app.services.demo import office as demo_data
    from tools.screenshots.card_upper_sample import fill_upper_sample

    demo_data.generate(ctx, 300, seed=1)
    return fill_upper_sample(ctx, tmp)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="ringcard-render-"))
    os.environ["RINGCARD_DATA_DIR"] = str(tmp / "data")
    os.environ["RINGCARD_CONFIG_DIR"] = str(tmp / "config")
    from PySide6.QtWidgets import QApplication

    qapp = QApplication(sys.argv)
    import app.services  # noqa: F401
    from app.db import Database
    from app.services.office import settings as office_settings
    from app.services.office import users
    from app.views import errors
    from app.views.card.card_widget import ContactCard
    from app.views.tasks import TaskRunner
    from tests.actors import acting

    errors.DIALOGS_ENABLED = False
    db = Database(f"sqlite:///{tmp / 'ringcard.db'}")
    ctx = acting(db, "alice")
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
    from PySide6.QtCore import QEventLoop
    from PySide6.QtGui import QColor, QImage

    from app.services.contacts import core as contacts
    from app.views.dialogs.contact_dialog import ContactDialog
    from app.views.dialogs.convert_dialog import ConvertDialog
    from app.views.dialogs.picture_dialog import PictureDialog

    dialog = ContactDialog(ctx, contacts.as_input(ctx, cid), contact_id=cid)
    dialog.show()
    dialog.emails.editor(0, "address").setText("m.okonkwo@@hopeworks")
    dialog.last_name.setText("")
    dialog.first_name.setText("")
    wait = QEventLoop()
    dialog.refused.connect(wait.quit)
    dialog.accept()  # refused (in the background): messages on the fields
    wait.exec()
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

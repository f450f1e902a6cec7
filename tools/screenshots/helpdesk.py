"""Screenshots of the help desk for ``make screenshots``: the ticket queue with
another rep's tickets greyed out, a status change refused for its empty note,
a ticket's history, and the chats, faxes and SMS kept without a contact.

``shots(ctx, out_dir)`` adds reps, contacts, tickets and records to ``ctx``'s
database through the services: call it on a throw-away one. Alone:
``python -m tools.screenshots.helpdesk OUTDIR`` makes its own database.
"""

from __future__ import annotations

import logging
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.services.activities import edit as activity_edit
from app.services.activities import messages as message_records
from app.services.activities.edit import ActivityForm
from app.services.contacts import core as contacts
from app.services.context import AppContext, ServiceError
from app.services.dto import ContactInput, EmailInput, PhoneInput
from app.services.helpdesk import tickets as helpdesk
from app.services.office import users
from tools.screenshots.shot_tools import grab, run_alone, wait_until

log = logging.getLogger(__name__)

SIZE = (1280, 640)


def _rep(ctx: AppContext, username: str, name: str) -> AppContext:
    try:
        users.add_user(ctx, username, name)
    except ServiceError:  # already there
        pass
    return users.sample_context(ctx.db, username)


def sample_tickets(ctx: AppContext) -> AppContext:
    """Tickets in every state, from every source; and records nobody matched.
    Returns the rep at the desk (Tom Price): others' tickets are greyed for him."""
    users.current(ctx)
    tom = _rep(ctx, "tom.price", "Tom Price")
    priya = _rep(ctx, "priya.shah", "Priya Shah")

    def person(first: str, last: str, phone: str = "", email: str = "") -> int:
        return contacts.create(ctx, ContactInput(
            kind="person", contact_type="customer", first_name=first, last_name=last,
            phones=[PhoneInput(phone)] if phone else [],
            emails=[EmailInput(email)] if email else []))

    anna = person("Anna", "Smith-Whitfield", "+44 20 7946 0990", "anna@hopeworks.co.uk")
    ben = person("Ben", "Okafor", "+44 161 496 0991")
    now = datetime.now(UTC)

    def ticket(who: AppContext, subject: str, **kw) -> int:  # type: ignore[no-untyped-def]
        return helpdesk.open_ticket(who, ActivityForm(kind="ticket", subject=subject, **kw))

    ticket(tom, "Web form: the order page times out at checkout", priority="high",
           body="Reported through the web form; no customer record yet.")
    jam = ticket(ctx, "Label printer jams on the second roll", contact_id=anna,
                 body="Tray 2 only. Model LP-200, bought in 2024.")
    call = activity_edit.create(ctx, ActivityForm(
        kind="call", contact_id=ben, subject="Invoice 2291 shows the wrong VAT rate",
        body="Charged 20 % on zero-rated goods; wants a corrected invoice.",
        occurred_at=now - timedelta(hours=3), direction="in", number="+44 161 496 0991",
        duration_s=312, outcome="answered"))
    vat = helpdesk.forward(ctx, call, "ticket", assignee="tom.price", note="Accounts to check")
    refund = ticket(priya, "Refund for the damaged delivery", contact_id=anna,
                    assignee="priya.shah", priority="high")
    helpdesk.set_ticket_status(priya, refund, "waiting", "Asked for photos of the damage")
    helpdesk.claim(ctx, jam)
    helpdesk.set_ticket_status(ctx, jam, "open", "Sent the cleaning guide")
    helpdesk.set_ticket_status(ctx, jam, "waiting", "Customer tries it this afternoon")
    helpdesk.set_ticket_status(tom, vat, "resolved", "Corrected invoice sent")
    old = ticket(ctx, "Password reset for the portal", assignee=ctx.user)
    helpdesk.set_ticket_status(ctx, old, "closed", "Reset; the customer logged in")

    for form in (
        ActivityForm(kind="sms", number="07700 900456", occurred_at=now - timedelta(hours=1),
                     body="Is the shop open on Saturday? Ian"),
        ActivityForm(kind="fax", number="+44 113 496 0000", occurred_at=now - timedelta(hours=5),
                     subject="Price list request", body="Please fax the spring price list "
                     "for the Leeds branch."),
        ActivityForm(kind="live_chat", address="visitor.4411@example.org", missed=True,
                     occurred_at=now - timedelta(minutes=20),
                     body="Hello? I need help with my order"),
    ):
        message_records.add_record(ctx, form)
    return tom


def shots(ctx: AppContext, out_dir: Path) -> list[Path]:
    """Render helpdesk_*.png into ``out_dir``; returns the files written."""
    from app.views.app import application
    from app.views.helpdesk import HelpDeskPage
    from app.views.helpdesk.ticket_dialogs import HistoryDialog, StatusDialog
    from app.views.tasks import TaskRunner

    application()
    out_dir.mkdir(parents=True, exist_ok=True)
    rep = sample_tickets(ctx)
    runner = TaskRunner()
    page = HelpDeskPage(rep, runner)
    page.resize(*SIZE)
    out: list[Path] = []
    try:
        page.show()
        wait_until(lambda: page.tickets.model.rowCount() > 0 and not runner.is_busy(), "the tickets")
        vat = next(r for r in page.tickets.model.rows() if r.subject.startswith("Invoice"))
        page.tickets.select_ticket(vat.id)
        grab(page, out_dir / "helpdesk_tickets.png", out)

        dialog = page.tickets.change_status("closed")
        assert isinstance(dialog, StatusDialog)
        dialog.ok_button.click()  # no note: refused, the message stands under the field
        wait_until(lambda: bool(dialog.error_text("note")), "the note's message")
        grab(dialog, out_dir / "helpdesk_status_note_required.png", out)
        dialog.reject()

        history = page.tickets.show_history()
        assert isinstance(history, HistoryDialog)
        wait_until(lambda: history.model.rowCount() > 0, "the history")
        grab(history, out_dir / "helpdesk_ticket_history.png", out)
        history.reject()

        page.tickets.new_button.click()
        new_ticket = page.tickets.active_dialog
        assert new_ticket is not None
        new_ticket.subject.setText("Delivery note missing from the parcel")  # type: ignore[attr-defined]
        new_ticket.link.setChecked(True)  # type: ignore[attr-defined]
        wait_until(lambda: not runner.is_busy(), "the contact search")
        grab(new_ticket, out_dir / "helpdesk_new_ticket.png", out)
        new_ticket.reject()

        page.tabs.setCurrentWidget(page.records)
        wait_until(lambda: page.records.model.rowCount() > 0 and not runner.is_busy(), "the records")
        page.records.table.selectRow(0)
        grab(page, out_dir / "helpdesk_records.png", out)
        record = page.records.add_record("sms")
        record.text.setPlainText("Can I pay by bank transfer?")
        record.ok_button.click()  # no number: refused on the field
        wait_until(lambda: bool(record.error_text("number")), "the number's message")
        grab(record, out_dir / "helpdesk_add_record_error.png", out)
        record.reject()
        forward = page.records.forward("ticket")
        if forward is not None:
            wait_until(lambda: not runner.is_busy(), "the contact search")
            grab(forward, out_dir / "helpdesk_forward_ticket.png", out)
            forward.reject()
    finally:
        page.close()
        runner.shutdown()
        page.deleteLater()
    log.info("wrote %d help desk screenshots to %s", len(out), out_dir)
    return out




def main(argv: list[str] | None = None) -> int:
    return run_alone("tools.screenshots.helpdesk", shots, "mary.watson", argv)


if __name__ == "__main__":
    sys.exit(main())

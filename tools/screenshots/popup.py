"""Screenshots of the pop-ups and the buffer view for ``make screenshots``.

The calls go through the real router (``CallRouter.handle``), so what is shown
is what the database logged. It adds a few contacts, to-dos, notes and calls
to ``ctx``'s database: call it on a throw-away one."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.services.activities import by_contact as contact_activities
from app.services.calls.queries import CallRouter, RoutedCall
from app.services.contacts import core as contacts
from app.services.contacts import links
from app.services.context import AppContext
from app.services.dto import ContactInput, PhoneInput
from app.services.office import lists as lookups
from app.telephony.callerid import CallerId, CallEvent, EventKind, Outcome, Withheld
from app.views.buffer_view import BufferView
from app.views.popup.manager import PopupManager
from app.views.tasks import TaskRunner
from tools.screenshots.shot_tools import grab_corner
from tools.screenshots.shot_tools import wait_until as _wait

log = logging.getLogger(__name__)

KNOWN, AMBIGUOUS, UNKNOWN = "+44 20 7946 0990", "+44 161 496 0991", "+44 117 496 0992"


def _sample(ctx: AppContext) -> int:
    """A customer with a company, a rating, to-dos and a history; two sharing a number."""
    ratings = lookups.items(ctx, "rating")
    company = contacts.create(ctx, ContactInput(kind="company", contact_type="customer",
                                                company_name="Hope Works Ltd"))
    pid = contacts.create(ctx, ContactInput(
        kind="person", contact_type="customer", first_name="Anna", last_name="Smith-Whitfield",
        rating_id=ratings[0].id if ratings else None, phones=[PhoneInput(KNOWN)]))
    links.link_company(ctx, pid, company)
    contact_activities.add_note(ctx, pid, "Asked about the spring price list")
    contact_activities.add_note(ctx, pid, "Prefers calls in the morning; the line to the "
                                          "warehouse is often busy after lunch")
    for subject in ("Send the quote for 40 units", "Book a demo at the Leeds office",
                    "Check the delivery address", "Renew the maintenance contract"):
        contact_activities.add_task(ctx, pid, subject)
    for first, last in (("Ben", "Okafor"), ("Bea", "Okafor")):
        contacts.create(ctx, ContactInput(kind="person", contact_type="potential",
                                          first_name=first, last_name=last,
                                          phones=[PhoneInput(AMBIGUOUS)]))
    return pid


def _grab(widget: QWidget, path: Path, out: list[Path]) -> None:
    widget.grab().save(str(path))
    out.append(path)




def render_screenshots(outdir: Path, ctx: AppContext) -> list[Path]:
    """Render popup_*.png into ``outdir``; returns the files written."""
    outdir.mkdir(parents=True, exist_ok=True)
    runner = TaskRunner()
    manager = PopupManager(ctx, runner, reject=lambda key: None, close_after_ms=600_000)
    router = CallRouter(ctx)
    out: list[Path] = []

    def call(kind: EventKind, key: str, caller: CallerId | None = None,
             outcome: Outcome | None = None) -> RoutedCall:
        routed = router.handle(CallEvent(kind, key, "sip", "office", caller=caller,
                                         outcome=outcome))
        assert routed is not None, "the database is away"
        manager.on_call_routed(routed)
        return routed

    try:
        _sample(ctx)
        call(EventKind.IDENTIFIED, "shot-known", CallerId(KNOWN.replace(" ", ""), "SMITH A"))
        known = manager.popups["shot-known"]
        _wait(lambda: known.summary is not None, "the caller summary")
        _grab(known, outdir / "popup_known.png", out)
        call(EventKind.IDENTIFIED, "shot-unknown", CallerId(UNKNOWN, "JONES MARGARET"))
        _grab(manager.popups["shot-unknown"], outdir / "popup_unknown.png", out)
        call(EventKind.IDENTIFIED, "shot-withheld", CallerId("", withheld=Withheld.PRIVATE))
        _grab(manager.popups["shot-withheld"], outdir / "popup_withheld.png", out)
        call(EventKind.IDENTIFIED, "shot-ambiguous", CallerId(AMBIGUOUS, "OKAFOR"))
        chooser = manager.popups["shot-ambiguous"]
        _wait(lambda: chooser.chooser is not None and chooser.chooser.model.rowCount() > 0,
              "the candidates")
        _grab(chooser, outdir / "popup_chooser.png", out)
        grab_corner(manager.visible_popups(), outdir / "popup_stack.png", out)
        # the database did not answer the look-up: announced from the event alone
        manager.on_call_routed(RoutedCall(
            "identified", "shot-away", "sip", "office", datetime.now(UTC), "in",
            "+441134960993", None, "HARGREAVES T", "", "pending", stage="announced"))
        _grab(manager.popups["shot-away"], outdir / "popup_database_away.png", out)
        manager.popups["shot-away"].dismiss()
        call(EventKind.ENDED, "shot-known", outcome=Outcome.ANSWERED)
        _grab(known, outdir / "popup_end_of_call.png", out)
        buffer = BufferView(ctx, runner)
        buffer.refresh()
        _wait(lambda: buffer.model.rowCount() > 0, "the buffer")
        buffer.show()
        _grab(buffer, outdir / "popup_buffer_view.png", out)
        buffer.close()
        buffer.deleteLater()
        from app.views.calls.recent_view import RecentCallsView

        recent = RecentCallsView(ctx, runner)  # Calls > Recent calls… (no tray needed)
        recent.refresh()
        _wait(lambda: recent.model.rowCount() > 0, "the recent calls")
        recent.show()
        _grab(recent, outdir / "calls_recent.png", out)
        recent.close()
        recent.deleteLater()
    finally:
        manager.close_all()
        runner.shutdown()
    log.info("wrote %d pop-up screenshots to %s", len(out), outdir)
    return out

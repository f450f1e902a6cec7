"""Screenshots of the card's Activity History tab: ``shots(ctx, out_dir)`` renders
a customer's history with another rep's activities greyed out, the summary pane
of the selected activity and the action buttons over a hovered row; the same
list seen by that other rep (buttons unavailable on the user's activities); and
the Case info dialog. The data is made through the services in ``ctx``'s
database. ``python -m tools.screenshots.history OUTDIR`` runs it on a
throw-away database."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.services.context import AppContext
from app.services.office import users
from tools.screenshots.shot_tools import grab, run_alone, wait_until

log = logging.getLogger(__name__)

TIMEOUT_MS = 30_000
SIZE = (1366, 768)
REP = "bob"


@dataclass(frozen=True)
class _Sample:
    contact: int
    selected: int  # the user's activity shown selected (in a case)
    hovered: int  # the user's activity under the mouse


def _sample(ctx: AppContext) -> _Sample:
    """A customer with a few weeks of activities by the user and another rep, one
    case continued twice by Next action, office types of reference 003."""
    from app.services.activities import edit as activity_edit
    from app.services.activities import types as activity_types
    from app.services.activities.edit import ActivityForm
    from app.services.contacts import core as contacts
    from app.services.context import ServiceError
    from app.services.dto import ContactInput, PhoneInput
    from app.services.helpdesk import cases
    from app.services.office import users

    users.current(ctx)
    try:
        users.add_user(ctx, REP, "Bob Baker")
    except ServiceError:
        pass  # already there
    bob = users.sample_context(ctx.db, REP)
    type_ids = {t.name: t.id for t in activity_types.list_types(ctx)}
    for name, base in (("On Site inspection", "meeting"), ("cold call", "call")):
        if name not in type_ids:
            try:
                type_ids[name] = activity_types.add_type(ctx, name, base)
            except ServiceError:  # not a manager: the shots do without office types
                log.info("no office type %s", name)
    shop = contacts.create(ctx, ContactInput(
        kind="company", contact_type="customer", company_name="Joes Carpentry Shop",
        phones=[PhoneInput("+44 113 496 0345")]))
    now = datetime.now(UTC).replace(second=0, microsecond=0)

    def add(who: AppContext, kind: str, subject: str, days: float, **kw: object) -> int:
        if kind in ("task", "meeting_appointment"):
            kw.setdefault("status", "open")
        return activity_edit.create(who, ActivityForm(
            kind=kind, contact_id=shop, subject=subject,
            occurred_at=now - timedelta(days=days), **kw))  # type: ignore[arg-type]

    add(ctx, "call", "Introduction: workshop copier needs", 40, direction="out", duration_s=420,
        outcome="answered", number="0113 496 0345",
        body="Joe runs two workshops; the old copier jams on A3 plans.")
    add(bob, "call", "Cold call about the service plan", 35, direction="out", duration_s=95,
        outcome="answered", type_id=type_ids.get("cold call"))
    add(ctx, "mail", "Brochure and price list 2027", 33, direction="out",
        address="joe@joescarpentry.co.uk")
    quote = add(ctx, "task", "Send the quote for 2 copiers", 30,
                body="Two A3 copiers, 3-year service plan, delivery before the holidays.")
    visit = cases.next_action(ctx, quote, ActivityForm(
        kind="meeting", subject="Site visit: where the copiers go", status="done",
        occurred_at=now - timedelta(days=21), place="Joes Carpentry Shop, Leeds",
        type_id=type_ids.get("On Site inspection"),
        body="Measured both rooms; the second workshop needs a longer cable run."))
    follow = cases.next_action(ctx, visit, ActivityForm(
        kind="task", subject="Revise the quote after the site visit", status="open",
        occurred_at=now - timedelta(days=2), due_at=now + timedelta(days=3), priority="high",
        body="Add the cable run and a second toner pack. Joe wants it before Friday; "
             "he compares us with the shop on Station Road."))
    add(bob, "mail", "Invoice 10442 reminder", 14, direction="out")
    add(bob, "task", "Chase the unpaid invoice 10442", 6)
    add(ctx, "sms", "Delivery window confirmed", 4, direction="out", number="07700 900123")
    add(bob, "call", "Joe called about the invoice", 3, direction="in", duration_s=180,
        outcome="answered")
    hovered = add(ctx, "meeting_appointment", "Demo of the new copier", -5,
                  ends_at=now + timedelta(days=5, hours=1), place="Showroom")
    return _Sample(shop, follow, hovered)






def shots(ctx: AppContext, out_dir: Path) -> list[Path]:
    """Render the Activity History tab and its Case info dialog; returns the PNGs' paths."""
    from app.views.app import application
    from app.views.card.card_widget import ContactCard
    from app.views.card.lower.activity_history import ActivityHistoryTab
    from app.views.tasks import TaskRunner

    application()
    out_dir.mkdir(parents=True, exist_ok=True)
    sample = _sample(ctx)
    paths: list[Path] = []
    runners: list[TaskRunner] = []

    def open_card(who: AppContext) -> tuple[ContactCard, ActivityHistoryTab]:
        runner = TaskRunner()
        runners.append(runner)
        card = ContactCard(who, runner)
        card.resize(*SIZE)
        card.show()
        if not card.show_contact(sample.contact):
            raise RuntimeError("the sample contact is gone")
        tab = card.lower_tabs["activity_history"]
        assert isinstance(tab, ActivityHistoryTab)
        card.lower_tab_widget.setCurrentWidget(tab)
        wait_until(lambda: not runner.is_busy() and not tab.model.is_loading(), "the history")
        return card, tab

    try:
        card, tab = open_card(ctx)
        selected = tab.model.row_of(sample.selected)
        hovered = tab.model.row_of(sample.hovered)
        assert selected is not None and hovered is not None
        tab.select_row(tab.table, selected)
        tab.hover(hovered)
        grab(card, out_dir / "card_activity_history.png", paths)
        grab(tab, out_dir / "card_activity_history_tab.png", paths)

        tab.hover(selected)
        tab.show_case()
        wait_until(lambda: tab.active_dialog is not None and not card.runner.is_busy(),
              "the case info")
        assert tab.active_dialog is not None
        grab(tab.active_dialog, out_dir / "card_activity_history_case_info.png", paths)
        tab.active_dialog.reject()
        card.close()

        rep_card, rep_tab = open_card(users.sample_context(ctx.db, REP))
        mine = rep_tab.model.row_of(sample.selected)
        assert mine is not None
        rep_tab.hover(mine)  # the user's activity, seen by another rep: greyed, no buttons
        grab(rep_tab, out_dir / "card_activity_history_other_rep.png", paths)
        rep_card.close()
    finally:
        for runner in runners:
            runner.shutdown()
    return paths


def main(argv: list[str] | None = None) -> int:
    return run_alone("tools.screenshots.history", shots, "mary.watson", argv)


if __name__ == "__main__":
    sys.exit(main())

"""One richly filled contact for screenshots of the lower tabs: a person at
a few companies, in some categories, with tasks (one another rep's), notes
(one private), appointments with attendees, and calls. Everything goes
through the services, so the shots show what users' actions produce."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from app.services.activities import by_contact as contact_activities
from app.services.contacts import core as contacts
from app.services.contacts import links
from app.services.context import AppContext
from app.services.dto import ContactInput, EmailInput, PhoneInput
from app.services.office import lists as lookups
from app.services.office import users

log = logging.getLogger(__name__)


def fill_card_sample(ctx: AppContext, *, colleague: str = "bob",
                     person: int | None = None) -> int:
    """Fill the lower tabs of ``person`` (default: a new Mary Watson) and return
    its id. ``ctx.user`` is the one looking at the card; ``colleague`` another rep."""
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    other = users.sample_context(ctx.db, colleague)
    users.current(ctx)
    users.current(other)
    if person is None:
        person = contacts.create(ctx, ContactInput(
            kind="person", contact_type="customer", first_name="Mary", last_name="Watson",
            title="Head of Purchasing", phones=[PhoneInput("+44 20 7946 0123")],
            emails=[EmailInput("mary.watson@hopeworks.co.uk")]))
    companies = {}
    for name in ("Hope Works", "Northern Print", "Harbour Logistics"):
        companies[name] = contacts.create(ctx, ContactInput(kind="company",
                                                            contact_type="customer",
                                                            company_name=name))
    links.link_company(ctx, person, companies["Hope Works"], "Head of Purchasing")
    links.link_company(ctx, person, companies["Northern Print"], "Board member")
    links.link_company(ctx, person, companies["Harbour Logistics"], "")
    if not lookups.items(ctx, "category"):  # a fresh database has no categories yet
        for name in ("Key account", "Newsletter", "Trade fair 2026", "Copiers", "Service plan"):
            lookups.add(ctx, "category", name)
    cats = [c.id for c in lookups.items(ctx, "category")]
    links.set_categories(ctx, person, [cats[0], cats[2], cats[3]] if len(cats) > 3 else cats)

    contact_activities.add_task(ctx, person, "Send the revised quote for 40 copiers",
                                due_at=now + timedelta(days=2), body="Include the service plan.")
    contact_activities.add_task(ctx, person, "Call back about the delivery date",
                                due_at=now + timedelta(days=5, hours=2))
    done = contact_activities.add_task(ctx, person, "Book the site visit",
                                       due_at=now - timedelta(days=3))
    contact_activities.set_status(ctx, done, "done")
    contact_activities.add_task(other, person, "Chase the unpaid invoice 10442",
                                due_at=now + timedelta(days=1), body="Bob's task: greyed out.")

    contact_activities.add_note(ctx, person, "Prefers e-mail before 10am.\nAsk for Mary directly; "
                                "the switchboard forwards to voicemail.")
    contact_activities.add_note(ctx, person, "Budget for next year is agreed: 25k.\nPrivate "
                                "until the board confirms.", private=True)
    contact_activities.add_note(other, person, "Met at the Leeds trade fair.\nInterested in "
                                "the maintenance contract.")
    contact_activities.add_note(other, person, "Bob's private note: never shown to others.",
                                private=True)

    contact_activities.add_appointment(
        ctx, person, "Quarterly review", now + timedelta(days=7, hours=1),
        now + timedelta(days=7, hours=2), place="Hope Works, Leeds",
        body="Bring the usage report.", contact_ids=[companies["Hope Works"]],
        usernames=[colleague])
    contact_activities.add_appointment(
        other, person, "Demo of the new range", now + timedelta(days=12),
        now + timedelta(days=12, hours=1, minutes=30), place="Showroom",
        contact_ids=[companies["Northern Print"]])

    contact_activities.log_call(ctx, person, number="+44 20 7946 0123", direction="out",
                                occurred_at=now - timedelta(days=1, hours=2), duration_s=272,
                                outcome="answered", subject="Quote follow-up")
    contact_activities.log_call(ctx, person, number="+44 20 7946 0123", direction="in",
                                occurred_at=now - timedelta(days=4), outcome="missed")
    contact_activities.log_call(other, person, number="+44 20 7946 0123", direction="out",
                                occurred_at=now - timedelta(days=9), duration_s=95,
                                outcome="voicemail", subject="Invoice reminder")
    log.info("card sample: contact %d", person)
    return person

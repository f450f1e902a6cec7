"""`ringcard demo-data --activities N`: a realistic mix of activities over three
years (calls most, open tasks with deadlines, some overdue, meetings, mail,
notes, some private, tickets), owned by a few demo reps, in bulk like the
contacts (``demo_data``)."""

from __future__ import annotations

import itertools
import random
import time
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from app.models import (
    ActivityType,
    AuditEntry,
    Contact,
    Role,
    User,
)
from app.services import changes
from app.services.context import AppContext, ServiceError
from app.services.demo.office import BATCH, HISTORY, RowBuffer, db_time, demo_reps, sql_time

# (kind, weight): calls most, then mails, To-Dos, notes, the help desk ...
ACTIVITY_MIX = (("call", 40), ("mail", 16), ("task", 9), ("note", 8), ("ticket", 5),
                ("meeting", 5), ("meeting_appointment", 4), ("sms", 4), ("live_chat", 4),
                ("direct_mail", 3), ("fax", 2))
# the office's own types of reference 003, with their base kinds
DEMO_TYPES = (("On Site inspection", "meeting"), ("Site inspection", "meeting"),
              ("Cold call", "call"))
ACTIVITY_COLS = ("kind", "owner_id", "contact_id", "occurred_at", "due_at", "status",
                 "direction", "subject", "body", "private", "number_raw", "duration_s",
                 "outcome", "source", "place", "ends_at", "type_id", "priority", "todo_source",
                 "assigned_by_id", "completed_at", "ticket_status", "address", "missed",
                 "agenda", "version", "created_at", "updated_at")
_DEFAULTS: dict[str, Any] = dict(
    due_at=None, status="done", direction=None, subject="", body="", private=False,
    number_raw="", duration_s=None, outcome="", source="demo", place="", ends_at=None,
    type_id=None, priority="normal", todo_source="", assigned_by_id=None, completed_at=None,
    ticket_status="", address="", missed=False, agenda="", version=1)
WORKDAY = 10 * 3600  # activities happen on weekdays, 08:00 to 18:00 UTC
SUBJECTS = {
    "call": ("Order query", "Follow-up on the quote", "Delivery date", "Invoice question",
             "Renewal", "Price check", "Complaint about a delivery", "Booked a visit"),
    "mail": ("Quote {n}", "Re: invoice {n}", "Order confirmation {n}", "Brochure as promised",
             "Meeting notes", "Re: delivery {n}"),
    "task": ("Call back about the quote", "Send the price list", "Prepare the renewal offer",
             "Check the delivery", "Chase the unpaid invoice", "Book a site visit"),
    "meeting": ("Quarterly review", "Product demo", "Site survey", "Contract signing", "Kick-off"),
    "ticket": ("Printer offline", "Wrong invoice amount", "Login fails",
               "Parts missing from the delivery", "Toner not arriving", "Refund request"),
    "direct_mail": ("Spring catalogue", "Christmas card", "Price list", "Newsletter"),
    "sms": ("Delivery tomorrow 9-12", "Running 10 minutes late", "Thanks, received"),
    "fax": ("Signed order form", "Delivery note", "Remittance advice"),
    "live_chat": ("Opening hours", "Where is my order?", "Price of toner", "Returns address"),
    "note": ("Prefers calls after 2 pm.", "Budget approved for next quarter.",
             "Moving offices in spring.", "Asked for a discount; we will think about it.",
             "The decision maker is the MD.", "Unhappy with the last delivery."),
}
PLACES = ("Their office", "Our showroom", "On site", "Video call", "Café on the High Street")


@dataclass(frozen=True)
class ActivityDemoResult:
    activities: int
    seconds: float


def _demo_types(s: Any) -> dict[str, int]:
    """The office types of reference 003 (added when missing): name -> id."""
    found: dict[str, int] = {}
    for name, kind in DEMO_TYPES:
        type_id = s.scalar(select(ActivityType.id).where(ActivityType.name == name))
        if type_id is None:
            t = ActivityType(name=name, base_kind=kind, built_in=False)
            s.add(t)
            s.flush()
            type_id = t.id
        found[name] = type_id
    return found


def activities_marker(n: int, seed: int, contact_ids: Sequence[int] | None = None) -> str:
    """The audit entry's text for one load (the benchmark checks it to load once)."""
    scope = f" for contacts {','.join(map(str, contact_ids))}" if contact_ids is not None else ""
    return f"{n} activities (seed {seed}){scope}"


def generate_activities(ctx: AppContext, n: int, *, seed: int = 1,
                        contact_ids: Sequence[int] | None = None, now: datetime | None = None,
                        progress: Callable[[int], None] | None = None) -> ActivityDemoResult:
    """Bulk-load ``n`` activities spread over the three years before ``now`` across
    the contacts (or only ``contact_ids``): calls most, tasks and appointments with
    deadlines (some open, some overdue), meetings, mails, notes (some private),
    tickets (recent ones open). Owners are the demo reps; in time order, one
    transaction, one audit entry."""
    started = time.perf_counter()
    rnd = random.Random(seed)
    now = now or datetime.now(UTC)
    with ctx.write() as s:
        reps = demo_reps(s)
        manager = s.scalar(select(User.id).where(User.role == Role.MANAGER)
                           .order_by(User.id).limit(1)) or reps[0]
        types = _demo_types(s)
        ids, rep_of = array("q"), array("q")
        q = select(Contact.id, Contact.assigned_rep_id).order_by(Contact.id)
        if contact_ids is not None:
            q = q.where(Contact.id.in_(list(contact_ids)))
        for cid, rep in s.execute(q):
            ids.append(cid)
            rep_of.append(rep or 0)
        if not ids:
            raise ServiceError("There are no contacts yet: add some first (demo-data --contacts N)")
        conn = s.connection()
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA cache_size=-1000000")  # as for contacts, above
        rows = RowBuffer(conn)
        gen = _ActivityGenerator(rnd, now, reps, manager, types, stamp=sql_time if rows.sqlite
                                 else db_time)
        m = len(ids)
        for i in range(n):
            u = rnd.random()
            # most contacts get a few activities, some key accounts a great many
            k = int(m * u) if rnd.random() < 0.7 else int(m * u * u)
            rows.add("activities", ACTIVITY_COLS, gen.row(i, n, ids[k], rep_of[k]))
            if (i + 1) % BATCH == 0:
                rows.flush()
                if progress:
                    progress(i + 1)
        rows.flush()
        if progress:
            progress(n)
        s.add(AuditEntry(user=ctx.user, action="create", entity="demo_data", field="activities",
                         new=activities_marker(n, seed, contact_ids)))
        s.flush()
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA cache_size=-2000")
    changes.announce(changes.Kind.ACTIVITY, None, None)
    return ActivityDemoResult(n, time.perf_counter() - started)


class _ActivityGenerator:
    def __init__(self, rnd: random.Random, now: datetime, reps: list[int], manager: int,
                 types: dict[str, int], stamp: Callable[[datetime], Any]) -> None:
        self.rnd, self.now, self.reps, self.manager = rnd, now, reps, manager
        self.types, self.stamp = types, stamp
        first = (now - HISTORY).replace(hour=8, minute=0, second=0, microsecond=0)
        today = now.replace(hour=8, minute=0, second=0, microsecond=0)
        days = (first + timedelta(days=d) for d in range((today - first).days))
        self.days = [d for d in days if d.weekday() < 5]  # up to yesterday: all in the past
        self.kinds = [k for k, _ in ACTIVITY_MIX]
        self.kind_w = list(itertools.accumulate(w for _, w in ACTIVITY_MIX))

    def row(self, i: int, n: int, contact_id: int, rep_id: int) -> tuple[Any, ...]:
        rnd = self.rnd
        day, second = divmod(int((i + rnd.random()) / n * len(self.days) * WORKDAY), WORKDAY)
        at = self.days[day] + timedelta(seconds=second)
        kind = rnd.choices(self.kinds, cum_weights=self.kind_w)[0]
        owner = rep_id if rep_id and rnd.random() < 0.7 else rnd.choice(self.reps)
        v: dict[str, Any] = {"kind": kind, "owner_id": owner, "contact_id": contact_id}
        getattr(self, f"_{kind}")(v, at)
        at = v.pop("at", at)
        v["occurred_at"] = v["created_at"] = v["updated_at"] = self.stamp(at)
        for key in ("due_at", "ends_at", "completed_at"):
            if v.get(key) is not None:
                v[key] = self.stamp(v[key])
        return tuple(v[c] if c in v else _DEFAULTS[c] for c in ACTIVITY_COLS)

    def _subject(self, kind: str) -> str:
        return self.rnd.choice(SUBJECTS[kind]).replace("{n}", str(self.rnd.randrange(1000, 9999)))

    def _call(self, v: dict[str, Any], at: datetime) -> None:
        rnd = self.rnd
        v["direction"] = direction = "in" if rnd.random() < 0.55 else "out"
        r = rnd.random()
        v["outcome"] = "answered" if r < 0.75 else ("missed" if direction == "in"
                                                    else "no answer") if r < 0.93 else "voicemail"
        if v["outcome"] == "answered":
            v["duration_s"] = int(30 + rnd.expovariate(1 / 240))  # a few minutes, some long
        if direction == "out" and rnd.random() < 0.15:
            v["type_id"], v["subject"] = self.types["Cold call"], "Cold call"
        else:
            v["subject"] = self._subject("call")

    def _mail(self, v: dict[str, Any], at: datetime) -> None:
        v["direction"] = "in" if self.rnd.random() < 0.5 else "out"
        v["subject"] = self._subject("mail")

    def _direct_mail(self, v: dict[str, Any], at: datetime) -> None:
        v["direction"], v["subject"] = "out", self._subject("direct_mail")

    def _sms(self, v: dict[str, Any], at: datetime) -> None:
        v["direction"] = "in" if self.rnd.random() < 0.4 else "out"
        v["subject"] = self._subject("sms")

    def _fax(self, v: dict[str, Any], at: datetime) -> None:
        v["direction"] = "in" if self.rnd.random() < 0.7 else "out"
        v["subject"] = self._subject("fax")

    def _live_chat(self, v: dict[str, Any], at: datetime) -> None:
        v["direction"], v["subject"] = "in", self._subject("live_chat")
        v["missed"] = self.rnd.random() < 0.1

    def _note(self, v: dict[str, Any], at: datetime) -> None:
        v["body"] = v["subject"] = self._subject("note")
        v["private"] = self.rnd.random() < 0.15

    def _meeting(self, v: dict[str, Any], at: datetime) -> None:
        rnd = self.rnd
        r = rnd.random()
        if r < 0.25:
            v["type_id"], v["subject"] = self.types["On Site inspection"], "On site inspection"
        elif r < 0.35:
            v["type_id"], v["subject"] = self.types["Site inspection"], "Site inspection"
        else:
            v["subject"] = self._subject("meeting")
        v["place"] = rnd.choice(PLACES)
        v["ends_at"] = at + timedelta(minutes=rnd.choice((30, 60, 60, 90, 120)))
        v["agenda"] = "1. Where we are\n2. Next steps"

    def _todo(self, v: dict[str, Any]) -> None:
        """Who set the To-Do: the owner, a manager or another rep (reference 000)."""
        rnd = self.rnd
        r = rnd.random()
        v["priority"] = "normal" if r < 0.7 else "high" if r < 0.85 else "low"
        r = rnd.random()
        if r < 0.75:
            v["todo_source"] = "self"
        elif r < 0.85 and self.manager != v["owner_id"]:
            v["todo_source"], v["assigned_by_id"] = "manager", self.manager
        else:
            other = rnd.choice(self.reps)
            if other != v["owner_id"]:
                v["todo_source"], v["assigned_by_id"] = "rep", other
            else:
                v["todo_source"] = "self"

    def _close(self, v: dict[str, Any], due: datetime, start: datetime, open_share: float) -> None:
        """Past its deadline: mostly done, a few cancelled, some forgotten (overdue;
        fewer the older they are)."""
        if due < self.now - timedelta(days=90):
            open_share /= 8
        r = self.rnd.random()
        if due >= self.now or r < open_share:
            v["status"] = "open"
        elif r < open_share + 0.05:
            v["status"] = "cancelled"
        else:
            v["status"] = "done"
            v["completed_at"] = min(self.now, start + (due - start) * self.rnd.random()
                                    + timedelta(hours=1))

    def _task(self, v: dict[str, Any], at: datetime) -> None:
        v["subject"] = self._subject("task")
        due = at + timedelta(days=self.rnd.randrange(1, 15))
        v["due_at"] = due
        self._todo(v)
        self._close(v, due, at, 0.015)

    def _meeting_appointment(self, v: dict[str, Any], at: datetime) -> None:
        rnd = self.rnd
        if at > self.now - timedelta(days=14):
            at += timedelta(days=14)  # the recent ones are booked ahead
        v["at"] = v["due_at"] = at
        v["ends_at"] = at + timedelta(minutes=rnd.choice((30, 60, 90)))
        v["subject"] = "Appointment: " + self._subject("meeting").lower()
        v["place"] = rnd.choice(PLACES)
        self._todo(v)
        self._close(v, at, at, 0.03)

    def _ticket(self, v: dict[str, Any], at: datetime) -> None:
        rnd = self.rnd
        v["subject"] = self._subject("ticket")
        r = rnd.random()
        v["priority"] = "normal" if r < 0.6 else "high" if r < 0.85 else "low"
        age = (self.now - at).days
        # most tickets are settled within days; a few linger for weeks
        still_open = 0.8 if age < 3 else 0.4 if age < 14 else 0.1 if age < 45 else 0.0
        if rnd.random() < still_open:
            status = rnd.choices(("new", "open", "waiting"), (3, 5, 2))[0]
        else:
            status = "closed" if rnd.random() < 0.85 else "resolved"
        v["ticket_status"] = status
        v["status"] = "open" if status in ("new", "open", "waiting") else "done"
        if status == "new" and rnd.random() < 0.6:
            v["owner_id"] = None  # in the unassigned queue

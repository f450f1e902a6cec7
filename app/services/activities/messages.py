"""Live chat, fax and SMS records added by hand, and chat transcripts imported
from a file (reference 000).

A record is linked to the contact whose number matches (a unique match:
exact E.164, else the last N digits within the caller's country; a fax or an
SMS among numbers of its own kind first, fax or mobile, then among all) or, for
a chat, whose e-mail address matches (case-insensitive). Otherwise it is kept without a contact: the
help desk lists it (``unlinked``), no contact's Activity History shows it.

Transcripts: a Zendesk Chat chat (or offline message) in JSON, a plain
``{"messages": [...]}`` JSON, or the text of a chat export, one message a line
(``[12:01] Name: text``, ``[14/08/2023, 09:15:32] Name: text``,
``2019-01-01 12:00 - Name: text``), with optional ``Visitor:`` / ``Email:`` /
``Phone:`` / ``Started:`` header lines. The parsing is in ``chat_transcript``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, aliased

from app.i18n import translate
from app.models import Activity, ActivityKind, ContactEmail, User
from app.services import policy
from app.services.activities import chat_transcript
from app.services.activities import rules as activity_rules
from app.services.activities.chat_transcript import Transcript
from app.services.activities.edit import ActivityForm, can_edit, create_in, validate
from app.services.calls import lookup as phone_lookup
from app.services.context import Actor, AppContext
from app.services.validation import ValidationError, email_error

log = logging.getLogger(__name__)

MESSAGE_KINDS = (ActivityKind.LIVE_CHAT, ActivityKind.FAX, ActivityKind.SMS)
SUMMARY_CHARS = 160


@dataclass(frozen=True)
class RecordRow:
    """A chat, fax or SMS record as the help desk lists it."""

    id: int
    kind: str
    kind_label: str
    occurred_at: datetime
    direction: str | None
    number: str
    address: str
    subject: str
    summary: str  # the start of its text, on one line
    missed: bool
    owner: str | None
    owner_label: str
    editable: bool
    forwarded: bool  # a To-Do or Ticket was made from it


@dataclass(frozen=True)
class ImportResult:
    activity_id: int
    contact_id: int | None  # None: kept without a contact
    messages: int
    visitor: str
    started_at: datetime
    format: str  # which format the file was read as
    missed: bool


# --- matching ---------------------------------------------------------------------------

def match_email(s: Session, address: str) -> int | None:
    """The one contact with this e-mail address (any case), else None."""
    address = address.strip()
    if not address:
        return None
    ids = s.scalars(select(ContactEmail.contact_id).where(
        ContactEmail.address.in_({address, address.lower()})).distinct().limit(2)).all()
    if not ids:  # stored in another case: the slower comparison, only when needed
        ids = s.scalars(select(ContactEmail.contact_id).where(
            func.lower(ContactEmail.address) == address.lower()).distinct().limit(2)).all()
    return ids[0] if len(ids) == 1 else None


def match_contact(s: Session, kind: str, number: str, address: str) -> int | None:
    """Whose record is it? A chat by its e-mail address first, then by number."""
    if kind == ActivityKind.LIVE_CHAT:
        found = match_email(s, address)
        if found is not None:
            return found
    if number.strip():
        return phone_lookup.lookup(s, number, channel=phone_lookup.channel_for(kind)).unique
    return None


# --- adding by hand -----------------------------------------------------------------------

def _default_subject(form: ActivityForm) -> str:
    first = next((line.strip() for line in form.body.splitlines() if line.strip()), "")
    if first:
        return first[:80] + ("…" if len(first) > 80 else "")
    label = activity_rules.rules(form.kind).label
    who = form.number.strip() or form.address.strip()
    return f"{label} {'to' if form.direction == 'out' else 'from'} {who}".strip()


def _own_checks(form: ActivityForm) -> dict[str, str]:
    errors: dict[str, str] = {}
    if form.kind not in MESSAGE_KINDS:
        return {"kind": translate("Activities", "A record here is a live chat, a fax or an SMS")}
    number = form.number.strip()
    if form.kind in (ActivityKind.FAX, ActivityKind.SMS) and not number:
        errors["number"] = (translate("Activities", "Give the fax number") if form.kind == ActivityKind.FAX
                            else translate("Activities", "Give the mobile number"))
    elif number and not any(ch.isdigit() for ch in number):
        errors["number"] = translate("Activities", "“{number}” is not a phone number").format(number=number)
    if form.kind == ActivityKind.LIVE_CHAT and form.address.strip():
        problem = email_error(form.address)
        if problem:
            errors["address"] = problem
    if not form.body.strip() and not form.subject.strip():
        errors["body"] = translate("Activities", "Write the text of the message")
    return errors


def _prepare(form: ActivityForm) -> ActivityForm:
    form = replace(form, direction=form.direction or "in", number=form.number.strip(),
                   address=form.address.strip())
    if not form.subject.strip():
        form = replace(form, subject=_default_subject(form))
    return form


def _add_in(s: Session, form: ActivityForm, user: Actor, *, source: str) -> Activity:
    errors = _own_checks(form)
    if "kind" in errors:
        raise ValidationError(errors)
    form = _prepare(form)
    if form.contact_id is None and form.company_id is None:
        form = replace(form, contact_id=match_contact(s, form.kind, form.number, form.address))
    try:
        validate(s, form, user)
    except ValidationError as exc:
        errors = {**exc.errors, **errors}
    if errors:
        raise ValidationError(errors)
    return create_in(s, form, user, source=source)


def add_record(ctx: AppContext, form: ActivityForm) -> int:
    """Record a live chat, fax or SMS; linked to the matching contact, else unlinked.

    A form with ``contact_id`` set keeps it (the rep chose the contact).
    """
    with ctx.write() as s:
        return _add_in(s, form, ctx.actor, source="manual").id


def unlinked(ctx: AppContext, kind: str | None = None, *, limit: int = 500) -> list[RecordRow]:
    """Chats, faxes and SMS kept without a contact, newest first."""
    if kind is not None and kind not in MESSAGE_KINDS:
        message = translate("Activities", "“{kind}” is not a live chat, fax or SMS")
        raise ValidationError({"kind": message.format(
            kind=kind)})
    kinds = (kind,) if kind is not None else MESSAGE_KINDS
    with ctx.read() as s:
        made = aliased(Activity)
        forwarded = exists().where(made.forwarded_from_id == Activity.id)
        q = (select(Activity, User, forwarded.label("forwarded"))
             .outerjoin(User, User.id == Activity.owner_id)
             .where(Activity.contact_id.is_(None), Activity.company_id.is_(None),
                    Activity.kind.in_(kinds), policy.visible_activities(ctx.actor))
             .order_by(Activity.occurred_at.desc(), Activity.id.desc()).limit(limit))
        rows = []
        for act, owner, was_forwarded in s.execute(q):
            text = " ".join(act.body[:SUMMARY_CHARS * 2].split())
            rows.append(RecordRow(
                id=act.id, kind=act.kind, kind_label=activity_rules.rules(act.kind).label,
                occurred_at=act.occurred_at, direction=act.direction, number=act.number_raw,
                address=act.address, subject=act.subject,
                summary=text[:SUMMARY_CHARS] + ("…" if len(text) > SUMMARY_CHARS else ""),
                missed=act.missed, owner=owner.username if owner else None,
                owner_label=owner.label if owner else "", editable=can_edit(act, ctx.actor),
                forwarded=bool(was_forwarded)))
        return rows


def count_unlinked(ctx: AppContext, kind: str | None = None) -> int:
    """How many records ``unlinked`` has in all (it returns the newest page of them)."""
    if kind is not None and kind not in MESSAGE_KINDS:
        message = translate("Activities", "“{kind}” is not a live chat, fax or SMS")
        raise ValidationError({"kind": message.format(
            kind=kind)})
    kinds = (kind,) if kind is not None else MESSAGE_KINDS
    with ctx.read() as s:
        return int(s.scalar(select(func.count()).select_from(Activity).where(
            Activity.contact_id.is_(None), Activity.company_id.is_(None),
            Activity.kind.in_(kinds), policy.visible_activities(ctx.actor))) or 0)


# --- transcripts --------------------------------------------------------------------------

def _transcript_form(t: Transcript) -> ActivityForm:
    visitor = t.visitor or t.email or t.phone or "a visitor"
    first = next((m.text for m in t.messages if m.from_visitor and m.text.strip()), "")
    first = " ".join(first.split())
    subject = f"{'Missed chat' if t.missed else 'Chat'} with {visitor}"
    if first:
        subject += f": {first[:80]}" + ("…" if len(first) > 80 else "")
    return ActivityForm(kind=ActivityKind.LIVE_CHAT, subject=subject[:300],
                        body=chat_transcript.render(t), occurred_at=t.started_at,
                        direction=t.direction, number=t.phone,
                        address=t.email if t.email and not email_error(t.email) else "",
                        missed=t.missed)


def import_chat_transcript(ctx: AppContext, path: str | Path) -> ImportResult:
    """Read a chat transcript file into one live chat record.

    A file that cannot be read as a transcript (empty, binary, broken JSON, no
    messages) is refused with a ``ValidationError`` on ``file``; nothing is saved.
    """
    transcript = chat_transcript.read(Path(path))
    form = _transcript_form(transcript)
    with ctx.write() as s:
        act = _add_in(s, form, ctx.actor, source="import")
        log.info("imported %d chat messages from %s as activity %s", len(transcript.messages),
                 path, act.id)
        return ImportResult(activity_id=act.id, contact_id=act.contact_id,
                            messages=len(transcript.messages), visitor=transcript.visitor,
                            started_at=transcript.started_at, format=transcript.format,
                            missed=transcript.missed)

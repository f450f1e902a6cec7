"""Campaigns and projects, as far as the contact card needs them: create them,
link contacts, record send-outs, list a contact's participation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import (
    Campaign,
    CampaignMember,
    CampaignSendOut,
    Contact,
    Project,
    ProjectParticipant,
)
from app.services.context import AppContext, NotFound, ServiceError
from app.services.validation import ValidationError

CAMPAIGN_STATUSES = ("planned", "running", "finished", "cancelled")
PROJECT_STATUSES = ("planned", "active", "on hold", "finished", "cancelled")


@dataclass(frozen=True, slots=True)
class CampaignView:
    id: int
    name: str
    start_date: date | None
    end_date: date | None
    status: str


@dataclass(frozen=True, slots=True)
class SendOutView:
    campaign: str
    sent_at: datetime
    channel: str
    subject: str


@dataclass(frozen=True, slots=True)
class Participation:
    """A contact's campaign or project, with its role/response."""

    id: int
    name: str
    start_date: date | None
    end_date: date | None
    status: str
    role: str


def _check(kind: str, name: str, start: date | None, end: date | None, status: str,
           statuses: tuple[str, ...]) -> dict[str, str]:
    errors = {}
    if not name.strip():
        errors["name"] = (translate("Marketing", "A campaign needs a name") if kind == "campaign"
                          else translate("Marketing", "A project needs a name"))
    if start and end and end < start:
        errors["end_date"] = translate("Marketing", "The end date is before the start date")
    if status not in statuses:
        errors["status"] = translate("Marketing", "Status is one of: {choices}").format(
            choices=", ".join(statuses))
    return errors


def _create(ctx: AppContext, model: Any, kind: str, statuses: tuple[str, ...], name: str,
            start_date: date | None, end_date: date | None, status: str,
            description: str) -> int:
    errors = _check(kind, name, start_date, end_date, status, statuses)
    with ctx.write() as s:
        if s.scalar(select(model.id).where(model.name == name.strip())):
            if kind == "campaign":
                message = translate("Marketing", "There is already a campaign “{name}”")
            else:
                message = translate("Marketing", "There is already a project “{name}”")
            errors["name"] = message.format(name=name.strip())
        if errors:
            raise ValidationError(errors)
        row = model(name=name.strip(), start_date=start_date, end_date=end_date, status=status,
                    description=description)
        s.add(row)
        s.flush()
        return int(row.id)


def create_campaign(ctx: AppContext, name: str, *, start_date: date | None = None,
                    end_date: date | None = None, status: str = "planned",
                    description: str = "") -> int:
    return _create(ctx, Campaign, "campaign", CAMPAIGN_STATUSES, name, start_date, end_date,
                   status, description)


def create_project(ctx: AppContext, name: str, *, start_date: date | None = None,
                   end_date: date | None = None, status: str = "active",
                   description: str = "") -> int:
    return _create(ctx, Project, "project", PROJECT_STATUSES, name, start_date, end_date,
                   status, description)


def campaigns(ctx: AppContext) -> list[CampaignView]:
    with ctx.read() as s:
        return [CampaignView(c.id, c.name, c.start_date, c.end_date, c.status)
                for c in s.scalars(select(Campaign).order_by(Campaign.name))]


def projects(ctx: AppContext) -> list[CampaignView]:
    with ctx.read() as s:
        return [CampaignView(p.id, p.name, p.start_date, p.end_date, p.status)
                for p in s.scalars(select(Project).order_by(Project.name))]


def _need(s: Any, model: Any, ident: int, what: str) -> Any:
    row = s.get(model, ident)
    if row is None:
        raise NotFound(translate("Marketing", "That {what} no longer exists").format(
            what=translate("Marketing", what)))
    return row


def add_to_campaign(ctx: AppContext, campaign_id: int, contact_id: int,
                    response: str = "") -> None:
    with ctx.write() as s:
        _need(s, Campaign, campaign_id, QT_TRANSLATE_NOOP("Marketing", "campaign"))
        _need(s, Contact, contact_id, QT_TRANSLATE_NOOP("Marketing", "contact"))
        row = s.scalar(select(CampaignMember).where(CampaignMember.campaign_id == campaign_id,
                                                    CampaignMember.contact_id == contact_id))
        if row is None:
            s.add(CampaignMember(campaign_id=campaign_id, contact_id=contact_id,
                                 response=response))
        else:
            row.response = response


def remove_from_campaign(ctx: AppContext, campaign_id: int, contact_id: int) -> None:
    with ctx.write() as s:
        row = s.scalar(select(CampaignMember).where(CampaignMember.campaign_id == campaign_id,
                                                    CampaignMember.contact_id == contact_id))
        if row is not None:
            s.delete(row)


def record_send_out(ctx: AppContext, campaign_id: int, contact_id: int, *, channel: str = "email",
                    subject: str = "", sent_at: datetime | None = None) -> int:
    if channel not in ("email", "mail", "sms", "fax", "phone"):
        raise ServiceError(translate("Marketing", "Unknown channel “{channel}”").format(channel=channel))
    with ctx.write() as s:
        _need(s, Campaign, campaign_id, QT_TRANSLATE_NOOP("Marketing", "campaign"))
        _need(s, Contact, contact_id, QT_TRANSLATE_NOOP("Marketing", "contact"))
        row = CampaignSendOut(campaign_id=campaign_id, contact_id=contact_id, channel=channel,
                              subject=subject, **({"sent_at": sent_at} if sent_at else {}))
        s.add(row)
        s.flush()
        return row.id


def contact_campaigns(ctx: AppContext, contact_id: int) -> tuple[list[Participation],
                                                                  list[SendOutView]]:
    """Campaigns the contact took part in, and the send-outs it received."""
    with ctx.read() as s:
        members = [Participation(c.id, c.name, c.start_date, c.end_date, c.status, m.response)
                   for c, m in s.execute(
                       select(Campaign, CampaignMember)
                       .join(CampaignMember, CampaignMember.campaign_id == Campaign.id)
                       .where(CampaignMember.contact_id == contact_id).order_by(Campaign.name))]
        sends = [SendOutView(c.name, o.sent_at, o.channel, o.subject) for c, o in s.execute(
            select(Campaign, CampaignSendOut)
            .join(CampaignSendOut, CampaignSendOut.campaign_id == Campaign.id)
            .where(CampaignSendOut.contact_id == contact_id)
            .order_by(CampaignSendOut.sent_at.desc()))]
        return members, sends


def add_to_project(ctx: AppContext, project_id: int, contact_id: int, role: str = "") -> None:
    with ctx.write() as s:
        _need(s, Project, project_id, QT_TRANSLATE_NOOP("Marketing", "project"))
        _need(s, Contact, contact_id, QT_TRANSLATE_NOOP("Marketing", "contact"))
        row = s.scalar(select(ProjectParticipant).where(
            ProjectParticipant.project_id == project_id,
            ProjectParticipant.contact_id == contact_id))
        if row is None:
            s.add(ProjectParticipant(project_id=project_id, contact_id=contact_id,
                                     role=role.strip()))
        else:
            row.role = role.strip()


def remove_from_project(ctx: AppContext, project_id: int, contact_id: int) -> None:
    with ctx.write() as s:
        row = s.scalar(select(ProjectParticipant).where(
            ProjectParticipant.project_id == project_id,
            ProjectParticipant.contact_id == contact_id))
        if row is not None:
            s.delete(row)


def contact_projects(ctx: AppContext, contact_id: int) -> list[Participation]:
    with ctx.read() as s:
        return [Participation(p.id, p.name, p.start_date, p.end_date, p.status, pp.role)
                for p, pp in s.execute(
                    select(Project, ProjectParticipant)
                    .join(ProjectParticipant, ProjectParticipant.project_id == Project.id)
                    .where(ProjectParticipant.contact_id == contact_id).order_by(Project.name))]

"""The office's alert settings (reference 001), shared by every desk: each rule's
toggle and number of days, the retention send frequency and the matrix of
meetings, calls and e-mails each rating needs per period.

Managers change them; bad values come back as a ValidationError naming the
field ("service_renewal.days", "retention.frequency", "retention.<rating id>.calls").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import delete, select

from app.i18n import translate
from app.models import AlertRule, Rating, RetentionTarget
from app.services import policy
from app.services.context import AppContext
from app.services.validation import ValidationError

RULES = ("service_renewal", "potential_inactivity", "lead_inactivity", "win_back", "retention")
RULE_LABELS = {
    "service_renewal": "Service Renewal",
    "potential_inactivity": "New Customer: Potential inactivity",
    "lead_inactivity": "New Customer: Lead inactivity",
    "win_back": "Win-Back",
    "retention": "Customer Retention",
}
DEFAULT_DAYS = {"service_renewal": 30, "potential_inactivity": 20, "lead_inactivity": 14,
                "win_back": 14, "retention": 30}
UNITS = ("days", "weeks", "months")
MAX_DAYS = 3650  # ten years: beyond that a number of days is a typing slip
MAX_PER_UNIT = {"days": 3650, "weeks": 520, "months": 120}
MAX_COUNT = 99  # meetings / calls / e-mails per period
ACTIVITY_COLUMNS = ("meetings", "calls", "emails")


@dataclass(frozen=True)
class RuleSetting:
    rule: str
    enabled: bool
    days: int  # retention: the frequency, counted in ``unit``
    unit: str = "days"

    @property
    def label(self) -> str:
        return RULE_LABELS[self.rule]


@dataclass(frozen=True)
class RetentionRow:
    """One rating's line of the matrix (None: "-", not required)."""

    rating_id: int
    rating: str
    rating_active: bool  # a retired rating keeps its line but no alerts fire for it
    meetings: int | None
    calls: int | None
    emails: int | None


@dataclass(frozen=True)
class AlertSettings:
    rules: tuple[RuleSetting, ...]  # in RULES order
    retention: tuple[RetentionRow, ...]  # in the ratings' order

    def rule(self, name: str) -> RuleSetting:
        return next(r for r in self.rules if r.rule == name)

    def with_rule(self, name: str, **changes: object) -> AlertSettings:
        return replace(self, rules=tuple(replace(r, **changes) if r.rule == name else r  # type: ignore[arg-type]
                                         for r in self.rules))

    def with_target(self, rating_id: int, **changes: object) -> AlertSettings:
        return replace(self, retention=tuple(
            replace(t, **changes) if t.rating_id == rating_id else t  # type: ignore[arg-type]
            for t in self.retention))


def load(ctx: AppContext) -> AlertSettings:
    with ctx.read() as s:
        return load_in(s)


def load_in(s) -> AlertSettings:  # type: ignore[no-untyped-def]
    stored = {r.rule: r for r in s.scalars(select(AlertRule))}
    rules = tuple(
        RuleSetting(name, stored[name].enabled, stored[name].days, stored[name].unit)
        if name in stored else RuleSetting(name, False, DEFAULT_DAYS[name])
        for name in RULES)
    targets = {t.rating_id: t for t in s.scalars(select(RetentionTarget))}
    rows = []
    for rating in s.scalars(select(Rating).order_by(Rating.position, Rating.id)):
        t = targets.get(rating.id)
        if t is None and not rating.active:
            continue
        rows.append(RetentionRow(rating.id, rating.name, rating.active,
                                 t.meetings if t else None, t.calls if t else None,
                                 t.emails if t else None))
    return AlertSettings(rules, tuple(rows))


def validate(settings: AlertSettings) -> None:
    errors: dict[str, str] = {}
    for r in settings.rules:
        if r.rule not in RULES:
            message = translate("AlertSettings", "Unknown alert “{rule}”")
            errors[f"{r.rule}.days"] = message.format(rule=r.rule)
            continue
        if r.rule == "retention":
            if r.unit not in UNITS:
                errors["retention.frequency"] = translate(
                    "AlertSettings", "Send every so many days, weeks or months")
            elif not 1 <= r.days <= MAX_PER_UNIT[r.unit]:
                errors["retention.frequency"] = {
                    "days": translate("AlertSettings", "Between 1 and {limit} days"),
                    "weeks": translate("AlertSettings", "Between 1 and {limit} weeks"),
                    "months": translate("AlertSettings", "Between 1 and {limit} months"),
                }[r.unit].format(limit=MAX_PER_UNIT[r.unit])
        elif not 1 <= r.days <= MAX_DAYS:
            message = translate("AlertSettings", "Between 1 and {limit} days")
            errors[f"{r.rule}.days"] = message.format(limit=MAX_DAYS)
    for t in settings.retention:
        for col in ACTIVITY_COLUMNS:
            value = getattr(t, col)
            if value is not None and not 0 <= value <= MAX_COUNT:
                errors[f"retention.{t.rating_id}.{col}"] = translate(
                    "AlertSettings", "{rating}: between 0 and {limit}, or “-” for not required").format(
                    rating=t.rating, limit=MAX_COUNT)
    if errors:
        raise ValidationError(errors)


def save(ctx: AppContext, settings: AlertSettings) -> None:
    """Store the settings for the whole office (managers only), all or nothing."""
    validate(settings)
    policy.require_office_settings(ctx.actor, translate("Policy", "the alert settings"))
    with ctx.write() as s:
        for r in settings.rules:
            row = s.get(AlertRule, r.rule)
            if row is None:
                row = AlertRule(rule=r.rule)
                s.add(row)
            row.enabled, row.days, row.unit = r.enabled, r.days, r.unit
        known = set(s.scalars(select(Rating.id)))
        gone = [t.rating for t in settings.retention if t.rating_id not in known]
        if gone:
            message = translate("AlertSettings", "The rating “{rating}” was removed meanwhile; "
                                "reopen the settings")
            raise ValidationError({"retention": message.format(rating=gone[0])})
        s.execute(delete(RetentionTarget))
        for t in settings.retention:
            if any(getattr(t, c) is not None for c in ACTIVITY_COLUMNS):
                s.add(RetentionTarget(rating_id=t.rating_id, meetings=t.meetings, calls=t.calls,
                                      emails=t.emails))


def parse_count(text: str) -> int | None:
    """A matrix cell as typed: "-" or empty is "not required", else a whole number.
    Raises ValueError with a message for anything else."""
    text = text.strip()
    if text in ("", "-", "–", "—"):
        return None
    if not text.isdigit():
        raise ValueError(translate("AlertSettings", "A whole number, or “-” for not required"))
    return int(text)

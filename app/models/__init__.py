"""SQLAlchemy models. No Qt here, no business rules beyond invariants."""

from app.models.activities import (
    Activity,
    ActivityAttendee,
    ActivityCase,
    ActivityKind,
    ActivityStatus,
    ActivityType,
    BufferedCandidate,
    BufferedEvent,
    Direction,
    Priority,
    TicketEvent,
    TicketStatus,
    TodoSource,
)
from app.models.alerts import AlertLog, AlertRule, ReminderState, RetentionTarget
from app.models.audit import AuditEntry
from app.models.base import Base, utcnow
from app.models.contact_settings import ContactPreferences, CustomerSettings
from app.models.contacts import (
    AccountKind,
    BankAccount,
    CompanyLink,
    Contact,
    ContactAddress,
    ContactEmail,
    ContactInfo,
    ContactKind,
    ContactPhone,
    ContactType,
    ContactWebsite,
    PhoneKind,
    contact_categories,
)
from app.models.files import ContactFile, ContactFolder
from app.models.imports import ImportMapping
from app.models.lookups import Category, ConversionStage, Rating, Status
from app.models.marketing import (
    Campaign,
    CampaignMember,
    CampaignSendOut,
    Project,
    ProjectParticipant,
)
from app.models.settings import Counter, OfficeSetting
from app.models.users import Role, User

__all__ = [
    "AlertLog", "AlertRule", "ReminderState", "RetentionTarget",
    "ActivityAttendee", "ActivityCase", "ActivityType", "Priority", "TicketEvent",
    "TicketStatus", "TodoSource", "Campaign", "CampaignMember", "CampaignSendOut", "ContactFile",
    "ContactFolder", "ContactPreferences", "ImportMapping", "CustomerSettings", "Project",
    "ProjectParticipant",
    "AccountKind", "Activity", "ActivityKind", "ActivityStatus", "AuditEntry", "BankAccount",
    "Base", "BufferedCandidate", "BufferedEvent", "Category", "CompanyLink", "Contact", "ContactAddress",
    "ContactEmail", "ContactInfo", "ContactKind", "ContactPhone", "ContactType",
    "ContactWebsite", "ConversionStage", "Counter", "Direction", "OfficeSetting", "PhoneKind",
    "Rating", "Role", "Status", "User", "contact_categories", "utcnow",
]

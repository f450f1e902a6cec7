"""The card's upper tabs, in reference 004's order."""

from __future__ import annotations

from app.views.card.base import CardTab
from app.views.card.upper.additional_info import AdditionalInfoTab
from app.views.card.upper.bank import BankTab
from app.views.card.upper.campaigns import CampaignsTab
from app.views.card.upper.contact_info import ContactInfoTab
from app.views.card.upper.customer_settings import CustomerSettingsTab
from app.views.card.upper.email import EmailTab
from app.views.card.upper.files import FilesTab
from app.views.card.upper.projects import ProjectsTab
from app.views.card.upper.settings import SettingsTab

UPPER_TABS: list[type[CardTab]] = [
    ContactInfoTab,
    AdditionalInfoTab,
    FilesTab,
    EmailTab,
    SettingsTab,
    BankTab,
    CampaignsTab,
    ProjectsTab,
    CustomerSettingsTab,
]

"""The card's lower tabs, in reference 004's order."""

from __future__ import annotations

from app.views.card.base import CardTab
from app.views.card.lower.activity_history import ActivityHistoryTab
from app.views.card.lower.appointments import AppointmentsTab
from app.views.card.lower.call_log import CallLogTab
from app.views.card.lower.categories import CategoriesTab
from app.views.card.lower.companies import CompaniesTab
from app.views.card.lower.history import HistoryTab
from app.views.card.lower.notes import NotesTab
from app.views.card.lower.tasks import TasksTab

LOWER_TABS: list[type[CardTab]] = [ActivityHistoryTab, CompaniesTab, CategoriesTab, TasksTab,
                                   NotesTab, HistoryTab, AppointmentsTab, CallLogTab]

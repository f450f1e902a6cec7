"""The card's lower tabs, in reference 004's order."""

from __future__ import annotations

from app.views.card.base import CardTab

LOWER_TABS: list[type[CardTab]] = []

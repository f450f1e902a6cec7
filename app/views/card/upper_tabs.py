"""The card's upper tabs, in reference 004's order."""

from __future__ import annotations

from app.views.card.base import CardTab

UPPER_TABS: list[type[CardTab]] = []

"""Contexts acting as a named user, for tests.

Ringcard never adds a user from a name passed in; a test says who its office
has. ``acting`` adds the user when new (``users.sample_context``): the first of
a database through the app's own first-run rule (a manager), later ones as reps
unless told.
"""

from __future__ import annotations

from app.db import Database
from app.services.context import AppContext
from app.services.office import users


def acting(db: Database, username: str, role: str | None = None, full_name: str = "") -> AppContext:
    return users.sample_context(db, username, role, full_name)

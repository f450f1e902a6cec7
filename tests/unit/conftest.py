"""Fixtures shared by the service tests."""

from __future__ import annotations

import pytest

from app.services.context import AppContext
from app.services.office import users


@pytest.fixture
def team(ctx: AppContext) -> dict[str, AppContext]:
    """alice (manager: the first user), bob and carol (reps), on one database."""
    users.current(ctx)
    users.add_user(ctx, "bob", "Bob Baker")
    users.add_user(ctx, "carol", "Carol Cole")
    return {"alice": ctx, "bob": AppContext(ctx.db, "bob"), "carol": AppContext(ctx.db, "carol")}

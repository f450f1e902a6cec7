"""Fixtures shared by the service tests."""

from __future__ import annotations

import pytest

from app.services.context import AppContext
from app.services.office import users
from tests.actors import acting


@pytest.fixture
def team(ctx: AppContext) -> dict[str, AppContext]:
    """alice (manager: the first user), bob and carol (reps), on one database."""
    users.current(ctx)
    users.add_user(ctx, "bob", "Bob Baker")
    users.add_user(ctx, "carol", "Carol Cole")
    return {"alice": ctx, "bob": acting(ctx.db, "bob"), "carol": acting(ctx.db, "carol")}

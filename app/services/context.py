"""What every service call needs: the database and who is acting."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.db import Database


class ServiceError(Exception):
    """A rule refused the action; the message is meant for the user."""


class NotFound(ServiceError):
    pass


@dataclass(frozen=True, slots=True)
class Actor:
    """The user a context acts for, resolved once when the context is made
    (``office.users.resolve_actor``); ``policy`` decides what they may do."""

    id: int
    username: str
    role: str  # models.Role
    team: str = ""


@dataclass(frozen=True)
class AppContext:
    db: Database
    actor: Actor

    @property
    def user(self) -> str:
        """The acting user's name: the author of what this context writes."""
        return self.actor.username

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction for one user action; audited as ``self.user``."""
        with self.db.session(self.user, write=True) as session:
            session.info["actor"] = self.actor  # for writes made on its behalf (a buffer claim)
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.db.session(self.user, write=False) as session:
            session.info["actor"] = self.actor
            yield session

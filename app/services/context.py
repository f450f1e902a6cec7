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


@dataclass(frozen=True)
class AppContext:
    db: Database
    user: str

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction for one user action; audited as ``self.user``."""
        with self.db.session(self.user, write=True) as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.db.session(self.user, write=False) as session:
            yield session

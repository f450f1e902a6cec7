"""Users (reps and managers). The current user defaults to the OS user."""

from __future__ import annotations

import getpass
import logging
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Role, User
from app.services.context import AppContext, ServiceError

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class UserView:
    id: int
    username: str
    full_name: str
    role: str
    active: bool

    @property
    def label(self) -> str:
        return self.full_name or self.username


def os_username() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (containers, services)
        return "user"


def ensure_user(s: Session, username: str) -> User:
    """The user row for ``username``; the very first user becomes a manager."""
    user = s.scalar(select(User).where(User.username == username))
    if user is None:
        first = not s.scalar(select(func.count()).select_from(User))
        user = User(username=username, role=Role.MANAGER if first else Role.REP)
        s.add(user)
        s.flush()
    return user


def _view(u: User) -> UserView:
    return UserView(u.id, u.username, u.full_name, u.role, u.active)


def current(ctx: AppContext) -> UserView:
    with ctx.write() as s:
        return _view(ensure_user(s, ctx.user))


def list_users(ctx: AppContext, *, active_only: bool = True) -> list[UserView]:
    with ctx.read() as s:
        q = select(User).order_by(User.username)
        if active_only:
            q = q.where(User.active.is_(True))
        return [_view(u) for u in s.scalars(q)]


def add_user(ctx: AppContext, username: str, full_name: str = "", role: str = Role.REP) -> int:
    username = username.strip()
    if not username:
        raise ServiceError("A user needs a user name")
    if role not in set(Role):
        raise ServiceError(f"Unknown role “{role}”")
    with ctx.write() as s:
        if s.scalar(select(User).where(User.username == username)):
            raise ServiceError(f"There is already a user “{username}”")
        user = User(username=username, full_name=full_name.strip(), role=role)
        s.add(user)
        s.flush()
        return user.id


def is_manager(ctx: AppContext) -> bool:
    with ctx.read() as s:
        return s.scalar(select(User.role).where(User.username == ctx.user)) == Role.MANAGER

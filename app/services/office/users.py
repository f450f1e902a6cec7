"""Users (reps and managers) and who is acting.

A context acts for a user of the office, resolved once when it is made
(``resolve_actor``). Users are added on purpose (``add_user``, the demo data's
reps); a name nobody added is refused, except on a database without any user
yet: the first start makes its user, a manager, since an office needs one.
"""

from __future__ import annotations

import getpass
import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.db import Database
from app.i18n import translate
from app.models import Role, User
from app.services import policy
from app.services.context import Actor, AppContext, ServiceError

log = logging.getLogger(__name__)


class UnknownUser(ServiceError):
    """No such (active) user: the message names the ones there are."""


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


def actor_of(user: User) -> Actor:
    return Actor(user.id, user.username, user.role, user.team)


def resolve_actor(db: Database, username: str, *, first_run: bool = False) -> Actor:
    """The active user ``username`` as an Actor; UnknownUser when there is none.

    ``first_run``: the setup of a new database. When it has no users at all,
    ``username`` becomes its first user, a manager. Never otherwise: a mistyped
    ``--user`` must not add a colleague to the office."""
    username = username.strip()
    with db.session(username, write=False) as s:
        user = s.scalar(select(User).where(User.username == username))
        if user is not None and user.active:
            return actor_of(user)
        names = list(s.scalars(select(User.username).where(User.active.is_(True))
                               .order_by(User.username)))
        anyone = user is not None or s.scalar(select(User.id).limit(1)) is not None
    if not anyone and first_run and username:
        try:
            with db.session(username, write=True) as s:
                if s.scalar(select(User.id).limit(1)) is None:  # still nobody: no desk was first
                    log.info("first run: %s is the office's first user (a manager)", username)
                    return actor_of(add_in(s, username, role=Role.MANAGER))
        except OperationalError as exc:  # another process holds the write lock
            message = translate("Users", "the database is busy, so “{name}” could not be made "
                                "its first user; try again in a moment")
            raise ServiceError(message.format(name=username)) from exc
        return resolve_actor(db, username)
    if user is not None:
        raise UnknownUser(translate("Users", "the user “{name}” is no longer active").format(name=username))
    known = (translate("Users", "users: {names}").format(names=", ".join(names)) if names
             else translate("Users", "no users yet"))
    message = translate("Users", "no user named “{name}” ({known})")
    raise UnknownUser(message.format(name=username, known=known))


def context_for(db: Database, username: str, *, first_run: bool = False) -> AppContext:
    """A context acting as ``username`` (see ``resolve_actor``)."""
    return AppContext(db, resolve_actor(db, username, first_run=first_run))


def sample_context(db: Database, username: str, role: str | None = None,
                   full_name: str = "") -> AppContext:
    """A context acting as ``username``, who is added first when new: for offices
    that are generated (benchmarks, screenshots, tests), never for a name a person
    typed. Without ``role`` the first user of a database is a manager (the
    first-run rule), later ones reps."""
    if role is None:
        try:
            return context_for(db, username, first_run=True)
        except UnknownUser:
            pass
    with db.session(username, write=True) as s:
        if s.scalar(select(User.id).where(User.username == username)) is None:
            add_in(s, username, full_name=full_name, role=role or Role.REP)
    return context_for(db, username)


def add_in(s: Session, username: str, *, full_name: str = "", role: str = Role.REP,
           team: str = "") -> User:
    """Add a user within an open transaction (checked; the name must be new)."""
    username = username.strip()
    if not username:
        raise ServiceError(translate("Users", "A user needs a user name"))
    if role not in set(Role):
        raise ServiceError(translate("Users", "Unknown role “{role}”").format(role=role))
    if s.scalar(select(User).where(User.username == username)):
        raise ServiceError(translate("Users", "There is already a user “{name}”").format(name=username))
    user = User(username=username, full_name=full_name.strip(), role=role, team=team.strip())
    s.add(user)
    s.flush()
    return user


def _view(u: User) -> UserView:
    return UserView(u.id, u.username, u.full_name, u.role, u.active)


def current(ctx: AppContext) -> UserView:
    with ctx.read() as s:
        user = s.get(User, ctx.actor.id)
        if user is None:
            raise UnknownUser(translate("Users", "the user “{name}” no longer exists").format(name=ctx.user))
        return _view(user)


def list_users(ctx: AppContext, *, active_only: bool = True) -> list[UserView]:
    with ctx.read() as s:
        q = select(User).order_by(User.username)
        if active_only:
            q = q.where(User.active.is_(True))
        return [_view(u) for u in s.scalars(q)]


def add_user(ctx: AppContext, username: str, full_name: str = "", role: str = Role.REP) -> int:
    """Add a rep (or a manager) to the office: a manager's decision."""
    policy.require_office_settings(ctx.actor, translate("Policy", "the office's users"))
    with ctx.write() as s:
        return add_in(s, username, full_name=full_name, role=role).id

"""Screenshots of the home page: the main window at 1366x768 on its Home page,
with demo contacts and three years of their activities.

``shots(ctx, out_dir)`` fills ``ctx``'s database when it has no activities yet
and returns the PNGs it wrote; ``python -m tools.screenshots.home OUTDIR``
does the same on a throw-away database.
"""

from __future__ import annotations

import logging
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from app.services.context import AppContext
from tools.screenshots.shot_tools import grab, run_alone, wait_until

log = logging.getLogger(__name__)

SIZE = (1366, 768)
CONTACTS = 400
ACTIVITIES = 30_000
REP = "mary.watson"  # a demo rep: the activities' owners are the demo reps


def _fill(ctx: AppContext) -> None:
    from app.models import Activity, Contact
    from app.services.demo import activities as demo_activities
    from app.services.demo import office as demo_data
    from app.services.office import settings as office_settings

    with ctx.read() as s:
        contacts = s.scalar(select(func.count()).select_from(Contact))
        activities = s.scalar(select(func.count()).select_from(Activity))
    if not contacts:
        with ctx.write() as s:
            office_settings.set_value(s, "home_region", "GB")
        demo_data.generate(ctx, CONTACTS, seed=1)
    if not activities:
        now = datetime.now(UTC)
        demo_activities.generate_activities(ctx, ACTIVITIES, seed=1, now=now)
        _overdue_todos(ctx, now)


def _overdue_todos(ctx: AppContext, now: datetime) -> None:
    """A few of REP's To-Dos past their deadline, one sent by the manager."""
    from app.models import Contact
    from app.services.activities import edit as activity_edit
    from app.services.office import users

    with ctx.read() as s:
        ids = list(s.scalars(select(Contact.id).order_by(Contact.id).limit(3)))
    manager = next((u.username for u in users.list_users(ctx) if u.role == "manager"), REP)
    for n, (subject, days, by) in enumerate((("Call back about the renewal", 2, REP),
                                             ("Send the signed contract", 5, manager),
                                             ("Chase the unpaid invoice", 9, REP))):
        form = activity_edit.ActivityForm(
            kind="task", subject=subject, contact_id=ids[n % len(ids)], status="open",
            occurred_at=now - timedelta(days=days + 3), due_at=now - timedelta(days=days),
            priority="high" if n == 1 else "normal", assignee=REP)
        activity_edit.create(users.sample_context(ctx.db, by), form)


def shots(ctx: AppContext, out_dir: Path) -> list[Path]:
    """The main window on its Home page, as REP unless ``ctx.user`` is a demo rep
    (the demo activities belong to the demo reps)."""
    from app.config import LocalSettings
    from app.services.demo import office as demo_data
    from app.services.office import users
    from app.views.app import application
    from app.views.main_window import MainWindow

    out_dir.mkdir(parents=True, exist_ok=True)
    _fill(ctx)
    if ctx.user not in demo_data.DEMO_REPS:
        ctx = users.sample_context(ctx.db, REP)
    users.current(ctx)
    application()
    window = MainWindow(ctx, LocalSettings(), persist=False)
    window.resize(*SIZE)
    painted: list[int] = []
    window.first_rows_shown.connect(painted.append)
    window.show()
    wait_until(lambda: bool(painted), "the first rows")
    loaded: list[bool] = []
    window.home.loaded.connect(lambda: loaded.append(True))
    window.show_home()
    wait_until(lambda: bool(loaded), "the dashboard")
    path = out_dir / "main_window_home.png"
    grab(window, path)
    window.close()
    return [path]


def main(argv: list[str] | None = None) -> int:
    return run_alone("tools.screenshots.home", shots, REP, argv)


if __name__ == "__main__":
    sys.exit(main())

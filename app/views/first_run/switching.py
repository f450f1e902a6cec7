"""The window reopens on another database (the office's, this desk's own, the
demo office) without a restart: the new context is made in the runner (it may
migrate the database), then a new main window shows and the old one closes.
When it cannot (the database refuses, the user is unknown there), the desk's
setting stays and the old window says the change takes effect at the next start.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from app.i18n import translate
from app.services.context import AppContext
from app.services.office import desk_database
from app.views.errors import inform, user_message

if TYPE_CHECKING:
    from app.views.main_window import MainWindow

log = logging.getLogger(__name__)

SWITCH_TASK = "switch-database"
# the windows this module opened: nothing else holds them (the start's own
# window is held by run_gui)
_OPENED: list[MainWindow] = []


def reopen_on(window: MainWindow, username: str, url: str) -> None:
    """Reopen ``window`` on the database at ``url``, acting as ``username``."""
    window.statusBar().showMessage(translate("FirstRun", "Opening {database}…").format(
        database=desk_database.shown_url(url)))
    window.runner.run(SWITCH_TASK, partial(desk_database.context_on, url, username),
                      partial(_replace, window), on_error=partial(_failed, window),
                      write=True)


def _replace(old: MainWindow, ctx: AppContext) -> None:
    from app.views.main_window import MainWindow

    release_closed()
    new = MainWindow(ctx)
    _OPENED.append(new)
    if old.isVisible():
        new.setGeometry(old.geometry())
    new.show()
    # closed once this callback has returned: closing waits for the old runner's jobs
    QTimer.singleShot(0, old.close)


def _failed(window: MainWindow, exc: BaseException) -> None:
    window.statusBar().clearMessage()
    inform(window, translate("FirstRun", "The database did not open"),
           translate("FirstRun", "Ringcard could not open the database: {reason}. It is "
                     "this desk's setting now and is tried again at the next start.").format(
               reason=user_message(exc)))


def leave_demo_office(window: MainWindow, username: str) -> None:
    """File > Leave the demo office: back to the database the desk ran on before."""
    reopen_on(window, username, desk_database.leave_demo_office())


def release_closed() -> None:
    """Delete the windows this module opened that have been closed since (not at
    their close: a late change notice may still start a job in their runner)."""
    for window in [w for w in _OPENED if not w.isVisible()]:
        _OPENED.remove(window)
        window.runner.shutdown()
        window.deleteLater()

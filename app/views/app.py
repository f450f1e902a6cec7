"""Start the desktop app: QApplication, style, crash hook, current user, main window."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.config import LocalSettings
from app.i18n import translate
from app.services.context import AppContext
from app.views import errors, language, resources
from app.views.widgets import tab_style

if TYPE_CHECKING:
    from app.views.main_window import MainWindow

log = logging.getLogger(__name__)

SMOKE_TIMEOUT_MS = 60_000


def application() -> QApplication:
    """The one QApplication (reused when tests or a caller made it already)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Ringcard")
    app.setOrganizationName("Ringcard")
    resources.register_search_paths()
    tab_style.install(app)  # before the style sheet, which wraps the style
    app.setStyleSheet(resources.style_sheet())
    app.setWindowIcon(resources.app_icon())
    app.setDesktopFileName("ringcard")  # Wayland: the window is ringcard.desktop's
    language.install(app, LocalSettings.load().language)
    return app


def refuse_user(message: str, *, interactive: bool = True) -> int:
    """The desk's user is no user of the office (``--user`` or the OS user): say so,
    naming the ones there are, and do not start. Returns the exit status. Not
    ``interactive`` (``--smoke``, a check nobody watches): no message box to wait on."""
    print(f"ringcard: {message}", file=sys.stderr)
    application()
    if errors.DIALOGS_ENABLED and interactive:
        QMessageBox.critical(None, translate("Startup", "Ringcard: unknown user"),
                             translate("Startup", "Ringcard cannot start: {reason}.\n\nStart it "
                                                  "with --user and one of these names, or ask a "
                                                  "manager to add you (ringcard users add).")
                             .format(reason=message))
    return 2


def offer_first_run(window: MainWindow) -> None:
    """The first-run wizard over the window, on a desk that has not finished or
    skipped it yet (never under --smoke)."""
    if not LocalSettings.load().first_run_done:  # the wizard's modules load only then
        window.open_first_run()


def run_gui(ctx: AppContext, *, smoke: bool = False) -> int:
    """Run the app until the window closes; ``smoke`` returns once rows are on screen."""
    from app.views.main_window import MainWindow

    app = application()
    if not smoke:  # (the smoke check may run beside a running window: it claims none)
        from app.views.single_instance import bring_forward, claim_window  # QtNetwork: not for --smoke

        instance = claim_window(ctx.db.url, app)
        if instance is None:
            return 0  # another Ringcard on this database brought its window forward
    errors.install_crash_hook()
    window = MainWindow(ctx, persist=not smoke)
    window.show()
    if not smoke:
        assert instance is not None
        instance.show_requested.connect(lambda: bring_forward(window))
        offer_first_run(window)
        status = app.exec()
        instance.close()  # the next start listens at once, without a stale socket
        return status

    # A local loop, not app.exec()/quit(): application quit leaves a Quit event
    # and a "quit now" flag behind that end the next event loop at once (which
    # matters when the smoke check runs inside a test process).
    loop = QEventLoop()
    outcome: list[bool] = []
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)

    def painted(_rows: int) -> None:
        outcome.append(True)
        loop.quit()

    window.first_rows_shown.connect(painted)
    deadline.start(SMOKE_TIMEOUT_MS)
    loop.exec()
    deadline.stop()
    if outcome:  # said before closing: closing waits for background loads to finish
        print("smoke ok", flush=True)
    window.close()
    if not outcome:
        print("smoke failed: the contact list did not paint in time", file=sys.stderr)
        return 1
    return 0

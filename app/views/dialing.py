"""Click-to-call from anywhere in the window (card, lists, pop-up): one place
that asks before calling a contact marked "do not call", then hands the number
to the desk's telephony (SIP: desk phone first, then REFER; modem: ATDT). What it
must know first (the contact's wish, the office's region) is read off the GUI
thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.calls import dialing
from app.services.calls.dialing import DialCheck
from app.services.context import AppContext, ServiceError
from app.views.errors import confirm, show_exception
from app.views.tasks import TaskRunner

log = logging.getLogger(__name__)

CHECK_TASK = "dial-check"
NO_LINE = QT_TRANSLATE_NOOP("Dialing", "No telephone line is set up for dialling: add a SIP line "
                            "with your desk phone, or a modem, in Settings > Telephony")


class Dialer(QObject):
    dialling = Signal(str)
    """A status text: "Dialling 020 7946 0101 …"."""
    finished = Signal(bool)
    """A dial request is over: handed to a line (True), or declined or refused (False)."""

    def __init__(self, ctx: AppContext, runner: TaskRunner,
                 runtime: Callable[[], object | None], parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = runner
        self._runtime = runtime  # the window's TelephonyRuntime, or None when none runs
        self._parent = parent

    def dial(self, number: str, contact_id: int | None = None) -> None:
        """Check, ask when the contact does not want calls, then dial (``finished`` says
        how it ended)."""
        if self._runtime() is None:  # nothing to read: say so at once
            self._refuse(ServiceError(NO_LINE))
            return
        self._runner.run(CHECK_TASK, partial(dialing.before_dialling, self._ctx, number,
                                             contact_id),
                         partial(self._checked, number), on_error=self._refuse)

    def _checked(self, number: str, check: DialCheck) -> None:
        if check.do_not_call and not confirm(
                self._parent, translate("Dialing", "Do not call"),
                translate("Dialing", "{name} is marked “do not call”. Call anyway?").format(
                    name=check.do_not_call)):
            self.finished.emit(False)
            return
        runtime = self._runtime()
        try:
            if runtime is None:  # stopped while the check ran (settings changed)
                raise ServiceError(translate("Dialing", NO_LINE))
            target = runtime.dial(number, region=check.region)  # type: ignore[attr-defined]
        except Exception as exc:  # the line refused (not running, no desk phone ...)
            self._refuse(exc)
            return
        self.dialling.emit(translate("Dialing", "Dialling {number} … pick up your phone").format(
            number=target))
        self.finished.emit(True)

    def _refuse(self, exc: BaseException) -> None:
        show_exception(self._parent, exc if isinstance(exc, ServiceError)
                       else ServiceError(str(exc)))
        self.finished.emit(False)

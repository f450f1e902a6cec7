"""Click-to-call from anywhere in the window (card, lists, pop-up): one place
that asks before calling a contact marked "do not call", then hands the number
to the desk's telephony (SIP: desk phone first, then REFER; modem: ATDT)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.services.contacts import core as contacts
from app.services.context import AppContext, ServiceError
from app.views.errors import confirm, show_exception

log = logging.getLogger(__name__)


class Dialer(QObject):
    dialling = Signal(str)
    """A status text: "Dialling 020 7946 0101 …"."""

    def __init__(self, ctx: AppContext, runtime: Callable[[], object | None],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runtime = runtime  # the window's TelephonyRuntime, or None when none runs
        self._parent = parent

    def dial(self, number: str, contact_id: int | None = None) -> bool:
        """True when the call was handed to a line."""
        if contact_id is not None:
            try:
                detail = contacts.get(self._ctx, contact_id)
            except ServiceError as exc:
                show_exception(self._parent, exc)
                return False
            if not detail.call_contact and not confirm(
                    self._parent, "Do not call",
                    f"{detail.display_name} is marked “do not call”. Call anyway?"):
                return False
        runtime = self._runtime()
        try:
            if runtime is None:
                raise ServiceError("No telephone line is set up for dialling: add a SIP line "
                                   "with your desk phone, or a modem, in Settings > Telephony")
            target = runtime.dial(number)  # type: ignore[attr-defined]
        except Exception as exc:  # the line refused (not running, no desk phone ...)
            show_exception(self._parent, exc if isinstance(exc, ServiceError)
                           else ServiceError(str(exc)))
            return False
        self.dialling.emit(f"Dialling {target} … pick up your phone")
        return True

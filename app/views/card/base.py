"""What every card tab is: a widget that shows one contact and reloads lazily.

A tab gets the contact's ``ContactDetail`` through ``set_contact``; it loads
its own lists only when it is (or becomes) the visible tab, so opening a card
costs one query for the detail plus the one visible tab of each row.
After it changes something it emits ``changed`` and the card refreshes the
header and marks the other tabs stale.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from app.services.context import AppContext
from app.services.dto import ContactDetail
from app.views.tasks import TaskRunner

log = logging.getLogger(__name__)


class CardTab(QWidget):
    """Base of every card tab. Subclasses set ``key`` and ``title`` and
    implement ``reload`` (fill the widgets from ``self.detail``)."""

    key = ""
    title = ""

    changed = Signal()
    """This tab saved something: the card refreshes the contact."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.detail: ContactDetail | None = None
        self._stale = True

    @classmethod
    def applies_to(cls, detail: ContactDetail) -> bool:
        """Whether the tab is shown for this contact (Customer Settings: consumers)."""
        return True

    def set_contact(self, detail: ContactDetail, *, visible: bool) -> None:
        self.detail = detail
        self._stale = True
        if visible:
            self.ensure_loaded()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Shown again (the card came back from another page): what changed meanwhile,
        e.g. a To-Do done on Home, is loaded now."""
        super().showEvent(event)
        self.ensure_loaded()

    def ensure_loaded(self) -> None:
        if self._stale and self.detail is not None:
            self._stale = False
            self.reload()

    def reload(self) -> None:  # pragma: no cover - every tab overrides it
        raise NotImplementedError

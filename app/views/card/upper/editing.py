"""Tabs that edit part of the contact record (Additional Information, Bank details).

They change one slice of the ``ContactInput`` and save the whole record through
``contacts.update_contact`` with the version the card showed, so an edit made
meanwhile on another desk is reported, never silently overwritten.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from app.services import contacts
from app.services.contacts import StaleRecord
from app.services.context import AppContext, ServiceError
from app.services.dto import ContactInput
from app.services.validation import ValidationError
from app.views.card.base import CardTab
from app.views.card.upper.widgets import ErrorLabel
from app.views.errors import show_exception
from app.views.tasks import TaskRunner

log = logging.getLogger(__name__)


class ContactEditTab(CardTab):
    """A card tab with a Save that goes through ``update_contact``."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        self.banner = ErrorLabel(self)
        """Messages about the whole save (someone else changed the contact)."""

    def show_errors(self, errors: dict[str, str]) -> None:  # pragma: no cover - overridden
        self.banner.show_message("; ".join(errors.values()))

    def clear_errors(self) -> None:
        self.banner.clear_message()

    def save_slice(self, apply: Callable[[ContactInput], None]) -> bool:
        """Apply the tab's edits to the stored record and save it; True when saved."""
        if self.detail is None:
            return False
        self.clear_errors()
        detail = self.detail
        try:
            data = contacts.as_input(self.ctx, detail.id)
            apply(data)
            contacts.update_contact(self.ctx, detail.id, data, expected_version=detail.version)
        except ValidationError as exc:
            log.info("not saved: %s", exc)
            self.show_errors(exc.errors)
            return False
        except StaleRecord as exc:
            self.banner.show_message(str(exc))
            show_exception(self, exc)
            return False
        except ServiceError as exc:
            self.banner.show_message(str(exc))
            show_exception(self, exc)
            return False
        self.changed.emit()
        return True

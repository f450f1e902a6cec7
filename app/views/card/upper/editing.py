"""Tabs that edit part of the contact record (Additional Information, Bank details).

They change one slice of the ``ContactInput`` and save the whole record through
``contacts.update_contact`` with the version the card showed, so an edit made
meanwhile on another desk is reported, never silently overwritten.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.i18n import translate
from app.services.contacts import core as contacts
from app.services.contacts.core import StaleRecord
from app.services.context import AppContext, ServiceError
from app.services.dto import ContactInput
from app.services.validation import ValidationError
from app.views.card.base import CardTab
from app.views.errors import show_exception
from app.views.tasks import TaskRunner
from app.views.widgets.fields import ErrorLabel, plain_scroll

log = logging.getLogger(__name__)


class ContactEditTab(CardTab):
    """A card tab with a Save that goes through ``update_contact``."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        self.banner = ErrorLabel(self)
        """Messages about the whole save (someone else changed the contact)."""
        self.save_button = QPushButton(translate("CardEditing", "Save"), self)
        self.save_button.setEnabled(False)
        self.state = QLabel(self)
        self.state.setEnabled(False)
        self.save_button.clicked.connect(self.save)

    def lay_out(self, inner: QWidget) -> None:
        """The page: the banner, ``inner`` in a scroll area, the save bar."""
        scroll = plain_scroll(inner, self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.state, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

    def mark_clean(self) -> None:
        self.save_button.setEnabled(False)
        self.state.setText("")

    def edited(self) -> None:
        """An editor changed: offer Save."""
        self.save_button.setEnabled(True)
        self.state.setText(translate("CardEditing", "Unsaved changes"))

    def save(self) -> bool:  # pragma: no cover - every tab overrides it
        raise NotImplementedError

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

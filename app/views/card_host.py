"""Where the contact card lives: beside the list (a splitter pane) or in its
own window, as the user chooses; the choice is remembered per desk.

The card (and the import of its tabs) is built on first use, so start-up
does not pay for it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from app.i18n import translate
from app.services.context import AppContext
from app.views.tasks import TaskRunner
from app.views.widgets.elided import shorten
from app.views.widgets.window_fit import fit_to_screen, fitting_size

if TYPE_CHECKING:
    from app.views.card.card_widget import ContactCard

log = logging.getLogger(__name__)


class CardWindow(QWidget):
    """The card's own top-level window."""

    closed = Signal()

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(translate("ContactCard", "Contact"))
        self.resize(fitting_size(self, QSize(900, 760)))  # less on a small screen
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.closed.emit()
        super().closeEvent(event)


class CardHost(QObject):
    dial_requested = Signal(str, int)
    """The card's Dial menu: (number, contact id)."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, splitter: QSplitter,
                 own_window: bool, window_geometry: QByteArray | None = None) -> None:
        super().__init__(splitter)
        self._window_geometry = window_geometry
        self._ctx = ctx
        self._runner = runner
        self._splitter = splitter
        self._own_window = own_window
        self.card: ContactCard | None = None
        self.window: CardWindow | None = None

    @property
    def own_window(self) -> bool:
        return self._own_window

    def ensure_card(self) -> ContactCard:
        if self.card is None:
            # imported here: the card's tabs are not needed until a card opens
            from app.views.card.card_widget import ContactCard

            self.card = ContactCard(self._ctx, self._runner)
            self.card.setObjectName("contactCard")
            self.card.close_requested.connect(self.close_card)
            self.card.dial_requested.connect(self.dial_requested)
            self.card.hide()
            self._place()
        return self.card

    def open_contact(self, contact_id: int) -> bool:
        card = self.ensure_card()
        if not card.show_contact(contact_id):
            return False
        if self._own_window:
            assert self.window is not None
            self.window.setWindowTitle(shorten(card.detail.display_name) if card.detail
                                       else translate("ContactCard", "Contact"))
            self.window.show()
            self.window.raise_()
            self.window.activateWindow()
        card.show()
        return True

    def close_card(self) -> None:
        if self.card is None:
            return
        self.card.hide()
        if self.window is not None:
            self.window.hide()

    def set_own_window(self, own: bool) -> None:
        if own == self._own_window:
            return
        was_open = self.card is not None and self.card.isVisible()
        self._own_window = own
        if self.card is not None:
            self._place()
            if was_open and self.card.detail is not None:
                self.open_contact(self.card.detail.id)

    def _place(self) -> None:
        card = self.card
        assert card is not None
        if self._own_window:
            if self.window is None:
                self.window = CardWindow()
                if self._window_geometry:
                    self.window.restoreGeometry(self._window_geometry)
                    fit_to_screen(self.window)  # saved on a larger screen: cut down to this one
                self.window.closed.connect(lambda: card.hide())  # Esc: the card's own shortcut
            layout = self.window.layout()
            assert layout is not None
            layout.addWidget(card)
        else:
            if self.window is not None:
                self.window.hide()
            self._splitter.addWidget(card)
            self._splitter.setStretchFactor(0, 3)
            self._splitter.setStretchFactor(1, 2)

    def shutdown(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()

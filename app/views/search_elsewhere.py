"""Under the list selector: "3 more in Leads" when a search has hits in lists
other than the one on screen. Search looks in the current list only; this
says so, and a click moves the search to that list.

The counts are bounded (``CAP``) and run off the GUI thread once the hits are
on screen, so they never make the search itself slower."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.contacts import search
from app.services.contacts.list_rows import Filters
from app.services.context import AppContext
from app.views.actions import ContactListKind
from app.views.widgets.labels import format_count

log = logging.getLogger(__name__)

CAP = 1_000
"""Past this many hits a list says "1,000+ more": the count stops there."""


def count_elsewhere(ctx: AppContext, text: str, shown: Filters,
                    others: Sequence[tuple[str, Filters]],
                    wanted: Callable[[], bool]) -> list[tuple[str, int]] | None:
    """Hits of ``text`` per other list (key, count up to ``CAP + 1``), leaving out the
    ones the list on screen (``shown``) already holds; None once no longer ``wanted``
    (the user typed on: the remaining lists are not counted)."""
    counts: list[tuple[str, int]] = []
    for key, filters in others:
        if not wanted():
            return None
        counts.append((key, search.count_up_to(ctx, text, filters, cap=CAP, excluding=shown)))
    return counts


# (the button, its tooltip) per list: whole sentences, as a translation needs them
ELSEWHERE_TEXTS: dict[str, tuple[str, str]] = {
    "customers": (QT_TRANSLATE_NOOP("SearchElsewhere", "{amount} more in Customers"),
                  QT_TRANSLATE_NOOP("SearchElsewhere", "Search the customers for the same text")),
    "potentials": (QT_TRANSLATE_NOOP("SearchElsewhere", "{amount} more in Potentials"),
                   QT_TRANSLATE_NOOP("SearchElsewhere", "Search the potentials for the same text")),
    "leads": (QT_TRANSLATE_NOOP("SearchElsewhere", "{amount} more in Leads"),
              QT_TRANSLATE_NOOP("SearchElsewhere", "Search the leads for the same text")),
    "accounts": (QT_TRANSLATE_NOOP("SearchElsewhere", "{amount} more in Accounts"),
                 QT_TRANSLATE_NOOP("SearchElsewhere", "Search the accounts for the same text")),
    "companies": (QT_TRANSLATE_NOOP("SearchElsewhere", "{amount} more in Companies"),
                  QT_TRANSLATE_NOOP("SearchElsewhere", "Search the companies for the same text")),
}


class ElsewhereBar(QWidget):
    """"Also found: [3 more in Leads] [1,000+ more in Companies]"; hidden when none."""

    list_chosen = Signal(str)
    """The user clicked "N more in <list>" (that list's key)."""
    counted = Signal()
    """A search's counts in the other lists have arrived (shown, or nothing to show)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.buttons: list[QToolButton] = []

        # widgets
        self.setObjectName("searchElsewhere")
        self.label = QLabel(translate("SearchElsewhere", "Also found:"), self)

        # layout
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(4)
        self._row.addWidget(self.label)
        self._row.addStretch(1)
        self.hide()

    def clear(self) -> None:
        for button in self.buttons:
            self._row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        self.hide()

    def show_counts(self, counts: Sequence[tuple[ContactListKind, int]]) -> None:
        """One link-like button per list that has hits; none: the bar hides."""
        self.clear()
        for kind, n in counts:
            if n <= 0:
                continue
            amount = f"{format_count(CAP)}+" if n > CAP else format_count(n)
            button = QToolButton(self)
            button.setObjectName("elsewhereButton")
            more, tip = ELSEWHERE_TEXTS.get(kind.key, ("{amount} more in {list}", ""))
            button.setText(translate("SearchElsewhere", more).format(amount=amount, list=kind.label))
            button.setToolTip(translate("SearchElsewhere", tip) if tip else "")
            button.setAutoRaise(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _checked=False, key=kind.key: self.list_chosen.emit(key))
            self._row.insertWidget(self._row.count() - 1, button)
            self.buttons.append(button)
        self.setVisible(bool(self.buttons))
        self.counted.emit()

    def texts(self) -> list[str]:
        """What the bar offers, as the user reads it."""
        return [b.text() for b in self.buttons]

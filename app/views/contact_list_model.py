"""The contact list as a windowed table model that stays light on a million rows.

It holds only the list's ids (an ``array('q')``: 8 bytes a row) and a small LRU
cache of display pages filled on demand. ``rowCount`` is the whole list, so
the scroll bar is true and jumping to the end costs one page, not a
``fetchMore`` crawl: on 1M rows a 200-row fetchMore model needed 57 s to reach
the end; ids + page cache painted in 0.4 s and reached the end in 1.9 s.
A page (100 rows) is fetched on the GUI thread when first painted: that is
one indexed query of 100 ids, a few milliseconds; the id list itself, which
scales with the list, is loaded off the GUI thread by the caller (through
``app.views.tasks``) and handed in with ``set_ids``.
"""

from __future__ import annotations

import logging
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.contacts import list_rows as contact_list
from app.services.context import AppContext
from app.services.dto import ContactRow

log = logging.getLogger(__name__)

PAGE_SIZE = 50  # ~1.5 screens: a scroll-bar jump formats little it does not show
MAX_PAGES = 80  # 4,000 rows in memory at most, a few screens of scrolling back

ContactIdRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def _yes_no(value: bool) -> str:
    return translate("ContactList", "Yes") if value else translate("ContactList", "No")


# (header, text of a row): the customer list columns of reference 003. "Name", not
# reference 003's "Customer": the same columns head the Leads and Companies lists;
# "Rating", as the contact form says
COLUMNS: tuple[tuple[str, Callable[[ContactRow], str]], ...] = (
    (QT_TRANSLATE_NOOP("ContactList", "Name"), lambda r: r.name),
    (QT_TRANSLATE_NOOP("ContactList", "Code"), lambda r: r.code),
    (QT_TRANSLATE_NOOP("ContactList", "Contact"), lambda r: r.contact),
    (QT_TRANSLATE_NOOP("ContactList", "Phone"), lambda r: r.phone),
    (QT_TRANSLATE_NOOP("ContactList", "Email"), lambda r: r.email),
    (QT_TRANSLATE_NOOP("ContactList", "Complete"), lambda r: f"{r.completeness}%"),
    (QT_TRANSLATE_NOOP("ContactList", "Status"), lambda r: r.status),
    (QT_TRANSLATE_NOOP("ContactList", "Rating"), lambda r: r.rating),
    (QT_TRANSLATE_NOOP("ContactList", "Active"), lambda r: _yes_no(r.active)),
    (QT_TRANSLATE_NOOP("ContactList", "Call contact"), lambda r: _yes_no(r.call_contact)),
)
COLUMN_NAMES: tuple[str, ...] = tuple(name for name, _ in COLUMNS)
_RIGHT = {COLUMN_NAMES.index("Complete")}


class ContactListModel(QAbstractTableModel):
    """Ids of one list (or search result) in display order, rows paged in lazily."""

    loaded = Signal(int)
    """A new id list is in place; the argument is its length."""

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ids = array("q")
        self._pages: OrderedDict[int, dict[int, ContactRow]] = OrderedDict()
        self._matched: dict[int, str] = {}
        """A search's hits that its row does not explain: contact id -> what matched."""

    # -- loading -------------------------------------------------------------

    def set_ids(self, ids: Iterable[int], rows: Sequence[ContactRow] = ()) -> None:
        """Show ``ids``; ``rows`` already fetched (e.g. by a search) prime the cache."""
        self.beginResetModel()
        self._ids = ids if isinstance(ids, array) else array("q", ids)
        self._pages.clear()
        known = {r.id: r for r in rows}
        self._matched = {}  # a new list: the search's reasons come after (set_matched)
        for start in range(0, min(len(self._ids), len(known)), PAGE_SIZE):
            page_ids = self._ids[start:start + PAGE_SIZE]
            if all(i in known for i in page_ids):
                self._store(start // PAGE_SIZE, {i: known[i] for i in page_ids})
        self.endResetModel()
        self.loaded.emit(len(self._ids))

    def set_matched(self, why: dict[int, str]) -> None:
        """Why the search found hits whose row does not say (their tooltips)."""
        self._matched = dict(why)

    def refresh(self) -> None:
        """Forget cached rows (after an edit) and repaint; the id order stays."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    # -- lookups --------------------------------------------------------------

    def ids(self) -> array:  # type: ignore[type-arg]
        """The ids of every row, in the list's order (a copy)."""
        return array("q", self._ids)

    def matched(self, row: int) -> str:
        """Why the search found ``row`` when its name does not say ("" if it does)."""
        cid = self.contact_id(row)
        return self._matched.get(cid, "") if cid is not None else ""

    def contact_id(self, row: int) -> int | None:
        """The contact id shown in ``row``, or None outside the list."""
        if 0 <= row < len(self._ids):
            return self._ids[row]
        return None

    def cached_pages(self) -> int:
        return len(self._pages)

    def row_at(self, row: int) -> ContactRow | None:
        """The display row (fetching its page if needed); None if it was deleted."""
        if not 0 <= row < len(self._ids):
            return None
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            start = page_no * PAGE_SIZE
            page_ids = self._ids[start:start + PAGE_SIZE].tolist()
            fetched = contact_list.rows(self._ctx, page_ids)
            page = {r.id: r for r in fetched}
            self._store(page_no, page)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._ids[row])

    def _store(self, page_no: int, page: dict[int, ContactRow]) -> None:
        self._pages[page_no] = page
        self._pages.move_to_end(page_no)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)

    # -- Qt model interface ----------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == ContactIdRole:
            return self.contact_id(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in _RIGHT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        contact = self.row_at(row)
        if contact is None:
            if col == 0 and role == Qt.ItemDataRole.DisplayRole:
                return translate("ContactList", "(deleted)")
            return None
        text = COLUMNS[col][1](contact)
        if role == Qt.ItemDataRole.ToolTipRole:
            # the whole text of an elided cell, and why a search found the row
            return "\n".join(filter(None, (text, self._matched.get(contact.id, "")))) or None
        return text

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("ContactList", COLUMNS[section][0])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag
        return f.ItemIsEnabled | f.ItemIsSelectable | f.ItemNeverHasChildren

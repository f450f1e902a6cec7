"""The Activity History as a windowed table model: a contact with 50,000
activities opens as fast as one with ten.

The model holds the ids of the whole (filtered) history in display order, as
``services.activity_history.history_ids`` returns them (an ``array('q')``, 8
bytes a row), and a small cache of display pages. A page that is painted but
not cached is fetched by id through the TaskRunner (``history_rows``), never on
the GUI thread; until it arrives its rows read "Loading…". ``rowCount`` is the
whole list, so the scroll bar is true and a jump to the end costs one page.
"""

from __future__ import annotations

import logging
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.activities import history as activity_history
from app.services.activities.history import HistoryRow
from app.services.context import AppContext
from app.views.tasks import TaskRunner
from app.views.widgets import labels
from app.views.widgets.dates import local
from app.views.widgets.tables import show_value

log = logging.getLogger(__name__)

PAGE_SIZE = 50
MAX_PAGES = 40  # 2,000 rows in memory at most
LOADING = QT_TRANSLATE_NOOP("ActivityHistory", "Loading…")

HistoryRowRole = Qt.ItemDataRole.UserRole + 1
"""The row's ``HistoryRow`` (None while its page loads)."""
ActivityIdRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex

TICKET_LABELS = {"new": QT_TRANSLATE_NOOP("ActivityHistory", "New ticket"),
                 "open": QT_TRANSLATE_NOOP("ActivityHistory", "Open ticket"),
                 "waiting": QT_TRANSLATE_NOOP("ActivityHistory", "Waiting on customer"),
                 "resolved": QT_TRANSLATE_NOOP("ActivityHistory", "Resolved"),
                 "closed": QT_TRANSLATE_NOOP("ActivityHistory", "Closed ticket")}


def status_label(row: HistoryRow) -> str:
    if row.kind == "ticket" and row.ticket_status and row.status != "cancelled":
        if row.ticket_status in TICKET_LABELS:
            return translate("ActivityHistory", TICKET_LABELS[row.ticket_status])
        return row.ticket_status
    return labels.status_label(row.status)


# (header, text of a row): reference 003's activity list
COLUMNS: tuple[tuple[str, Callable[[HistoryRow], str]], ...] = (
    (QT_TRANSLATE_NOOP("ActivityHistory", "When"), lambda r: show_value(local(r.occurred_at))),
    (QT_TRANSLATE_NOOP("ActivityHistory", "Type"), lambda r: r.type_name),
    (QT_TRANSLATE_NOOP("ActivityHistory", "Subject"), lambda r: r.subject),
    (QT_TRANSLATE_NOOP("ActivityHistory", "Status"), status_label),
    (QT_TRANSLATE_NOOP("ActivityHistory", "Rep"), lambda r: r.owner_label or (
        translate("ActivityHistory", "Unassigned") if r.owner is None else r.owner)),
    ("", lambda r: ""),  # Actions: where the row's buttons show (they never cover its text)
)
COLUMN_NAMES = tuple(name for name, _ in COLUMNS)
SUBJECT = COLUMN_NAMES.index("Subject")
ACTIONS = len(COLUMNS) - 1


class ActivityHistoryModel(QAbstractTableModel):
    """Ids of one contact's (filtered) history, rows paged in by the runner."""

    ids_set = Signal(int)
    """A new id list is in place (its length)."""
    page_loaded = Signal(int)
    """A page of rows arrived (its number); its rows repaint."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        # attributes
        self._ctx = ctx
        self._runner = runner
        self._ids = array("q")
        self._pages: OrderedDict[int, dict[int, HistoryRow]] = OrderedDict()
        self._loading: set[int] = set()
        self._generation = 0  # a new id list makes pages still on their way stale
        self._task = f"history-pages.{id(self)}"
        self.dimmed: Callable[[HistoryRow], bool] = lambda _row: False

    # -- loading ---------------------------------------------------------------

    def set_ids(self, ids: Iterable[int], rows: Iterable[HistoryRow] = ()) -> None:
        """Show ``ids``; ``rows`` already fetched (the first page) prime the cache."""
        self.beginResetModel()
        self._generation += 1
        self._ids = ids if isinstance(ids, array) else array("q", ids)
        self._pages.clear()
        self._loading.clear()
        known = {r.id: r for r in rows}
        for start in range(0, len(self._ids), PAGE_SIZE):
            page_ids = self._ids[start:start + PAGE_SIZE]
            if not all(i in known for i in page_ids):
                break
            self._store(start // PAGE_SIZE, {i: known[i] for i in page_ids})
        self.endResetModel()
        self.ids_set.emit(len(self._ids))

    def refresh(self) -> None:
        """Forget the cached rows and fetch what is shown again; the order stays."""
        self._generation += 1
        self._pages.clear()
        self._loading.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1,
                                                               len(COLUMNS) - 1))

    def is_loading(self) -> bool:
        """A page is on its way (tests wait for this to end)."""
        return bool(self._loading)

    def _request(self, page_no: int) -> None:
        if page_no in self._loading:
            return
        self._loading.add(page_no)
        start = page_no * PAGE_SIZE
        page_ids = self._ids[start:start + PAGE_SIZE].tolist()
        ctx, generation = self._ctx, self._generation
        self._runner.run(f"{self._task}.{page_no}",
                         lambda: activity_history.history_rows(ctx, page_ids),
                         lambda rows: self._arrived(generation, page_no, rows),
                         on_error=lambda exc: self._failed(generation, page_no, exc))

    def _arrived(self, generation: int, page_no: int, rows: list[HistoryRow]) -> None:
        if generation != self._generation:
            return  # the list changed meanwhile; the new one asks again
        self._loading.discard(page_no)
        self._store(page_no, {r.id: r for r in rows})
        first = page_no * PAGE_SIZE
        last = min(first + PAGE_SIZE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        self.page_loaded.emit(page_no)

    def _failed(self, generation: int, page_no: int, exc: BaseException) -> None:
        log.warning("history page %d not loaded: %s", page_no, exc)
        if generation == self._generation:
            self._loading.discard(page_no)
            self._store(page_no, {})  # shown as gone rather than asked for forever

    def _store(self, page_no: int, page: dict[int, HistoryRow]) -> None:
        self._pages[page_no] = page
        self._pages.move_to_end(page_no)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)

    # -- lookups ---------------------------------------------------------------

    def activity_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, activity_id: int) -> int | None:
        """Where an activity is listed (None if the filter leaves it out)."""
        try:
            return self._ids.index(activity_id)
        except ValueError:
            return None

    def row_at(self, row: int, *, fetch: bool = True) -> HistoryRow | None:
        """The row if its page is here; else None (and, with ``fetch``, the page is asked for)."""
        if not 0 <= row < len(self._ids):
            return None
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            if fetch:
                self._request(page_no)
            return None
        self._pages.move_to_end(page_no)
        return page.get(self._ids[row])

    def _page_known(self, row: int) -> bool:
        return row // PAGE_SIZE in self._pages

    def cached_pages(self) -> int:
        return len(self._pages)

    # -- Qt model interface ----------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        row_no, col = index.row(), index.column()
        if role == ActivityIdRole:
            return self._ids[row_no]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
                        HistoryRowRole):
            return None
        row = self.row_at(row_no)
        if role == HistoryRowRole:
            return row
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole and col == SUBJECT:
                return (translate("ActivityHistory", "(no longer there)") if self._page_known(row_no)
                        else translate("ActivityHistory", LOADING))
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._grey()
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[col][1](row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._grey() if self.dimmed(row) else None
        if role == Qt.ItemDataRole.FontRole and row.status == "cancelled":
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    @staticmethod
    def _grey() -> QBrush:
        return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                   QPalette.ColorRole.Text))

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return translate("ActivityHistory", COLUMNS[section][0]) if COLUMNS[section][0] else ""
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag
        return f.ItemIsEnabled | f.ItemIsSelectable | f.ItemNeverHasChildren


def _tooltip(row: HistoryRow) -> str:
    parts = [f"{row.type_name}: {row.subject}"]
    if row.owner_label:
        parts.append(translate("ActivityHistory", "Rep: {name}").format(name=row.owner_label))
    if row.summary:
        parts.append(row.summary[:200])
    return "\n".join(parts)

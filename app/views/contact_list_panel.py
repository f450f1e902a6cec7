"""The search area: search box, list selector and the windowed contact table.

Typing searches as you type (debounced, off the GUI thread); an empty box shows
the whole list in name order. List loads and searches share one task key, so
whichever the user asked for last wins and older answers are dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.changes import Kind
from app.services.contacts import list_rows as contact_list
from app.services.contacts import search
from app.services.contacts.list_rows import Filters
from app.services.context import AppContext
from app.services.dto import ContactRow
from app.views.actions import DEFAULT_LIST, LISTS, ContactListKind, list_kind
from app.views.change_bus import change_bus
from app.views.contact_list_model import COLUMN_NAMES, ContactListModel
from app.views.errors import show_exception
from app.views.search_elsewhere import ElsewhereBar, count_elsewhere
from app.views.search_options import SearchOptions
from app.views.tasks import TaskRunner
from app.views.widgets.flow_layout import FlowLayout
from app.views.widgets.labels import format_count

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 150
MAX_SEARCH_HITS = 500
SEARCH_PAGE = 100
LIST_TASK = "contact-list"
HEAD_TASK = "contact-list-head"
HEAD_ROWS = 200  # the first screens, painted while the whole id list loads
ELSEWHERE_TASK = "contact-list-elsewhere"
WHY_TASK = "contact-list.why-matched"  # the tooltips of hits whose row does not say why
ELSEWHERE_DELAY_MS = 300  # hits in the other lists are counted once the typing has paused

# column header -> what the list is ordered by when it is clicked (None: not sortable,
# the value lives in another table: first phone, first e-mail, first link)
SORT_BY: dict[str, str | None] = {
    "Name": "name", "Code": "code", "Contact": None, "Phone": None, "Email": None,
    "Complete": "completeness", "Status": "status", "Rating": "rating", "Active": "active",
    "Call contact": "call_contact",
}

DEFAULT_WIDTHS: dict[str, int] = {
    "Name": 210, "Code": 76, "Contact": 190, "Phone": 140, "Email": 220,
    "Complete": 84, "Status": 100, "Rating": 80, "Active": 64, "Call contact": 96,
}


# what the status bar says of each list: (one row, rows, loading, failed); whole
# sentences per list, as a translation needs them (German nouns take their case)
LIST_TEXTS: dict[str, tuple[str, str, str, str]] = {
    "customers": (QT_TRANSLATE_NOOP("ContactList", "{count} customer"),
                  QT_TRANSLATE_NOOP("ContactList", "{count} customers"),
                  QT_TRANSLATE_NOOP("ContactList", "Loading customers…"),
                  QT_TRANSLATE_NOOP("ContactList", "Could not load the customers")),
    "potentials": (QT_TRANSLATE_NOOP("ContactList", "{count} potential"),
                   QT_TRANSLATE_NOOP("ContactList", "{count} potentials"),
                   QT_TRANSLATE_NOOP("ContactList", "Loading potentials…"),
                   QT_TRANSLATE_NOOP("ContactList", "Could not load the potentials")),
    "leads": (QT_TRANSLATE_NOOP("ContactList", "{count} lead"),
              QT_TRANSLATE_NOOP("ContactList", "{count} leads"),
              QT_TRANSLATE_NOOP("ContactList", "Loading leads…"),
              QT_TRANSLATE_NOOP("ContactList", "Could not load the leads")),
    "accounts": (QT_TRANSLATE_NOOP("ContactList", "{count} account"),
                 QT_TRANSLATE_NOOP("ContactList", "{count} accounts"),
                 QT_TRANSLATE_NOOP("ContactList", "Loading accounts…"),
                 QT_TRANSLATE_NOOP("ContactList", "Could not load the accounts")),
    "companies": (QT_TRANSLATE_NOOP("ContactList", "{count} company"),
                  QT_TRANSLATE_NOOP("ContactList", "{count} companies"),
                  QT_TRANSLATE_NOOP("ContactList", "Loading companies…"),
                  QT_TRANSLATE_NOOP("ContactList", "Could not load the companies")),
}


def list_count_text(kind: ContactListKind, n: int) -> str:
    """"1,234 customers" in the user's language."""
    texts = LIST_TEXTS.get(kind.key)
    if texts is None:
        return f"{format_count(n)} {kind.noun(n)}"
    return translate("ContactList", texts[0 if n == 1 else 1]).format(count=format_count(n))


def list_state_text(kind: ContactListKind, failed: bool) -> str:
    """"Loading customers…" or "Could not load the customers"."""
    texts = LIST_TEXTS.get(kind.key)
    if texts is None:
        return kind.label
    return translate("ContactList", texts[3 if failed else 2])


@dataclass(frozen=True)
class SearchResult:
    rows: list[ContactRow]
    total: int


def run_search(ctx: AppContext, text: str, filters: Filters,
               max_hits: int = MAX_SEARCH_HITS) -> SearchResult:
    """The first ``max_hits`` matches in name order, and how many there are."""
    rows: list[ContactRow] = []
    after = None
    while len(rows) < max_hits:
        page = search.search(ctx, text, filters, limit=min(SEARCH_PAGE, max_hits - len(rows)),
                             after=after)
        rows.extend(page.rows)
        if page.next_cursor is None:
            return SearchResult(rows, len(rows))  # all matches are here: no count query
        after = page.next_cursor
    return SearchResult(rows, max(search.count(ctx, text, filters), len(rows)))


class _PaintWatch(QObject):
    """Tells once when the table's viewport has painted after the first list arrived."""

    def __init__(self, panel: ContactListPanel) -> None:
        super().__init__(panel)
        self._panel = panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self._panel._list_arrived:
            watched.removeEventFilter(self)
            # after this paint event has been handled, the rows are on screen
            QTimer.singleShot(0, self._panel._announce_first_paint)
        return False


def sort_rows(rows: list[ContactRow], sort: str, descending: bool,
              positions: dict[str, dict[str, int]]) -> list[ContactRow]:
    """Search hits ordered as ``contact_list.ordered_ids`` orders a list:
    by the column, ties by name, blanks last whichever the direction."""
    def value(r: ContactRow) -> object:
        return {"name": r.name.casefold(), "code": r.code, "completeness": r.completeness,
                "status": positions["status"].get(r.status),
                "rating": positions["rating"].get(r.rating), "active": r.active,
                "call_contact": r.call_contact}[sort]

    by_name = sorted(rows, key=lambda r: r.name.casefold())
    present = [r for r in by_name if value(r) not in (None, "")]
    present.sort(key=value, reverse=descending)  # type: ignore[arg-type]  # stable
    return present + [r for r in by_name if value(r) in (None, "")]


class _SearchKeys(QObject):
    """Down arrow in the search box moves on to the list, so the keyboard is enough."""

    def __init__(self, panel: ContactListPanel) -> None:
        super().__init__(panel)
        self._panel = panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Down and self._panel.model.rowCount():
            table = self._panel.table
            table.setFocus(Qt.FocusReason.TabFocusReason)
            if not table.currentIndex().isValid():
                table.selectRow(0)
            return True
        return False


class _TableKeys(QObject):
    """Enter (or Return) on a row opens its card, as a double-click does."""

    def __init__(self, panel: ContactListPanel) -> None:
        super().__init__(panel)
        self._panel = panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._panel.open_current()
            return True
        return False


class ContactListPanel(QWidget):
    """Left side of the main window: find a contact and pick it."""

    status_changed = Signal(str)
    """The text for the status bar: how many rows the list shows and why."""

    first_rows_painted = Signal(int)
    """The first list (this many rows) has been painted on screen."""

    contact_activated = Signal(int)
    """The user opened a contact (double-click or Enter)."""
    dial_requested = Signal(str, int)
    """The row's context menu: call (number, contact id)."""

    def __init__(self, ctx: AppContext, runner: TaskRunner,
                 list_actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self._ctx = ctx
        self._runner = runner
        self._kind: ContactListKind = DEFAULT_LIST
        self._shown_query = ""
        self._list_arrived = False
        self._painted = False
        self._sort: tuple[str, bool] = ("name", False)
        # every reload gets a number; an answer for an older one is dropped
        self._generation = 0
        self._answered = -1  # the generation whose full answer is on screen
        self._head_shown = False
        self._positions: dict[str, dict[str, int]] = {"status": {}, "rating": {}}
        self.export_dialog: QDialog | None = None  # the last Export dialog opened
        self.model = ContactListModel(ctx, self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._list_actions = list(list_actions)
        self._elsewhere_delay = QTimer(self)
        self._elsewhere_delay.setSingleShot(True)
        self._elsewhere_delay.setInterval(ELSEWHERE_DELAY_MS)
        self._wanted = [0]  # the generation whose other-list counts are wanted (read by a worker)

        # widgets
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(translate("ContactList",
                                                     "Search name, company, e-mail or phone  (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.options = SearchOptions(ctx, self)
        self.elsewhere = ElsewhereBar(self)
        self.list_buttons: list[QToolButton] = []
        for action in list_actions:
            button = QToolButton(self)
            button.setObjectName("listButton")
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.list_buttons.append(button)
        self.table = QTableView(self)
        self.table.setObjectName("contactTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.set_column_widths([])

        # layout
        selector = FlowLayout(spacing=2)  # two lines beside a card on a small screen
        for button in self.list_buttons:
            selector.addWidget(button)
        selector.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search_box)
        layout.addWidget(self.options)
        layout.addLayout(selector)
        layout.addWidget(self.elsewhere)
        layout.addWidget(self.table, 1)

        # signals
        self.search_box.textChanged.connect(self._debounce.start)
        self.search_box.returnPressed.connect(self._search_now)
        self._debounce.timeout.connect(self.reload)
        self._elsewhere_delay.timeout.connect(self._count_elsewhere)
        self.elsewhere.list_chosen.connect(self.search_in)
        # a count still running when the panel goes (its runner may outlive it) is dropped
        self.destroyed.connect(lambda _obj=None, r=runner: r.cancel(ELSEWHERE_TASK))
        self.table.doubleClicked.connect(self._activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.table.installEventFilter(_TableKeys(self))
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.options.changed.connect(self.reload)
        change_bus().watch(self, {Kind.CONTACT, Kind.OFFICE_LIST}, lambda _c: self.model.refresh())
        self.table.viewport().installEventFilter(_PaintWatch(self))
        self.search_box.installEventFilter(_SearchKeys(self))

    # -- public ------------------------------------------------------------

    @property
    def kind(self) -> ContactListKind:
        return self._kind

    def show_list(self, kind: ContactListKind) -> None:
        """Switch to another list; a search in the box is re-run within it."""
        if kind == self._kind and self._list_arrived:
            return
        self._kind = kind
        self.reload()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def reload(self) -> None:
        """Show the current list, or the matches of the search box within it."""
        self._debounce.stop()
        text = " ".join(self.search_box.text().split())
        ctx, kind = self._ctx, self._kind
        filters = self.options.apply(kind.filters)
        sort, descending = self._sort
        self._generation += 1
        gen = self._generation
        self._head_shown = False
        self._elsewhere_delay.stop()
        self._runner.cancel(ELSEWHERE_TASK)
        self._wanted[0] = gen
        self.elsewhere.clear()
        if not text:
            self.status_changed.emit(list_state_text(kind, failed=False))
            # the first screens come from a LIMIT query and paint at once; the
            # whole id list (400,000 customers: ~0.5 s) follows and replaces them
            self._runner.run(HEAD_TASK, lambda: contact_list.ordered_ids(
                ctx, filters, sort, descending, limit=HEAD_ROWS),
                lambda ids: self._show_head(gen, ids), on_error=lambda _e: None)
            self._runner.run(LIST_TASK,
                             lambda: contact_list.ordered_ids(ctx, filters, sort, descending),
                             lambda ids: self._show_list(gen, kind, ids), on_error=self._failed)
        else:
            self._runner.run(LIST_TASK, lambda: run_search(ctx, text, filters),
                             lambda result: self._show_search(gen, text, result),
                             on_error=self._failed)

    def load_choices(self) -> None:
        """Fill the search options and the order of statuses and ratings."""
        from app.services.office import lists as lookups

        self.options.load_choices()
        for name in ("status", "rating"):
            self._positions[name] = {i.name: i.position for i in lookups.items(self._ctx, name)}

    def is_idle(self) -> bool:
        """No typed search waiting for its delay and no list or search still loading."""
        return not self._debounce.isActive() and not self._runner.is_busy(LIST_TASK) \
            and not self._runner.is_busy(HEAD_TASK) and not self._runner.is_busy(WHY_TASK)

    def column_widths(self) -> list[int]:
        header = self.table.horizontalHeader()
        return [header.sectionSize(i) for i in range(header.count())]

    def set_column_widths(self, widths: Sequence[int]) -> None:
        """Apply saved widths; columns without a sane saved width get the default.
        No column starts narrower than its heading ("Sta…" for Status)."""
        header = self.table.horizontalHeader()
        for i, name in enumerate(COLUMN_NAMES):
            saved = widths[i] if i < len(widths) else 0
            width = saved if 20 <= saved <= 2000 else DEFAULT_WIDTHS[name]
            header.resizeSection(i, max(width, header.sectionSizeFromContents(i).width()))

    def current_contact_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.contact_id(index.row()) if index.isValid() else None

    # -- what the list shows (for an export) ---------------------------------

    def current_filters(self) -> Filters:
        """The chosen list narrowed by the search options, as the list applies them."""
        return self.options.apply(self._kind.filters)

    def current_sort(self) -> tuple[str, bool]:
        """What the list is ordered by, and whether descending."""
        return self._sort

    def shown_search(self) -> str:
        """The search whose hits the list shows; "" when it shows the whole list."""
        return self._shown_query

    def shown_ids(self) -> Sequence[int] | None:
        """The rows on screen when they are a search's hits (exported exactly); else None."""
        return self.model.ids() if self._shown_query else None

    def list_count(self) -> int | None:
        """Rows of the whole list on screen; None while it loads or a search is shown."""
        if self._answered != self._generation or self._shown_query:
            return None
        return self.model.rowCount()

    def filter_description(self) -> str:
        """The search options in force in words ("rating Gold, rep Bob Lee"); "" if none."""
        o = self.options
        named = ((translate("ContactList", "category"), o.category),
                 (translate("ContactList", "rep"), o.rep),
                 (translate("ContactList", "status"), o.status),
                 (translate("ContactList", "rating"), o.rating))
        parts = [f"{name} {combo.currentText()}" for name, combo in named
                 if combo.currentIndex() > 0]
        if o.active.currentIndex() > 0:
            parts.append(o.active.currentText().lower())
        return ", ".join(parts)

    def export_current(self, parent: QWidget | None = None) -> QDialog:
        """Open the Export dialog for exactly this list: its type, filters and order."""
        from app.views.dialogs.export_dialog import ExportDialog
        from app.views.list_export import contact_list_request

        sort, descending = self._sort
        request = contact_list_request(
            self._ctx, label=self._kind.label, filters=self.current_filters(), sort=sort,
            descending=descending, count=self.list_count(),
            filtered_by=self.filter_description(), search_text=self.shown_search(),
            ids=self.shown_ids())
        dialog = ExportDialog(request, self._runner, parent or self.window())
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.export_dialog = dialog
        dialog.open()
        return dialog

    # -- private -----------------------------------------------------------

    def _search_now(self) -> None:
        if self._debounce.isActive() or self._shown_query != self.search_box.text().strip():
            self.reload()

    def _show_head(self, gen: int, ids: object) -> None:
        if gen != self._generation or self._answered == gen or not ids:
            return  # outdated, or the whole list got here first
        self._head_shown = True
        self.model.set_ids(ids)  # type: ignore[arg-type]
        self._arrived()

    def _show_list(self, gen: int, kind: ContactListKind, ids: object) -> None:
        if gen != self._generation:
            return
        self._answered = gen
        self._shown_query = ""
        current = self.current_contact_id() if self._head_shown else None
        row = self.table.currentIndex().row()
        scrolled = self.table.verticalScrollBar().value()
        self.model.set_ids(ids)  # type: ignore[arg-type]
        n = self.model.rowCount()
        self.status_changed.emit(list_count_text(kind, n))
        self._arrived()
        if current is not None and self.model.contact_id(row) == current:
            self.table.selectRow(row)  # a row picked while the list loaded stays picked
        if self._head_shown:
            self.table.verticalScrollBar().setValue(scrolled)

    def _show_search(self, gen: int, text: str, result: SearchResult) -> None:
        if gen != self._generation:
            return
        self._answered = gen
        self._shown_query = text
        rows = result.rows
        if self._sort != ("name", False):
            rows = sort_rows(rows, *self._sort, self._positions)
        self.model.set_ids([r.id for r in rows], rows)
        message = (translate("ContactList", "{count} match for “{text}”") if result.total == 1
                   else translate("ContactList", "{count} matches for “{text}”")).format(
            count=format_count(result.total), text=text)
        if result.total > len(result.rows):
            message += translate("ContactList", " (first {count} shown)").format(
                count=format_count(len(result.rows)))
        self.status_changed.emit(message)
        self._arrived()
        self._elsewhere_delay.start()
        ctx = self._ctx
        self._runner.run(WHY_TASK, lambda: search.reasons(ctx, text, rows),
                         lambda why: self.model.set_matched(why) if gen == self._generation else None,
                         on_error=lambda exc: log.warning("why the hits matched: %s", exc))

    def search_in(self, key: str) -> None:
        """Show the list ``key`` with the same search (a "3 more in Leads" click)."""
        action = next((a for a in self._list_actions if a.data() == key), None)
        if action is not None:
            action.setChecked(True)
        self.show_list(list_kind(key))

    def _count_elsewhere(self) -> None:
        gen, text = self._generation, self._shown_query
        if not text or self._answered != gen:
            return
        ctx, wanted = self._ctx, self._wanted
        shown = self.current_filters()
        others = [(k.key, self.options.apply(k.filters)) for k in LISTS if k != self._kind]
        self._runner.run(ELSEWHERE_TASK,
                         lambda: count_elsewhere(ctx, text, shown, others, lambda: wanted[0] == gen),
                         lambda counts: self._show_elsewhere(gen, counts),
                         on_error=lambda exc: log.warning("counting hits elsewhere: %s", exc))

    def _show_elsewhere(self, gen: int, counts: list[tuple[str, int]] | None) -> None:
        if gen == self._generation and counts is not None:
            self.elsewhere.show_counts([(list_kind(key), n) for key, n in counts])

    def _failed(self, exc: BaseException) -> None:
        self.status_changed.emit(list_state_text(self._kind, failed=True))
        show_exception(self, exc)
        self._arrived()

    def _arrived(self) -> None:
        if not self._list_arrived:
            self._list_arrived = True
            self.table.viewport().update()
        if self.model.rowCount():
            self.table.scrollToTop()

    def _announce_first_paint(self) -> None:
        if not self._painted:
            self._painted = True
            self.first_rows_painted.emit(self.model.rowCount())

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        key = SORT_BY[COLUMN_NAMES[column]]
        header = self.table.horizontalHeader()
        if key is None:  # not sortable: keep showing the order in force
            current = list(SORT_BY.values()).index(self._sort[0])
            header.blockSignals(True)
            header.setSortIndicator(current, Qt.SortOrder.DescendingOrder if self._sort[1]
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            return
        self._sort = (key, order == Qt.SortOrder.DescendingOrder)
        self.reload()

    def row_menu(self, row: int) -> QMenu | None:
        """The context menu of a row: open the card, dial its phone, export the list."""
        contact = self.model.row_at(row)
        if contact is None:
            return None
        menu = QMenu(self)
        menu.addAction(translate("ContactList", "Open card"), lambda: self.contact_activated.emit(contact.id))
        dial = menu.addAction(translate("ContactList", "Dial {number}").format(number=contact.phone)
                              if contact.phone else translate("ContactList", "Dial (no number)"),
                              lambda: self.dial_requested.emit(contact.phone, contact.id))
        dial.setEnabled(bool(contact.phone))
        menu.addSeparator()
        menu.addAction(translate("ContactList", "Export list…"), lambda: self.export_current())
        return menu

    def _row_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        menu = self.row_menu(index.row()) if index.isValid() else None
        if menu is not None:
            menu.exec(self.table.viewport().mapToGlobal(pos))

    def open_current(self) -> None:
        contact_id = self.current_contact_id()
        if contact_id is not None:
            self.contact_activated.emit(contact_id)

    def _activated(self, index: object) -> None:
        contact_id = self.model.contact_id(self.table.currentIndex().row())
        if contact_id is not None:
            self.contact_activated.emit(contact_id)

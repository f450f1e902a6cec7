"""The home page: what a rep looks at between calls (reference 003's dashboard).

Left: "Activities for Last 30 Days" by type, existing and new customers, and my
recent calls. Right: My To-Dos (Done in one click), the Overdue list in red and
the open help-desk tickets. Everything comes from one ``dashboard()`` call run
off the GUI thread; it reloads when an activity is saved anywhere in this app
(the change bus, debounced) and every minute for what other desks do, and
only while the page is on screen (a hidden page reloads when shown again).
"""

from __future__ import annotations

import html
import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.services.activities import todos
from app.services.activities.todos import TodoRow
from app.services.changes import Changes, Kind
from app.services.context import AppContext
from app.services.reports import dashboard
from app.services.reports.dashboard import Dashboard
from app.views.change_bus import change_bus
from app.views.errors import show_exception
from app.views.home.models import CountsModel, TodoModel, calls_model, tickets_model
from app.views.tasks import TaskRunner
from app.views.widgets.dates import format_time, local
from app.views.widgets.empty_state import watch_empty
from app.views.widgets.labels import format_count
from app.views.widgets.tables import RowsTableModel, make_table

log = logging.getLogger(__name__)

DEBOUNCE_MS = 300  # a burst of saves reloads once
REFRESH_MS = 60_000  # other desks' changes


def _table(model: Any, parent: QWidget, name: str) -> QTableView:
    """The shared read-only table, gridless, with a row menu, columns fitted by the page."""
    view = make_table(model, parent, name)
    view.setShowGrid(False)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view


def _day(when: datetime) -> str:
    """"08 Dec" (the locale's month name) in local time."""
    shown = local(when)
    assert shown is not None
    return QLocale().toString(QDate(shown.year, shown.month, shown.day), "dd MMM")


def _title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("homeSectionTitle")
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def _fit_columns(view: QTableView, stretch: int, widths: dict[int, int] | None = None,
                 fixed: dict[int, int] | None = None) -> _NarrowWidths | None:
    """Column ``stretch`` takes the spare width; ``widths`` start at a width the user
    can change (names of any length), ``fixed`` keep theirs (buttons), and the
    others fit their contents (dates, numbers, short words)."""
    header = view.horizontalHeader()
    header.setMinimumSectionSize(24)
    for col in range(view.model().columnCount()):
        mode = QHeaderView.ResizeMode.Stretch if col == stretch \
            else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(col, mode)
    for modes, mode in ((widths, QHeaderView.ResizeMode.Interactive),
                        (fixed, QHeaderView.ResizeMode.Fixed)):
        for col, width in (modes or {}).items():
            header.setSectionResizeMode(col, mode)
            header.resizeSection(col, width)
    return _NarrowWidths(view, stretch, widths) if widths else None


class _NarrowWidths(QObject):
    """On a narrow table (a 1024-pixel screen) the columns that start at a set width
    give up part of it, so the stretched one (the subject) keeps a third of the
    table instead of shrinking to its first letters."""

    def __init__(self, view: QTableView, stretch: int, widths: dict[int, int]) -> None:
        super().__init__(view)
        self._view = view
        self._stretch = stretch
        self._widths = widths
        self._shrunk = False
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and getattr(self, "_view", None) is not None:
            self._share()
        return False

    def _share(self) -> None:
        header = self._view.horizontalHeader()
        room = self._view.viewport().width()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != self._stretch and c not in self._widths
                     and not header.isSectionHidden(c))
        wanted = sum(self._widths.values())
        scale = (room - others - room // 3) / wanted if wanted else 1.0
        if scale >= 1.0 and not self._shrunk:
            return  # room enough: the widths stay as they are (the user's, if changed)
        self._shrunk = scale < 1.0  # and back to the whole width when there is room again
        for col, width in self._widths.items():
            header.resizeSection(col, max(60, int(width * min(1.0, scale))))


class HomePage(QWidget):
    open_contact_requested = Signal(int)
    """Show this contact's card (double-click on a call, or the row menu)."""
    open_activity_requested = Signal(int)
    """Open this activity (double-click on a To-Do or a ticket, or the row menu)."""
    open_buffer_requested = Signal()
    """The "N unmatched calls" link: show the unmatched calls (the buffer)."""
    loaded = Signal()
    """A fresh dashboard is on screen (tests wait on it)."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self._ctx = ctx
        self._runner = runner
        self._task = f"home.{id(self)}"
        self.current: Dashboard | None = None
        self._stale = True  # reload when next shown
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._periodic = QTimer(self)
        self._periodic.setInterval(REFRESH_MS)

        # widgets
        self.updated_label = QLabel(self)
        self.updated_label.setObjectName("homeUpdated")
        self.refresh_button = QToolButton(self)
        self.refresh_button.setText(translate("Home", "Refresh"))
        self.refresh_button.setToolTip(translate("Home", "Reload the dashboard now (it reloads "
                                                         "every minute)"))
        self.counts_title = _title(translate("Home", "Activities for Last 30 Days"), self)
        self.counts_model = CountsModel(self)
        self.counts_table = _table(self.counts_model, self, "homeCounts")
        self.counts_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.counts_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.counts_table.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.calls_title = _title(translate("Home", "My Recent Calls"), self)
        self.unmatched_label = QLabel(self)  # a link; the window tells the count
        self.unmatched_label.setObjectName("homeUnmatched")
        self.unmatched_label.setTextFormat(Qt.TextFormat.RichText)
        self.unmatched_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.unmatched_label.setToolTip(translate(
            "Home", "Calls from numbers no single contact has yet: open them to make a "
                    "contact of the caller or move the calls to one"))
        self.unmatched_label.hide()
        self.calls_model = calls_model(self)
        self.calls_table = _table(self.calls_model, self, "homeCalls")
        self.todos_title = _title(translate("Home", "My To-Dos"), self)
        self.todos_model = TodoModel(self)
        self.todos_table = _table(self.todos_model, self, "homeTodos")
        self.overdue_title = _title(translate("Home", "Overdue"), self)
        self.overdue_model = TodoModel(self)
        self.overdue_table = _table(self.overdue_model, self, "homeOverdue")
        self.tickets_title = _title(translate("Home", "Open Tickets"), self)
        self.tickets_model = tickets_model(self)
        self.tickets_table = _table(self.tickets_model, self, "homeTickets")
        _fit_columns(self.counts_table, 0)
        _fit_columns(self.calls_table, 2)
        # the page holds the narrow-table helpers: Qt alone must not hold their Python side
        self.column_sharers = [
            _fit_columns(table, 1, {2: 160, 4: 175}, {TodoModel.DONE_COLUMN: 64})
            for table in (self.todos_table, self.overdue_table)]
        self.column_sharers.append(_fit_columns(self.tickets_table, 1, {2: 160, 4: 110}))
        for table, empty in (  # what an empty list says, once it has loaded
                (self.calls_table, translate("Home", "No calls yet. Calls on your phone line "
                                             "show here (Settings > Telephony).")),
                (self.todos_table, translate("Home", "No To-Dos for you. Add them on a "
                                             "contact's card; the alerts add some too.")),
                (self.overdue_table, translate("Home", "Nothing overdue.")),
                (self.tickets_table, translate("Home", "No open tickets."))):
            watch_empty(table, empty)

        # layout
        top = QHBoxLayout()
        top.addWidget(self.updated_label, 1)
        top.addWidget(self.refresh_button)
        left = QVBoxLayout()
        left.addWidget(self.counts_title)
        left.addWidget(self.counts_table, 3)
        calls_head = QHBoxLayout()
        calls_head.addWidget(self.calls_title)
        calls_head.addStretch(1)
        calls_head.addWidget(self.unmatched_label)
        left.addLayout(calls_head)
        left.addWidget(self.calls_table, 2)
        right = QVBoxLayout()
        for title, table, stretch in ((self.todos_title, self.todos_table, 3),
                                      (self.overdue_title, self.overdue_table, 2),
                                      (self.tickets_title, self.tickets_table, 2)):
            right.addWidget(title)
            right.addWidget(table, stretch)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addWidget(line, 0, 1)
        grid.addLayout(right, 0, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 3)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 6, 10, 8)
        outer.addLayout(top)
        outer.addLayout(grid, 1)

        # signals
        self.refresh_button.clicked.connect(self.reload)
        self._debounce.timeout.connect(self.reload)
        self._periodic.timeout.connect(self._tick)
        change_bus().watch(self, {Kind.ACTIVITY, Kind.BUFFER, Kind.CONTACT}, self._data_changed)
        self.todos_table.doubleClicked.connect(
            lambda i: self._open_activity(self.todos_model, i))
        self.overdue_table.doubleClicked.connect(
            lambda i: self._open_activity(self.overdue_model, i))
        self.tickets_table.doubleClicked.connect(
            lambda i: self._open_activity(self.tickets_model, i))
        self.calls_table.doubleClicked.connect(self._open_call)
        self.unmatched_label.linkActivated.connect(lambda _link: self.open_buffer_requested.emit())
        for table in (self.todos_table, self.overdue_table, self.tickets_table, self.calls_table):
            table.customContextMenuRequested.connect(
                lambda pos, t=table: self._row_menu(t, pos))

    # -- loading ---------------------------------------------------------------

    def reload(self) -> None:
        """Load the dashboard now (off the GUI thread); a newer load supersedes."""
        self._debounce.stop()
        self._stale = False
        ctx = self._ctx
        self._runner.run(f"{self._task}.load", lambda: dashboard.dashboard(ctx), self._show,
                         on_error=self._failed)

    def is_idle(self) -> bool:
        return not self._runner.is_busy(f"{self._task}.load") and not self._debounce.isActive()

    def _data_changed(self, _changes: Changes) -> None:
        if self.isVisible():
            self._debounce.start()
        else:
            self._stale = True

    def _tick(self) -> None:
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._periodic.start()
        if self._stale:
            self.reload()

    def hideEvent(self, event: Any) -> None:  # noqa: N802
        self._periodic.stop()
        super().hideEvent(event)

    def _failed(self, exc: BaseException) -> None:
        self.updated_label.setText(translate("Home", "Could not load the dashboard"))
        show_exception(self, exc)

    def _show(self, d: Dashboard) -> None:
        self.current = d
        self.counts_model.set_counts(d.by_type)
        self.calls_model.set_rows(d.recent_calls)
        self.todos_model.set_rows(d.my_todos)
        self.overdue_model.set_rows(d.overdue)
        self.tickets_model.set_rows(d.newest_tickets)
        self._add_done_buttons(self.todos_table, self.todos_model)
        self._add_done_buttons(self.overdue_table, self.overdue_model)
        self.counts_title.setText(translate("Home", "Activities for Last 30 Days  ({first} – {last})")
                                  .format(first=_day(d.since), last=_day(d.now)))
        n_todo, n_over = len(d.my_todos), len(d.overdue)
        self.todos_title.setText(translate("Home", "My To-Dos ({count})").format(
            count=f"{n_todo}{'+' if n_todo >= dashboard.TODO_LIMIT else ''}"))
        self.overdue_title.setText(translate("Home", "Overdue ({count})").format(
            count=f"{n_over}{'+' if n_over >= dashboard.TODO_LIMIT else ''}"))
        shown = len(d.newest_tickets)
        opened = format_count(d.open_tickets)
        self.tickets_title.setText(
            translate("Home", "Open Tickets: {count}  (newest {shown})").format(
                count=opened, shown=shown) if d.open_tickets > shown
            else translate("Home", "Open Tickets: {count}").format(count=opened))
        self.updated_label.setText(translate("Home", "Updated {time}").format(
            time=format_time(d.now)))
        self.loaded.emit()

    def set_unmatched_count(self, n: int) -> None:
        """"N unmatched calls" as a link to the buffer (hidden while there are none)."""
        text = translate("Home", "%n unmatched call(s)", None, n)
        self.unmatched_label.setText(f'<a href="buffer">{html.escape(text)}</a>')
        self.unmatched_label.setVisible(n > 0)

    # -- Done in one click -------------------------------------------------------

    def _add_done_buttons(self, table: QTableView, model: TodoModel) -> None:
        for row, todo in enumerate(model.rows()):
            button = QPushButton(translate("Home", "Done"), table)
            button.setObjectName("todoDone")
            button.setToolTip(translate("Home", "Mark “{subject}” done").format(subject=todo.subject))
            button.clicked.connect(lambda _=False, t=todo, b=button: self.mark_done(t, b))
            table.setIndexWidget(model.index(row, TodoModel.DONE_COLUMN), button)

    def mark_done(self, todo: TodoRow, button: QPushButton | None = None) -> None:
        """Mark a To-Do done; it leaves both lists at once, then the page reloads."""
        if button is not None:
            button.setEnabled(False)
        ctx, version = self._ctx, getattr(todo, "version", None)

        def done(_: object) -> None:
            self.todos_model.remove_id(todo.id)
            self.overdue_model.remove_id(todo.id)
            self._add_done_buttons(self.todos_table, self.todos_model)
            self._add_done_buttons(self.overdue_table, self.overdue_model)

        def failed(exc: BaseException) -> None:
            if button is not None:
                button.setEnabled(True)
            show_exception(self, exc)
            self.reload()  # whatever changed meanwhile is shown

        self._runner.run(f"{self._task}.done.{todo.id}",
                         lambda: todos.mark_done(ctx, todo.id, expected_version=version),
                         done, on_error=failed, write=True)

    # -- opening -------------------------------------------------------------------

    def _open_activity(self, model: RowsTableModel[Any], index: QModelIndex) -> None:
        if index.isValid():
            self.open_activity_requested.emit(model.row(index.row()).id)

    def _open_call(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        call = self.calls_model.row(index.row())
        if call.contact_id is not None:
            self.open_contact_requested.emit(call.contact_id)
        else:
            self.open_activity_requested.emit(call.id)

    def _row_menu(self, table: QTableView, pos: QPoint) -> None:
        index = table.indexAt(pos)
        if not index.isValid():
            return
        row = table.model().row(index.row())  # type: ignore[attr-defined]
        menu = QMenu(table)
        menu.addAction(translate("Home", "Open activity"),
                       lambda: self.open_activity_requested.emit(row.id))
        contact = menu.addAction(translate("Home", "Open contact"),
                                 lambda: self.open_contact_requested.emit(row.contact_id))
        contact.setEnabled(row.contact_id is not None)
        menu.popup(table.viewport().mapToGlobal(pos))

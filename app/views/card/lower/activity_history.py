"""Activity History (reference 003, per-customer activities): everything done with
the contact, newest first, filtered by type, period and rep.

Hovering a row shows its action buttons in the row's Actions column, the table's
last, so they never cover the row's text: View/Edit, Reschedule, Case info,
Close case (an activity of a case), Next action, View customer, Forward (a call,
mail or chat, as a To-Do or a Ticket). A single click selects the row, fills the
summary pane beside the table and keeps the buttons on the selected row (when it
is yours). Another rep's activities are greyed
out and their buttons unavailable (a manager may still act on them).

The table is windowed (``ActivityHistoryModel``): a reload fetches only the
ids, in the runner, with the first page of rows; other pages come as they are
scrolled into view. Any saved activity (the change bus) reloads the tab.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QCursor, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.activities import edit as activity_edit
from app.services.activities import history as activity_history
from app.services.activities import rules as activity_rules
from app.services.activities import types as activity_types
from app.services.activities.history import HistoryFilter, HistoryRow
from app.services.activities.types import TypeView
from app.services.changes import Changes
from app.services.context import AppContext
from app.services.helpdesk import cases
from app.services.helpdesk import tickets as helpdesk
from app.services.office import users
from app.services.office.users import UserView
from app.views.card.lower.activity_history_dialogs import (
    CaseInfoDialog,
    NextActionDialog,
    RescheduleDialog,
)
from app.views.card.lower.activity_history_model import (
    ACTIONS,
    COLUMN_NAMES,
    PAGE_SIZE,
    SUBJECT,
    ActivityHistoryModel,
)
from app.views.card.lower.activity_history_texts import (
    activities_count,
    case_closed_notice,
    close_case_question,
    filter_words,
    forward_summary,
    forwarded_notice,
)
from app.views.card.lower.activity_history_widgets import RowActionBar, RowActions, SummaryPane
from app.views.card.lower.base import LowerTab
from app.views.card.lower.period import PeriodFilter
from app.views.dialogs.activity_dialog import ActivityDialog
from app.views.dialogs.forward_dialog import ForwardDialog
from app.views.tasks import TaskRunner
from app.views.widgets.flow_layout import FlowLayout
from app.views.widgets.forms import ERROR_STYLE, FormDialog

REP = COLUMN_NAMES.index("Rep")
REP_WIDTH = 110
MIN_SUBJECT = 180  # px the subject keeps before the Rep column gives way
SUMMARY_ROOM = 240  # px the summary beside the list takes (with the splitter and margins)
log = logging.getLogger(__name__)

NOTICE_STYLE = "color: palette(mid);"


@dataclass(frozen=True)
class _Loaded:
    """What one reload brings back from the runner."""

    ids: list[int]
    first_page: list[HistoryRow]
    types: list[TypeView]
    staff: list[UserView]


def _load(ctx: AppContext, contact_id: int, flt: HistoryFilter) -> _Loaded:
    ids = activity_history.history_ids(ctx, contact_id, flt)
    return _Loaded(ids, activity_history.history_rows(ctx, ids[:PAGE_SIZE]),
                   activity_types.list_types(ctx, include_retired=True), users.list_users(ctx))


class ActivityHistoryTab(LowerTab):
    key = "activity_history"
    title = QT_TRANSLATE_NOOP("CardTabs", "Activity History")

    open_contact_requested = Signal(int)
    """View customer: show this contact (the card's own, or the person a company's
    activity is about)."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        # attributes
        self.hover_row: int | None = None
        self._target: HistoryRow | None = None  # the row the actions act on
        self._restore: tuple[int | None, int] | None = None  # selection and scroll to keep
        self.staff: list[UserView] = []  # whom a forwarded To-Do or Ticket may go to

        # widgets
        self.type_filter = QComboBox(self)
        self.type_filter.setObjectName("historyTypeFilter")
        self.type_filter.addItem(translate("ActivityHistory", "All types"), None)
        self.period = PeriodFilter(self)
        self.rep_filter = QComboBox(self)
        self.rep_filter.setObjectName("historyRepFilter")
        self.rep_filter.addItem(translate("ActivityHistory", "Everyone"), None)
        self.count = QLabel(self)
        self.count.setObjectName("activityHistoryCount")
        self.notice = QLabel(self)
        self.notice.setObjectName("historyNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.export_list = QAction(translate("ActivityHistory", "Export activities (CSV, Excel)…"), self)
        self.export_list.setToolTip(translate("ActivityHistory",
                                              "Export the activities listed here, with these filters"))
        self.export_ics = QAction(translate("ActivityHistory", "Export appointments (.ics)…"), self)
        self.export_ics.setToolTip(translate("ActivityHistory",
                                             "This contact's appointments and meetings for a calendar"))
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("historyExport")
        self.export_button.setText(translate("ActivityHistory", "Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.addActions([self.export_list, self.export_ics])
        self.model = ActivityHistoryModel(ctx, runner, self)
        self.model.dimmed = self.is_other_reps
        self.table = QTableView(self)
        self._setup_table()
        self.summary = SummaryPane(self)
        self.actions_ = RowActions(self)
        self.bar = RowActionBar(self.actions_, self.table.viewport())
        self.table.horizontalHeader().resizeSection(ACTIONS, self.bar.width_needed())
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("historySplit")
        split.addWidget(self.table)
        split.addWidget(self.summary)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        split.setSizes([760, 280])
        split.splitterMoved.connect(lambda _p, _i: self._fit_columns())

        # layout
        filters = FlowLayout()  # wraps on a narrow card
        filters.addWidget(QLabel(translate("ActivityHistory", "Type:"), self))
        filters.addWidget(self.type_filter)
        filters.addSpacing(10)
        filters.addWidget(self.period)
        filters.addSpacing(10)
        filters.addWidget(QLabel(translate("ActivityHistory", "Rep:"), self))
        filters.addWidget(self.rep_filter)
        filters.addStretch(1)
        filters.addWidget(self.count)
        filters.addSpacing(10)
        filters.addWidget(self.export_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addLayout(filters)
        box.addWidget(self.notice)
        box.addWidget(split, 1)

        # signals
        self._connect_signals()

    def _setup_table(self) -> None:
        view = self.table
        view.setObjectName("activityHistoryTable")
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setMouseTracking(True)
        view.viewport().setMouseTracking(True)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.verticalHeader().hide()
        # uniform rows (the windowed model never sizes rows from their text)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        for col, width in enumerate((128, 150, 300, 100, REP_WIDTH)):
            view.setColumnWidth(col, width)
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ACTIONS, QHeaderView.ResizeMode.Fixed)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        header = self.table.horizontalHeader()  # a narrow card: the list first, no summary
        fixed = sum(header.sectionSize(c) for c in range(header.count()) if c not in (SUBJECT, REP))
        self.summary.setVisible(self.width() >= fixed + MIN_SUBJECT + SUMMARY_ROOM)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """A narrow card drops Rep (the summary names it), not Status or the row's buttons."""
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c not in (SUBJECT, REP))
        header.setSectionHidden(REP, self.table.viewport().width() < others + REP_WIDTH + MIN_SUBJECT)

    def _connect_signals(self) -> None:
        self.type_filter.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.rep_filter.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.period.changed.connect(self._filters_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.viewport().installEventFilter(self)
        self.bar.installEventFilter(self)
        self.table.verticalScrollBar().valueChanged.connect(lambda _v: self._scrolled())
        self.table.doubleClicked.connect(lambda index: self._double_clicked(index.row()))
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.model.dataChanged.connect(lambda *_: self._rows_arrived())
        self.model.modelReset.connect(self._place_bar)
        a = self.actions_
        a.view_edit.triggered.connect(self.view_edit)
        a.reschedule.triggered.connect(self.reschedule)
        a.case_info.triggered.connect(self.show_case)
        a.close_case.triggered.connect(self.close_case)
        a.next_action.triggered.connect(self.next_action)
        a.view_customer.triggered.connect(self.view_customer)
        a.forward_todo.triggered.connect(lambda: self.forward("todo"))
        a.forward_ticket.triggered.connect(lambda: self.forward("ticket"))
        self.export_list.triggered.connect(self.export_activities)
        self.export_ics.triggered.connect(self.export_appointments)

    # -- who owns what -----------------------------------------------------------

    def is_other_reps(self, row: HistoryRow) -> bool:
        """Greyed out: an activity assigned to another rep (reference 003)."""
        return row.owner is not None and not row.mine

    # -- loading -----------------------------------------------------------------

    def history_filter(self) -> HistoryFilter:
        since, until = self.period.period()
        kinds: tuple[str, ...] = ()
        type_ids: tuple[int, ...] = ()
        chosen = self.type_filter.currentData()  # "kind:call" or "type:12"
        if chosen:
            what, _, value = chosen.partition(":")
            if what == "kind":
                kinds = (value,)
            else:
                type_ids = (int(value),)
        return HistoryFilter(kinds=kinds, type_ids=type_ids, since=since, until=until,
                             owner=self.rep_filter.currentData())

    def _filters_changed(self) -> None:
        if self.detail is not None:
            self._restore = (self._selected_id(), 0)
            self.reload()

    def reload(self) -> None:
        if self._restore is None:
            self._restore = (self._selected_id(), self.table.verticalScrollBar().value())
        ctx, cid, flt = self.ctx, self.contact_id, self.history_filter()
        self.load(lambda: _load(ctx, cid, flt), self._fill)

    def _fill(self, loaded: _Loaded) -> None:
        selected, scroll = self._restore or (None, 0)
        self._restore = None
        self._fill_type_filter(loaded.types)
        self._fill_rep_filter(loaded.staff)
        self.staff = loaded.staff
        self.hover_row = None
        self.model.set_ids(loaded.ids, loaded.first_page)
        n = len(loaded.ids)
        self.count.setText(activities_count(n))
        self.table.verticalScrollBar().setValue(scroll)
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None:
            self.select_row(self.table, row)
        self._selection_changed()

    def _fill_type_filter(self, types: list[TypeView]) -> None:
        chosen = self.type_filter.currentData()
        self.type_filter.blockSignals(True)
        self.type_filter.clear()
        self.type_filter.addItem(translate("ActivityHistory", "All types"), None)
        for t in types:
            data = f"kind:{t.base_kind}" if t.built_in else f"type:{t.id}"
            self.type_filter.addItem(t.label if t.active else translate(
                "ActivityHistory", "{name} (retired)").format(name=t.label), data)
        self.type_filter.setCurrentIndex(max(0, self.type_filter.findData(chosen)))
        self.type_filter.blockSignals(False)

    def _fill_rep_filter(self, staff: list[UserView]) -> None:
        chosen = self.rep_filter.currentData()
        self.rep_filter.blockSignals(True)
        self.rep_filter.clear()
        self.rep_filter.addItem(translate("ActivityHistory", "Everyone"), None)
        for u in staff:
            self.rep_filter.addItem(translate("ActivityHistory", "Me") if u.username == self.ctx.user
                                    else u.label, u.username)
        self.rep_filter.setCurrentIndex(max(0, self.rep_filter.findData(chosen)))
        self.rep_filter.blockSignals(False)

    def set_type_filter(self, name: str | None) -> None:
        """Choose a type by the name the combo shows (None: all types)."""
        index = 0 if name is None else self.type_filter.findText(name)
        self.type_filter.setCurrentIndex(max(0, index))

    def set_rep_filter(self, username: str | None) -> None:
        self.rep_filter.setCurrentIndex(max(0, self.rep_filter.findData(username)))

    def _activities_changed(self, what: Changes) -> None:
        """Any activity was saved: ours (or a person's of this company) reload."""
        if self.detail is None:
            return
        if not what.touches_contact(self.detail.id) and self.detail.kind != "company":
            return
        self._stale = True
        if self.isVisible():
            self.ensure_loaded()

    def _rows_arrived(self) -> None:
        """A page came in: the selected row's summary and the bar can show now."""
        if self.summary.details.isHidden() and self._selected_id() is not None:
            self._selection_changed()
        else:
            self._place_bar()

    # -- selection, hover and the action bar ---------------------------------------

    def _selected_id(self) -> int | None:
        row = self.selected_row(self.table)
        return self.model.activity_id(row) if row is not None else None

    def selected(self) -> HistoryRow | None:
        row = self.selected_row(self.table)
        return self.model.row_at(row) if row is not None else None

    def _selection_changed(self) -> None:
        self.summary.show_row(self.selected())
        self._place_bar()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if watched is self.table.viewport():
            if kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
                self._hover(self.table.rowAt(event.position().toPoint().y()))
            elif kind == QEvent.Type.Leave and not self.bar.underMouse():
                self._hover(None)
            elif kind == QEvent.Type.Resize:
                self._place_bar()
        elif watched is self.bar and kind == QEvent.Type.Leave:
            inside = self.table.viewport().rect().contains(
                self.table.viewport().mapFromGlobal(QCursor.pos()))
            if not inside:
                self._hover(None)
        return super().eventFilter(watched, event)

    def _scrolled(self) -> None:
        """The rows moved under a still mouse: the buttons follow the row now under it."""
        if self.hover_row is not None:
            viewport = self.table.viewport()
            pos = viewport.mapFromGlobal(QCursor.pos())
            row = self.table.rowAt(pos.y()) if viewport.rect().contains(pos) else -1
            self.hover_row = row if row >= 0 else None
        self._place_bar()

    def _hover(self, row: int | None) -> None:
        row = row if row is not None and row >= 0 else None
        if row != self.hover_row:
            self.hover_row = row
            self._place_bar()

    def bar_row(self) -> int | None:
        """Where the buttons show: the hovered row, else the selected one if it is
        the user's to act on (reference 003: a single click keeps them there)."""
        if self.hover_row is not None:
            return self.hover_row
        row = self.selected_row(self.table)
        data = self.model.row_at(row, fetch=False) if row is not None else None
        return row if data is not None and data.editable else None

    def _place_bar(self) -> None:
        row = self.bar_row()
        data = self.model.row_at(row, fetch=False) if row is not None else None
        if row is None or data is None:
            self.bar.hide_bar()
            self._set_target(self.selected())
            return
        rect = self.table.visualRect(self.model.index(row, ACTIONS))
        if not rect.intersects(self.table.viewport().rect()):
            self.bar.hide_bar()
            return
        self._set_target(data)
        self.bar.show_over(row, rect)

    def _set_target(self, row: HistoryRow | None) -> None:
        self._target = row
        self.actions_.enable_for(row)

    def target(self) -> HistoryRow | None:
        """The activity the actions act on (the bar's row, else the selected one)."""
        return self._target

    def _double_clicked(self, row: int) -> None:
        data = self.model.row_at(row, fetch=False)
        if data is not None:
            self._set_target(data)
            self.view_edit()

    def _context_menu(self, pos: QPoint) -> None:
        row = self.table.rowAt(pos.y())
        data = self.model.row_at(row, fetch=False) if row >= 0 else None
        if data is None:
            return
        self.select_row(self.table, row)
        self._set_target(data)
        menu = QMenu(self)
        menu.addActions(self.actions_.all())
        menu.addSeparator()
        menu.addActions([self.export_list, self.export_ics])
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def show_notice(self, message: str, *, error: bool = False) -> None:
        self.notice.setStyleSheet(ERROR_STYLE if error else NOTICE_STYLE)
        self.notice.setText(message)
        self.notice.setVisible(bool(message))

    # -- the actions ---------------------------------------------------------------

    def _acting_on(self) -> HistoryRow | None:
        row = self.target()
        if row is None or not row.editable:
            return None
        self.show_notice("")
        return row

    def view_edit(self) -> ActivityDialog | None:
        row = self._acting_on()
        if row is None:
            return None
        dialog = ActivityDialog(self.ctx, self.runner, activity_id=row.id, parent=self)
        self.open_dialog(dialog)
        return dialog

    def reschedule(self) -> RescheduleDialog | None:
        row = self._acting_on()
        if row is None or row.status != "open":
            return None
        dialog = RescheduleDialog(row, self)
        dialog.submitted.connect(lambda d=dialog: self._rescheduled(d))
        self.open_dialog(dialog)
        return dialog

    def _rescheduled(self, dialog: RescheduleDialog) -> None:
        row, when = dialog.row, dialog.chosen()
        self._write(lambda: activity_edit.reschedule(self.ctx, row.id, when,
                                                     expected_version=row.version),
                    row, dialog, "when")

    def show_case(self) -> None:
        row = self._acting_on()
        if row is None:
            return
        ctx, aid = self.ctx, row.id

        def show(info: cases.CaseInfo) -> None:
            self.open_dialog(CaseInfoDialog(info, aid, self))

        self.runner.run(f"{self._task}.case", lambda: cases.case_info(ctx, aid), show,
                        on_error=lambda exc: self.show_notice(str(exc), error=True))

    def close_case(self) -> None:
        row = self._acting_on()
        if row is None or row.case_closed:
            return
        self.ask(close_case_question(row), lambda: self._close_case(row))

    def _close_case(self, row: HistoryRow) -> None:
        self._write(lambda: cases.close_case(self.ctx, row.id), row,
                    then=lambda cancelled: self.show_notice(case_closed_notice(cancelled)))

    def next_action(self) -> NextActionDialog | None:
        row = self._acting_on()
        if row is None or row.case_closed:
            return None
        dialog = NextActionDialog(self.ctx, self.runner, row, self)
        self.open_dialog(dialog)
        return dialog

    def view_customer(self) -> None:
        row = self._acting_on()
        if row is None:
            return
        target = row.contact_id or row.company_id or self.contact_id
        self.open_contact_requested.emit(target)

    def forward(self, as_: str) -> ForwardDialog | None:
        """Forward a call, mail or chat as a To-Do (a rep, a deadline) or a Ticket
        (the help desk's queue or a rep); the new record joins this history."""
        row = self._acting_on()
        if row is None or row.kind not in activity_rules.FORWARDABLE:
            return None
        dialog = ForwardDialog(self.ctx, self.runner, self.staff, as_, forward_summary(row),
                               has_contact=True, parent=self)
        dialog.submitted.connect(lambda d=dialog: self._forward(d, row))
        self.open_dialog(dialog)
        return dialog

    def _forward(self, dialog: ForwardDialog, row: HistoryRow) -> None:
        ctx, as_ = self.ctx, dialog.as_
        assignee, due = dialog.assignee.currentData(), dialog.due_at()
        priority, note = str(dialog.priority.currentData()), dialog.note.toPlainText()
        self._write(lambda: helpdesk.forward(ctx, row.id, as_, assignee=assignee, due_at=due,
                                             note=note, priority=priority),
                    row, dialog, "assignee",
                    then=lambda _id: self.show_notice(forwarded_notice(row, as_)))

    def _write(self, fn: Any, row: HistoryRow, dialog: FormDialog | None = None,
               field: str = "", then: Any = None) -> None:
        """Run a service write; on success tell every activity view (this tab reloads
        through the change bus), on a refusal show it on the dialog or the tab."""
        if dialog is not None:
            dialog.set_busy(True)

        def done(result: Any) -> None:
            if dialog is not None:
                dialog.set_busy(False)
                dialog.accept()
            if then is not None:
                then(result)

        def refused(exc: BaseException) -> None:
            if dialog is not None:
                dialog.set_busy(False)
                stale = isinstance(exc, activity_edit.StaleActivity)
                dialog.show_errors({"" if stale else field: str(exc)})
                return
            self.show_notice(str(exc), error=True)

        self.runner.run(f"{self._task}.write", fn, done, on_error=refused, write=True)

    # -- export ----------------------------------------------------------------------

    def filter_description(self) -> str:
        """The filters in force in words ("type Call, last 30 days, rep Me"); "" if none."""
        return filter_words(
            self.type_filter.currentText() if self.type_filter.currentIndex() > 0 else None,
            self.period, self.rep_filter.currentText() if self.rep_filter.currentIndex() > 0 else None)

    def export_activities(self) -> QDialog | None:
        """Export the activities as listed: this contact's, with the tab's filters."""
        from app.views.dialogs.export_dialog import ExportDialog
        from app.views.list_export import activities_request

        if self.detail is None:
            return None
        count = None if self.runner.is_busy(f"{self._task}.load") else self.model.rowCount()
        request = activities_request(self.ctx, contact_id=self.contact_id,
                                     contact_name=self.detail.display_name,
                                     flt=self.history_filter(), count=count,
                                     filtered_by=self.filter_description())
        return self.open_dialog(ExportDialog(request, self.runner, self))

    def export_appointments(self) -> QDialog | None:
        """Export this contact's appointments and meetings as an iCalendar file."""
        from app.views.dialogs.export_dialog import ExportDialog
        from app.views.list_export import appointments_request

        if self.detail is None:
            return None
        request = appointments_request(self.ctx, contact_id=self.contact_id,
                                       contact_name=self.detail.display_name)
        return self.open_dialog(ExportDialog(request, self.runner, self))

    # -- tests and screenshots -----------------------------------------------------

    def hover(self, row: int | None) -> None:
        """Show the buttons over ``row`` as a mouse over it would (None: mouse gone)."""
        self._hover(row)

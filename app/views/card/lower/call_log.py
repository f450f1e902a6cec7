"""Call Log: who in the office spoke with the contact, when, for how long,
with what outcome; filtered by outcome, direction, period and user.
"Log a call" records a landline call by hand."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.activities import by_contact as contact_activities
from app.services.activities import types as activity_types
from app.services.activities.by_contact import CALL_OUTCOMES
from app.services.activities.core import ActivityView
from app.services.activities.types import TypeView
from app.services.context import AppContext
from app.services.office import users
from app.services.office.users import UserView
from app.views.card.lower.base import LowerTab
from app.views.card.lower.period import PeriodFilter
from app.views.dialogs.call_dialog import CallDialog
from app.views.tasks import TaskRunner
from app.views.widgets.dates import local
from app.views.widgets.flow_layout import FlowLayout
from app.views.widgets.labels import format_count, outcome_label
from app.views.widgets.tables import Column, RowsTableModel, make_table

log = logging.getLogger(__name__)

DIRECTIONS = {"in": QT_TRANSLATE_NOOP("CardCallLog", "Incoming"),
              "out": QT_TRANSLATE_NOOP("CardCallLog", "Outgoing")}


def direction_label(direction: str | None) -> str:
    return translate("CardCallLog", DIRECTIONS[direction]) if direction in DIRECTIONS else ""


def duration_text(seconds: int | None) -> str:
    if seconds is None:
        return ""
    return f"{seconds // 60}:{seconds % 60:02d}"


class CallLogTab(LowerTab):
    key = "call_log"
    title = QT_TRANSLATE_NOOP("CardTabs", "Call Log")

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        # attributes
        self.users: list[UserView] = []

        # widgets
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("callOutcomeFilter")
        self.outcome.addItem(translate("CardCallLog", "Any outcome"), None)
        for outcome in CALL_OUTCOMES:
            self.outcome.addItem(outcome_label(outcome), outcome)
        self.direction = QComboBox(self)
        self.direction.setObjectName("callDirectionFilter")
        self.direction.addItem(translate("CardCallLog", "Both ways"), None)
        for key in DIRECTIONS:
            self.direction.addItem(direction_label(key), key)
        self.user = QComboBox(self)
        self.user.setObjectName("callUserFilter")
        self.user.addItem(translate("CardCallLog", "Everyone"), None)
        self.period = PeriodFilter(self)
        self.count = QLabel(self)
        self.model: RowsTableModel[ActivityView] = RowsTableModel([
            Column(translate("CardCallLog", "When"), lambda c: local(c.occurred_at)),
            Column(translate("CardCallLog", "Direction"), lambda c: direction_label(c.direction)),
            Column(translate("CardCallLog", "Number"), lambda c: c.number_display or c.number),
            Column(translate("CardCallLog", "Duration"), lambda c: duration_text(c.duration_s),
                   align_right=True),
            Column(translate("CardCallLog", "Outcome"), lambda c: outcome_label(c.outcome)),
            Column(translate("CardCallLog", "User"), lambda c: self._label(c.owner)),
            Column(translate("CardCallLog", "Subject"), lambda c: c.subject, tooltip=lambda c: c.body[:500]),
        ], self)
        self.table = make_table(self.model, self, "callsTable")
        self.open_on_double_click(self.table, lambda r: self.model.row(r).id)
        for col, width in enumerate((140, 80, 140, 70, 90, 110)):
            self.table.setColumnWidth(col, width)
        self.log_button = QPushButton(translate("CardCallLog", "Log a call…"), self)

        # layout
        filters = FlowLayout()  # wraps on a narrow card
        filters.addWidget(self.outcome)
        filters.addWidget(self.direction)
        filters.addWidget(QLabel(translate("CardCallLog", "User:"), self))
        filters.addWidget(self.user)
        filters.addSpacing(8)
        filters.addWidget(self.period)
        filters.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.log_button)
        bottom.addStretch(1)
        bottom.addWidget(self.count)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addLayout(filters)
        box.addWidget(self.table, 1)
        box.addLayout(bottom)

        # signals
        for combo in (self.outcome, self.direction, self.user):
            combo.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.period.changed.connect(self._filter_changed)
        self.log_button.clicked.connect(self.log_call)

    def _label(self, username: str | None) -> str:
        user = next((u for u in self.users if u.username == username), None)
        return user.label if user is not None else (username or "")

    def _filter_changed(self) -> None:
        if self.detail is not None:
            self.reload()

    def reload(self) -> None:
        ctx, cid = self.ctx, self.contact_id
        outcome, user = self.outcome.currentData(), self.user.currentData()
        since, until = self.period.period()
        self.load(lambda: (users.list_users(ctx, active_only=False),
                           contact_activities.calls(ctx, cid, outcome=outcome, since=since,
                                                    until=until, user=user)),
                  self._fill)

    def _fill(self, result: tuple[list[UserView], list[ActivityView]]) -> None:
        self.users, rows = result
        chosen = self.user.currentData()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem(translate("CardCallLog", "Everyone"), None)
        for u in self.users:
            self.user.addItem(translate("CardCallLog", "Me") if u.username == self.ctx.user else u.label,
                              u.username)
        self.user.setCurrentIndex(max(0, self.user.findData(chosen)))
        self.user.blockSignals(False)
        direction = self.direction.currentData()
        rows = [c for c in rows if direction is None or c.direction == direction]
        self.model.set_rows(rows)
        self.count.setText((translate("CardCallLog", "{count} call") if len(rows) == 1
                            else translate("CardCallLog", "{count} calls")).format(
            count=format_count(len(rows))))

    def log_call(self) -> None:
        """The card's "Log a call…": the number starts as the contact's first phone."""
        if self.detail is None:
            return
        ctx = self.ctx
        self.runner.run(f"{self._task}.types", lambda: activity_types.list_types(ctx),
                        self._open_call_dialog)

    def _open_call_dialog(self, types: list[TypeView]) -> None:
        if self.detail is None:
            return
        number = self.detail.phones[0].display if self.detail.phones else ""
        dialog = CallDialog(number, self, types=types)
        dialog.submitted.connect(lambda d=dialog: self._log(d))
        self.open_dialog(dialog)

    def _log(self, dialog: CallDialog) -> None:
        values, cid = dialog.values(), self.contact_id
        self.save(lambda: contact_activities.log_call(self.ctx, cid, **values),  # type: ignore[arg-type]
                  dialog)

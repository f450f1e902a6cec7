"""History: everything recorded against the contact (edits from the audit
history, and its activities), newest first, within a From / To period."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.contacts import history
from app.services.contacts.history import HistoryItem
from app.services.context import AppContext
from app.views.card.lower.base import LowerTab
from app.views.card.lower.period import PeriodFilter
from app.views.tasks import TaskRunner
from app.views.widgets.dates import local
from app.views.widgets.flow_layout import FlowLayout
from app.views.widgets.labels import format_count
from app.views.widgets.tables import Column, RowsTableModel, make_table

log = logging.getLogger(__name__)


class HistoryTab(LowerTab):
    key = "history"
    title = QT_TRANSLATE_NOOP("CardTabs", "History")

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        # widgets
        self.period = PeriodFilter(self)
        self.count = QLabel(self)
        self.count.setObjectName("historyCount")
        self.model: RowsTableModel[HistoryItem] = RowsTableModel([
            Column(translate("CardHistory", "When"), lambda h: local(h.at)),
            Column(translate("CardHistory", "Who"), lambda h: h.who),
            Column(translate("CardHistory", "What"), lambda h: h.what),
            Column(translate("CardHistory", "Detail"), lambda h: h.detail, tooltip=lambda h: h.detail),
        ], self)
        self.table = make_table(self.model, self, "historyTable")
        for col, width in enumerate((140, 100, 190)):
            self.table.setColumnWidth(col, width)

        # layout
        top = FlowLayout()  # wraps on a narrow card
        top.addWidget(self.period)
        top.addStretch(1)
        top.addWidget(self.count)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addLayout(top)
        box.addWidget(self.table, 1)

        # signals
        self.period.changed.connect(self._period_changed)

    def _period_changed(self) -> None:
        if self.detail is not None:
            self.reload()

    def reload(self) -> None:
        ctx, cid = self.ctx, self.contact_id
        since, until = self.period.period()
        self.load(lambda: history.history(ctx, cid, since=since, until=until), self._fill)

    def _fill(self, items: list[HistoryItem]) -> None:
        self.model.set_rows(items)
        self.count.setText((translate("CardHistory", "{count} entry") if len(items) == 1
                            else translate("CardHistory", "{count} entries")).format(
            count=format_count(len(items))))

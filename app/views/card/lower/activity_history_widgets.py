"""The parts of the Activity History tab around its table: the action buttons
that appear over a hovered (or the selected) row's Actions column, and the summary
pane a single click fills (reference 003, "View activity action buttons", "View summary")."""

from __future__ import annotations

import logging

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.services.activities import rules as activity_rules
from app.services.activities.history import HistoryRow
from app.views.card.lower.activity_history_model import status_label
from app.views.widgets.dates import local
from app.views.widgets.tables import show_value

log = logging.getLogger(__name__)


class RowActions:
    """The row actions, declared once: the hover bar's buttons and the context menu
    both use them. ``enable_for`` sets what the row allows.

    The bar shows each as a small sign (its icon text) with the words in its tooltip,
    so it fits the table's own Actions column and never covers the row's text: a
    click on the row's text selects it, a click on a sign acts."""

    def __init__(self, parent: QWidget) -> None:
        def action(text: str, sign: str, name: str, tip: str) -> QAction:
            a = QAction(text, parent)
            a.setIconText(sign)
            a.setObjectName(name)
            a.setToolTip(tip)
            a.setData(tip)  # the tip to restore after an explanation replaced it
            return a

        self.view_edit = action(translate("ActivityHistory", "View/Edit"), "✎", "historyViewEdit",
                                translate("ActivityHistory", "View or edit this activity"))
        self.reschedule = action(translate("ActivityHistory", "Reschedule"), "◷", "historyReschedule",
                                 translate("ActivityHistory",
                                           "Reschedule: move this activity to another time"))
        self.case_info = action(translate("ActivityHistory", "Case info"), "ℹ", "historyCaseInfo",
                                translate("ActivityHistory",
                                          "Case info: this activity's case and its history"))
        self.close_case = action(translate("ActivityHistory", "Close case"), "✔", "historyCloseCase",
                                 translate("ActivityHistory", "Close case: this activity is done, "
                                           "the case's other open ones are cancelled"))
        self.next_action = action(translate("ActivityHistory", "Next action"), "➜", "historyNextAction",
                                  translate("ActivityHistory", "Next action: close this activity "
                                            "and record the next one of its case"))
        self.view_customer = action(translate("ActivityHistory", "View customer"), "☺",
                                    "historyViewCustomer",
                                    translate("ActivityHistory",
                                              "View customer: open the contact this activity is about"))
        self.forward = action(translate("ActivityHistory", "Forward"), "↪", "historyForward",
                              translate("ActivityHistory",
                                        "Forward this call, mail or chat as a To-Do or a Ticket"))
        self.forward_todo = QAction(translate("ActivityHistory", "Forward as a To-Do…"), parent)
        self.forward_todo.setObjectName("historyForwardTodo")
        self.forward_ticket = QAction(translate("ActivityHistory", "Forward as a Ticket…"), parent)
        self.forward_ticket.setObjectName("historyForwardTicket")
        self.forward_menu = QMenu(parent)
        self.forward_menu.addActions([self.forward_todo, self.forward_ticket])
        self.forward.setMenu(self.forward_menu)

    def all(self) -> list[QAction]:
        return [self.view_edit, self.reschedule, self.case_info, self.close_case,
                self.next_action, self.view_customer, self.forward]

    def enable_for(self, row: HistoryRow | None) -> None:
        """Another rep's activity: nothing to do with it (reference 003); only an
        activity of a case is closed as one, and a closed case takes no Next action
        and cannot close twice; only an open activity is rescheduled; calls, mails
        and chats are forwarded (reference 000)."""
        for a in [*self.all(), self.forward_todo, self.forward_ticket]:
            a.setEnabled(row is not None and row.editable)
            a.setToolTip(a.data() or "")
        if row is None:
            return
        if not row.editable:
            tip = (translate("ActivityHistory", "{name}'s activity: only they or a manager can act on "
                             "it").format(name=row.owner_label) if row.owner_label else
                   translate("ActivityHistory",
                             "Another rep's activity: only they or a manager can act on it"))
            for a in self.all():
                a.setToolTip(tip)
            return
        if row.case_id is None:
            self.close_case.setEnabled(False)
            self.close_case.setToolTip(translate("ActivityHistory",
                                                 "Not part of a case: Next action starts one"))
        if row.case_closed:
            for a in (self.close_case, self.next_action):
                a.setEnabled(False)
                a.setToolTip(translate("ActivityHistory", "The case is closed"))
        if row.status != "open":
            self.reschedule.setEnabled(False)
            self.reschedule.setToolTip(translate("ActivityHistory",
                                                 "Only an open activity is rescheduled; change a "
                                       "recorded one with View/Edit"))
        if row.kind not in activity_rules.FORWARDABLE:
            for a in (self.forward, self.forward_todo, self.forward_ticket):
                a.setEnabled(False)
            self.forward.setToolTip(translate("ActivityHistory",
                                              "Only calls, mails and live chats are forwarded"))


class RowActionBar(QFrame):
    """The action buttons laid over one row's Actions column (the table's last)."""

    def __init__(self, actions: RowActions, parent: QWidget) -> None:
        super().__init__(parent)
        # attributes
        self.row: int | None = None  # the table row the bar is over
        self.buttons: dict[str, QToolButton] = {}

        # widgets
        self.setObjectName("historyRowActions")
        self.setAutoFillBackground(True)
        # a floating strip over the row: the row's text must not show through
        self.setStyleSheet("#historyRowActions { background: palette(window); "
                           "border: 1px solid palette(mid); border-radius: 3px; }")
        for a in actions.all():
            button = QToolButton(self)
            button.setDefaultAction(a)
            button.setObjectName(a.objectName() + "Button")
            button.setAccessibleName(a.text())
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            if a.menu() is not None:
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
                button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
            self.buttons[button.objectName()] = button

        # layout
        box = QHBoxLayout(self)
        box.setContentsMargins(2, 0, 2, 0)
        box.setSpacing(0)
        for button in self.buttons.values():
            box.addWidget(button)
        self.hide()

    def width_needed(self) -> int:
        """How wide the table's Actions column must be to hold the bar."""
        return self.sizeHint().width() + 4

    def show_over(self, row: int, rect: QRect) -> None:
        """Cover ``rect``: the row's Actions cell, in viewport coordinates."""
        self.row = row
        height = max(rect.height(), 1)
        for button in self.buttons.values():
            button.setFixedHeight(height - 2)
        width = min(self.sizeHint().width(), rect.width())
        self.setGeometry(rect.right() + 1 - width, rect.top(), width, height)
        self.raise_()
        self.show()

    def hide_bar(self) -> None:
        self.row = None
        self.hide()


class SummaryPane(QFrame):
    """What a single click on an activity shows: subject, when, type, rep, status,
    case, whom it is about, and the start of its text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # widgets
        self.setObjectName("historySummary")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.placeholder = QLabel(translate("ActivityHistory", "Click an activity to see its summary."), self)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: palette(mid);")
        self.subject = QLabel(self)
        self.subject.setObjectName("summarySubject")
        self.subject.setWordWrap(True)
        self.subject.setTextFormat(Qt.TextFormat.PlainText)
        self.subject.setStyleSheet("font-weight: bold;")
        self.subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(8)
        form.setVerticalSpacing(2)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        for key, title in (("when", translate("ActivityHistory", "When:")),
                           ("type", translate("ActivityHistory", "Type:")),
                           ("rep", translate("ActivityHistory", "Rep:")),
                           ("status", translate("ActivityHistory", "Status:")),
                           ("case", translate("ActivityHistory", "Case:")),
                           ("contact", translate("ActivityHistory", "About:"))):
            value = QLabel(self)
            value.setObjectName(f"summary_{key}")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(QLabel(title, self), value)
        self.body = QLabel(self)
        self.body.setObjectName("summaryBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QWidget(self)
        inner = QVBoxLayout(self.details)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(6)
        inner.addWidget(self.subject)
        inner.addLayout(form)
        inner.addWidget(self.body, 1)

        # layout
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 6, 8, 6)
        box.addWidget(self.placeholder)
        box.addWidget(self.details, 1)
        box.addStretch(0)
        self.show_row(None)

    def show_row(self, row: HistoryRow | None) -> None:
        self.placeholder.setVisible(row is None)
        self.details.setVisible(row is not None)
        if row is None:
            return
        self.subject.setText(row.subject or translate("ActivityHistory", "(no subject)"))
        when = show_value(local(row.occurred_at))
        if row.status == "open" and row.due_at is not None and row.due_at != row.occurred_at:
            when += translate("ActivityHistory", ", due {when}").format(when=show_value(local(row.due_at)))
        self.fields["when"].setText(when)
        self.fields["type"].setText(row.type_name + (translate("ActivityHistory", " (private)")
                                                      if row.private else ""))
        self.fields["rep"].setText(row.owner_label or translate("ActivityHistory", "Unassigned"))
        status = status_label(row)
        if row.completed_at is not None and row.status == "done":
            status += f" {show_value(local(row.completed_at))}"
        self.fields["status"].setText(status)
        if row.case_id is None:
            case = translate("ActivityHistory", "Not part of a case")
        elif row.case_closed:
            case = translate("ActivityHistory", "“{subject}” (closed)").format(subject=row.case_subject)
        else:
            case = translate("ActivityHistory", "“{subject}” (open)").format(subject=row.case_subject)
        self.fields["case"].setText(case)
        self.fields["contact"].setText(row.contact_name)
        self.body.setText(row.summary or translate("ActivityHistory", "No further text."))

    def text(self) -> str:
        """Everything the pane shows, as plain text (tests, screen readers)."""
        if self.details.isHidden():
            return self.placeholder.text()
        parts = [self.subject.text()] + [f"{k}: {v.text()}" for k, v in self.fields.items()]
        return "\n".join(parts + [self.body.text()])

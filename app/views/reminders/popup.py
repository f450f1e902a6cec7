"""One reminder on the screen: a small frameless, always-on-top window near the
tray, shown without taking the keyboard (as the caller pop-up): the To-Do's
subject, contact, due time and why it reminds, with Open, Snooze ▾ and Dismiss.
It only reports what the user asked for; the scheduler does the service calls."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.services.activities import rules as activity_rules
from app.services.alerts.reminders import ALERT_GROUP, LEAD, SNOOZE_LABELS, Reminder, snooze_label
from app.views.widgets.dates import format_date, format_time
from app.views.widgets.quiet_window import QuietPopup

log = logging.getLogger(__name__)

WIDTH = 340
STYLE = """
#reminderPopup, #reminderGroup { background: palette(window); border: 1px solid palette(mid);
                                border-radius: 6px; }
#reminderHeader { color: white; background: #2f6db5; border-radius: 4px; padding: 4px 8px; }
#reminderHeader[tone="overdue"] { background: #b3261e; }
#reminderHeader[tone="alert"] { background: #8a4b08; }
#reminderWhy { color: #505050; }
#reminderWhy[tone="due"], #reminderWhy[tone="overdue"] { color: palette(window-text);
                                                         font-weight: bold; }
"""


def due_text(due_at: datetime | None, now: datetime) -> str:
    """"Due today, 14:30", "Due tomorrow, 09:00", "Due Mon 30 Nov 2026, 09:00" (local time)."""
    if due_at is None:
        return translate("Reminders", "No deadline")
    local, today = due_at.astimezone(), now.astimezone().date()
    days = (local.date() - today).days
    clock = format_time(local)
    if days == 0:
        return translate("Reminders", "Due today, {time}").format(time=clock)
    if days == 1:
        return translate("Reminders", "Due tomorrow, {time}").format(time=clock)
    if days == -1:
        return translate("Reminders", "Due yesterday, {time}").format(time=clock)
    return translate("Reminders", "Due {date}, {time}").format(date=format_date(local), time=clock)


def tone(reminder: Reminder, now: datetime) -> str:
    if reminder.due_at is not None and reminder.due_at < now:
        return "overdue"
    if reminder.alert and (reminder.due_at is None or reminder.due_at - now > LEAD):
        return "alert"
    return "due"


def header_text(reminder: Reminder, now: datetime) -> str:
    rules = activity_rules.RULES.get(reminder.kind)
    kind = rules.label if rules else translate("Reminders", "To-Do")
    state = tone(reminder, now)
    if state == "overdue":
        return translate("Reminders", "{kind} overdue").format(kind=kind)
    if state == "alert":
        return translate("Reminders", "New alert task")
    return translate("Reminders", "{kind} due soon").format(kind=kind)


class QuietWindow(QuietPopup):
    """A reminder card's window (see QuietPopup: shows without taking the keyboard)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.setFixedWidth(WIDTH)

    def fit(self) -> None:
        layout = self.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()
        self.adjustSize()


class ReminderPopup(QuietWindow):
    open_requested = Signal(int)
    """Open this activity (its id)."""
    snooze_requested = Signal(int, str)
    """Snooze it: the activity id and the menu's label ("10 minutes", ...)."""
    dismiss_requested = Signal(int)
    """No more reminders of it."""

    def __init__(self, reminder: Reminder, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.reminder = reminder
        self.activity_id = reminder.activity_id
        self.setObjectName("reminderPopup")

        # widgets
        self.header = QLabel(self)
        self.header.setObjectName("reminderHeader")
        self.subject = QLabel(reminder.subject or translate("Reminders", "(no subject)"), self)
        self.subject.setObjectName("reminderSubject")
        self.subject.setWordWrap(True)
        font = self.subject.font()
        font.setBold(True)
        self.subject.setFont(font)
        self.contact = QLabel(reminder.contact_name, self)
        self.contact.setObjectName("reminderContact")
        self.contact.setVisible(bool(reminder.contact_name))
        self.due = QLabel(self)
        self.due.setObjectName("reminderDue")
        self.why = QLabel(self)
        self.why.setObjectName("reminderWhy")
        self.why.setWordWrap(True)
        self.open_button = QPushButton(translate("Reminders", "Open"), self)
        self.open_button.setToolTip(translate("Reminders", "Open this To-Do"))
        self.snooze_button = QPushButton(translate("Reminders", "Snooze"), self)
        self.snooze_menu = QMenu(self.snooze_button)
        self.snooze_actions = {key: self.snooze_menu.addAction(snooze_label(key))
                               for key in SNOOZE_LABELS}
        self.snooze_button.setMenu(self.snooze_menu)
        self.dismiss_button = QPushButton(translate("Reminders", "Dismiss"), self)
        self.dismiss_button.setToolTip(translate("Reminders", "No more reminders of this To-Do"))

        # layout
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 10, 10, 10)
        box.setSpacing(4)
        box.addWidget(self.header)
        box.addSpacing(2)
        for label in (self.subject, self.contact, self.due, self.why):
            box.addWidget(label)
        box.addSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.open_button)
        row.addWidget(self.snooze_button)
        row.addStretch(1)
        row.addWidget(self.dismiss_button)
        box.addLayout(row)

        # signals
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.activity_id))
        self.dismiss_button.clicked.connect(lambda: self.dismiss_requested.emit(self.activity_id))
        for choice, action in self.snooze_actions.items():
            action.triggered.connect(
                lambda _c=False, text=choice: self.snooze_requested.emit(self.activity_id, text))
        self.update_time(now)

    def update_time(self, now: datetime) -> None:
        """The header and the "due in 10 min" line as of ``now``."""
        r = self.reminder
        self.header.setText(header_text(r, now))
        self.due.setText(due_text(r.due_at, now))
        self.header.setProperty("tone", tone(r, now))
        self.header.style().unpolish(self.header)
        self.header.style().polish(self.header)
        why = r.why(now)
        if r.alert and r.reason and r.timing(now):
            timing = r.timing(now)  # only its first letter raised: German nouns keep theirs
            why = f"{timing[:1].upper()}{timing[1:]}. {why}"
        elif why:
            why = why[0].upper() + why[1:]
        self.why.setText(why)
        self.why.setProperty("tone", tone(r, now))
        self.why.style().unpolish(self.why)
        self.why.style().polish(self.why)
        self.why.setVisible(bool(why))
        self.fit()


class GroupCard(QuietWindow):
    """The reminders of one group that do not fit on the screen, as one card: "12 new
    alert tasks for today", with the list they are in (My To-Dos) one click away."""

    open_list_requested = Signal(str)
    """Open My To-Dos for this group (its name: "todo" or "alert")."""
    dismiss_all_requested = Signal(str)
    """Dismiss every reminder of this group, on the card and waiting."""

    def __init__(self, group: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.group = group
        self.count = 0
        self.extras: dict[int, Reminder] = {}  # shown one by one before they were grouped
        self.setObjectName("reminderGroup")

        # widgets
        self.header = QLabel(self)
        self.header.setObjectName("reminderHeader")
        self.header.setProperty("tone", "alert" if group == ALERT_GROUP else "due")
        self.label = QLabel(self)
        self.label.setObjectName("reminderGroupText")
        self.label.setWordWrap(True)
        self.open_button = QPushButton(translate("Reminders", "Open My To-Dos"), self)
        self.open_button.setToolTip(translate(
            "Reminders", "Show My To-Dos on the Home page; these reminders do not pop up "
                         "one by one afterwards"))
        self.dismiss_all_button = QPushButton(translate("Reminders", "Dismiss all"), self)
        self.dismiss_all_button.setToolTip(translate(
            "Reminders", "No more reminders of these To-Dos (they stay on My To-Dos)"))

        # layout
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 8, 10, 8)
        box.setSpacing(4)
        box.addWidget(self.header)
        box.addWidget(self.label)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.dismiss_all_button)
        box.addLayout(row)

        # signals
        self.open_button.clicked.connect(lambda: self.open_list_requested.emit(self.group))
        self.dismiss_all_button.clicked.connect(
            lambda: self.dismiss_all_requested.emit(self.group))

    @property
    def extra_ids(self) -> set[int]:
        return set(self.extras)

    def set_count(self, n: int, *, beside_others: bool) -> None:
        """``n`` reminders of the group on this card; ``beside_others``: some of the same
        group stand on the screen one by one (the card says "more")."""
        self.count = n
        if self.group == ALERT_GROUP:
            self.header.setText(translate("Reminders", "New alert tasks"))
            self.label.setText(translate(
                "Reminders", "%n new alert task(s) for today: open My To-Dos to work "
                             "through them.", None, n))
        else:
            self.header.setText(translate("Reminders", "To-Dos due"))
            self.label.setText(translate(
                "Reminders", "%n more To-Do(s) due or overdue: they show here as you deal "
                             "with these, or open My To-Dos.", None, n) if beside_others
                else translate("Reminders", "%n To-Do(s) due or overdue: open My To-Dos to "
                                            "see them.", None, n))
        self.fit()

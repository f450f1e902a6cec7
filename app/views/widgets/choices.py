"""Choosers several screens share: the rep a task or ticket goes to, its
priority, and a date-time with a calendar."""

from __future__ import annotations

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QWidget

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.office.users import UserView

PRIORITIES = (("low", QT_TRANSLATE_NOOP("Choices", "Low")),
              ("normal", QT_TRANSLATE_NOOP("Choices", "Normal")),
              ("high", QT_TRANSLATE_NOOP("Choices", "High")))
"""(key, English label): shown with ``translate("Choices", label)``."""


def fill_assignees(combo: QComboBox, people: list[UserView], me: str, *,
                   unassigned: bool) -> None:
    """Reps by name; "Unassigned" first for a ticket, else yourself chosen."""
    combo.clear()
    if unassigned:
        combo.addItem(translate("Choices", "Unassigned (help desk queue)"), None)
    for u in people:
        label = translate("Choices", "{name} (me)").format(name=u.label) if u.username == me \
            else u.label
        combo.addItem(label, u.username)
    if not unassigned:
        combo.setCurrentIndex(max(0, combo.findData(me)))


def priority_combo(parent: QWidget, name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for key, label in PRIORITIES:
        combo.addItem(translate("Choices", label), key)
    combo.setCurrentIndex(1)
    return combo


def when_edit(parent: QWidget, name: str, when: QDateTime) -> QDateTimeEdit:
    edit = QDateTimeEdit(when, parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd dd MMM yyyy  HH:mm")
    return edit

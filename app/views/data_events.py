"""One in-process notice board: "activities changed". Every view that saves an
activity (a dialog, a one-click Done, a ticket's status) calls
``data_events().activities_changed.emit(contact_id or 0)``; lists, the card's
Activity History and the home dashboard listen and reload. Changes made on
other desks are picked up by the dashboard's periodic refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    activities_changed = Signal(int)  # the contact concerned, 0 when none or several


_INSTANCE: DataEvents | None = None


def data_events() -> DataEvents:
    global _INSTANCE
    if _INSTANCE is None:
        _INSTANCE = DataEvents()
    return _INSTANCE


def activities_changed(contact_id: int | None = None) -> None:
    data_events().activities_changed.emit(contact_id or 0)

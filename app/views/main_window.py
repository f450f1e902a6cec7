"""The main window: assembles the contact list and wires it. No business logic."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QTableView

from app.services.context import AppContext

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    first_rows_shown = Signal()
    """The list has painted its first rows (or is known to be empty)."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.setWindowTitle("Ringcard")
        self.table = QTableView(self)
        self.setCentralWidget(self.table)
        QTimer.singleShot(0, self.first_rows_shown.emit)

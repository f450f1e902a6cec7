"""Help's dialogs: the keyboard shortcuts (read from the window's own actions,
so the list is never out of date) and About Ringcard (version, database with
its password hidden, log folder, Qt and Python). Loaded when first opened."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.config import config_dir, data_dir
from app.i18n import translate
from app.log_files import log_dir
from app.services.office.desk_database import shown_url


def plain_text(action: QAction) -> str:
    """"&Find…" -> "Find" (the menu's mnemonic and dots left out)."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&") \
        .rstrip("…").rstrip(".").strip()


def shortcut_rows(window: QWidget) -> list[tuple[str, str, str]]:
    """(what, keys, where) of every action of ``window`` and its widgets that has a
    shortcut, in the order of their menus."""
    rows: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    for action in window.findChildren(QAction):
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                         for k in action.shortcuts() if not k.isEmpty())
        what = plain_text(action)
        if not keys or not what or (what, keys) in seen:
            continue
        seen.add((what, keys))
        menus = [o for o in action.associatedObjects() if isinstance(o, QMenu)]
        where = menus[0].title().replace("&", "") if menus else ""
        rows.append((what, keys, where))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(translate("Help", "Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([translate("Help", "Action"),
                                              translate("Help", "Keys"),
                                              translate("Help", "Menu")])
        self.table.verticalHeader().hide()
        # one line a row, as the card's tables (the default row was twice a line high)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        gap = 3 * self.table.fontMetrics().averageCharWidth()  # "Ctrl+Shift+M" ran into "File"
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, header.sectionSize(column) + gap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 460)


class AboutDialog(QDialog):
    def __init__(self, database_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Help", "About Ringcard"))
        title = QLabel(f"Ringcard {__version__}", self)  # a font, not <h2>: its margins
        font = title.font()                                # left a gap under the title
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        blurb = QLabel(translate("Help", "A desktop CRM that knows who is calling."), self)
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, label, value in (
                ("version", translate("Help", "Version"), __version__),
                ("database", translate("Help", "Database"), shown_url(database_url)),
                ("logs", translate("Help", "Log folder"), str(log_dir())),
                ("data", translate("Help", "Data folder"), str(data_dir())),
                ("settings", translate("Help", "Settings folder"), str(config_dir())),
                ("qt", translate("Help", "Qt / PySide6"), f"{qVersion()} / {PySide6.__version__}"),
                ("python", translate("Help", "Python"), platform.python_version())):
            shown = QLabel(value, self)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            form.addRow(label, shown)
            self.values[key] = shown
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

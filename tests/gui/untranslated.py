"""Find English left on a German screen: every text a user can see in a window
(labels, buttons, placeholders, tooltips, tab and header texts, table cells,
combo choices, window titles, menu and action texts), judged against the
German catalogues (translations/de/*.ts)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tools import translations as tr

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
DATA_TOKEN = re.compile(r"\w*\d\w*")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n")
TABLE_ROWS = 30


def normalize(text: str) -> str:
    """What a reader sees: no markup, no accelerator '&', no trailing ':' or '…'."""
    text = re.sub(r"<[^>]+>", " ", text) if "<" in text and ">" in text else text
    text = html.unescape(text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = " ".join(text.split())
    return text.rstrip(":…").rstrip(".").strip()


@dataclass
class Catalogue:
    """The German catalogues, read for judging screens."""

    english: dict[str, set[str]] = field(default_factory=dict)  # source -> German
    german: set[str] = field(default_factory=set)
    patterns: list[re.Pattern[str]] = field(default_factory=list)
    words: set[str] = field(default_factory=set)

    @classmethod
    def load(cls) -> Catalogue:
        catalogue = cls()
        for path in tr.catalogue_files():
            for message in tr.read_catalogue(path).values():
                forms = [f for f in message.forms if f] if tr.is_complete(message) else []
                catalogue.english.setdefault(normalize(message.source), set()).update(
                    normalize(f) for f in forms)
                for form in forms:
                    catalogue.add_german(form)
        for locale in (QLocale(), QLocale(QLocale.Language.German, QLocale.Country.Germany)):
            for i in range(1, 13):
                for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
                    catalogue.words.update(WORD.findall(locale.monthName(i, fmt)))
                    catalogue.words.update(WORD.findall(locale.standaloneMonthName(i, fmt)))
                    if i <= 7:
                        catalogue.words.update(WORD.findall(locale.dayName(i, fmt)))
        return catalogue

    def add_german(self, text: str) -> None:
        shown = normalize(text)
        self.german.add(shown)
        self.words.update(WORD.findall(PLACEHOLDER.sub(" ", shown)))
        if PLACEHOLDER.search(shown):
            parts = PLACEHOLDER.split(shown)
            self.patterns.append(re.compile(".+?".join(map(re.escape, parts)), re.DOTALL))

    def offence(self, text: str, data_words: set[str], data: frozenset[str] = frozenset()
                ) -> str | None:
        """Why ``text`` on a German screen is English (None: it is not). ``data``: whole
        texts that are meant as they are (a name, a language named in its own words)."""
        shown = normalize(text)
        if not WORD.search(shown) or shown in self.german or shown.casefold() in data:
            return None
        german = self.english.get(shown)
        if german is not None and shown not in german:
            return "untranslated" if german else "not yet translated in its .ts"
        if any(p.fullmatch(shown) for p in self.patterns):
            return None
        # a token with digits in it is data (a customer number "CUS0001", a time)
        words = WORD.findall(DATA_TOKEN.sub(" ", shown))
        unknown = [w for w in words if w not in self.words and w.casefold() not in data_words]
        if unknown:
            return "not in any catalogue (" + ", ".join(unknown[:5]) + ")"
        return None


# ---------------------------------------------------------------- what a user sees

def _item_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    hidden = getattr(view, "isColumnHidden", lambda _column: False)
    try:
        count = model.columnCount()
    except TypeError:  # a list model keeps its one column private
        count = 1
    columns = [c for c in range(count) if not hidden(c)]
    for column in columns:
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield value
    for row in range(min(model.rowCount(), TABLE_ROWS)):
        for column in columns:
            value = model.index(row, column).data()
            if isinstance(value, str):
                yield value


def widget_texts(widget: QWidget) -> Iterator[str]:
    """The texts ``widget`` itself shows."""
    if widget.isWindow():
        yield widget.windowTitle()
    yield widget.toolTip()
    yield widget.statusTip()
    if isinstance(widget, QLabel):
        yield widget.text()
    elif isinstance(widget, QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield widget.tabText(i)
            yield widget.tabToolTip(i)
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield widget.itemText(i)
        line = widget.lineEdit()
        if line is not None:
            yield line.placeholderText()
    elif isinstance(widget, QAbstractItemView):
        yield from _item_texts(widget)


def action_texts(actions: Iterable[QAction], path: str) -> Iterator[tuple[str, str]]:
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        where = f"{path} > {normalize(action.text())}"
        for text in (action.text(), action.toolTip(), action.statusTip()):
            yield where, text
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from action_texts(menu.actions(), where)


def visible_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every visible widget of ``window`` and its menus."""
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = widget.objectName() or type(widget).__name__
        for text in widget_texts(widget):
            if text:
                yield where, text
    if isinstance(window, QMainWindow):
        yield from action_texts(window.menuBar().actions(), "menu")
    for action in window.actions():
        yield from action_texts([action], "shortcut")


def offenders(windows: Iterable[QWidget], catalogue: Catalogue,
              data: Iterable[str]) -> dict[str, str]:
    """Each English text shown (normalized) -> where it shows and why it offends."""
    texts = frozenset(normalize(text).casefold() for text in data)  # "GOLD" is "Gold"
    data_words = {w for text in texts for w in WORD.findall(text)}
    found: dict[str, str] = {}
    for window in windows:
        for where, text in visible_texts(window):
            why = catalogue.offence(text, data_words, texts)
            if why is not None:
                found.setdefault(normalize(text), f"{where}: {normalize(text)!r}: {why}")
    return found

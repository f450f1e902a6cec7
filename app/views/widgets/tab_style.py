"""Tabs tall enough for their letters: with DejaVu Sans at the default size a
capital with an umlaut (Ä, Ö, Ü) reaches above the font's ascent, and the
platform style (Fusion) clips an unselected tab's text to a rectangle sized by
that ascent, so the German "Änderungsverlauf" read "Anderungsverlauf" on every
tab not selected (the German screenshots showed it). A few pixels more height
for every tab give the accents room; everything else is the style's own."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

EXTRA_HEIGHT = 4  # px: the accents' overshoot above the ascent, with a pixel to spare


class RoomyTabs(QProxyStyle):
    def sizeFromContents(self, kind: QStyle.ContentsType, option: QStyleOption,  # noqa: N802
                         size: QSize, widget: QWidget | None = None) -> QSize:
        result = super().sizeFromContents(kind, option, size, widget)  # type: ignore[arg-type]
        if kind == QStyle.ContentsType.CT_TabBarTab:
            result.setHeight(result.height() + EXTRA_HEIGHT)
        return result


def install(app: QApplication) -> None:
    """Once per application, before its style sheet is set (which wraps the style)."""
    if app.property("ringcardRoomyTabs"):
        return
    base = QStyleFactory.create(app.style().name() or "Fusion")
    if base is None:
        return  # an unknown platform style: left as it is
    app.setStyle(RoomyTabs(base))
    app.setProperty("ringcardRoomyTabs", True)

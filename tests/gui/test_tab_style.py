"""An unselected tab shows the dots of Ä (the German "Änderungsverlauf" read
"Anderungsverlauf" on the screenshots: the style clipped the accents)."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QStyleFactory, QTabWidget, QWidget

from app.views.app import application


def unselected_tab(qtbot, text: str, plain: bool = False) -> QImage:  # type: ignore[no-untyped-def]
    tabs = QTabWidget()  # as the card's tabs: a tab bar in a tab widget
    qtbot.addWidget(tabs)
    if plain:  # the platform style without the extra room
        style = QStyleFactory.create("Fusion")
        style.setParent(tabs)
        tabs.tabBar().setStyle(style)
    tabs.addTab(QWidget(), "Kontakt")
    tabs.addTab(QWidget(), text)
    tabs.setCurrentIndex(0)
    tabs.show()
    qtbot.waitExposed(tabs)
    bar = tabs.tabBar()
    return bar.grab(bar.tabRect(1)).toImage()


def ink_top(image: QImage) -> int:
    """The first row with a dark (text) pixel."""
    for y in range(image.height()):
        if any(image.pixelColor(x, y).lightness() < 110 for x in range(image.width())):
            return y
    return image.height()


def dots_height(qtbot, plain: bool = False) -> int:  # type: ignore[no-untyped-def]
    """How far the Ä's ink reaches above the A's: its dots, as far as they show."""
    return ink_top(unselected_tab(qtbot, "A", plain)) - ink_top(unselected_tab(qtbot, "Ä", plain))


def test_the_dots_of_an_umlaut_show_on_an_unselected_tab(qtbot) -> None:  # type: ignore[no-untyped-def]
    application()
    assert dots_height(qtbot) >= 2


def test_the_plain_style_clips_them_which_is_why_the_tabs_are_taller(qtbot) -> None:  # type: ignore[no-untyped-def]
    application()
    assert dots_height(qtbot, plain=True) < dots_height(qtbot)

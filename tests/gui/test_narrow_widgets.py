"""The shared widgets that let a pane be narrow without hiding anything: a row
that wraps, a toolbar with a More menu, tabs with a Tabs menu; and the
geometry a window gets on a screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.views.widgets import window_fit
from app.views.widgets.flow_layout import FlowLayout
from app.views.widgets.overflow_bar import OverflowBar
from app.views.widgets.tab_chooser import CollapsibleTabWidget


def test_a_row_wraps_and_keeps_a_caption_with_its_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    row = FlowLayout()
    buttons = [QPushButton(f"Button number {n}", host) for n in range(4)]
    caption, field = QLabel("Rep:", host), QComboBox(host)
    field.addItem("Everyone")
    for button in buttons:
        row.addWidget(button)
    row.addWidget(caption)
    row.addWidget(field)
    box = QVBoxLayout(host)
    box.addLayout(row)
    box.addStretch(1)
    wide = row.sizeHint().width() + 60  # the row and the host's margins
    host.resize(wide, 200)
    host.show()
    qtbot.waitExposed(host)
    middles = [w.geometry().center().y() for w in [*buttons, field]]
    assert max(middles) - min(middles) <= 2  # one line when it fits

    # room for a button and "Rep:" after it, not for its field as well
    margins = host.width() - row.geometry().width()
    host.resize(margins + buttons[0].sizeHint().width() + caption.sizeHint().width() + 16, 300)
    qtbot.waitUntil(lambda: buttons[3].y() > buttons[0].y())
    assert row.minimumSize().width() < wide
    for widget in [*buttons, caption, field]:  # wrapped, every one whole and in the host
        assert host.rect().contains(widget.geometry()), widget
    assert abs(caption.geometry().center().y() - field.geometry().center().y()) <= 2
    assert caption.x() < field.x()  # "Rep:" stays beside its field


def test_the_toolbar_puts_what_does_not_fit_into_more(qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = OverflowBar()
    qtbot.addWidget(bar)
    actions = [QAction(name, bar) for name in ("New appointment", "New task", "New note",
                                               "Log a call", "Edit")]
    bar.addActions(actions[:4])
    bar.addSeparator()
    bar.addAction(actions[4])
    bar.set_priority(actions[4], 3)  # Edit stays longest
    bar.resize(bar.sizeHint())
    bar.show()
    qtbot.waitExposed(bar)
    assert bar.hidden_actions() == [] and not bar.more.isVisible()

    bar.resize(bar.minimumSizeHint().width() + 120, bar.height())
    qtbot.waitUntil(bar.more.isVisible)
    hidden = bar.hidden_actions()
    assert hidden and actions[4] not in hidden
    assert bar.widgetForAction(actions[4]).isVisible()
    bar.more_menu.aboutToShow.emit()
    assert [a for a in bar.more_menu.actions() if not a.isSeparator()] == hidden
    shown = [bar.widgetForAction(a) for a in actions if a not in hidden]
    for button in [*shown, bar.more]:  # nothing past the bar's end, nothing overlapping
        assert bar.rect().contains(button.geometry())
    xs = sorted((b.x(), b.x() + b.width()) for b in [*shown, bar.more])
    assert all(left_end <= right_start for (_, left_end), (right_start, _) in zip(xs, xs[1:], strict=False))


def test_tabs_that_do_not_fit_are_in_the_tabs_menu(qtbot) -> None:  # type: ignore[no-untyped-def]
    tabs = CollapsibleTabWidget()
    qtbot.addWidget(tabs)
    for n in range(8):
        tabs.addTab(QLabel(f"page {n}"), f"Tab number {n}")
    tabs.resize(tabs.full_width() + 10, 200)
    tabs.show()
    qtbot.waitExposed(tabs)
    assert not tabs.collapsed and tabs.tabs_in_row() == list(range(8))
    assert not tabs.chooser.isVisible()

    tabs.resize(300, 200)
    qtbot.waitUntil(lambda: tabs.collapsed)
    assert tabs.chooser.isVisible() and 0 < len(tabs.tabs_in_row()) < 8
    bar = tabs.tabBar()
    for index in tabs.tabs_in_row():  # the tabs in the row are whole, left of the button
        assert bar.rect().contains(bar.tabRect(index))
        assert bar.mapTo(tabs, bar.tabRect(index).topRight()).x() < tabs.chooser.x()
    tabs.menu.aboutToShow.emit()
    entries = tabs.menu.actions()
    assert [a.text() for a in entries] == [f"Tab number {n}" for n in range(8)]
    entries[7].trigger()
    assert tabs.currentIndex() == 7 and 7 in tabs.tabs_in_row()
    tabs.menu.aboutToShow.emit()
    assert [a.isChecked() for a in tabs.menu.actions()] == [False] * 7 + [True]


def test_first_geometry_and_clamping() -> None:
    frame = QSize(8, 32)
    small = QRect(0, 0, 1024, 570)  # a netbook with a panel
    first = window_fit.first_geometry(small, QSize(800, 500), frame)
    assert first.size() == QSize(1016, 538)  # all of it, less the frame
    big = QRect(0, 0, 1920, 1050)
    first = window_fit.first_geometry(big, QSize(800, 500), frame)
    assert first.size() == QSize(1400, 900) and first.center() == big.center()
    laptop = QRect(0, 0, 1366, 738)
    assert window_fit.first_geometry(laptop, QSize(800, 500), frame).size() == QSize(1280, 706)

    huge = QRect(-200, 900, 3000, 2000)  # saved on a larger screen, partly off this one
    cut = window_fit.clamped(huge, small, QSize(800, 500), frame)
    assert cut.size() == QSize(1016, 538)
    assert small.contains(cut.adjusted(-4, -28, 4, 4))  # with its frame, on the screen
    fits = QRect(100, 100, 600, 400)
    assert window_fit.clamped(fits, small, QSize(400, 300), frame) == fits

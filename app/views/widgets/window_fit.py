"""A window that fits the screen it is on: its first size, its size brought back
from an earlier run, the key its layout is remembered under, and a dialog put
back on the screen (``fit_to_screen`` from its show and resize events) when it
grows after opening.

The main window remembers its geometry and splitter positions per screen (a
laptop's 1366x768 panel and the office's 1920x1080 monitor each get their
own), and a size saved on a larger screen is cut down to the one it opens on.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

COMFORTABLE = QSize(1400, 900)  # the most a first start takes, however large the screen
SHARE = 0.9  # of the screen's free area, on a larger one
SMALL = QSize(1280, 760)  # up to this, a first start takes all the free area there is


def screen_key(screen: QScreen) -> str:
    """What a layout is remembered under: the screen's name and size."""
    size = screen.geometry().size()
    return f"{screen.name()} {size.width()}x{size.height()}"


def frame_extra(window: QWidget) -> QSize:
    """What the window manager's frame adds to the window (a guess before it is shown)."""
    extra = window.frameGeometry().size() - window.geometry().size()
    if extra.width() <= 0 and extra.height() <= 0:
        return QSize(8, 32)  # a border and a title bar, until the frame is known
    return extra


def first_geometry(area: QRect, minimum: QSize, frame: QSize) -> QRect:
    """The window's first geometry (without the frame) on a screen whose free area
    is ``area``: 90% of it, at most a comfortable 1400x900, centred; on a small
    screen (a 1024x600 netbook) all of it, since every pixel is needed there."""
    room = area.size() - frame
    share = QSize(int(area.width() * SHARE), int(area.height() * SHARE))
    size = share.expandedTo(room.boundedTo(SMALL)).boundedTo(COMFORTABLE)
    size = size.expandedTo(minimum).boundedTo(room)
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(area.center())
    return rect


def clamped(geometry: QRect, area: QRect, minimum: QSize, frame: QSize) -> QRect:
    """``geometry`` (without the frame) cut down to fit ``area`` with its frame, and
    moved wholly onto it."""
    room = area.size() - frame
    size = geometry.size().boundedTo(room).expandedTo(minimum.boundedTo(room))
    rect = QRect(geometry.topLeft(), size)
    left = min(max(rect.left(), area.left() + frame.width() // 2),
               area.right() + 1 - frame.width() // 2 - size.width())
    top = min(max(rect.top(), area.top() + frame.height() - frame.width() // 2),
              area.bottom() + 1 - frame.width() // 2 - size.height())
    rect.moveTopLeft(QPoint(max(left, area.left()), max(top, area.top())))
    return rect


def screen_for_key(key: str) -> QScreen | None:
    """The connected screen a layout was saved on, if it is connected now."""
    return next((s for s in QGuiApplication.screens() if screen_key(s) == key), None)


def fit_to_screen(window: QWidget, screen: QScreen | None = None) -> None:
    """Make ``window`` no larger than the free area of ``screen`` (the one it is on)."""
    screen = screen or window.screen()
    if screen is None:
        return
    frame = frame_extra(window)
    rect = clamped(window.geometry(), screen.availableGeometry(), window.minimumSizeHint(), frame)
    if rect != window.geometry():
        window.setGeometry(rect)


def fitting_size(window: QWidget, wanted: QSize) -> QSize:
    """``wanted``, or less where the screen's free area (less a frame) is smaller."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    return wanted.boundedTo(screen.availableGeometry().size() - frame_extra(window))

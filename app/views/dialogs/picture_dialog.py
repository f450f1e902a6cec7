"""Crop a contact picture to a square before it is stored.

The card shows pictures square; rather than squash or guess, the user moves
and resizes a square over the image (drag inside to move, drag the corner
handle or turn the wheel to resize). The default is the centred largest
square. The result is a PNG of at most 512x512 pixels.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QWheelEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.i18n import translate

log = logging.getLogger(__name__)

MAX_SIDE = 512
MIN_SIDE = 16
HANDLE = 10


def default_square(width: int, height: int) -> QRect:
    """The centred largest square of a width x height image."""
    side = min(width, height)
    return QRect((width - side) // 2, (height - side) // 2, side, side)


def crop_to_png(image: QImage, square: QRect, max_side: int = MAX_SIDE) -> bytes:
    """Cut ``square`` out of ``image``, shrink it to ``max_side`` at most, as PNG."""
    part = image.copy(square.intersected(image.rect()))
    side = min(part.width(), part.height())
    part = part.copy(0, 0, side, side)
    if side > max_side:
        part = part.scaled(max_side, max_side, Qt.AspectRatioMode.IgnoreAspectRatio,
                           Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    part.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs say bytes; runtime takes str
    buffer.close()
    return bytes(data.data())


class CropArea(QWidget):
    """Shows the image fitted into the widget with a movable square on it."""

    selection_changed = Signal(QRect)
    """The square moved or changed size (image coordinates)."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = image
        self._square = default_square(image.width(), image.height())
        self._drag: str | None = None  # "move" | "resize"
        self._grab = QPointF()
        self._start = QRect()
        self.setMinimumSize(240, 240)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 420)

    def selection(self) -> QRect:
        return QRect(self._square)

    def set_selection(self, rect: QRect) -> None:
        """Take ``rect`` as the square (its width is the side), kept inside the image."""
        w, h = self._image.width(), self._image.height()
        side = max(min(rect.width(), w, h), min(MIN_SIDE, w, h))
        x = min(max(rect.x(), 0), w - side)
        y = min(max(rect.y(), 0), h - side)
        square = QRect(x, y, side, side)
        if square != self._square:
            self._square = square
            self.selection_changed.emit(QRect(square))
            self.update()

    # -- geometry --------------------------------------------------------------

    def _scale(self) -> tuple[float, QPointF]:
        w, h = self._image.width(), self._image.height()
        s = min(self.width() / w, self.height() / h) if w and h else 1.0
        return s, QPointF((self.width() - w * s) / 2, (self.height() - h * s) / 2)

    def to_widget(self, rect: QRect) -> QRectF:
        s, off = self._scale()
        return QRectF(off.x() + rect.x() * s, off.y() + rect.y() * s,
                      rect.width() * s, rect.height() * s)

    def to_image(self, pos: QPointF) -> QPointF:
        s, off = self._scale()
        return QPointF((pos.x() - off.x()) / s, (pos.y() - off.y()) / s)

    def _handle(self) -> QRectF:
        r = self.to_widget(self._square)
        return QRectF(r.right() - HANDLE, r.bottom() - HANDLE, 2 * HANDLE, 2 * HANDLE)

    # -- painting and mouse ----------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        whole = self.to_widget(self._image.rect())
        p.drawImage(whole, self._image)
        sel = self.to_widget(self._square)
        shade = QColor(0, 0, 0, 120)
        p.fillRect(QRectF(whole.left(), whole.top(), whole.width(), sel.top() - whole.top()), shade)
        p.fillRect(QRectF(whole.left(), sel.bottom(), whole.width(), whole.bottom() - sel.bottom()),
                   shade)
        p.fillRect(QRectF(whole.left(), sel.top(), sel.left() - whole.left(), sel.height()), shade)
        p.fillRect(QRectF(sel.right(), sel.top(), whole.right() - sel.right(), sel.height()), shade)
        p.setPen(QPen(QColor("white"), 2))
        p.drawRect(sel)
        p.fillRect(self._handle(), QColor("white"))
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        if self._handle().contains(pos):
            self._drag = "resize"
        elif self.to_widget(self._square).contains(pos):
            self._drag = "move"
        else:
            self._drag = None
            return
        self._grab = self.to_image(pos)
        self._start = QRect(self._square)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        if self._drag is None:
            over_handle = self._handle().contains(pos)
            self.setCursor(Qt.CursorShape.SizeFDiagCursor if over_handle
                           else Qt.CursorShape.SizeAllCursor
                           if self.to_widget(self._square).contains(pos)
                           else Qt.CursorShape.ArrowCursor)
            return
        here = self.to_image(pos)
        dx, dy = here.x() - self._grab.x(), here.y() - self._grab.y()
        if self._drag == "move":
            self.set_selection(self._start.translated(QPoint(round(dx), round(dy))))
        else:
            side = round(self._start.width() + max(dx, dy))
            self.set_selection(QRect(self._start.x(), self._start.y(), side, side))

    def mouseReleaseEvent(self, _event: QMouseEvent) -> None:  # noqa: N802
        self._drag = None

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        step = max(MIN_SIDE // 2, self._square.width() // 20)
        delta = step if event.angleDelta().y() > 0 else -step
        sq = self._square
        side = sq.width() + 2 * delta
        self.set_selection(QRect(sq.x() - delta, sq.y() - delta, side, side))


class PictureDialog(QDialog):
    """Choose the square part of ``image`` that becomes the contact's picture."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PictureDialog", "Crop picture"))
        self.area = CropArea(image, self)
        self.info = QLabel(self)
        self.info.setEnabled(False)
        hint = QLabel(translate("PictureDialog", "Drag the square to move it; drag its corner or "
                                                 "turn the mouse wheel to resize it."), self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.info)
        layout.addWidget(buttons)
        self._image = image
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.area.selection_changed.connect(self._describe)
        self._describe(self.area.selection())

    def _describe(self, square: QRect) -> None:
        out = min(square.width(), MAX_SIDE)
        self.info.setText(translate("PictureDialog", "Selection {width} × {height} px; stored as "
                                                     "{side} × {side} px").format(
            width=square.width(), height=square.height(), side=out))

    def png_bytes(self) -> bytes:
        return crop_to_png(self._image, self.area.selection())

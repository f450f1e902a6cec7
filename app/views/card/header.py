"""The card's header: picture, name, type, customer number with its "+"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from app.i18n import translate
from app.services.dto import ContactDetail
from app.views.widgets.elided import ElidedLabel
from app.views.widgets.labels import contact_type_label

PICTURE_SIZE = 56  # the header stays low: both rows of tabs fit a 600-pixel screen


def initials(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w[:1].isalnum()]
    return "".join(w[0] for w in words[:2]).upper() or "?"


def initials_tile(name: str, *, company: bool) -> QPixmap:
    """A picture for a contact without one: initials, square for a company,
    round for a person."""
    tile = QPixmap(PICTURE_SIZE, PICTURE_SIZE)
    tile.fill(Qt.GlobalColor.transparent)
    painter = QPainter(tile)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#5b7083" if company else "#3d6b99"))
    if company:
        painter.drawRoundedRect(0, 0, PICTURE_SIZE, PICTURE_SIZE, 6, 6)
    else:
        painter.drawEllipse(0, 0, PICTURE_SIZE, PICTURE_SIZE)
    font = QFont(painter.font())
    font.setPixelSize(PICTURE_SIZE * 2 // 5)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(tile.rect(), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    return tile


class CardHeader(QWidget):
    make_consumer_requested = Signal()
    """The "+" beside the customer number was pressed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # widgets
        self.picture = QLabel(self)
        self.picture.setFixedSize(PICTURE_SIZE, PICTURE_SIZE)
        self.picture.setObjectName("cardPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # elided, the whole in the tooltip: a name of 10,000 characters (old data,
        # an import) must not widen the window
        self.name = ElidedLabel("", self)
        self.name.setObjectName("cardName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = ElidedLabel("", self)
        self.subtitle.setObjectName("cardSubtitle")
        self.number = QLabel(self)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.plus = QToolButton(self)
        self.plus.setText("+")
        self.plus.setToolTip(translate("ContactCard", "Make this person a consumer: give them a "
                                       "customer number so they can be invoiced"))
        self.plus.setAccessibleName(translate("ContactCard", "Make consumer"))

        # layout
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.name)
        text.addWidget(self.subtitle)
        number_row = QHBoxLayout()
        number_row.addWidget(QLabel(translate("ContactCard", "Customer number:"), self))
        number_row.addWidget(self.number)
        number_row.addWidget(self.plus)
        number_row.addStretch(1)
        text.addLayout(number_row)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 2)
        row.addWidget(self.picture)
        row.addLayout(text, 1)

        # signals
        self.plus.clicked.connect(self.make_consumer_requested)

    def show_contact(self, d: ContactDetail, picture: QPixmap | None) -> None:
        self.name.setText(d.display_name or translate("ContactCard", "(no name)"))
        kind = (translate("ContactCard", "Company") if d.kind == "company"
                else translate("ContactCard", "Person"))
        parts = [contact_type_label(d.contact_type), kind]
        if d.conversion_stage and d.contact_type == "potential":  # only Potentials have a stage
            parts.append(translate("ContactCard", "stage: {stage}").format(stage=d.conversion_stage))
        if d.is_consumer:
            parts.append(translate("ContactCard", "consumer"))
        if d.status:
            parts.append(d.status)
        parts.append(translate("ContactCard", "{percent}% complete").format(percent=d.completeness))
        self.subtitle.setText(" · ".join(parts))
        self.number.setText(d.customer_number or "—")
        self.plus.setVisible(d.kind == "person" and not d.is_consumer)
        if picture is not None and not picture.isNull():
            self.picture.setPixmap(picture.scaled(
                PICTURE_SIZE, PICTURE_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:  # initials on a tile (emoji need a font the desk may not have)
            self.picture.setPixmap(initials_tile(d.display_name, company=d.kind == "company"))

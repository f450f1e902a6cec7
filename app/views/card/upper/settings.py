"""Settings: preferences that belong to this contact, and the contact's picture.

The picture is cropped to a square before it is stored (picture_dialog). A
picture recorded but missing or unreadable on this desk is reported here in
words; the card opens regardless.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.contacts import files
from app.services.contacts import settings as contact_settings
from app.services.contacts.settings import Preferences
from app.services.context import AppContext, ServiceError
from app.views.card.base import CardTab
from app.views.dialogs.picture_dialog import PictureDialog
from app.views.errors import show_exception
from app.views.tasks import TaskRunner
from app.views.widgets.fields import ErrorLabel, fill_combo, save_with_messages, with_error
from app.views.widgets.flow_layout import FlowLayout, scrolling

log = logging.getLogger(__name__)

CHANNEL_LABELS = {"": QT_TRANSLATE_NOOP("CardSettings", "No preference"),
                  "phone": QT_TRANSLATE_NOOP("CardSettings", "Phone"),
                  "email": QT_TRANSLATE_NOOP("CardSettings", "E-mail"),
                  "mail": QT_TRANSLATE_NOOP("CardSettings", "Letter"),
                  "sms": QT_TRANSLATE_NOOP("CardSettings", "SMS")}
LANGUAGES = ("", QT_TRANSLATE_NOOP("CardSettings", "English"),
             QT_TRANSLATE_NOOP("CardSettings", "Norwegian"),
             QT_TRANSLATE_NOOP("CardSettings", "Swedish"),
             QT_TRANSLATE_NOOP("CardSettings", "Danish"),
             QT_TRANSLATE_NOOP("CardSettings", "German"),
             QT_TRANSLATE_NOOP("CardSettings", "French"),
             QT_TRANSLATE_NOOP("CardSettings", "Spanish"),
             QT_TRANSLATE_NOOP("CardSettings", "Dutch"),
             QT_TRANSLATE_NOOP("CardSettings", "Polish"))
"""Suggestions for the contact's language; the rep may type any (stored as typed)."""
PREVIEW = 128


def image_filter() -> str:
    patterns = " ".join(f"*.{bytes(f.data()).decode()}"
                        for f in QImageReader.supportedImageFormats())
    return translate("CardSettings", "Images ({patterns})").format(patterns=patterns)


class SettingsTab(CardTab):
    key = "settings"
    title = QT_TRANSLATE_NOOP("CardTabs", "Settings")

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        # attributes
        self.errors: dict[str, ErrorLabel] = {}

        # widgets
        self.language = QComboBox(self)
        self.language.setEditable(True)
        self.language.addItems([translate("CardSettings", name) if name else "" for name in LANGUAGES])
        self.channel = QComboBox(self)
        fill_combo(self.channel, [(translate("CardSettings", label), key)
                                  for key, label in CHANNEL_LABELS.items()])
        self.newsletter = QCheckBox(translate("CardSettings", "Receives the newsletter"), self)
        self.do_not_email = QCheckBox(translate("CardSettings", "Do not send e-mail"), self)
        self.save_button = QPushButton(translate("CardSettings", "Save settings"), self)
        self.banner = ErrorLabel(self)
        self.state = QLabel(self)
        self.state.setEnabled(False)
        self.picture = QLabel(self)
        self.picture.setObjectName("settingsPicture")
        self.picture.setFixedSize(PREVIEW, PREVIEW)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setFrameShape(QLabel.Shape.StyledPanel)
        self.picture_message = ErrorLabel(self)
        """Why the picture cannot be shown (missing, unreadable)."""
        self.load_button = QPushButton(translate("CardSettings", "Load…"), self)
        self.remove_button = QPushButton(translate("CardSettings", "Remove"), self)

        # layout
        prefs = QGroupBox(translate("CardSettings", "Contact preferences"), self)
        form = QFormLayout(prefs)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for label, name, widget in ((translate("CardSettings", "&Language:"), "language", self.language),
                                    (translate("CardSettings", "Preferred &channel:"), "preferred_channel",
                                     self.channel)):
            widget.setMinimumWidth(240)
            box, self.errors[name] = with_error(widget, self)
            form.addRow(label, box)
        form.addRow("", self.newsletter)
        form.addRow("", self.do_not_email)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.state, 1)
        form.addRow("", save_row)
        pic = QGroupBox(translate("CardSettings", "Picture"), self)
        pic_buttons = QVBoxLayout()
        pic_buttons.addWidget(self.load_button)
        pic_buttons.addWidget(self.remove_button)
        pic_buttons.addStretch(1)
        pic_row = QHBoxLayout()
        pic_row.addWidget(self.picture)
        pic_row.addLayout(pic_buttons)
        pic_row.addStretch(1)
        pic_box = QVBoxLayout(pic)
        pic_box.addLayout(pic_row)
        pic_box.addWidget(self.picture_message)
        pic_box.addStretch(1)
        columns = FlowLayout()  # the picture goes under the preferences on a narrow card
        columns.addWidget(prefs, 3)
        columns.addWidget(pic, 2)
        body = QWidget(self)
        body_box = QVBoxLayout(body)
        body_box.setContentsMargins(0, 0, 0, 0)
        body_box.addLayout(columns)
        body_box.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.banner)
        layout.addWidget(scrolling(body, self), 1)  # a short card scrolls the form

        # signals
        self.save_button.clicked.connect(self.save)
        self.load_button.clicked.connect(self.load_picture)
        self.remove_button.clicked.connect(self.remove_picture)

    # -- loading ----------------------------------------------------------------

    def reload(self) -> None:
        if self.detail is None:
            return
        self._clear()
        self.state.setText("")
        try:
            prefs = contact_settings.get_preferences(self.ctx, self.detail.id)
        except ServiceError as exc:
            self.banner.show_message(str(exc))
        else:
            self.language.setCurrentText(prefs.language)
            self.channel.setCurrentIndex(max(self.channel.findData(prefs.preferred_channel), 0))
            self.newsletter.setChecked(prefs.newsletter)
            self.do_not_email.setChecked(prefs.do_not_email)
        self._show_picture()

    def _show_picture(self) -> None:
        self.picture_message.clear_message()
        self.picture.setPixmap(QPixmap())
        self.picture.setText(translate("CardSettings", "No picture"))
        self.remove_button.setEnabled(bool(self.detail and self.detail.picture))
        if self.detail is None or not self.detail.picture:
            return
        try:
            data = files.picture_bytes(self.ctx, self.detail.id)
        except ServiceError as exc:
            self.picture_message.show_message(translate(
                "CardSettings", "{problem}. Load it again or remove it.").format(problem=exc))
            return
        pix = QPixmap()
        if not data or not pix.loadFromData(data):
            self.picture_message.show_message(translate("CardSettings",
                                                        "The stored picture cannot be read (damaged?). "
                                              "Load it again or remove it."))
            return
        self.picture.setPixmap(pix.scaled(PREVIEW, PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))

    # -- preferences ----------------------------------------------------------------

    def preferences(self) -> Preferences:
        return Preferences(language=self.language.currentText(),
                           preferred_channel=self.channel.currentData() or "",
                           newsletter=self.newsletter.isChecked(),
                           do_not_email=self.do_not_email.isChecked())

    def save(self) -> bool:
        detail = self.detail
        if detail is None:
            return False
        return save_with_messages(
            self, lambda: contact_settings.set_preferences(self.ctx, detail.id, self.preferences()),
            self.errors, self.banner, self.state)

    def _clear(self) -> None:
        self.banner.clear_message()
        for label in self.errors.values():
            label.clear_message()

    # -- picture --------------------------------------------------------------------

    def load_picture(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, translate("CardSettings", "Choose a picture"), "",
                                                    image_filter())
        if path:
            self.use_image_file(path)

    def use_image_file(self, path: str) -> bool:
        """Read ``path``, let the user crop it square, store it; True when stored."""
        if self.detail is None:
            return False
        reader = QImageReader(path)
        reader.setAutoTransform(True)  # honour a camera's EXIF rotation
        image: QImage = reader.read()
        if image.isNull():
            self.picture_message.show_message(
                translate("CardSettings", "“{path}” cannot be read as a picture ({reason}).").format(
                    path=path, reason=reader.errorString()))
            return False
        dialog = PictureDialog(image, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            files.set_picture(self.ctx, self.detail.id, dialog.png_bytes())
        except ServiceError as exc:
            self.picture_message.show_message(str(exc))
            show_exception(self, exc)
            return False
        self.changed.emit()
        return True

    def remove_picture(self) -> None:
        if self.detail is None:
            return
        answer = QMessageBox.question(self, translate("CardSettings", "Remove picture"),
                                      translate("CardSettings", "Remove this contact's picture?"),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            files.remove_picture(self.ctx, self.detail.id)
        except ServiceError as exc:
            show_exception(self, exc)
            return
        self.changed.emit()

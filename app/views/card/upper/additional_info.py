"""Additional Information: websites and further named details (key/value).

Edited in place; Save stores them with the rest of the record unchanged,
checked against the version the card shows.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.context import AppContext
from app.services.dto import ContactInput
from app.views.card.upper.editing import ContactEditTab
from app.views.dialogs.contact_fields import INFO_FIELDS, WEBSITE_FIELDS
from app.views.tasks import TaskRunner
from app.views.widgets.fields import RowListEditor, parse_key

log = logging.getLogger(__name__)


class AdditionalInfoTab(ContactEditTab):
    key = "additional_info"
    title = QT_TRANSLATE_NOOP("CardTabs", "Additional Information")

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        # widgets
        self.websites = RowListEditor(WEBSITE_FIELDS,
                                      add_text=translate("CardAdditionalInfo", "Add website"),
                                      empty_text=translate("CardAdditionalInfo", "No websites yet."),
                                      parent=self)
        self.info = RowListEditor(INFO_FIELDS,
                                  add_text=translate("CardAdditionalInfo", "Add information"),
                                  empty_text=translate("CardAdditionalInfo",
                                                       "No further details yet (e.g. “Switchboard "
                                                       "hours”, “Reception”, “Fleet size”)."),
                                  parent=self)

        # layout
        inner = QWidget(self)
        box = QHBoxLayout(inner)
        box.setContentsMargins(0, 0, 0, 0)
        for title, editor, stretch in ((translate("CardAdditionalInfo", "Websites"), self.websites, 2),
                                       (translate("CardAdditionalInfo", "Further contact details"),
                                        self.info, 3)):
            group = QGroupBox(title, inner)
            group_box = QVBoxLayout(group)
            group_box.addWidget(editor)
            group_box.addStretch(1)
            box.addWidget(group, stretch)
        self.lay_out(inner)

        # signals
        self.websites.changed.connect(self.edited)
        self.info.changed.connect(self.edited)

    def reload(self) -> None:
        d = self.detail
        if d is None:
            return
        self.clear_errors()
        self.websites.set_rows([{"url": u} for u in d.websites])
        self.info.set_rows([{"key": k, "value": v} for k, v in d.extra_info])
        self.mark_clean()

    def save(self) -> bool:
        websites = [r["url"] for r in self.websites.rows()]
        info = [(r["key"], r["value"]) for r in self.info.rows()]

        def apply(data: ContactInput) -> None:
            data.websites = [u for u in websites if u.strip()]
            data.extra_info = info

        return self.save_slice(apply)

    def show_errors(self, errors: dict[str, str]) -> None:
        rest = []
        for key, message in errors.items():
            name, index, _sub = parse_key(key)
            editor = {"websites": self.websites, "extra_info": self.info}.get(name)
            if editor is None or index is None or not editor.show_error(index, message):
                rest.append(message)
        if rest:
            self.banner.show_message("\n".join(rest))

    def clear_errors(self) -> None:
        super().clear_errors()
        self.websites.clear_errors()
        self.info.clear_errors()

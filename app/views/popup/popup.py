"""One call's pop-up: a frameless, always-on-top window near the tray that
appears without taking the keyboard from whatever the user is typing in.

It only shows what its manager gives it and reports what the user asked for
by signal; the manager does the service calls. It takes focus only when the
user starts typing into it (Log note, the end-of-call form)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.services.calls.queries import CallerSummary, RoutedCall
from app.services.dto import ContactRow
from app.views.popup.pages import (
    CandidateChooser,
    EndOfCallForm,
    caller_page,
    message_page,
    outcome_word,
)
from app.views.popup.prefill import source_label
from app.views.widgets.dates import format_time
from app.views.widgets.quiet_window import QuietPopup

log = logging.getLogger(__name__)

WIDTH = 380
STYLE = """
#callPopup { background: palette(window); border: 1px solid palette(mid); border-radius: 6px; }
#popupHeader { color: white; background: #2f6db5; border-radius: 4px; padding: 4px 8px; }
#popupHeader[ended="true"] { background: #6b7280; }
"""


def caller_name_line(name: str) -> str:
    """What the exchange sent as the caller's name, or that it sent none."""
    if name:
        return translate("CallPopup", "Caller name: {name}").format(name=name)
    return translate("CallPopup", "No caller name was sent")


def formatted_number(routed: RoutedCall) -> str:
    """The number as this office writes it (the router formatted it: national at
    home, international otherwise); as received only while nobody could format it."""
    return routed.display or routed.number


class CallPopup(QuietPopup):
    open_card = Signal(int)
    """Open this contact's card in the main window."""
    note_requested = Signal(int, str)
    """Save this note on this contact."""
    create_contact = Signal()
    """Make a contact from the caller's number and name."""
    chosen = Signal(int)
    """The user picked this candidate for an ambiguous number."""
    end_saved = Signal(object)
    """The end-of-call form was saved (an EndOfCall)."""
    call_back = Signal(str, int)
    """Dial the caller's number (number, contact id or -1)."""
    reject_requested = Signal(str)
    """Turn the call away (SIP): the call key."""
    dismissed = Signal(str)
    """The pop-up is done (the call key)."""
    resized = Signal()
    """Its height changed: the stack must be laid out again."""

    def __init__(self, routed: RoutedCall, *, can_reject: bool, close_after_ms: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.routed = routed
        self.call_key = routed.call_key
        self.contact_id: int | None = None
        self.user_chose = False  # chose or created the contact: the record follows the user
        self.summary: CallerSummary | None = None
        self.ended = False
        self.touched = False
        self._can_reject = can_reject and routed.source == "sip"
        self._end_form: EndOfCallForm | None = None
        self.chooser: CandidateChooser | None = None
        self.setObjectName("callPopup")
        self.setStyleSheet(STYLE)
        self.setFixedWidth(WIDTH)

        # widgets
        self.header = QLabel(self)
        self.header.setObjectName("popupHeader")
        self.number_label = QLabel(self)
        self.number_label.setObjectName("numberLabel")
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body: QWidget = QWidget(self)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setPlaceholderText(translate("CallPopup", "Note for this contact"))
        self.note_edit.setFixedHeight(64)
        self.note_edit.hide()
        self.message = QLabel(self)
        self.message.setObjectName("popupMessage")
        self.message.hide()
        self.open_button = QPushButton(translate("CallPopup", "Open card"), self)
        self.note_button = QPushButton(translate("CallPopup", "Log note"), self)
        self.save_note_button = QPushButton(translate("CallPopup", "Save note"), self)
        self.create_button = QPushButton(translate("CallPopup", "Create contact"), self)
        self.save_button = QPushButton(translate("CallPopup", "Save"), self)
        self.call_back_button = QPushButton(translate("CallPopup", "Call back"), self)
        self.call_back_button.setToolTip(translate("CallPopup",
                                                   "Dial this number (your desk phone rings first)"))
        self.reject_button = QPushButton(translate("CallPopup", "Reject"), self)
        self.dismiss_button = QPushButton(translate("CallPopup", "Dismiss"), self)
        self._close_timer = QTimer(self)
        self._close_timer.setSingleShot(True)
        self._close_timer.setInterval(close_after_ms)

        # layout
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(10, 10, 10, 10)
        self._box.setSpacing(6)
        self._box.addWidget(self.header)
        self._box.addWidget(self.number_label)
        self._box.addWidget(self.body)
        self._box.addWidget(self.note_edit)
        self._box.addWidget(self.message)
        row = QHBoxLayout()
        row.setSpacing(6)
        for b in (self.open_button, self.note_button, self.save_note_button, self.create_button,
                  self.call_back_button, self.save_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.reject_button)
        row.addWidget(self.dismiss_button)
        self._box.addLayout(row)

        # signals
        self.open_button.clicked.connect(self._open_card)
        self.note_button.clicked.connect(self._start_note)
        self.save_note_button.clicked.connect(self._save_note)
        self.create_button.clicked.connect(self.create_contact)
        self.save_button.clicked.connect(self._save_end)
        self.reject_button.clicked.connect(self._reject)
        self.call_back_button.clicked.connect(self._call_back)
        self.dismiss_button.clicked.connect(self.dismiss)
        self._close_timer.timeout.connect(self._timed_out)
        self.note_edit.installEventFilter(self)
        self.update_call(routed)

    # -- what the manager tells it --------------------------------------------

    @property
    def state(self) -> str:
        """"activity" (a known contact), "buffer", "ambiguous", "withheld", "pending"."""
        return "activity" if self.contact_id is not None else self.routed.where

    def update_call(self, routed: RoutedCall) -> None:
        """A newer event of this call (before it ended)."""
        self.routed = routed
        if routed.where == "activity" and routed.contact_ids and self.contact_id is None:
            self.contact_id = routed.contact_ids[0]
        self._show_header()
        self.number_label.setText(formatted_number(routed))
        self.number_label.setToolTip(translate("CallPopup", "As received: {number}").format(
            number=routed.number) if routed.number else "")
        self.number_label.setVisible(bool(routed.number))
        if self.state == "activity":
            if self.summary is None:
                self._set_body(message_page(routed.name or translate("CallPopup", "Known caller"),
                                            [translate("CallPopup", "Loading…")], self,
                                            name="loadingPage"))
        elif self.state == "buffer":
            self._set_body(message_page(translate("CallPopup", "Unknown caller"), [
                caller_name_line(routed.name),
                translate("CallPopup", "Not in your contacts yet.")], self, name="unknownPage"))
        elif self.state == "withheld":
            reason = routed.withheld or translate("CallPopup", "withheld")
            self._set_body(message_page(translate("CallPopup", "Withheld number"),
                                        [translate("CallPopup", "Reason: {reason}").format(
                                            reason=reason)],
                                        self, name="withheldPage"))
        elif self.state == "ambiguous" and self.chooser is None:
            self.chooser = CandidateChooser(formatted_number(routed), self)
            self.chooser.chosen.connect(self.chosen)
            self._set_body(self.chooser)
        elif self.state == "pending" and routed.number:  # the look-up did not answer
            self._set_body(message_page(translate("CallPopup", "Incoming call"), [
                caller_name_line(routed.name),
                translate("CallPopup", "Not looked up: the database is not answering."),
                translate("CallPopup", "The call is kept and logged when it answers.")], self,
                name="notLookedUpPage"))
        elif self.state == "pending":
            self._set_body(message_page(translate("CallPopup", "Incoming call"),
                                        [translate("CallPopup", "Waiting for the caller's number…")],
                                        self, name="pendingPage"))
        self._sync_buttons()

    def show_summary(self, summary: CallerSummary) -> None:
        if summary.contact_id != self.contact_id:
            return  # a late answer for a contact this pop-up no longer shows
        self.summary = summary
        if self._end_form is None:
            self._set_body(caller_page(summary, self))
        self._show_header()
        self._sync_buttons()

    def show_candidates(self, rows: list[ContactRow]) -> None:
        if self.chooser is not None:
            self.chooser.set_candidates(rows)
            self._relayout()

    def set_contact(self, contact_id: int) -> None:
        """The call now belongs to this contact (chosen or just created)."""
        self.user_chose = True
        self.contact_id = contact_id
        self.summary = None
        self.chooser = None
        if self._end_form is None and not self.ended:
            self.update_call(self.routed)
        elif self.ended:
            self._show_end_form()

    def correct_contact(self, routed: RoutedCall) -> None:
        """The written record disagrees with the announcement (a contact got or lost
        the number meanwhile): the pop-up follows the record, unless the user chose."""
        if self.user_chose or self.ended:
            return
        written = routed.contact_ids[0] if routed.where == "activity" and routed.contact_ids \
            else None
        if written != self.contact_id:
            self.contact_id, self.summary, self.chooser = written, None, None

    def call_ended(self, routed: RoutedCall) -> None:
        """The ENDED event: the end-of-call prompt (for a contact), then a timeout."""
        self.routed = routed
        self.ended = True
        self.touched = self.note_edit.isVisible()
        self._show_header()
        if self.contact_id is not None:
            self._show_end_form()
        self._sync_buttons()
        if not self.touched:
            self._close_timer.start()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self._relayout()

    def note_saved(self) -> None:
        self.note_edit.clear()
        self.note_edit.hide()
        self.show_message(translate("CallPopup", "Note saved."))
        self._sync_buttons()

    # -- user actions -----------------------------------------------------------

    def dismiss(self) -> None:
        self._close_timer.stop()
        self.hide()
        self.dismissed.emit(self.call_key)

    def allow_focus(self) -> None:
        """The user wants to type here: only now may the pop-up take the keyboard."""
        self.touched = True
        self._close_timer.stop()
        if self.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus:
            geometry = self.geometry()
            self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, False)
            self.setGeometry(geometry)
            self.show()
        self.activateWindow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.FocusIn) \
                and isinstance(watched, QWidget) and watched.isVisible():
            self.allow_focus()
        return super().eventFilter(watched, event)

    def enterEvent(self, event: QEnterEvent) -> None:  # noqa: N802
        if self.ended:  # the user is looking at it: do not close under the mouse
            self.touched = True
            self._close_timer.stop()
        super().enterEvent(event)

    def _call_back(self) -> None:
        self.touched = True
        self.call_back.emit(self.routed.number,
                            self.contact_id if self.contact_id is not None else -1)

    def _open_card(self) -> None:
        if self.contact_id is not None:
            self.touched = True
            self.open_card.emit(self.contact_id)

    def _start_note(self) -> None:
        self.note_edit.show()
        self._sync_buttons()
        self.allow_focus()
        self.note_edit.setFocus()

    def _save_note(self) -> None:
        text = self.note_edit.toPlainText().strip()
        if self.contact_id is not None and text:
            self.note_requested.emit(self.contact_id, text)

    def _save_end(self) -> None:
        if self._end_form is not None and self.contact_id is not None:
            self.end_saved.emit(self._end_form.value(self.contact_id))

    def _reject(self) -> None:
        self.reject_button.setEnabled(False)
        self.reject_requested.emit(self.call_key)

    def _timed_out(self) -> None:
        if not self.touched:
            log.debug("pop-up of %s closes untouched", self.call_key)
            self.dismiss()

    # -- building ---------------------------------------------------------------

    def _show_header(self) -> None:
        r = self.routed
        when = format_time(r.at if r.at.tzinfo else r.at.astimezone())  # naive: local already
        if self.ended:
            # the rep's choice in the end-of-call form, once there is one: a modem
            # cannot tell a missed call from one picked up on the handset
            outcome = outcome_word(self._end_form.outcome_text() if self._end_form is not None
                                   else r.outcome or "ended")
            text = translate("CallPopup", "Call ended · {outcome} · {source} · {time}").format(
                outcome=outcome, source=source_label(r.source), time=when)
        else:
            direction = (translate("CallPopup", "Incoming call") if r.direction == "in"
                         else translate("CallPopup", "Outgoing call"))
            text = f"{direction} · {source_label(r.source)} {r.line} · {when}".replace("  ", " ")
        self.header.setText(text)
        self.header.setProperty("ended", "true" if self.ended else "false")
        self.header.style().unpolish(self.header)
        self.header.style().polish(self.header)

    def _show_end_form(self) -> None:
        form = EndOfCallForm(self.routed.outcome or "missed", self)
        for editor in form.editors():
            editor.installEventFilter(self)
        name = self.summary.name if self.summary else (self.routed.name
                                                       or translate("CallPopup", "the caller"))
        page = QWidget(self)
        page.setObjectName("endPage")
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        title = QLabel(translate("CallPopup", "After the call with {name}").format(name=name), page)
        title.setObjectName("callerName")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        box.addWidget(title)
        box.addWidget(form)
        self._end_form = form
        form.outcome.currentIndexChanged.connect(lambda _i: self._show_header())
        self.note_edit.hide()
        self._set_body(page)
        self._show_header()

    @property
    def end_form(self) -> EndOfCallForm | None:
        return self._end_form

    def _set_body(self, widget: QWidget) -> None:
        old = self.body
        self._box.replaceWidget(old, widget)
        old.hide()
        old.deleteLater()
        self.body = widget
        widget.show()
        self._relayout()

    def _sync_buttons(self) -> None:
        known = self.contact_id is not None
        ending = self._end_form is not None
        self.open_button.setVisible(known)
        self.note_button.setVisible(known and not ending and not self.note_edit.isVisible())
        self.save_note_button.setVisible(known and not ending and self.note_edit.isVisible())
        self.create_button.setVisible(self.state == "buffer" and bool(self.routed.number))
        self.save_button.setVisible(ending)
        self.reject_button.setVisible(self._can_reject and not self.ended)
        self.call_back_button.setVisible(self.ended and bool(self.routed.number))
        self._relayout()

    def _relayout(self) -> None:
        for layout in (self.body.layout(), self._box):
            if layout is not None:  # now, not at the next event loop pass: the stack
                layout.invalidate()  # is laid out from these sizes right away
        self._box.activate()
        self.adjustSize()
        self.resized.emit()

"""The pop-up stack: one pop-up per call, stacked above the tray area, newest on
top; what the user asks of a pop-up becomes a service call here, off the GUI
thread, so a busy database never freezes a ringing screen."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, time
from functools import partial

from PySide6.QtCore import QObject, QRect, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from app.i18n import translate
from app.services.activities import by_contact as contact_activities
from app.services.activities import core as activities
from app.services.calls import queries as calls
from app.services.calls.queries import RoutedCall, caller_summary
from app.services.contacts import list_rows as contact_list
from app.services.context import AppContext
from app.views.dialogs.contact_dialog import ContactDialog
from app.views.errors import user_message
from app.views.popup.pages import EndOfCall
from app.views.popup.popup import CallPopup
from app.views.popup.prefill import contact_from_call
from app.views.tasks import TaskRunner

log = logging.getLogger(__name__)

MARGIN = 12  # from the screen edge and between pop-ups
MAX_VISIBLE = 4
CLOSE_AFTER_MS = 60_000
DUE_AT = time(9, 0)  # a next action is due at the start of the chosen day


def merge_routed(old: RoutedCall, new: RoutedCall) -> RoutedCall:
    """The newest event, keeping what only the written record knows (its id, where it
    went) over an announcement's guess, and the call's end once it was heard."""
    if new.stage == "written" or old.stage != "written":
        keep = new
    else:
        keep = replace(new, where=old.where, contact_ids=old.contact_ids,
                       record_id=old.record_id, normalized=old.normalized or new.normalized,
                       display=old.display or new.display, stage="written")
    if keep.where == "pending" and old.where != "pending":
        # a late report of an earlier step (the written RING of a modem call after
        # its announced identity): what is known of the caller stays
        keep = replace(keep, where=old.where, contact_ids=old.contact_ids,
                       number=keep.number or old.number, name=keep.name or old.name,
                       withheld=keep.withheld or old.withheld,
                       normalized=keep.normalized or old.normalized,
                       display=keep.display or old.display)
    if old.event == "ended" and keep.event != "ended":
        keep = replace(keep, event="ended", outcome=old.outcome, duration_s=old.duration_s)
    if keep.record_id is None and old.record_id is not None:
        keep = replace(keep, record_id=old.record_id)
    return keep


def exec_dialog(dialog: QDialog) -> bool:
    """Run a modal dialog (tests replace this: a modal loop would block them)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class PopupManager(QObject):
    open_contact_requested = Signal(int)
    """Show this contact's card (the window opens it)."""
    dial_requested = Signal(str, int)
    """A pop-up's Call back: (number, contact id or -1)."""
    """A contact was created or buffered calls moved: lists should refresh."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, *,
                 reject: Callable[[str], None] | None = None,
                 close_after_ms: int = CLOSE_AFTER_MS, max_visible: int = MAX_VISIBLE,
                 dialog_parent: QWidget | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = runner
        self._reject = reject
        self._close_after_ms = close_after_ms
        self._max_visible = max_visible
        self._dialog_parent = dialog_parent
        self.popups: dict[str, CallPopup] = {}  # oldest first
        self._dismissed: set[str] = set()

    # -- events -------------------------------------------------------------

    @Slot(object)  # the bridge emits in a source's thread (see TaskRunner._deliver)
    def on_call_routed(self, routed: RoutedCall) -> None:
        """Slot for TelephonyBridge.call_routed (GUI thread): each event is announced
        at once (a read-only look-up), then reported again once written; the two come
        from different threads, so either may come first."""
        key = routed.call_key
        if routed.where == "error":
            log.warning("call %s could not be routed; no pop-up", key)
            return
        if routed.stage == "replayed":  # a call from before a restart: no pop-up
            return
        if key in self._dismissed:
            if routed.event == "ended" and routed.stage == "written":
                self._dismissed.discard(key)
            return
        popup = self.popups.get(key)
        if popup is not None:
            routed = merge_routed(popup.routed, routed)
        if popup is None:
            popup = self._new_popup(routed)
        elif popup.ended:
            popup.routed = routed  # the record's id, once written: Choose needs it
        elif routed.event != "ended":
            if routed.stage == "written":
                popup.correct_contact(routed)
            popup.update_call(routed)
        if routed.event == "ended" and not popup.ended:
            popup.call_ended(routed)
        self._load(popup)
        self.layout_stack()

    def visible_popups(self) -> list[CallPopup]:
        return [p for p in self.popups.values() if p.isVisible()]

    def close_all(self) -> None:
        for popup in list(self.popups.values()):
            popup.dismiss()

    # -- pop-ups ------------------------------------------------------------

    def _new_popup(self, routed: RoutedCall) -> CallPopup:
        popup = CallPopup(routed, can_reject=self._reject is not None,
                          close_after_ms=self._close_after_ms)
        key = routed.call_key
        popup.open_card.connect(self.open_contact_requested)
        popup.note_requested.connect(partial(self._save_note, popup))
        popup.create_contact.connect(partial(self._create_contact, popup))
        popup.chosen.connect(partial(self._choose, popup))
        popup.end_saved.connect(partial(self._save_end, popup))
        popup.reject_requested.connect(self._reject_call)
        popup.call_back.connect(self.dial_requested)
        popup.dismissed.connect(self._on_dismissed)
        popup.resized.connect(self.layout_stack)
        self.popups[key] = popup
        log.info("pop-up for call %s (%s)", key, routed.where)
        return popup

    def _alive(self, popup: CallPopup) -> bool:
        return self.popups.get(popup.call_key) is popup

    def _load(self, popup: CallPopup) -> None:
        """Fetch what the pop-up shows: a summary, or the candidates to choose from."""
        key = popup.call_key
        if popup.contact_id is not None and popup.summary is None:
            cid = popup.contact_id
            self._run(popup, f"popup-summary:{key}:{cid}", partial(caller_summary, self._ctx, cid),
                      popup.show_summary)
        elif popup.state == "ambiguous" and popup.chooser is not None \
                and popup.chooser.model.rowCount() == 0:
            ids = list(popup.routed.contact_ids)
            self._run(popup, f"popup-candidates:{key}", partial(contact_list.rows, self._ctx, ids),
                      popup.show_candidates)

    def _run(self, popup: CallPopup, key: str, fn: Callable[[], object],
             done: Callable[..., None], *, write: bool = False) -> None:
        """Run ``fn`` off the GUI thread; the answer reaches the pop-up if it is still there."""
        def on_done(result: object) -> None:
            if self._alive(popup):
                done(result)

        def on_error(exc: BaseException) -> None:
            log.info("pop-up action failed: %s", exc)
            if self._alive(popup):
                popup.show_message(user_message(exc))

        self._runner.run(key, fn, on_done, on_error=on_error, write=write)

    def layout_stack(self) -> None:
        """Newest on top: the oldest shown sits by the tray, each newer one above it,
        a new column to the left when the screen is full. At most ``max_visible``."""
        shown = list(self.popups.values())[-self._max_visible:]
        for popup in self.popups.values():
            if popup not in shown and popup.isVisible():
                popup.hide()  # comes back when a newer one is dismissed
        screen = QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)
        right, bottom = area.right() - MARGIN, area.bottom() - MARGIN
        for popup in shown:
            size = popup.sizeHint().expandedTo(popup.minimumSizeHint())
            height = size.height()
            if bottom - height < area.top() + MARGIN and bottom < area.bottom() - MARGIN:
                right -= popup.width() + MARGIN  # this column is full
                bottom = area.bottom() - MARGIN
            popup.setGeometry(right - popup.width() + 1, bottom - height + 1,
                              popup.width(), height)
            bottom -= height + MARGIN
            if not popup.isVisible():
                popup.show_quietly()
        for popup in shown:
            popup.raise_()

    def _on_dismissed(self, key: str) -> None:
        popup = self.popups.pop(key, None)
        if popup is None:
            return
        if not popup.ended:
            self._dismissed.add(key)  # its later events must not bring it back
        popup.deleteLater()
        self.layout_stack()

    # -- actions --------------------------------------------------------------

    def _save_note(self, popup: CallPopup, contact_id: int, text: str) -> None:
        def saved(_id: object) -> None:
            popup.note_saved()
            popup.summary = None
            self._load(popup)

        self._run(popup, f"popup-note:{popup.call_key}",
                  partial(contact_activities.add_note, self._ctx, contact_id, text), saved,
                  write=True)

    def _create_contact(self, popup: CallPopup) -> None:
        routed = popup.routed
        dialog = ContactDialog(self._ctx, contact_from_call(routed.number, routed.name),
                               parent=self._dialog_parent, runner=self._runner)
        if not exec_dialog(dialog) or dialog.contact_id is None:
            return
        contact_id = dialog.contact_id  # the service moved the buffered call to it
        log.info("contact %d created from call %s", contact_id, popup.call_key)
        if self._alive(popup):
            popup.set_contact(contact_id)
            self._load(popup)
        self.open_contact_requested.emit(contact_id)

    def _choose(self, popup: CallPopup, contact_id: int) -> None:
        record = popup.routed.record_id
        if record is None:  # announced, not written yet (the database is busy or away)
            popup.show_message(translate("CallPopup", "This call is not in the database yet; choose again "
                               "in a moment."))
            return

        def moved(_n: object) -> None:
            popup.set_contact(contact_id)
            self._load(popup)

        self._run(popup, f"popup-choose:{popup.call_key}",
                  partial(activities.move_buffered, self._ctx, [record], contact_id), moved,
                  write=True)

    def _save_end(self, popup: CallPopup, end: EndOfCall) -> None:
        ctx = self._ctx

        def save() -> None:
            if end.outcome_changed:
                calls.set_outcome(ctx, popup.call_key, end.outcome)
            if end.note:
                contact_activities.add_note(ctx, end.contact_id, end.note)
            if end.next_action:
                due = datetime.combine(end.due, DUE_AT).astimezone()
                contact_activities.add_task(ctx, end.contact_id, end.next_action, due_at=due)

        def saved(_r: object) -> None:
            popup.dismiss()

        self._run(popup, f"popup-end:{popup.call_key}", save, saved, write=True)

    def _reject_call(self, key: str) -> None:
        if self._reject is None:
            return
        try:
            self._reject(key)
        except Exception as exc:  # a source refusing must not break the pop-up
            log.warning("reject of %s failed: %s", key, exc)
            popup = self.popups.get(key)
            if popup is not None:
                popup.show_message(user_message(exc))

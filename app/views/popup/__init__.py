"""Caller pop-ups, the tray and the buffer view, wired to a main window.

``install_telephony_ui(window, ctx, bridge)`` is all MainWindow needs: it
makes the pop-up manager, the tray menu and the buffer view and connects them
to the bridge and to the window's hooks (open_contact, the list's refresh).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from app.i18n import translate
from app.services.context import AppContext
from app.views.popup.manager import PopupManager

if TYPE_CHECKING:
    from app.views.buffer_view import BufferView
    from app.views.tasks import TaskRunner
    from app.views.telephony_bridge import TelephonyBridge
    from app.views.tray import TrayController

log = logging.getLogger(__name__)

__all__ = ["PopupManager", "TelephonyUi", "install_telephony_ui"]


class _Window(Protocol):
    """What the telephony UI needs of the main window (MainWindow has it)."""

    runner: TaskRunner

    def open_contact(self, contact_id: int) -> None: ...
    def close(self) -> bool: ...


@dataclass
class TelephonyUi:
    """The parts, kept so the window can reach and shut them down."""

    popups: PopupManager
    tray: TrayController
    buffer: BufferView

    def show_buffer(self) -> None:
        self.buffer.refresh()
        self.buffer.show()
        self.buffer.raise_()
        self.buffer.activateWindow()

    def shutdown(self) -> None:
        self.popups.close_all()
        self.tray.shutdown()
        self.buffer.close()


def install_telephony_ui(window: _Window, ctx: AppContext, bridge: TelephonyBridge, *,
                         reject: Callable[[str], None] | None = None,
                         buffer: BufferView | None = None) -> TelephonyUi:
    """Make the pop-ups, tray and buffer view of ``window`` and connect them.
    ``reject(call_key)`` turns a SIP call away; without it there is no Reject.
    ``buffer`` is the window's own buffer view (its Calls menu opens the same one)."""
    from PySide6.QtWidgets import QWidget

    from app.views.buffer_view import BufferView
    from app.views.tray import TrayController

    parent = window if isinstance(window, QWidget) else None
    popups = PopupManager(ctx, window.runner, reject=reject, dialog_parent=parent,
                          parent=parent)
    tray = TrayController(ctx, window.runner, parent)
    own_buffer = buffer is None
    if buffer is None:
        buffer = BufferView(ctx, window.runner, parent)
    ui = TelephonyUi(popups, tray, buffer)

    bridge.call_routed.connect(popups.on_call_routed)
    bridge.call_routed.connect(tray.on_call_routed)
    bridge.source_status.connect(tray.on_source_status)
    bridge.pipeline_status.connect(
        lambda status: tray.on_source_status(translate("Tray", "Call log"),
                                             status.text() or translate("Tray", "ready")))
    popups.open_contact_requested.connect(window.open_contact)
    dialer = getattr(window, "dialer", None)
    if dialer is not None:
        popups.dial_requested.connect(
            lambda number, cid: dialer.dial(number, cid if cid >= 0 else None))
    tray.open_contact_requested.connect(window.open_contact)
    tray.show_buffer_requested.connect(ui.show_buffer)
    tray.quit_requested.connect(window.close)
    if own_buffer:  # the window's own buffer view is wired by the window
        buffer.open_contact_requested.connect(window.open_contact)
    tray.refresh()
    return ui

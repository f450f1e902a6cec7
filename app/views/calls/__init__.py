"""The calls a rep looks back on, reachable from the main window whether or not
the desktop has a system tray: the unmatched-calls buffer and the recent calls
(the Calls menu and Home's "N unmatched calls" link open them).

``CallWindows`` owns both windows (made when first opened), the menu's actions
and the buffer's count, which follows the change bus.
"""

from __future__ import annotations

from app.views.calls.windows import CallWindows

__all__ = ["CallWindows"]  # the windows themselves (recent_view, the buffer) load when opened

"""Is there a screen to open a window on? Asked before the QApplication is made.

Without one, Qt's xcb plugin aborts the process with a misleading message
("xcb-cursor0 is needed", or "could not connect to display") and a core dump.
The app says what is wrong in one sentence instead, and ``--smoke`` (a check
of the install, often run where nobody sits) draws offscreen.

No Qt is imported here: the check must run before Qt can abort.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping

from app.i18n import translate

#: Qt platform plugins that need no display server.
HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal", "vnc", "eglfs", "linuxfb",
                                "vkkhrdisplay", "minimalegl"})
#: The exit status of a start without a display (as for other usage errors).
NO_DISPLAY_STATUS = 2


def no_display_sentence() -> str:
    return translate("Startup", "no display found: run it in a desktop session, or "
                                "`ringcard --smoke` to check the install")


def _requested_platform(env: MutableMapping[str, str]) -> str:
    """The first platform QT_QPA_PLATFORM asks for ("wayland;xcb", "vnc:size=800x600")."""
    value = env.get("QT_QPA_PLATFORM", "").strip()
    return value.split(";")[0].split(":")[0].strip().lower()


def has_display(env: MutableMapping[str, str] | None = None, platform: str | None = None) -> bool:
    """True when Qt can open a window: on Windows and macOS always; elsewhere when
    an X or Wayland display is named, or QT_QPA_PLATFORM asks for a headless plugin."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "darwin")):
        return True
    if _requested_platform(env) in HEADLESS_PLATFORMS:
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def prepare_display(*, smoke: bool, env: MutableMapping[str, str] | None = None) -> int | None:
    """Call before the QApplication exists. Returns None when the window can start
    (the smoke check is pointed at the offscreen plugin when there is no display),
    else the exit status, having said why on stderr."""
    env = os.environ if env is None else env
    if has_display(env):
        return None
    if smoke:
        env["QT_QPA_PLATFORM"] = "offscreen"
        return None
    print(no_display_sentence(), file=sys.stderr)
    return NO_DISPLAY_STATUS

"""Start Ringcard with the desktop session: the XDG autostart entry.

Freedesktop sessions (GNOME, KDE, Xfce, ...) start every ``*.desktop`` file in
``$XDG_CONFIG_HOME/autostart`` (``~/.config/autostart``) when the user logs in.
Turning the option on writes ``ringcard.desktop`` there, turning it off removes
it; whether it is on is read from that file, so a change made elsewhere (the
desktop's own "Startup Applications") is what the menu shows.

The command it starts is the one this Ringcard was started as: the installed
``ringcard`` (the .deb's /usr/bin/ringcard), the bundle's binary, or this
Python with ``-m app`` from a checkout.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from app.i18n import translate
from app.services.context import ServiceError

ENTRY_NAME = "ringcard.desktop"


def supported(platform: str | None = None) -> bool:
    """Autostart entries are a freedesktop.org session's (Linux, the BSDs)."""
    platform = sys.platform if platform is None else platform
    return not platform.startswith(("win", "darwin", "cygwin"))


def autostart_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or ""
    # the spec: an unset or relative XDG_CONFIG_HOME means ~/.config
    root = Path(base) if os.path.isabs(base) else Path.home() / ".config"
    return root / "autostart"


def entry_path() -> Path:
    return autostart_dir() / ENTRY_NAME


def start_command() -> list[str]:
    """How this Ringcard was started, as a command a session can run."""
    if getattr(sys, "frozen", False):  # the bundle, installed or not
        binary = Path(sys.executable).resolve()
        on_path = shutil.which("ringcard")
        if on_path and Path(on_path).resolve() == binary:
            return [on_path]
        return [str(binary)]
    return [sys.executable, "-m", "app"]


def quote_exec_argument(arg: str) -> str:
    """An Exec= argument as the Desktop Entry spec reads it: quoted when needed, with
    ``"`$\\`` escaped inside the quotes, ``%`` doubled, and then every backslash
    doubled again (the key file's string escaping is undone first)."""
    if arg and not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`%='):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return ('"' + escaped.replace("%", "%%") + '"').replace("\\", "\\\\")


def entry_text(command: list[str]) -> str:
    exec_line = " ".join(quote_exec_argument(a) for a in command)
    comment = translate("Autostart", "Contacts and caller recognition, ready when the phone rings")
    return ("[Desktop Entry]\nType=Application\nName=Ringcard\n"
            f"Comment={comment}\nExec={exec_line}\nIcon=ringcard\nTerminal=false\n"
            "X-GNOME-Autostart-enabled=true\n")


def is_enabled() -> bool:
    """True when the session will start Ringcard: the entry is there and not
    switched off in it (Hidden=true, or GNOME's X-GNOME-Autostart-enabled=false)."""
    try:
        text = entry_path().read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    keys = {}
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep:
            keys[key.strip()] = value.strip().lower()
    return keys.get("Hidden") != "true" and keys.get("X-GNOME-Autostart-enabled") != "false"


def enable(command: list[str] | None = None) -> Path:
    """Write the autostart entry; returns its path. A folder that cannot be written
    is a ServiceError the user reads."""
    path = entry_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(entry_text(command or start_command()), encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        raise ServiceError(translate("Autostart", "Could not set Ringcard to start with the "
                                     "session: {reason}").format(reason=exc.strerror or exc)) from exc
    return path


def disable() -> bool:
    """Remove the autostart entry; False when there was none."""
    try:
        entry_path().unlink()
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise ServiceError(translate("Autostart", "Could not stop Ringcard starting with the "
                                     "session: {reason}").format(reason=exc.strerror or exc)) from exc
    return True

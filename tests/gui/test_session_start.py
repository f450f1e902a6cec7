"""Settings > Start with my session writes and removes the XDG autostart entry
($XDG_CONFIG_HOME/autostart/ringcard.desktop), and shows what that file says."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from app.config import LocalSettings
from app.services.context import AppContext, ServiceError
from app.services.desktop import autostart
from app.views.main_window import MainWindow


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "xdg-config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


def _exec_command(entry: str) -> list[str]:
    """The Exec= line read as the Desktop Entry spec says (GLib does the same):
    the key file's string escapes first, then quoting, then %% -> %."""
    line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    value = re.sub(r"\\(.)", lambda m: {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(
        m.group(1), m.group(1)), line.removeprefix("Exec="))
    args: list[str] = []
    current: str | None = None
    quoted = escape = False
    for char in value:
        if escape:
            current = (current or "") + char
            escape = False
        elif quoted and char == "\\":
            escape = True
        elif char == '"':
            quoted = not quoted
            current = current or ""
        elif char == " " and not quoted:
            if current is not None:
                args.append(current)
            current = None
        else:
            current = (current or "") + char
    if current is not None:
        args.append(current)
    return [a.replace("%%", "%") for a in args]


def test_enable_writes_an_entry_the_session_starts(config_home: Path) -> None:
    assert not autostart.is_enabled()
    path = autostart.enable()
    assert path == config_home / "autostart" / "ringcard.desktop"
    entry = path.read_text(encoding="utf-8")
    assert "[Desktop Entry]" in entry and "Type=Application" in entry and "Icon=ringcard" in entry
    assert _exec_command(entry) == [sys.executable, "-m", "app"]  # how this one was started
    assert autostart.is_enabled()
    assert autostart.disable() is True
    assert not path.exists() and not autostart.is_enabled()
    assert autostart.disable() is False  # nothing to remove is no error


def test_a_command_with_spaces_and_quotes_survives_the_exec_line(config_home: Path) -> None:
    command = ["/opt/My Apps/ring\"card", "--database-url", "postgresql://rep@db/office $1",
               "C:\\back\\slash", "100%"]
    entry = autostart.enable(command).read_text(encoding="utf-8")
    assert _exec_command(entry) == command


def test_without_xdg_config_home_it_is_under_dot_config(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    assert autostart.entry_path() == tmp_path / ".config" / "autostart" / "ringcard.desktop"
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/is/ignored")
    assert autostart.entry_path() == tmp_path / ".config" / "autostart" / "ringcard.desktop"


def test_an_entry_switched_off_by_the_desktop_counts_as_off(config_home: Path) -> None:
    path = autostart.enable()
    path.write_text(path.read_text() + "Hidden=true\n")
    assert not autostart.is_enabled()
    path.write_text(path.read_text().replace("Hidden=true\n", "").replace(
        "X-GNOME-Autostart-enabled=true", "X-GNOME-Autostart-enabled=false"))
    assert not autostart.is_enabled()


def test_a_folder_that_cannot_be_written_is_said_plainly(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))
    with pytest.raises(ServiceError, match="Could not set Ringcard to start with the session"):
        autostart.enable()


def test_only_freedesktop_sessions_offer_it() -> None:
    assert autostart.supported("linux")
    assert not autostart.supported("win32") and not autostart.supported("darwin")


def test_the_settings_menu_toggles_the_entry(qtbot, gui_ctx: AppContext, config_home: Path) -> None:
    window = MainWindow(gui_ctx, LocalSettings.load())
    qtbot.addWidget(window)
    settings_menu = next(a.menu() for a in window.menuBar().actions()
                         if a.text().replace("&", "") == "Settings")
    action = next(a for a in settings_menu.actions()
                  if a.text().replace("&", "") == "Start with my session")
    assert action.isCheckable() and not action.isChecked()
    entry = config_home / "autostart" / "ringcard.desktop"

    action.trigger()
    assert action.isChecked() and entry.is_file()
    action.trigger()
    assert not action.isChecked() and not entry.exists()

    autostart.enable()  # turned on elsewhere (the desktop's own settings, another desk window)
    settings_menu.aboutToShow.emit()
    assert action.isChecked()
    window.close()

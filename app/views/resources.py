"""One way to find resources (style sheet, icons) from source and inside the bundle.

PyInstaller unpacks data files under ``sys._MEIPASS``; from a checkout they sit
in ``resources/`` at the repository root. Every view asks here, never builds paths.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtGui import QIcon

log = logging.getLogger(__name__)


def resource_dir() -> Path:
    """The ``resources`` folder: bundled (``_MEIPASS/resources``) or in the checkout."""
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        return Path(bundled) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(name: str) -> Path:
    return resource_dir() / name


def read_text(name: str) -> str:
    """A text resource, or "" (logged) when missing: a missing style is not fatal."""
    try:
        return resource_path(name).read_text(encoding="utf-8")
    except OSError as exc:
        log.warning("resource %s unreadable: %s", name, exc)
        return ""


def register_search_paths() -> None:
    """Let Qt find ``icons:name.svg`` wherever the resources folder is."""
    QDir.addSearchPath("icons", str(resource_dir() / "icons"))


def style_sheet() -> str:
    return read_text("ringcard.qss")


def app_icon() -> QIcon:
    """Ringcard's icon (the PNG: the SVG would need Qt's SVG plugin, not bundled)."""
    return QIcon(str(resource_dir() / "icons" / "ringcard.png"))

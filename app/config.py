"""Local (per-desk) settings: declared once, typed, with defaults and a schema version.

Office-wide settings (home region, customer-number format, ...) live in the
database instead, so every desk of an office shares them: see
``app.services.office.settings``. Secrets never live here: only in the OS
keyring.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

log = logging.getLogger(__name__)

APP_NAME = "Ringcard"
SCHEMA_VERSION = 1


def data_dir() -> Path:
    """The user data folder (database, files). RINGCARD_DATA_DIR overrides it."""
    override = os.environ.get("RINGCARD_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    override = os.environ.get("RINGCARD_CONFIG_DIR")
    path = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, APP_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass
class LocalSettings:
    """Settings of this desk. Add a field with a default; bump SCHEMA_VERSION
    and extend ``_upgrade`` when a field is renamed or changes meaning."""

    schema_version: int = SCHEMA_VERSION
    database_url: str | None = None
    user: str | None = None
    card_in_own_window: bool = False
    window_geometry: str = ""
    window_state: str = ""
    column_widths: dict[str, list[int]] = field(default_factory=dict)
    splitter_state: str = ""
    # the window's geometry and splitter state per screen ("<name> <W>x<H>" -> {"geometry",
    # "splitter"}: base64 of Qt's saveGeometry/saveState), and the screen it was last on
    screen_layouts: dict[str, dict[str, str]] = field(default_factory=dict)
    last_screen: str = ""
    card_window_geometry: str = ""
    # caller-ID sources of this desk: SIP lines by name (SipConfig fields; the
    # password is in the OS keyring under "sip:<name>") and modems by port
    sip_accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    modems: dict[str, dict[str, Any]] = field(default_factory=dict)
    # the first-run wizard was finished or skipped on this desk (a settings file
    # written before this field existed is a desk that has run: see ``_upgrade``)
    first_run_done: bool = False
    # the desk runs on the wizard's demo office (a separate SQLite file); the
    # database it ran on before, to go back to (None: the default SQLite file)
    in_demo_office: bool = False
    database_before_demo: str | None = None
    # the screen's language: "" follows the system locale, "en" or "de" forces one
    # (app.views.language; takes effect at the next start)
    language: str = ""

    @classmethod
    def path(cls) -> Path:
        return config_dir() / "settings.json"

    @classmethod
    def load(cls) -> LocalSettings:
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("settings file unreadable (%s); using defaults", exc)
            return cls()
        raw = _upgrade(raw)
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in known})

    def save(self) -> None:
        path = self.path()
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(dataclasses.asdict(self), indent=2), encoding="utf-8")
        tmp.replace(path)


def _upgrade(raw: dict[str, Any]) -> dict[str, Any]:
    version = int(raw.get("schema_version", 0))
    if version < 1:
        raw.setdefault("column_widths", {})
    raw.setdefault("first_run_done", True)  # a desk that ran before the wizard existed
    raw["schema_version"] = SCHEMA_VERSION
    return raw

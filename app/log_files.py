"""Where Ringcard writes its log, and the logging set-up of every start.

The log lives in the platform's log folder (``platformdirs.user_log_dir``:
``~/.local/state/Ringcard/log`` on Linux, ``%LOCALAPPDATA%\\Ringcard\\Ringcard\\Logs``
on Windows); RINGCARD_LOG_DIR overrides it. It is rotated: ``ringcard.log`` plus
at most ``BACKUPS`` older files of ``MAX_BYTES`` each, so it never fills a disk.
Warnings and worse also go to stderr, as before.

No Qt here: the command line and the services log the same way.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

import platformdirs

from app import __version__
from app.config import APP_NAME

LOG_NAME = "ringcard.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUPS = 5
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"
STDERR_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger(__name__)


def log_dir() -> Path:
    """The folder of the log files (not created here)."""
    override = os.environ.get("RINGCARD_LOG_DIR")
    return Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, APP_NAME))


def log_path() -> Path:
    """The current log file (older ones are ``ringcard.log.1`` ... ``.5``)."""
    return log_dir() / LOG_NAME


def rotating_handler(path: Path, *, max_bytes: int = MAX_BYTES,
                     backups: int = BACKUPS) -> logging.handlers.RotatingFileHandler:
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    return handler


def configure_logging(*, verbose: bool = False) -> Path | None:
    """Log to the rotating file (INFO and up; DEBUG when ``verbose``) and warnings to
    stderr. Returns the log file, or None when its folder cannot be written (said on
    stderr; the app runs on without a file). Like ``logging.basicConfig``, it does
    nothing when logging is set up already (a test runner's capture, a second call)."""
    root = logging.getLogger()
    if root.handlers:
        return None
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.DEBUG if verbose else logging.WARNING)
    stderr.setFormatter(logging.Formatter(STDERR_FORMAT))
    root.addHandler(stderr)
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)  # a dozen lines a start
    path = log_path()
    try:
        root.addHandler(rotating_handler(path))
    except OSError as exc:
        log.warning("no log file (%s): logging to stderr only", exc)
        return None
    # not the command line: a --database-url may carry a password
    log.info("Ringcard %s (Python %s) started", __version__, sys.version.split()[0])
    return path

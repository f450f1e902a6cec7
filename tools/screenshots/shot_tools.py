"""What every ``screenshots*`` module shares: wait for the GUI without sleeping,
save a widget to PNG, and run one module's shots on its own throw-away
database (``python -m tools.screenshots.home OUTDIR``)."""

from __future__ import annotations

import argparse
import logging
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPoint, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from app.services.context import AppContext

log = logging.getLogger(__name__)

TIMEOUT_MS = 30_000


def wait_until(done: Callable[[], bool], what: str) -> None:
    """Process events until ``done()``; the loop wakes on every event, no polling sleep."""
    app = QApplication.instance()
    assert app is not None
    timer = QTimer()
    timer.setSingleShot(True)
    timer.start(TIMEOUT_MS)
    while not done():
        if not timer.isActive():
            raise TimeoutError(f"timed out waiting for {what}")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)


def grab(widget: QWidget, path: Path, paths: list[Path] | None = None) -> Path:
    """Save ``widget`` as painted now to ``path`` (appended to ``paths``)."""
    QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    log.info("wrote %s", path)
    if paths is not None:
        paths.append(path)
    return path


def grab_corner(windows: Sequence[QWidget], path: Path, paths: list[Path] | None = None) -> Path:
    """Pop-up windows where they stand on the screen's lower right part, on one image."""
    area = QGuiApplication.primaryScreen().availableGeometry()
    left = min(w.x() for w in windows) - 20
    top = min(w.y() for w in windows) - 20
    canvas = QPixmap(area.right() - left + 1, area.bottom() - top + 1)
    canvas.fill(QColor("#dfe3e8"))
    painter = QPainter(canvas)
    for window in windows:
        painter.drawPixmap(QPoint(window.x() - left, window.y() - top), window.grab())
    painter.end()
    if not canvas.save(str(path)):
        raise OSError(f"could not write {path}")
    if paths is not None:
        paths.append(path)
    return path


def run_alone(prog: str, shots: Callable[[AppContext, Path], list[Path]], user: str,
              argv: list[str] | None = None) -> int:
    """The ``main`` of a screenshots module: a UK office in a temporary database."""
    parser = argparse.ArgumentParser(prog=f"python -m {prog}")
    parser.add_argument("outdir", type=Path)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="ringcard-shots-") as tmp:
        # isolate the desk settings so a developer's saved layout never leaks in
        os.environ["RINGCARD_CONFIG_DIR"] = str(Path(tmp) / "config")
        os.environ["RINGCARD_DATA_DIR"] = str(Path(tmp) / "data")
        import app.services  # noqa: F401  (flush hooks)
        from app.db import Database
        from app.services.office import settings as office_settings
        from app.services.office import users

        db = Database(f"sqlite:///{Path(tmp) / 'shots.db'}")
        try:
            ctx = users.sample_context(db, user)
            users.current(ctx)
            with ctx.write() as s:
                office_settings.set_value(s, "home_region", "GB")
            for path in shots(ctx, args.outdir):
                print(path)
        finally:
            db.dispose()
    return 0

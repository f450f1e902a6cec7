"""The log: in the platform's log folder (RINGCARD_LOG_DIR in tests), rotated so it
never fills a disk, and written by a real start of the command."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import platformdirs

from app import log_files
from app.log_files import BACKUPS, LOG_NAME, MAX_BYTES, log_dir, log_path, rotating_handler

ROOT = Path(__file__).resolve().parents[2]


def test_the_log_is_in_the_platforms_log_folder(monkeypatch) -> None:
    monkeypatch.delenv("RINGCARD_LOG_DIR")
    assert log_dir() == Path(platformdirs.user_log_dir("Ringcard", "Ringcard"))
    assert log_path() == log_dir() / LOG_NAME
    monkeypatch.setenv("RINGCARD_LOG_DIR", "/somewhere/else")
    assert log_path() == Path("/somewhere/else/ringcard.log")


def test_five_files_of_two_megabytes_at_most() -> None:
    assert (MAX_BYTES, BACKUPS) == (2 * 1024 * 1024, 5)


def test_the_log_rotates_and_keeps_five_old_files(tmp_path: Path) -> None:
    path = tmp_path / "log" / "ringcard.log"
    handler = rotating_handler(path, max_bytes=4_000, backups=5)
    logger = logging.getLogger("test.rotation")
    logger.propagate = False
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    try:
        for n in range(1_000):  # about 100 kB: twenty times what five files keep
            logger.info("call %04d from +44 20 7946 0%03d rang twice", n, n % 1000)
    finally:
        logger.removeHandler(handler)
        handler.close()
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["ringcard.log", *(f"ringcard.log.{i}" for i in range(1, 6))]
    assert all(p.stat().st_size <= 4_000 for p in path.parent.iterdir())
    assert "call 0999" in path.read_text(encoding="utf-8")  # the newest is in the current file
    assert "call 0000" not in "".join(p.read_text(encoding="utf-8") for p in path.parent.iterdir())


def test_a_start_of_the_command_writes_the_log(tmp_path: Path) -> None:
    env = {**os.environ, "RINGCARD_LOG_DIR": str(tmp_path / "log"),
           "RINGCARD_DATA_DIR": str(tmp_path / "data"),
           "RINGCARD_CONFIG_DIR": str(tmp_path / "config")}
    proc = subprocess.run([sys.executable, "-m", "app", "--database-url",
                           "sqlite:///" + str(tmp_path / "x.db") + "?password=hunter2", "db",
                           "upgrade"],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    text = (tmp_path / "log" / "ringcard.log").read_text(encoding="utf-8")
    assert "Ringcard" in text and "started" in text
    assert "Running upgrade" in text  # the migrations' own lines land in the file
    assert "hunter2" not in text  # never the command line
    assert "INFO" not in proc.stderr  # stderr keeps to warnings


def test_an_unwritable_log_folder_is_no_reason_not_to_start(tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("RINGCARD_LOG_DIR", str(blocker / "log"))  # under a file: cannot be made
    root = logging.getLogger()
    saved, level = root.handlers[:], root.level
    root.handlers.clear()
    try:
        assert log_files.configure_logging() is None
    finally:
        for handler in root.handlers:
            handler.close()
        root.handlers[:] = saved
        root.setLevel(level)

"""`make run` (= `python -m app`) on a machine without a display says so in one
sentence and exits 2, instead of Qt's abort ("xcb-cursor0 is needed", a core
dump); `--smoke` still checks the install there, offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.views.display import has_display, no_display_sentence

ROOT = Path(__file__).resolve().parents[2]
SENTENCE = ("no display found: run it in a desktop session, or `ringcard --smoke` "
            "to check the install")


def _start(tmp_path: Path, *args: str, **env_extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(RINGCARD_DATA_DIR=str(tmp_path / "data"),
               RINGCARD_CONFIG_DIR=str(tmp_path / "config"), **env_extra)
    return subprocess.run([sys.executable, "-m", "app", *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)


def test_no_display_says_one_sentence_and_exits_2(tmp_path: Path) -> None:
    proc = _start(tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip() == SENTENCE
    assert proc.stdout == ""
    # said before anything else happens: no database made for a window that cannot open
    assert not (tmp_path / "data" / "ringcard.db").exists()


@pytest.mark.skipif(os.geteuid() != 0, reason="make run installs Debian packages: root only")
def test_make_run_itself_says_the_sentence_and_exits_2(tmp_path: Path) -> None:
    """The command a newcomer types: `make run` (its Debian packages and the venv are
    in place after `make test`, so it goes straight to the start)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(RINGCARD_DATA_DIR=str(tmp_path / "data"),
               RINGCARD_CONFIG_DIR=str(tmp_path / "config"))
    proc = subprocess.run(["make", "-s", "run"], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=600, check=False)
    assert proc.returncode == 2, proc.stderr[-3000:]
    assert SENTENCE in proc.stderr.splitlines(), proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr and "xcb" not in proc.stderr


def test_xcb_asked_for_without_a_display_is_refused_the_same_way(tmp_path: Path) -> None:
    proc = _start(tmp_path, "gui", QT_QPA_PLATFORM="xcb")
    assert proc.returncode == 2
    assert proc.stderr.strip() == SENTENCE
    assert "Traceback" not in proc.stderr and "xcb-cursor" not in proc.stderr


def test_smoke_checks_the_install_without_a_display(tmp_path: Path) -> None:
    proc = _start(tmp_path, "--smoke")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.strip().splitlines()[-1] == "smoke ok"
    assert SENTENCE not in proc.stderr


def test_the_sentence_is_translatable() -> None:
    assert no_display_sentence() == SENTENCE


@pytest.mark.parametrize(("env", "expected"), [
    ({}, False),
    ({"DISPLAY": ":0"}, True),
    ({"WAYLAND_DISPLAY": "wayland-0"}, True),
    ({"QT_QPA_PLATFORM": "offscreen"}, True),
    ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, True),
    ({"QT_QPA_PLATFORM": "xcb"}, False),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, False),
    ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":1"}, True),
])
def test_what_counts_as_a_display_on_linux(env: dict[str, str], expected: bool) -> None:
    assert has_display(dict(env), platform="linux") is expected


def test_windows_and_macos_always_have_one() -> None:
    assert has_display({}, platform="win32")
    assert has_display({}, platform="darwin")

"""The screen-fit tests (test_fits_any_screen.py) on a netbook's 1024x600 screen
and a laptop's 1366x768: each run is a pytest of its own whose offscreen
platform has that one screen (a QApplication's screens are fixed when it
starts, so one process cannot try several)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ROOT / "tests" / "screens"


@pytest.mark.parametrize("screen", ["1024x600", "1366x768"])
def test_window_and_dialogs_fit_a_small_screen(screen: str, tmp_path: Path) -> None:
    env = {**os.environ,
           "QT_QPA_PLATFORM": f"offscreen:configfile={SCREENS / f'screen_{screen}.json'}",
           "RINGCARD_TEST_SCREEN": screen}  # the first test there checks it got this screen
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
         "--basetemp", str(tmp_path / "run"), str(ROOT / "tests/gui/test_fits_any_screen.py")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False)
    report = result.stdout[-6000:] + result.stderr[-2000:]
    assert result.returncode == 0, f"on a {screen} screen:\n{report}"
    assert " passed" in result.stdout and "skipped" not in result.stdout, report

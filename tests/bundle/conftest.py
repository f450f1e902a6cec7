"""The PyInstaller bundle, built once per test session for every test under
tests/bundle/ (its own checks, and the .deb made from it): building takes minutes."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build_installer.spec"
BUILD_TIMEOUT = 15 * 60


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/ringcard built into a temporary folder (never the repository's build/
    and dist/); returns the folder."""
    out = tmp_path_factory.mktemp("bundle")
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm",
           "--distpath", str(out / "dist"), "--workpath", str(out / "build"), str(SPEC)]
    started = time.monotonic()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True,
                          timeout=BUILD_TIMEOUT, check=False)
    seconds = time.monotonic() - started
    assert proc.returncode == 0, f"PyInstaller failed ({seconds:.0f} s):\n{proc.stderr[-6000:]}"
    print(f"bundle built in {seconds:.0f} s")
    folder = out / "dist" / "ringcard"
    assert (folder / "ringcard").is_file()
    return folder

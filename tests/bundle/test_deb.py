"""The Debian package (`make deb`, packaging/build_deb.py) made from the session's
bundle: installed with `dpkg -i`, started as a user would start it (`ringcard`
on the PATH), and purged without a file left behind.

Installing needs root: CI (`.ci/run`) runs as root on a fresh Debian; elsewhere
the test skips and says why. It also skips on a machine where a real Ringcard
package is installed, which it would otherwise replace and remove.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
BUILD_DEB = ROOT / "packaging" / "build_deb.py"
RUN_TIMEOUT = 120
SENTENCE = ("no display found: run it in a desktop session, or `ringcard --smoke` "
            "to check the install")


def _installed(package: str = "ringcard") -> bool:
    proc = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package],
                          capture_output=True, text=True, check=False)
    return "installed" in proc.stdout and "not-installed" not in proc.stdout


def _runtime_packages() -> list[str]:
    lines = (ROOT / "packaging" / "debian" / "runtime-packages").read_text().splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@pytest.fixture(scope="module")
def deb(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb not found: the .deb is built and tested on Debian")
    out = tmp_path_factory.mktemp("deb")
    # zstd: seconds instead of xz's minutes in CI; what is installed is the same
    proc = subprocess.run([sys.executable, str(BUILD_DEB), "--bundle", str(bundle), "--out",
                           str(out), "--compression", "zstd"],
                          capture_output=True, text=True, timeout=600, check=False)
    assert proc.returncode == 0, proc.stderr
    debs = list(out.glob("ringcard_*.deb"))
    assert len(debs) == 1, proc.stdout
    print(proc.stdout.strip())
    return debs[0]


@pytest.fixture
def installed(deb: Path) -> Iterator[list[Path]]:
    """The package installed; yields the paths it installed (`dpkg -L`). Purged after."""
    if os.geteuid() != 0:
        reason = "installing a .deb needs root (CI runs as root): run `make test` as root"
        print(reason)
        pytest.skip(reason)
    if _installed():
        pytest.skip("a ringcard package is installed on this machine; the test would remove it")
    proc = subprocess.run(["dpkg", "-i", str(deb)], capture_output=True, text=True,
                          timeout=RUN_TIMEOUT, check=False)
    try:
        assert proc.returncode == 0, f"dpkg -i failed:\n{proc.stdout}\n{proc.stderr}"
        listed = subprocess.run(["dpkg", "-L", "ringcard"], capture_output=True, text=True,
                                check=True).stdout.split()
        yield [Path(p) for p in listed]
    finally:
        if _installed():
            subprocess.run(["dpkg", "-P", "ringcard"], capture_output=True, timeout=RUN_TIMEOUT,
                           check=False)


def _user_env(tmp_path: Path, *, offscreen: bool = True) -> dict[str, str]:
    """A user's start: no checkout, no venv, own data and config folders."""
    keep = ("PATH", "HOME", "LANG", "LC_ALL", "USER", "LOGNAME", "TMPDIR")
    env = {k: os.environ[k] for k in keep if k in os.environ}
    env.update(RINGCARD_DATA_DIR=str(tmp_path / "data"),
               RINGCARD_CONFIG_DIR=str(tmp_path / "config"),
               XDG_STATE_HOME=str(tmp_path / "state"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    env["PATH"] = "/usr/bin:/bin:" + env.get("PATH", "")
    if offscreen:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _ringcard(tmp_path: Path, *args: str, offscreen: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["ringcard", *args], cwd=tmp_path, env=_user_env(tmp_path,
                          offscreen=offscreen), capture_output=True, text=True,
                          timeout=RUN_TIMEOUT, check=False)


def test_control_file_names_the_qt_runtime(deb: Path) -> None:
    fields = subprocess.run(["dpkg-deb", "-f", str(deb), "Package", "Depends", "Architecture"],
                            capture_output=True, text=True, check=True).stdout
    depends = {d.strip() for d in fields.split("Depends:")[1].splitlines()[0].split(",")}
    assert set(_runtime_packages()) <= depends
    assert {"libegl1", "libgl1", "libxkbcommon0", "libfontconfig1", "libdbus-1-3",
            "libglib2.0-0", "fonts-dejavu-core", "libxcb-cursor0"} <= depends
    assert "Package: ringcard" in fields


def test_installed_started_and_purged_without_a_trace(installed: list[Path], tmp_path: Path) -> None:
    from app import __version__

    files = [p for p in installed if not p.is_dir()]
    assert Path("/opt/ringcard/ringcard").is_file()
    assert Path("/usr/bin/ringcard").resolve() == Path("/opt/ringcard/ringcard")
    desktop = Path("/usr/share/applications/ringcard.desktop")
    entry = desktop.read_text(encoding="utf-8")
    assert "Exec=ringcard" in entry and "Icon=ringcard" in entry and "Type=Application" in entry
    assert Path("/usr/share/icons/hicolor/scalable/apps/ringcard.svg").is_file()
    assert Path("/usr/share/icons/hicolor/256x256/apps/ringcard.png").is_file()

    version = _ringcard(tmp_path, "--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"ringcard {__version__}"
    smoke = _ringcard(tmp_path, "--smoke")
    assert smoke.returncode == 0, smoke.stderr[-4000:]
    assert "smoke ok" in smoke.stdout
    assert "Traceback" not in smoke.stderr, smoke.stderr[-4000:]
    assert (tmp_path / "data" / "ringcard.db").is_file()  # the user's own folder, not /opt
    # a desktop session is what it needs; without one it says so
    headless = _ringcard(tmp_path, offscreen=False)
    assert headless.returncode == 2 and headless.stderr.strip() == SENTENCE, headless.stderr

    purge = subprocess.run(["dpkg", "-P", "ringcard"], capture_output=True, text=True,
                           timeout=RUN_TIMEOUT, check=False)
    assert purge.returncode == 0, purge.stderr
    assert not _installed()
    assert not Path("/opt/ringcard").exists()  # nothing the runs wrote into it either
    left = [str(p) for p in files if p.exists() or p.is_symlink()]
    assert left == []

"""Build the Debian package from the PyInstaller bundle (`make deb`).

    python packaging/build_deb.py --bundle dist/ringcard --out dist

Layout of the package:

    /opt/ringcard/                       the one-folder bundle (ringcard + _internal/)
    /usr/bin/ringcard                    symlink to /opt/ringcard/ringcard
    /usr/share/applications/ringcard.desktop
    /usr/share/icons/hicolor/scalable/apps/ringcard.svg
    /usr/share/icons/hicolor/256x256/apps/ringcard.png
    /usr/share/doc/ringcard/copyright

Depends: the Qt run-time libraries the bundle links against from the system
(packaging/debian/runtime-packages, the list `make run` installs). No maintainer
scripts: the desktop and icon caches are refreshed by the dpkg triggers of
desktop-file-utils and the icon theme, and the bundle writes nothing into
/opt/ringcard at run time, so `dpkg -r` leaves nothing behind.

Plain Python with no third-party imports: it runs before and outside the app.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "ringcard"
INSTALL_DIR = Path("opt") / PACKAGE
RUNTIME_PACKAGES = ROOT / "packaging" / "debian" / "runtime-packages"
DESKTOP_ENTRY = ROOT / "packaging" / "debian" / "ringcard.desktop"
ICONS = ROOT / "resources" / "icons"
MAINTAINER = "Ringcard developers <ringcard@example.org>"
DESCRIPTION = """desktop CRM with caller recognition
 Contacts with a card, sales activities, To-Dos and tickets, and caller
 recognition from a SIP account or a serial caller-ID modem: the caller's
 card is on screen before the second ring and every call is logged.
 Works on one desk (SQLite) or an office's PostgreSQL server."""
COPYRIGHT = """Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Ringcard
Comment: The bundle in /opt/ringcard carries Python, Qt (PySide6, LGPLv3)
 and the other libraries Ringcard uses, each under its own licence.
"""


class BuildError(Exception):
    """Something the person building has to fix (said without a traceback)."""


def runtime_depends() -> list[str]:
    lines = RUNTIME_PACKAGES.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def app_version() -> str:
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if not match:
        raise BuildError("no __version__ in app/__init__.py")
    # PEP 440 pre-releases sort before the release in Debian only with "~"
    return re.sub(r"(\d)(a|b|rc|\.dev)(\d+)$", r"\1~\2\3", match.group(1))


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()


def installed_size_kib(folder: Path) -> int:
    total = sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir())
    return max(1, total // 1024)


def control_text(version: str, arch: str, size_kib: int) -> str:
    return (f"Package: {PACKAGE}\nVersion: {version}\nSection: misc\nPriority: optional\n"
            f"Architecture: {arch}\nMaintainer: {MAINTAINER}\nInstalled-Size: {size_kib}\n"
            f"Depends: {', '.join(runtime_depends())}\n"
            "Recommends: libwayland-client0, libwayland-cursor0, libwayland-egl1\n"
            "Homepage: https://example.org/ringcard\n"
            f"Description: {DESCRIPTION}\n")


def stage(bundle: Path, staging: Path, version: str, arch: str) -> None:
    """The package's file tree under ``staging`` (DEBIAN/ included)."""
    if not (bundle / PACKAGE).is_file() or not (bundle / "_internal").is_dir():
        raise BuildError(f"{bundle} is no PyInstaller bundle (run `make bundle` first)")
    shutil.copytree(bundle, staging / INSTALL_DIR, symlinks=True)
    usr_bin = staging / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    (usr_bin / PACKAGE).symlink_to(Path("/") / INSTALL_DIR / PACKAGE)
    share = staging / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copyfile(DESKTOP_ENTRY, share / "applications" / f"{PACKAGE}.desktop")
    for size, name in (("scalable", "ringcard.svg"), ("256x256", "ringcard.png")):
        target = share / "icons" / "hicolor" / size / "apps"
        target.mkdir(parents=True)
        shutil.copyfile(ICONS / name, target / name)
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT, encoding="utf-8")
    for path in staging.rglob("*"):  # dpkg-deb refuses group- or world-writable trees
        if not path.is_symlink():
            path.chmod(path.stat().st_mode & ~0o022)
    debian = staging / "DEBIAN"
    debian.mkdir()
    size = installed_size_kib(staging)
    (debian / "control").write_text(control_text(version, arch, size), encoding="utf-8")
    staging.chmod(0o755)


def build(bundle: Path, out: Path, compression: str = "xz") -> Path:
    """Returns the path of the built .deb."""
    if shutil.which("dpkg-deb") is None:
        raise BuildError("dpkg-deb not found: build the package on Debian or Ubuntu")
    version, arch = app_version(), architecture()
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{PACKAGE}_{version}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix="ringcard-deb-") as tmp:
        staging = Path(tmp) / "root"
        staging.mkdir()
        stage(bundle, staging, version, arch)
        proc = subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build",
                               str(staging), str(target)], capture_output=True, text=True,
                              check=False)
        if proc.returncode != 0:
            raise BuildError(f"dpkg-deb failed: {proc.stderr.strip()}")
    return target


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Build the ringcard .deb from the PyInstaller bundle")
    p.add_argument("--bundle", type=Path, default=ROOT / "dist" / PACKAGE)
    p.add_argument("--out", type=Path, default=ROOT / "dist")
    p.add_argument("--compression", choices=["xz", "zstd", "gzip"], default="xz")
    args = p.parse_args(argv)
    os.umask(0o022)
    try:
        target = build(args.bundle.resolve(), args.out.resolve(), args.compression)
    except BuildError as exc:
        print(f"build_deb: {exc}", file=sys.stderr)
        return 2
    print(f"{target} ({target.stat().st_size / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The main pages on three real screens: ``python -m tools.screenshots.screens OUTDIR``.

For each size (1024x600, 1366x768, 1920x1080) it starts an X server of that
size (Xvfb) with a window manager (openbox), opens Ringcard there as a desk
would on its first start (QT_QPA_PLATFORM=xcb: a real window with a title bar
and a frame), and saves the whole screen:

- ``main_contacts_WxH.png``: the contact list with a card open beside it,
- ``main_card_tabs_menu_WxH.png``: the card's Tabs menu, where the card is
  too narrow for its tab rows (and ``main_card_more_menu_WxH.png``, its More
  menu, where the toolbar does not fit),
- ``main_home_WxH.png`` and ``main_helpdesk_WxH.png``;

and what a new user sees (``tools.screenshots.first_start``), under a C locale
and in fresh config, data and log folders with no settings file:

- ``first_start_wizard_WxH.png``: the first start on an empty database, the
  first-run wizard over the window; ``first_start_empty_WxH.png``: after Skip,
  the empty contact list and the status bar's office-country notice,
- at 1024x600 every page of the wizard (``first_run_<page>_1024x600.png``) and
  Help > About and Keyboard shortcuts (``help_about_``, ``help_shortcuts_``),
- in German (Settings > Language): the contact list with a card and Home at
  1366x768 (``main_contacts_de_``, ``main_home_de_``), the wizard's first page
  at 1024x600 (``first_start_wizard_de_1024x600.png``).

A whole-screen picture shows what the window manager does with the window: a
window larger than the screen, or a button beyond its edge, is plain to see.
Both servers are stopped afterwards. Needs the Debian packages xvfb and
openbox (``make deps``).
"""

from __future__ import annotations

import argparse
import logging
import os
import select
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger(__name__)

SIZES = ((1024, 600), (1366, 768), (1920, 1080))
KINDS = ("main", "first", "de")
"""The main pages with demo data; the first start; the German window."""
PAGES_SIZE = (1024, 600)  # the wizard's pages and the Help dialogs: the smallest screen
GERMAN_MAIN_SIZE = (1366, 768)
START_TIMEOUT_S = 20
CHILD_TIMEOUT_S = 600


@contextmanager
def x_display(width: int, height: int) -> Iterator[str]:
    """An X server with one screen of ``width`` x ``height`` and openbox managing it;
    yields its DISPLAY and stops both afterwards."""
    missing = [tool for tool in ("Xvfb", "openbox") if shutil.which(tool) is None]
    if missing:
        raise SystemExit(f"screenshots on real screens need {' and '.join(missing)} "
                         "(Debian packages xvfb, openbox: make deps)")
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(  # -displayfd: it writes its display number once it listens
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{width}x{height}x24",
         "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    wm: subprocess.Popen[bytes] | None = None
    try:
        ready, _, _ = select.select([read_end], [], [], START_TIMEOUT_S)
        number = os.read(read_end, 16).decode().strip() if ready else ""
        if not number:
            raise SystemExit(f"Xvfb did not start within {START_TIMEOUT_S} s")
        display = f":{number}"
        wm = subprocess.Popen(["openbox", "--sm-disable"], env={**os.environ, "DISPLAY": display},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        yield display
    finally:
        os.close(read_end)
        for process in (wm, xvfb):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def jobs(sizes: tuple[tuple[int, int], ...], kinds: tuple[str, ...]) -> list[tuple[str, int, int]]:
    """The child processes to run: (kind, width, height); German once per kind of shot."""
    todo = [(kind, w, h) for w, h in sizes for kind in kinds if kind in ("main", "first")]
    if "de" in kinds:
        todo += [("main-de", *GERMAN_MAIN_SIZE), ("first-de", *PAGES_SIZE)]
    return todo


def render(outdir: Path, sizes: tuple[tuple[int, int], ...] = SIZES,
           kinds: tuple[str, ...] = KINDS) -> list[Path]:
    """Every shot, each kind and size in its own X server and its own Ringcard process
    (the language and the fresh folders are the process's)."""
    outdir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for kind, width, height in jobs(sizes, kinds):
        with x_display(width, height) as display:
            env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
                   "LANG": "C", "LC_ALL": "C"}  # a locale that names no country
            for name in ("WAYLAND_DISPLAY", "LANGUAGE", "RINGCARD_DATABASE_URL"):
                env.pop(name, None)
            result = subprocess.run(
                [sys.executable, "-m", "tools.screenshots.screens", str(outdir),
                 "--child", f"{width}x{height}", "--kind", kind],
                env=env, capture_output=True, text=True, timeout=CHILD_TIMEOUT_S, check=False)
            if result.returncode != 0:
                raise SystemExit(f"the {kind} shots at {width}x{height} failed:\n"
                                 f"{result.stderr[-4000:]}")
            paths += [Path(line) for line in result.stdout.splitlines() if line.endswith(".png")]
    return paths


def _child(outdir: Path, size: str, kind: str) -> list[Path]:
    from tools.screenshots import first_start, screen_pages

    width, height = (int(n) for n in size.split("x"))
    with tempfile.TemporaryDirectory(prefix="ringcard-screens-") as tmp:
        if kind in ("main", "main-de"):
            return screen_pages.shoot(outdir, width, height, Path(tmp),
                                      language="de" if kind == "main-de" else "")
        return first_start.shoot(outdir, width, height, Path(tmp),
                                 pages=(width, height) == PAGES_SIZE and kind == "first",
                                 language="de" if kind == "first-de" else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.screenshots.screens")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--sizes", default=",".join(f"{w}x{h}" for w, h in SIZES),
                        help="screen sizes, e.g. 1024x600,1366x768")
    parser.add_argument("--kinds", default=",".join(KINDS),
                        help="which shots: main (demo data), first (a first start), de (German)")
    parser.add_argument("--child", help=argparse.SUPPRESS)  # WxH: shoot on this display
    parser.add_argument("--kind", default="main", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.child:
        for path in _child(args.outdir, args.child, args.kind):
            print(path)
        return 0
    sizes = tuple(tuple(int(n) for n in size.split("x")) for size in args.sizes.split(","))
    kinds = tuple(args.kinds.split(","))
    unknown = sorted(set(kinds) - set(KINDS))
    if unknown:
        parser.error(f"unknown kind of shots: {', '.join(unknown)} (known: {', '.join(KINDS)})")
    for path in render(args.outdir, sizes, kinds):  # type: ignore[arg-type]
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

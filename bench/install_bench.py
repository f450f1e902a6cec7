"""`make bench` (install and start): the .deb's size and the bundle's start.

- builds the PyInstaller bundle (or takes ``--bundle``) and the .deb from it
  as `make deb` does (xz), and says the sizes (also with zstd, as the CI test
  builds it);
- start time: a fresh `ringcard --smoke` process until "smoke ok" (the list
  has painted its first rows), the bundle's binary against `python -m app`
  from the venv, alternating in the same run, on the same small database
  (200 demo contacts); medians of ``--runs``;
- the venv's cold start on the 1M-contact database (bench/gui_bench.py's
  measure) when that database exists.

    python -m bench.install_bench [--runs N] [--bundle dist/ringcard]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIG_DB = ROOT / "bench" / "ringcard-1m.db"


def build_bundle(out: Path) -> tuple[Path, float]:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath",
                    str(out / "dist"), "--workpath", str(out / "build"),
                    str(ROOT / "build_installer.spec")], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return out / "dist" / "ringcard", time.perf_counter() - started


def build_deb(bundle: Path, out: Path, compression: str) -> tuple[Path, float]:
    started = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build_deb.py"), "--bundle",
                    str(bundle), "--out", str(out / compression), "--compression", compression],
                   check=True, stdout=subprocess.DEVNULL)
    deb = next((out / compression).glob("ringcard_*.deb"))
    return deb, time.perf_counter() - started


def folder_mib(folder: Path) -> float:
    return sum(p.lstat().st_size for p in folder.rglob("*")
               if p.is_file() and not p.is_symlink()) / 2**20


def smoke_ms(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    proc = subprocess.Popen([*command, "--smoke"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=env, text=True, cwd=tempfile.gettempdir())
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = (time.perf_counter() - started) * 1000
    proc.wait(60)
    if "smoke ok" not in line:
        raise SystemExit(f"{command[0]} --smoke failed: {line!r}")
    return elapsed


def start_times(bundle: Path, runs: int, work: Path) -> tuple[list[float], list[float]]:
    db = work / "small.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith("RINGCARD_")}
    env.update(QT_QPA_PLATFORM="offscreen", RINGCARD_DATABASE_URL=f"sqlite:///{db}",
               RINGCARD_DATA_DIR=str(work / "data"), RINGCARD_CONFIG_DIR=str(work / "config"),
               RINGCARD_LOG_DIR=str(work / "log"))
    subprocess.run([sys.executable, "-m", "app", "demo-data", "--contacts", "200", "--quiet"],
                   env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    venv_cmd, bundle_cmd = [sys.executable, "-m", "app"], [str(bundle / "ringcard")]
    smoke_ms(venv_cmd, env)  # warm the disk cache for both
    smoke_ms(bundle_cmd, env)
    venv, frozen = [], []
    for _ in range(runs):
        venv.append(smoke_ms(venv_cmd, env))
        frozen.append(smoke_ms(bundle_cmd, env))
    return venv, frozen


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--bundle", type=Path, help="an existing bundle folder (default: build one)")
    ap.add_argument("--no-xz", action="store_true", help="skip the slow xz .deb (zstd only)")
    args = ap.parse_args()
    # start as `make run` does, writing .pyc files: without them every start compiles
    # the app's changed modules again (0.36 s of a 1M-contact start, seen in a profile)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    if shutil.which("dpkg-deb") is None:
        sys.exit("dpkg-deb not found: the .deb is built on Debian")
    with tempfile.TemporaryDirectory(prefix="ringcard-install-bench-") as tmp:
        work = Path(tmp)
        if args.bundle:
            bundle, build_s = args.bundle.resolve(), float("nan")
        else:
            bundle, build_s = build_bundle(work)
        print(f"{'bundle (dist/ringcard)':<38} {folder_mib(bundle):8.1f} MiB   built in {build_s:.0f} s")
        for compression in ("zstd",) if args.no_xz else ("xz", "zstd"):
            deb, seconds = build_deb(bundle, work, compression)
            print(f"{'.deb, ' + compression:<38} {deb.stat().st_size / 2**20:8.1f} MiB   "
                  f"built in {seconds:.1f} s")
        venv, frozen = start_times(bundle, args.runs, work)
        print(f"{'start, venv: python -m app --smoke':<38} p50 {statistics.median(venv):6.0f} ms"
              f"   min {min(venv):6.0f}   max {max(venv):6.0f}   (n={len(venv)}, 200 contacts)")
        print(f"{'start, bundle: ringcard --smoke':<38} p50 {statistics.median(frozen):6.0f} ms"
              f"   min {min(frozen):6.0f}   max {max(frozen):6.0f}   (n={len(frozen)}, same run)")
    if BIG_DB.exists():
        from bench.gui_bench import cold_start

        starts = cold_start(BIG_DB, 5)
        p50 = statistics.median(starts)
        print(f"{'cold start, venv, 1M contacts':<38} p50 {p50:6.0f} ms   max {max(starts):6.0f} ms"
              f"   (n=5)\ntarget {'cold start p50 <= 1.2 s':<40} {'met' if p50 <= 1200 else 'MISSED'}")


if __name__ == "__main__":
    main()

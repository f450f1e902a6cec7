"""The PyInstaller bundle (build_installer.spec) builds and runs.

The one-folder bundle is built once per session (tests/bundle/conftest.py,
shared with the .deb test), then the bundled `ringcard` binary runs: --version,
db upgrade on SQLite and PostgreSQL, demo-data and --smoke.
"""

from __future__ import annotations

import json
import os
import subprocess
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
RUN_TIMEOUT = 120


def _head_revision() -> str:
    from alembic.script import ScriptDirectory

    from app.db import MIGRATIONS_DIR

    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    assert head
    return head


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RINGCARD_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        RINGCARD_DATA_DIR=str(tmp_path / "data"),
        RINGCARD_CONFIG_DIR=str(tmp_path / "config"),
        RINGCARD_LOG_DIR=str(tmp_path / "log"),
    )
    # the bundle must not lean on the checkout or the venv
    for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
        env.pop(name, None)
    return env


def _run(bundle: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # run from a neutral folder so nothing is found relative to the checkout
    proc = subprocess.run([str(bundle / "ringcard"), *args], cwd=tmp_path, env=_env(tmp_path),
                          capture_output=True, text=True, timeout=RUN_TIMEOUT, check=False)
    assert proc.returncode == 0, (
        f"ringcard {' '.join(args)} exited {proc.returncode}\n"
        f"stdout:\n{proc.stdout[-3000:]}\nstderr:\n{proc.stderr[-6000:]}"
    )
    return proc


def test_layout(bundle: Path) -> None:
    internal = bundle / "_internal"
    migrations = internal / "app" / "migrations"
    assert (migrations / "env.py").is_file()
    assert (migrations / "script.py.mako").is_file()
    shipped = sorted(p.name for p in (migrations / "versions").glob("*.py"))
    source = sorted(p.name for p in (ROOT / "app" / "migrations" / "versions").glob("*.py"))
    assert shipped == source

    for name in (p.name for p in (ROOT / "resources").rglob("*") if p.is_file()):
        assert list((internal / "resources").rglob(name)), f"resource {name} not bundled"

    plugins = internal / "PySide6" / "Qt" / "plugins" / "platforms"
    assert (plugins / "libqoffscreen.so").is_file()
    assert (plugins / "libqxcb.so").is_file()

    qt_libs = {p.name.split(".")[0] for p in (internal / "PySide6" / "Qt" / "lib").iterdir()}
    for unwanted in ("libQt6WebEngineCore", "libQt6Quick", "libQt6Qml", "libQt63DCore",
                     "libQt6Pdf", "libQt6Multimedia"):
        assert unwanted not in qt_libs, f"{unwanted} should not be bundled"
    assert not (internal / "tests").exists()


def test_version(bundle: Path, tmp_path: Path) -> None:
    from app import __version__

    proc = _run(bundle, tmp_path, "--version")
    assert proc.stdout.strip() == f"ringcard {__version__}"


def test_db_upgrade_sqlite(bundle: Path, tmp_path: Path) -> None:
    head = _head_revision()
    proc = _run(bundle, tmp_path, "db", "upgrade")
    assert proc.stdout.strip() == f"schema revision: {head}"
    assert (tmp_path / "data" / "ringcard.db").is_file()
    # idempotent, and `db current` agrees
    assert _run(bundle, tmp_path, "db", "upgrade").stdout.strip() == f"schema revision: {head}"
    assert _run(bundle, tmp_path, "db", "current").stdout.strip() == f"schema revision: {head}"


def test_db_upgrade_postgresql(bundle: Path, tmp_path: Path, pg_base_url: str) -> None:
    """psycopg (binary) is bundled and the migrations run on PostgreSQL too."""
    from sqlalchemy import create_engine, text

    name = f"bundle_{uuid.uuid4().hex[:12]}"
    admin = create_engine(f"{pg_base_url}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    try:
        # the plain postgresql:// form a user would type; the app picks psycopg
        url = f"{pg_base_url}/{name}".replace("postgresql+psycopg://", "postgresql://")
        proc = _run(bundle, tmp_path, "--database-url", url, "db", "upgrade")
        assert proc.stdout.strip() == f"schema revision: {_head_revision()}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


def test_demo_data(bundle: Path, tmp_path: Path) -> None:
    """Services + phonenumbers' lazily loaded region metadata work in the bundle."""
    proc = _run(bundle, tmp_path, "demo-data", "--contacts", "20", "--quiet")
    assert "\ncreated " in "\n" + proc.stdout, proc.stdout


def test_a_big_import_parses_in_a_second_process_of_the_bundle(bundle: Path, tmp_path: Path) -> None:
    """A file past import_parallel's threshold is parsed by a spawned process: in a
    frozen build that is the bundle's own binary, which must hand over to the worker
    (multiprocessing.freeze_support in the launcher) instead of starting the CLI."""
    import csv

    from app.services.importing.parallel import PARALLEL_FROM_BYTES

    path = tmp_path / "leads.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["First name", "Last name", "Company", "E-mail", "Mobile phone", "Notes"])
        for i in range(20_000):
            out.writerow([f"Lead{i}", "Parry", f"Parry Haulage {i % 500} Ltd",
                          f"lead{i}@parry.example", f"+44 7{i:09d}", "met at the trade fair" * 2])
    assert path.stat().st_size > PARALLEL_FROM_BYTES
    db = f"sqlite:///{tmp_path / 'import.db'}"
    proc = _run(bundle, tmp_path, "--database-url", db, "import", str(path), "--as", "lead",
                "--quiet")
    assert "Imported 20,000 rows: created 20,000" in proc.stdout, proc.stdout
    assert "Traceback" not in proc.stderr, proc.stderr


def test_smoke(bundle: Path, tmp_path: Path) -> None:
    proc = _run(bundle, tmp_path, "--smoke")
    assert "smoke ok" in proc.stdout
    assert "unreadable" not in proc.stderr, proc.stderr  # the style sheet was found
    assert "Traceback" not in proc.stderr, proc.stderr


def test_the_bundle_starts_in_german_with_both_catalogues(bundle: Path, tmp_path: Path) -> None:
    """Settings > Language = Deutsch: the bundle finds its own catalogue and Qt's
    (qtbase_de.qm, for the standard buttons) inside itself; the start's log says so."""
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text(json.dumps({"schema_version": 1, "language": "de",
                                                       "first_run_done": True}))
    proc = _run(bundle, tmp_path, "--smoke")
    assert "smoke ok" in proc.stdout
    logged = "".join(p.read_text() for p in (tmp_path / "log").glob("*.log*"))
    assert "language de" in logged, logged[-2000:]
    assert "ringcard_de.qm" in logged and "qtbase_de.qm" in logged, logged[-2000:]
    assert "not found or unreadable" not in logged + proc.stderr


def test_sip_listener_in_the_bundle_hears_a_real_caller(bundle: Path, tmp_path: Path) -> None:
    """pjsua2's bindings are loaded dynamically: without their hidden imports
    the bundle starts but `calls listen` dies. A sipp caller proves the whole
    path (bindings, the journal, routing, the JSON lines announced and written)."""
    import json
    import shutil as sh

    from tests.telephony.sip.conftest import Sipp, free_port

    if sh.which("sipp") is None:
        pytest.skip("sipp (sip-tester) is not installed")
    port = free_port()
    listen = subprocess.Popen(
        [str(bundle / "ringcard"), "--database-url", f"sqlite:///{tmp_path / 'b.db'}", "calls",
         "listen", "--sip-listen", f"127.0.0.1:{port}", "--json", "--seconds", "20"],
        cwd=tmp_path, env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True)
    sipp = Sipp(tmp_path)
    try:
        # the listener needs a moment to bind; sipp retransmits its INVITE meanwhile
        proc = sipp.start("uac_ring.xml", target_port=port, hold_ms=500,
                          keys={"from": '"BUNDLE TEST" <sip:+442079460123@127.0.0.1>'})
        sipp.finish(proc)
        assert listen.stdout is not None
        lines = []
        for line in listen.stdout:  # each event announced at once, then written
            lines.append(json.loads(line))
            if lines[-1]["event"] == "ended" and lines[-1]["stage"] == "written":
                break
    finally:
        listen.terminate()
        _out, err = listen.communicate(timeout=20)
        sipp.kill_all()
    events = [e for e in lines if e["stage"] == "written"]
    assert [e["event"] for e in events] == ["ring", "identified", "ended"], err[-3000:]
    assert events[1]["normalized"] == "+442079460123" and events[1]["where"] == "buffer"
    announced = [e["event"] for e in lines if e["stage"] == "announced"]
    assert announced == ["ring", "identified", "ended"], err[-3000:]
    assert "Traceback" not in err, err[-3000:]

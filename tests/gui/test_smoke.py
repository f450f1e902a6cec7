"""`ringcard --smoke` is the bundle's health check: it must open the window,
wait for the list to paint, say so and exit 0, on an empty and a filled database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.services.context import AppContext


def _smoke(tmp_path: Path, url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "RINGCARD_DATA_DIR": str(tmp_path / "data"),
           "RINGCARD_CONFIG_DIR": str(tmp_path / "config")}
    return subprocess.run([sys.executable, "-m", "app", "--database-url", url, *extra, "--smoke"],
                          env=env, capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])


def test_smoke_on_a_new_database(tmp_path: Path) -> None:
    proc = _smoke(tmp_path, f"sqlite:///{tmp_path / 'new.db'}")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "smoke ok"
    assert not (tmp_path / "config" / "settings.json").exists()  # the check leaves no trace


def test_smoke_with_customers(tmp_path: Path, named_ctx: AppContext) -> None:
    proc = _smoke(tmp_path, named_ctx.db.url, "--user", named_ctx.user)  # a user of its office
    assert proc.returncode == 0, proc.stderr
    assert "smoke ok" in proc.stdout


def test_run_gui_smoke_in_process(qtbot, named_ctx: AppContext,
                                  monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    from app.views.app import run_gui

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its hook
    assert run_gui(named_ctx, smoke=True) == 0
    assert capsys.readouterr().out.strip() == "smoke ok"

"""One Ringcard per user and database: a second start hands over to the first
(which brings its window forward) and exits 0; a socket left by a killed
Ringcard is probed, found dead and replaced; a live one is never removed."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from app.views import single_instance
from app.views.single_instance import claim, server_name, socket_file

ROOT = Path(__file__).resolve().parents[2]
START_MS = 90_000


class Desk:
    """Real `python -m app` processes of one user on one database (offscreen)."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp = tmp_path
        self.url = f"sqlite:///{tmp_path / 'office.db'}"
        self.runtime = tmp_path / "run"
        self.runtime.mkdir(mode=0o700)
        self.log = tmp_path / "log" / "ringcard.log"
        self.env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                    "XDG_RUNTIME_DIR": str(self.runtime),
                    "RINGCARD_DATA_DIR": str(tmp_path / "data"),
                    "RINGCARD_CONFIG_DIR": str(tmp_path / "config"),
                    "RINGCARD_LOG_DIR": str(tmp_path / "log")}
        self.processes: list[subprocess.Popen[bytes]] = []

    def start(self) -> subprocess.Popen[bytes]:
        out = (self.tmp / f"out{len(self.processes)}.txt").open("wb")
        proc = subprocess.Popen([sys.executable, "-m", "app", "--database-url", self.url],
                                env=self.env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
        self.processes.append(proc)
        return proc

    def run(self) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "app", "--database-url", self.url],
                              env=self.env, cwd=ROOT, capture_output=True, text=True,
                              timeout=START_MS / 1000, check=False)

    def logged(self, proc: subprocess.Popen[bytes], text: str) -> int:
        """How often ``proc`` wrote ``text`` to the shared log file."""
        if not self.log.exists():
            return 0
        return sum(1 for line in self.log.read_text(encoding="utf-8").splitlines()
                   if f" {proc.pid} " in line and text in line)

    def socket(self) -> Path:
        """The socket the processes use (in their runtime folder)."""
        return self.runtime / socket_file(server_name(self.url)).name

    def stop_all(self) -> None:
        for proc in self.processes:
            if proc.poll() is None:
                proc.kill()
            proc.wait(timeout=30)


@pytest.fixture
def desk(tmp_path: Path):  # type: ignore[no-untyped-def]
    desk = Desk(tmp_path)
    yield desk
    desk.stop_all()


def test_second_start_hands_over_and_a_killed_ones_socket_is_replaced(qtbot, desk: Desk) -> None:
    first = desk.start()
    qtbot.waitUntil(lambda: desk.logged(first, "listening on") == 1, timeout=START_MS)
    assert desk.socket().exists()  # in the user's own runtime folder

    second = desk.run()
    assert second.returncode == 0, second.stderr[-3000:]
    assert "already running" in second.stdout
    assert "Traceback" not in second.stderr
    qtbot.waitUntil(lambda: desk.logged(first, "brought forward") == 1, timeout=10_000)
    assert first.poll() is None  # the first window stays

    os.kill(first.pid, signal.SIGKILL)  # a crash: the socket file stays behind
    first.wait(timeout=30)
    assert desk.socket().exists()

    third = desk.start()
    qtbot.waitUntil(lambda: desk.logged(third, "listening on") == 1, timeout=START_MS)
    assert desk.logged(third, "removed the stale socket") == 1
    fourth = desk.run()  # the new one answers: it really listens there
    assert fourth.returncode == 0 and "already running" in fourth.stdout, fourth.stderr[-3000:]
    qtbot.waitUntil(lambda: desk.logged(third, "brought forward") == 1, timeout=10_000)

    third.terminate()
    third.wait(timeout=60)


def test_names_differ_by_user_and_database(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    a = server_name("sqlite:///a.db", "rep")
    assert a == server_name("sqlite:///a.db", "rep")
    assert a != server_name("sqlite:///b.db", "rep")
    assert a != server_name("sqlite:///a.db", "manager")
    secret = server_name("postgresql+psycopg://rep:hunter2@db/office", "rep")
    assert "hunter2" not in secret and "office" not in secret


@pytest.fixture
def runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    return folder


def test_a_dead_socket_file_is_probed_then_replaced(qtbot, runtime: Path) -> None:
    name = server_name("sqlite:///dead.db")
    dead = socket.socket(socket.AF_UNIX)
    dead.bind(name)  # what a killed process leaves: the file, nobody listening
    dead.close()
    assert Path(name).exists()
    instance = claim(name)
    assert instance is not None and instance.server.isListening()
    instance.close()


def test_a_live_socket_that_does_not_answer_is_never_removed(qtbot, runtime: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(single_instance, "ANSWER_MS", 300)
    name = server_name("sqlite:///busy.db")
    busy = socket.socket(socket.AF_UNIX)
    busy.bind(name)
    busy.listen(1)  # a Ringcard too busy to answer: connections are taken, not answered
    try:
        assert claim(name) is None  # it is running: this start hands over
        assert Path(name).exists()
        peer, _ = busy.accept()
        assert peer.recv(16) == b"show\n"  # it was asked for its window
        peer.close()
    finally:
        busy.close()

"""Fixtures for SIP tests against a real sipp peer and the real pjsua2 listener."""

from __future__ import annotations

import queue
import shutil
import socket
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.telephony.callerid import CallEvent, EventKind, EventSink
from app.telephony.sip import SipConfig, SipSource

HERE = Path(__file__).parent
SIPP = shutil.which("sipp")


def free_port() -> int:
    """A UDP and TCP port free right now on 127.0.0.1."""
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
            udp.bind(("127.0.0.1", 0))
            port = udp.getsockname()[1]
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as tcp:
                try:
                    tcp.bind(("127.0.0.1", port))
                except OSError:
                    continue
            return port


@dataclass
class Events:
    """What the source reported, waited on with timeouts (never sleeps)."""

    q: queue.Queue[CallEvent] = field(default_factory=queue.Queue)
    seen: list[CallEvent] = field(default_factory=list)

    def __call__(self, event: CallEvent) -> None:
        self.q.put(event)

    def wait(self, kind: EventKind, call_key: str | None = None, timeout: float = 10.0,
             direction: str = "in") -> CallEvent:
        for event in self.seen:
            if event.kind is kind and event.direction == direction and (
                    call_key is None or event.call_key == call_key):
                self.seen.remove(event)
                return event
        while True:
            try:
                event = self.q.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(f"no {kind} event for {call_key or 'any call'} "
                                     f"within {timeout} s; pending: {self.seen}") from None
            if event.kind is kind and event.direction == direction and (
                    call_key is None or event.call_key == call_key):
                return event
            self.seen.append(event)


class Sipp:
    """One sipp process; always killed at teardown."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.procs: list[subprocess.Popen[str]] = []

    def start(self, scenario: str, *, target_port: int | None, calls: int = 1,
              limit: int | None = None, hold_ms: int = 300, keys: dict[str, str] | None = None,
              local_port: int | None = None, extra: tuple[str, ...] = ()) -> subprocess.Popen[str]:
        port = local_port or free_port()
        cmd = [SIPP or "sipp"]
        if target_port is not None:
            cmd.append(f"127.0.0.1:{target_port}")
        cmd += ["-sf", str(HERE / scenario), "-i", "127.0.0.1", "-p", str(port),
                "-m", str(calls), "-l", str(limit or calls), "-r", "50", "-d", str(hold_ms),
                "-nostdin", "-timeout", "20s", "-timeout_error", "-mp", str(free_port()),
                "-trace_err", "-error_file", str(self.workdir / f"sipp-{port}-errors.log"),
                "-trace_msg", "-message_file", str(self.workdir / f"sipp-{port}-messages.log")]
        defaults = {"from": "<sip:caller@127.0.0.1>", "extra1": "X-Pad: 1", "extra2": "X-Pad: 2",
                    "reason": "X-Pad: 3"}
        for key, value in {**defaults, **(keys or {})}.items():
            cmd += ["-key", key, value]
        cmd += list(extra)
        proc = subprocess.Popen(cmd, cwd=self.workdir, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True)
        proc.port = port  # type: ignore[attr-defined]
        self.procs.append(proc)
        return proc

    def finish(self, proc: subprocess.Popen[str], timeout: float = 25.0) -> str:
        """Wait for sipp; fail with its error log unless every call succeeded."""
        try:
            out, _ = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()
        errors = self.workdir / f"sipp-{proc.port}-errors.log"  # type: ignore[attr-defined]
        if proc.returncode != 0:
            err = errors.read_text(errors="replace")[-3000:] if errors.exists() else ""
            raise AssertionError(f"sipp exited {proc.returncode}\n{out[-2000:]}\n{err}")
        return self.messages(proc)

    def messages(self, proc: subprocess.Popen[str]) -> str:
        path = self.workdir / f"sipp-{proc.port}-messages.log"  # type: ignore[attr-defined]
        return path.read_text(errors="replace") if path.exists() else ""

    def kill_all(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait(5)


@pytest.fixture
def sipp(tmp_path: Path) -> Iterator[Sipp]:
    if SIPP is None:
        pytest.skip("sipp (Debian sip-tester) is not installed")
    runner = Sipp(tmp_path)
    yield runner
    runner.kill_all()


@pytest.fixture
def events() -> Events:
    return Events()


@pytest.fixture
def make_source(events: Events) -> Iterator:
    """Start SipSources on free ports; all are stopped at teardown."""
    sources: list[SipSource] = []

    def make(sink: EventSink | None = None, **overrides: object) -> SipSource:
        config = SipConfig(**{"mode": "listen", "host": "127.0.0.1", "port": free_port(),
                              **overrides})
        source = SipSource(config, sink or events)
        source.start()
        sources.append(source)
        return source

    yield make
    for source in sources:
        source.stop()
        assert not source.running, "the SIP worker must stop promptly"

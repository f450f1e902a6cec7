"""A real pty pair (socat) with a fake modem on one end.

The fake modem answers AT commands the way a Hayes modem with echo on does
(the command echoed, then OK or ERROR) and lets a test write RINGs, caller-ID
blocks and garbage to the line; ModemSource opens the other end with pyserial.
"""

from __future__ import annotations

import os
import queue
import select
import shutil
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.telephony.callerid import CallEvent, EventKind
from app.telephony.modem import ModemSource
from app.telephony.modem_profiles import ModemProfile

SOCAT = shutil.which("socat")
GAP = 0.3  # the ring gap of the fast test profile


class SocatPair:
    """``socat pty,link=<tmp>/modem pty,link=<tmp>/ringcard``, restartable on the same names."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.modem_end = str(folder / "modem")
        self.app_end = str(folder / "ringcard")
        self._proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 5.0) -> None:
        assert SOCAT is not None
        for link in (self.modem_end, self.app_end):
            if os.path.lexists(link):
                os.unlink(link)
        log = open(self.folder / "socat.log", "ab")  # noqa: SIM115 - handed to the child
        self._proc = subprocess.Popen(
            [SOCAT, "-d", "-d", f"pty,raw,echo=0,link={self.modem_end}",
             f"pty,raw,echo=0,link={self.app_end}"],
            stdout=subprocess.DEVNULL, stderr=log)
        log.close()
        deadline = time.monotonic() + timeout
        while not (os.path.exists(self.modem_end) and os.path.exists(self.app_end)):
            if self._proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("socat did not create the pty pair: "
                                   + (self.folder / "socat.log").read_text(errors="replace"))
            time.sleep(0.01)

    def stop(self) -> None:
        """SIGTERM, so socat removes its links: the port has really gone."""
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(5)
        self._proc = None


class FakeModem:
    """Answers AT commands on the modem end; ``send`` writes to the line."""

    def __init__(self, path: str, *, errors: frozenset[str] = frozenset(), echo: bool = True) -> None:
        self.path = path
        self.errors = errors
        self.echo = echo
        self.commands: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self._fd = os.open(path, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="fake modem", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        pending = b""
        while not self._stop.is_set():
            try:
                ready, _, _ = select.select([self._fd], [], [], 0.02)
                if not ready:
                    continue
                data = os.read(self._fd, 1024)
            except OSError:
                return  # socat went away
            if not data:
                continue
            pending += data
            while b"\r" in pending:
                raw, pending = pending.split(b"\r", 1)
                command = raw.strip().decode("ascii", "replace")
                if not command:
                    continue
                self.seen.append(command)
                self.commands.put(command)
                answer = "ERROR" if command in self.errors else "OK"
                self.send(((command + "\r") if self.echo else "") + f"\r\n{answer}\r\n")

    def send(self, data: bytes | str) -> None:
        if isinstance(data, str):
            data = data.encode("utf-8")
        with self._lock:
            view = memoryview(data)
            while view:
                try:
                    view = view[os.write(self._fd, view):]
                except BlockingIOError:
                    time.sleep(0.001)

    def expect_commands(self, *expected: str, timeout: float = 5.0) -> list[str]:
        """The next commands received, in order; fails on anything else."""
        got: list[str] = []
        for want in expected:
            try:
                command = self.commands.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(f"modem got {got}, still waiting for {want!r}") from None
            got.append(command)
            assert command == want, f"modem got {got}, expected {list(expected)}"
        return got

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        try:
            os.close(self._fd)
        except OSError:
            pass


class EventLog:
    """The sink: collects CallEvents; tests wait on it instead of sleeping.
    ``delay`` makes each call take that long, as a journal's fsync'd append does."""

    def __init__(self, delay: float = 0.0) -> None:
        self.queue: queue.Queue[CallEvent] = queue.Queue()
        self.all: list[CallEvent] = []
        self.delay = delay

    def __call__(self, event: CallEvent) -> None:
        if self.delay:
            time.sleep(self.delay)
        self.all.append(event)
        self.queue.put(event)

    def calls(self) -> dict[str, list[CallEvent]]:
        """Events so far, by call key, in order."""
        out: dict[str, list[CallEvent]] = {}
        for event in self.all:
            out.setdefault(event.call_key, []).append(event)
        return out

    def next(self, kind: EventKind | None = None, timeout: float = 5.0) -> CallEvent:
        """The next event (of ``kind``: others in between are a failure)."""
        try:
            event = self.queue.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no {kind or 'event'} within {timeout} s; got {self.all}") from None
        if kind is not None:
            assert event.kind == kind, f"expected {kind}, got {event}"
        return event

    def assert_quiet(self, seconds: float) -> None:
        """Nothing more is reported for ``seconds`` (used only to prove absence)."""
        try:
            event = self.queue.get(timeout=seconds)
        except queue.Empty:
            return
        raise AssertionError(f"unexpected event {event}")


class StatusLog:
    def __init__(self) -> None:
        self.queue: queue.Queue[str] = queue.Queue()
        self.all: list[str] = []

    def __call__(self, status: str) -> None:
        self.all.append(status)
        self.queue.put(status)

    def wait_for(self, prefix: str, timeout: float = 10.0) -> str:
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                status = self.queue.get(timeout=left)
            except queue.Empty:
                break
            if status.startswith(prefix):
                return status
        raise AssertionError(f"status never became {prefix!r}: {self.all}")


@pytest.fixture
def pty_pair(tmp_path: Path) -> Iterator[SocatPair]:
    pair = SocatPair(tmp_path)
    pair.start()
    yield pair
    pair.stop()


def fast_profile(**overrides: object) -> ModemProfile:
    settings: dict[str, object] = dict(ring_gap_s=GAP, idle_flush_s=0.1, response_timeout_s=1.0,
                                       read_timeout_s=0.02, dial_hangup_after_s=0.2)
    settings.update(overrides)
    return ModemProfile.from_dict(settings)


Harness = tuple[ModemSource, FakeModem, EventLog, StatusLog]


@pytest.fixture
def start_source(pty_pair: SocatPair) -> Iterator[Callable[..., Harness]]:
    """Start a fake modem and a ModemSource on the pair; both torn down after."""
    made: list[tuple[ModemSource, FakeModem]] = []

    def start(errors: frozenset[str] = frozenset(), sink_delay: float = 0.0,
              **profile: object) -> Harness:
        modem = FakeModem(pty_pair.modem_end, errors=errors)
        events, statuses = EventLog(sink_delay), StatusLog()
        source = ModemSource(pty_pair.app_end, fast_profile(**profile), events, on_status=statuses)
        made.append((source, modem))
        source.start()
        return source, modem, events, statuses

    yield start
    for source, modem in made:
        source.stop()
        modem.close()


def ready(start_source: Callable[..., Harness], **kw: object) -> Harness:
    """A started source whose modem has been initialised."""
    source, modem, events, statuses = start_source(**kw)
    modem.expect_commands("ATZ", "AT+VCID=1")
    statuses.wait_for("ready")
    return source, modem, events, statuses

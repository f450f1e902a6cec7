"""The inbound journal: an event is on disk before anyone hears of it.

A source's event (a ringing call today; a message, an SMS, a fax later) is
appended here and fsynced before it is announced, so a process killed at any
moment (kill -9, a power cut after the fsync) loses no event it had shown.
The one database writer marks each entry done once its record is committed;
the next start of the app or of ``ringcard calls listen`` replays what was
never marked.

Each running process writes its own file in the journal folder and holds an
exclusive ``flock`` on it for as long as it runs. A file whose lock can be
taken belongs to a process that is gone: its pending events are adopted by
the next process to start (copied into that process's own journal, then the
old file is removed) together with the calls it saw ring but never end, which
are closed as "outcome unknown".

The file is JSON lines::

    {"t": "h", "v": 1, "pid": 4711}                a header
    {"t": "e", "s": 7, "e": {...}}                 event 7 (fsynced before it is announced)
    {"t": "d", "s": 7}                             event 7 is in the database
    {"t": "o", "e": {...}}                         a call still open (kept by compaction)
    {"t": "c", "k": "..."}                          a call adopted from a dead journal: over

A "done" mark is not synced: lost, the event is written again, and the writer
is idempotent by call key. A torn last line (a crash inside ``write``) was
never announced and is ignored. The file is rewritten (atomically) without
its finished entries once it has grown, so it stays small.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from app.inbound_event import CallEvent, EventKind, Outcome, event_from_dict, event_to_dict

log = logging.getLogger(__name__)

VERSION = 1
COMPACT_BYTES = 256 * 1024  # rewrite the file past this size once nothing is pending
COMPACT_HARD_BYTES = 8 * 1024 * 1024  # ... and past this one even with entries pending
SUFFIX = ".jsonl"
UNKNOWN_NOTE = "Ringcard stopped while this call rang; its outcome is unknown"


class JournalError(OSError):
    """The journal cannot be written (disk full, read-only folder, ...)."""


@dataclass
class _State:
    """What a journal file says: its pending events and its open calls."""

    pending: dict[int, CallEvent] = field(default_factory=dict)  # insertion order = arrival
    open_calls: dict[str, CallEvent] = field(default_factory=dict)  # key -> first event
    last_seq: int = 0
    bad_lines: int = 0

    def saw(self, seq: int, event: CallEvent) -> None:
        self.pending[seq] = event
        self.last_seq = max(self.last_seq, seq)
        self.track(event)

    def track(self, event: CallEvent) -> None:
        if event.kind == EventKind.ENDED:
            self.open_calls.pop(event.call_key, None)
        else:
            self.open_calls.setdefault(event.call_key, event)


def _parse(data: bytes) -> _State:
    state = _State()
    lines = data.split(b"\n")
    torn = lines.pop()  # "" after a final newline; else a record cut by a crash
    if torn:
        log.info("journal: ignoring a torn last record (%d bytes)", len(torn))
    for line in lines:
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            kind = rec["t"]
            if kind == "e":
                state.saw(int(rec["s"]), event_from_dict(rec["e"]))
            elif kind == "d":
                state.pending.pop(int(rec["s"]), None)
            elif kind == "o":
                state.track(event_from_dict(rec["e"]))
            elif kind == "c":
                state.open_calls.pop(str(rec["k"]), None)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            state.bad_lines += 1
            log.warning("journal: skipping a record it cannot read (%s): %.120r", exc, line)
    return state


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _line(record: dict[str, object]) -> bytes:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


class Journal:
    """This process's journal file (thread-safe: sources append, the writer marks)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._fd = self._create(path)
        self._state = _State()
        self._size = os.fstat(self._fd).st_size
        self._seq = 0
        self._mutations = 0  # appends and marks: a compaction swaps in only if unchanged

    @staticmethod
    def _create(path: Path) -> int:
        """Made and locked under a name no other process looks at, then renamed: a
        starting process never finds it unlocked and takes it for a dead one's."""
        new = path.with_name(path.name + ".new")
        fd = os.open(new, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_TRUNC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            os.write(fd, _line({"t": "h", "v": VERSION, "pid": os.getpid()}))
            os.fsync(fd)
            os.replace(new, path)
            _fsync_dir(path.parent)
        except OSError:
            os.close(fd)
            new.unlink(missing_ok=True)
            raise
        return fd

    # -- what the pipeline calls ----------------------------------------------------

    def append(self, event: CallEvent) -> int:
        """Write ``event`` durably; returns its sequence number. Raises JournalError."""
        return self.append_many([event])[0]

    def append_many(self, events: Iterable[CallEvent], *, closing: Iterable[str] = (),
                    syncing: Callable[[], None] | None = None) -> list[int]:
        """Several events with one fsync; ``closing``: call keys that are over;
        ``syncing`` is called once they are written, as the fsync begins."""
        events, closing = list(events), list(closing)
        with self._lock:
            seqs, chunks = [], []
            for event in events:
                self._seq += 1
                seqs.append(self._seq)
                chunks.append(_line({"t": "e", "s": self._seq, "e": event_to_dict(event)}))
            chunks += [_line({"t": "c", "k": key}) for key in closing]
            data = b"".join(chunks)
            size_before = self._size
            try:
                self._write(data)
                if syncing is not None:
                    syncing()
                os.fdatasync(self._fd)
            except OSError as exc:
                self._cut_back(size_before)  # no fragment to glue the next record onto
                raise JournalError(exc.errno, f"the call journal {self.path} cannot be "
                                              f"written: {exc.strerror or exc}") from exc
            for seq, event in zip(seqs, events, strict=True):
                self._state.saw(seq, event)
            for key in closing:
                self._state.open_calls.pop(key, None)
            self._mutations += 1
            return seqs

    def adopt(self, events: list[CallEvent]) -> list[int]:
        """A dead journal's replay (``Orphan.replay``): its events, and the word that
        each of its calls is over (its end may have been written, and marked done,
        before the events still pending here), with one fsync."""
        closing = list(dict.fromkeys(e.call_key for e in events))
        return self.append_many(events, closing=closing)

    def done(self, seq: int) -> None:
        """Event ``seq`` is in the database (not synced: see the module docstring)."""
        with self._lock:
            if self._state.pending.pop(seq, None) is None:
                return
            try:
                self._write(_line({"t": "d", "s": seq}))
            except OSError as exc:  # the event is written again at the next start: harmless
                log.warning("journal: cannot mark event %d done: %s", seq, exc)
                return
            self._mutations += 1
            compact = ((self._size > COMPACT_BYTES and not self._state.pending)
                       or self._size > COMPACT_HARD_BYTES)
        if compact:
            self._compact()

    @property
    def pending(self) -> list[tuple[int, CallEvent]]:
        with self._lock:
            return list(self._state.pending.items())

    @property
    def size(self) -> int:
        return self._size

    def close(self) -> None:
        with self._lock:
            if self._fd >= 0:
                os.close(self._fd)  # releases the lock; the file stays for the next start
                self._fd = -1

    def discard(self) -> None:
        """Close and remove the file (nothing in it is needed any more)."""
        with self._lock:
            if self._state.pending or self._state.open_calls:
                raise RuntimeError("the journal still holds unwritten events or open calls")
            if self._fd >= 0:
                self.path.unlink(missing_ok=True)
                os.close(self._fd)
                self._fd = -1

    # -- inside the lock ------------------------------------------------------------

    def _cut_back(self, size: int) -> None:
        try:
            os.ftruncate(self._fd, size)
            self._size = size
        except OSError as exc:
            log.error("journal: cannot remove a half-written record: %s", exc)

    def _write(self, data: bytes) -> None:
        if self._fd < 0:
            raise OSError(9, "the journal is closed")
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]
            self._size += written

    def _compact(self) -> None:
        """Rewrite the file with only what is still needed, atomically, without
        holding up appends: the new file is written and synced outside the lock,
        and swapped in only if nothing was appended or marked meanwhile (else the
        next ``done`` tries again). Called from the writer's thread, lock not held."""
        with self._lock:
            version = self._mutations
            pending_keys = {e.call_key for e in self._state.pending.values()}
            records = [{"t": "h", "v": VERSION, "pid": os.getpid()}]
            records += [{"t": "o", "e": event_to_dict(e)}
                        for k, e in self._state.open_calls.items() if k not in pending_keys]
            records += [{"t": "e", "s": s, "e": event_to_dict(e)}
                        for s, e in self._state.pending.items()]
        data = b"".join(_line(r) for r in records)
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_APPEND, 0o600)
        except OSError as exc:
            log.warning("journal: compaction failed, the file keeps growing: %s", exc)
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            os.write(fd, data)
            os.fsync(fd)
            with self._lock:
                if self._mutations != version or self._fd < 0:
                    raise _Busy
                os.replace(tmp, self.path)
                old, self._fd, self._size = self._fd, fd, len(data)
            os.close(old)
        except (OSError, _Busy) as exc:
            os.close(fd)
            tmp.unlink(missing_ok=True)
            if isinstance(exc, OSError):
                log.warning("journal: compaction failed, the file keeps growing: %s", exc)
            return
        try:  # a rename lost in a crash leaves the old file: a superset, harmless
            _fsync_dir(self.path.parent)
        except OSError as exc:
            log.warning("journal: cannot sync its folder after compaction: %s", exc)


class _Busy(Exception):
    """Events came in while the compacted copy was written: keep the old file."""


@dataclass
class Orphan:
    """The journal of a process that is gone: what it never wrote, what it left open."""

    path: Path
    pending: list[CallEvent]
    open_calls: list[CallEvent]  # the first event of each call that rang and never ended
    bad_lines: int
    _fd: int = -1

    def replay(self) -> list[CallEvent]:
        """Its pending events in order, then an "unknown" end for every call left open."""
        ends = [CallEvent(EventKind.ENDED, e.call_key, e.source, e.line, at=datetime.now(UTC),
                          outcome=Outcome.UNKNOWN, direction=e.direction, raw=UNKNOWN_NOTE)
                for e in self.open_calls]
        return self.pending + ends

    def remove(self) -> None:
        """Its events are in the adopting journal: delete the file, then unlock."""
        self.path.unlink(missing_ok=True)
        _fsync_dir(self.path.parent)
        self.release()

    def release(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:  # removed meanwhile: the open below skips it
        return 0.0


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 1 << 20):
        chunks.append(chunk)
    return b"".join(chunks)


def journal_folder(base: Path, database_url: str) -> Path:
    """One folder per database (a desk may switch between a test and a real one)."""
    import hashlib

    safe = database_url.split("@")[-1]  # never the password into a path
    digest = hashlib.sha1(safe.encode()).hexdigest()[:12]
    return base / "journal" / digest


def open_live(folder: Path) -> Journal:
    """A new journal file of this process in ``folder`` (created if need be)."""
    folder.mkdir(parents=True, exist_ok=True)
    name = f"inbound-{os.getpid()}-{time.time_ns()}{SUFFIX}"
    return Journal(folder / name)


def orphans(folder: Path, *, own: Path | None = None) -> list[Orphan]:
    """The journals in ``folder`` no living process holds, oldest first, each
    locked by us until it is removed or released."""
    found: list[Orphan] = []
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob(f"*{SUFFIX}"), key=_mtime):
        if own is not None and path == own:
            continue
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            held, now = os.fstat(fd), os.stat(path)
        except OSError:
            os.close(fd)  # a living process's journal (or gone meanwhile)
            continue
        if held.st_ino != now.st_ino or held.st_nlink == 0:
            os.close(fd)  # compacted meanwhile: the path is a living journal's new file
            continue
        try:
            state = _parse(_read_all(fd))
        except OSError as exc:
            log.warning("journal: cannot read %s: %s", path, exc)
            os.close(fd)
            continue
        found.append(Orphan(path, list(state.pending.values()), list(state.open_calls.values()),
                            state.bad_lines, fd))
    return found


def read(path: Path) -> tuple[list[CallEvent], list[CallEvent]]:
    """(pending, open calls) of a journal file, for diagnosis and tests."""
    state = _parse(path.read_bytes())
    return list(state.pending.values()), list(state.open_calls.values())

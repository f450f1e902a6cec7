"""The inbound pipeline: nothing a database does can hold up a ringing line.

    source thread --submit--> journal (fsync) --> recogniser thread: a read-only look-up,
                                                   "announced" (the pop-up), then hands
                                                   the event on to
                                              --> writer thread: the record, in order,
                                                   once; then "written"

- ``submit`` is all a source calls: an append to this process's journal and a
  queue put. It never touches the database, so SIP answers 180 at once and the
  modem reader keeps reading whatever the database is doing.
- The recogniser looks the caller up on a read connection (SQLite's WAL readers
  are not blocked by a writer; PostgreSQL's reads never wait on writes) and
  announces where the call will go, so the pop-up does not wait for the write.
  Only then does the writer get the event: were both busy with it at once, the
  writer's Python would hold the interpreter lock the announcement waits for
  (up to its 5 ms switch interval). A look-up that hangs gives up after 0.3 s.
- The one writer writes each event when the database answers, in arrival order,
  retrying while it is away or locked; each event once (idempotent by call key);
  then marks the journal entry done. A record the database refuses for its
  content is cleaned, else cut to a minimal call, and the queue moves on.
- ``start`` adopts the journals of processes that died (kill -9, a crash, a
  power cut): their unwritten events are written first and the calls they saw
  ring but never end are closed as "outcome unknown".
"""

from __future__ import annotations

import json
import logging
import os
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import cast

from sqlalchemy.orm import Session

from app.i18n import translate
from app.inbound_event import CallerId, CallEvent, Channel, EventKind, Withheld, event_to_dict
from app.services import changes
from app.services.calls import log_writes as call_log
from app.services.context import AppContext
from app.services.inbound import journal as journals
from app.services.inbound import matching
from app.services.inbound.router import (
    CallRouter,
    DatabaseAway,
    RoutedCall,
    clean_event,
    is_away,
    minimal_event,
    tell,
)
from app.services.inbound.status import PipelineStatus
from app.services.office import settings as office_settings

log = logging.getLogger(__name__)

RETRY_MIN_S = 0.2
RETRY_MAX_S = 5.0
LOOKUP_WAIT_S = 0.3  # an announcement waits this long for its look-up, then goes without
SLOW_WRITE_S = 3.0  # a write taking longer than this: the database is said to be away
DURABLE_WAIT_S = 10.0  # a journal thread that never answers must not stop the path
SYNC_HEAD_START_S = 0.005  # the journal's write goes first, the look-up during its fsync
STALE_RINGING = timedelta(hours=1)  # no call rings this long: its process died
_STOP = object()


class InboundPipeline:
    """See the module docstring. ``on_routed`` and ``on_status`` are called from
    the pipeline's own threads and must not block."""

    def __init__(self, ctx: AppContext, *, on_routed: Callable[[RoutedCall], None] | None = None,
                 on_status: Callable[[PipelineStatus], None] | None = None,
                 journal_dir: Path | None = None) -> None:
        from app.config import data_dir

        self._ctx = ctx
        self._on_status = on_status
        self._folder = journal_dir or journals.journal_folder(data_dir(), ctx.db.url)
        self._on_routed = on_routed
        self.router = CallRouter(ctx)
        self._journal: journals.Journal | None = None
        self._journal_problem = ""
        self._away = ""
        self._count_lock = threading.Lock()
        self._waiting_calls: dict[str, int] = {}  # call key -> its events not yet written
        self._write_q: queue.Queue[object] = queue.Queue()
        self._look_q: queue.Queue[object] = queue.Queue()
        self._journal_q: queue.Queue[object] = queue.Queue()
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._recogniser = _Recogniser(ctx)
        self._last_status: PipelineStatus | None = None
        self._status_lock = threading.Lock()
        self._attempt_since: float | None = None  # a write in progress since (monotonic)

    # -- lifecycle ------------------------------------------------------------------

    def start(self) -> int:
        """Open this process's journal, adopt the dead ones, start the threads.
        Returns how many adopted events will be written first."""
        try:
            self._journal = journals.open_live(self._folder)
        except OSError as exc:
            self._journal_failed(exc)
        replay = self._adopt()
        self._threads = [
            threading.Thread(target=self._journal_loop, name="inbound-journal", daemon=True),
            threading.Thread(target=self._look_loop, name="inbound-recogniser", daemon=True),
            threading.Thread(target=self._write_loop, name="inbound-writer", daemon=True)]
        # not joined at stop: it ends within a second of ``_stopping``
        threading.Thread(target=self._watch, name="inbound-watch", daemon=True).start()
        for thread in self._threads:
            thread.start()
        self._write_q.put(self._reconcile_stale)
        for seq, event in replay:
            self._queue_write(seq, event, replayed=True)
        if replay:
            log.info("writing %d call event(s) a stopped Ringcard left in its journal", len(replay))
        return len(replay)

    def stop(self, timeout: float = 5.0) -> int:
        """Let the writer finish what it can within ``timeout``; returns how many
        calls are still unwritten (they wait in the journal for the next start)."""
        self._look_q.put(_STOP)  # the recogniser hands it on to the writer
        self._journal_q.put(_STOP)
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        self._stopping.set()  # a writer still retrying gives up now
        for thread in self._threads:  # and one between two writes stops there
            thread.join(1.0)
        self._recogniser.close()
        left = self.waiting
        if self._journal is None and left:
            log.error("%d call(s) not written and, with no journal, lost", left)
        if self._journal is not None:
            if left:
                log.warning("%d call(s) not written yet; they wait in %s for the next "
                            "start", left, self._journal.path)
                self._journal.close()
            else:
                try:
                    self._journal.discard()
                except RuntimeError:  # calls still open: the next start closes them
                    self._journal.close()
        self._threads = []
        return left

    # -- what sources call ------------------------------------------------------------

    def submit(self, event: CallEvent) -> None:
        """An event from a source (any thread): two queue puts, so a source never
        waits on the database nor on the disk; never raises.

        The journal thread appends it (fsyncing whatever came in meanwhile with it,
        one fsync for a burst) while the recogniser looks the caller up; the
        recogniser announces once both are done: the event is on disk before anyone
        hears of it, and the ring costs the longer of the two, not their sum."""
        ticket = _Ticket()
        self._count(event)
        self._look_q.put((ticket, event))
        if self._journal is not None:
            self._journal_q.put((ticket, event))
        else:
            if self._journal_problem == "":
                self._journal_failed(OSError("no journal"))
            ticket.syncing.set()
            ticket.durable.set()

    # -- what the UI asks ---------------------------------------------------------------

    @property
    def waiting(self) -> int:
        """Calls with events not yet in the database."""
        return len(self._waiting_calls)

    @property
    def journal_path(self) -> Path | None:
        return self._journal.path if self._journal is not None else None

    @property
    def folder(self) -> Path:
        return self._folder

    def status(self) -> PipelineStatus:
        path = str(self._journal.path) if self._journal is not None else str(self._folder)
        away = self._away
        since = self._attempt_since
        if not away and since is not None and time.monotonic() - since > SLOW_WRITE_S:
            away = translate("CallPipeline", "no answer for {seconds:.0f} s").format(
                seconds=time.monotonic() - since)
        return PipelineStatus(self.waiting, away, self._journal_problem, path)

    # -- internals ----------------------------------------------------------------------

    def _adopt(self) -> list[tuple[int | None, CallEvent]]:
        own = self._journal.path if self._journal is not None else None
        replay: list[tuple[int | None, CallEvent]] = []
        for orphan in journals.orphans(self._folder, own=own):
            events = orphan.replay()
            if not events:
                _remove(orphan)
                continue
            if self._journal is None:  # cannot adopt durably: write them, keep the file
                replay += [(None, e) for e in events]
                orphan.release()
                continue
            try:
                seqs = self._journal.adopt(events)
            except OSError as exc:
                self._journal_failed(exc)
                replay += [(None, e) for e in events]
                orphan.release()
                continue
            _remove(orphan)
            replay += list(zip(seqs, events, strict=True))
        return replay

    def _queue_write(self, seq: int | None, event: CallEvent, *, replayed: bool = False) -> None:
        self._count(event)
        self._write_q.put((seq, event, replayed))

    def _count(self, event: CallEvent) -> None:
        with self._count_lock:
            self._waiting_calls[event.call_key] = self._waiting_calls.get(event.call_key, 0) + 1

    def _journal_failed(self, exc: OSError) -> None:
        text = translate("CallPipeline", "the call journal cannot be written ({reason}); calls still "
                         "show and are written to the database while it answers, but a crash now "
                         "would lose them").format(reason=exc)
        if text != self._journal_problem:
            log.error("the call journal cannot be written (%s); calls go to the database only", exc)
            self._journal_problem = text
            self._tell_status()

    def _watch(self) -> None:
        """A writer stuck inside a call to a hung database cannot say so itself."""
        while not self._stopping.wait(1.0):
            self._tell_status()

    def _tell_status(self) -> None:
        status = self.status()
        with self._status_lock:
            if status == self._last_status:
                return
            self._last_status = status
        if self._on_status is not None:
            try:
                self._on_status(status)
            except Exception:
                log.exception("pipeline status listener failed")

    # -- the journal thread -----------------------------------------------------------

    def _journal_loop(self) -> None:
        while True:
            batch = [self._journal_q.get()]
            while True:  # whatever came in meanwhile goes with it: one fsync
                try:
                    batch.append(self._journal_q.get_nowait())
                except queue.Empty:
                    break
            stop = _STOP in batch
            items = [cast(_Handed, b) for b in batch if b is not _STOP]
            tickets = [t for t, _ in items]
            if items and self._journal is not None:
                try:
                    seqs = self._journal.append_many([e for _, e in items],
                                                     syncing=partial(_all_set, tickets))
                except OSError as exc:
                    self._journal_failed(exc)
                except Exception as exc:  # never leave the recogniser waiting
                    log.exception("journal: could not append")
                    self._journal_failed(OSError(str(exc)))
                else:
                    for ticket, seq in zip(tickets, seqs, strict=True):
                        ticket.seq = seq
            for ticket in tickets:
                ticket.syncing.set()
                ticket.durable.set()
            if stop:
                return

    # -- the recogniser thread --------------------------------------------------------

    def _look_loop(self) -> None:
        self._recogniser.prepare()  # here, not on the thread that made the pipeline (GUI)
        while True:
            item = self._look_q.get()
            if item is _STOP:
                self._write_q.put(_STOP)  # after every event handed on before it
                return
            ticket, event = cast(_Handed, item)
            # the journal thread first writes the event (it needs the interpreter for
            # that), then syncs it (without the interpreter): the look-up runs then
            ticket.syncing.wait(SYNC_HEAD_START_S)
            routed: RoutedCall | None
            try:
                routed = self._recogniser.announce(event)
            except Exception:
                log.exception("could not announce call event %s", event.call_key)
                routed = None
            if not ticket.durable.wait(DURABLE_WAIT_S):  # on disk before anyone hears of it
                log.error("call event %s: no word from the journal in %.0f s; announced "
                          "without it", event.call_key, DURABLE_WAIT_S)
            if routed is not None:
                tell(self._on_routed, routed)
            self._write_q.put((ticket.seq, event, False))

    # -- the writer thread ------------------------------------------------------------

    def _write_loop(self) -> None:
        while True:
            item = self._write_q.get()
            if item is _STOP or self._stopping.is_set():  # stop(): the rest waits in the journal
                return
            if callable(item):
                self._retrying(item)
                continue
            seq, event, replayed = cast(tuple[int | None, CallEvent, bool], item)
            routed = self._retrying(partial(self._write, event))
            if routed is None:  # stopping while the database is away
                return
            with self._count_lock:
                left = self._waiting_calls.pop(event.call_key, 1) - 1
                if left:
                    self._waiting_calls[event.call_key] = left
            if seq is not None and self._journal is not None:
                self._journal.done(seq)
            if self._away and not self._waiting_calls:
                self._away = ""
            self._tell_status()
            assert isinstance(routed, RoutedCall)
            tell(self._on_routed, replace(routed, stage="replayed") if replayed else routed)

    def _retrying(self, fn: Callable[[], object]) -> object | None:
        """``fn`` until the database answers (None if stopped while it is away)."""
        delay = RETRY_MIN_S
        while True:
            self._attempt_since = time.monotonic()
            try:
                result = fn()
            except DatabaseAway as exc:
                if self._away != str(exc):
                    log.warning("database not answering, %d call(s) wait: %s",
                                self.waiting, exc)
                self._away = str(exc) or translate("CallPipeline", "database not answering")
                self._tell_status()
                if self._stopping.wait(delay):
                    return None
                delay = min(delay * 2, RETRY_MAX_S)
                continue
            finally:
                self._attempt_since = None
            if self._away:
                log.info("database answers again")
                self._away = ""
                self._tell_status()
            return result

    def _write(self, event: CallEvent) -> RoutedCall:
        try:
            return self.router.write(clean_event(event))
        except DatabaseAway:
            raise
        except Exception as exc:  # a record it refuses, or a bug: never hold up the next one
            log.exception("call event %s %s refused; writing what is left of it",
                          event.kind, event.call_key)
            self._keep_refused(event, exc)
            self.router.forget(event.call_key)
        try:
            return self.router.write(minimal_event(event))
        except DatabaseAway:
            raise
        except Exception:
            log.exception("call event %s %s could not be written at all; it is kept in %s",
                          event.kind, event.call_key, self._folder / "refused.jsonl")
            self.router.forget(event.call_key)
            return RoutedCall(str(event.kind), event.call_key, event.source, event.line,
                              event.at, event.direction, "", None, "", "", "error")

    def _keep_refused(self, event: CallEvent, exc: BaseException) -> None:
        """The raw event, for diagnosis: the record holds only what was left."""
        record = {"at": datetime.now(UTC).isoformat(), "error": f"{exc.__class__.__name__}: {exc}"[:2000],
                  "e": event_to_dict(event)}
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
            with open(self._folder / "refused.jsonl", "a", encoding="utf-8") as f:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
                f.flush()
                os.fsync(f.fileno())
        except OSError as err:
            log.error("cannot keep the refused call event: %s", err)

    def _reconcile_stale(self) -> None:
        """Calls left "ringing" by a process that died before it had a journal (or
        whose journal was lost): ended, outcome unknown, said so."""
        engine = self._ctx.db.engine.execution_options(ringcard_write=True)
        try:
            with engine.begin() as conn:
                n = call_log.reconcile_stale(conn, datetime.now(UTC) - STALE_RINGING,
                                             self._ctx.user, journals.UNKNOWN_NOTE)
        except Exception as exc:
            if is_away(exc):
                raise DatabaseAway(str(exc)) from exc
            log.exception("could not close stale ringing calls")
            return
        if n:
            log.warning("closed %d call(s) left ringing by a stopped Ringcard: outcome unknown", n)
            changes.announce(changes.Kind.ACTIVITY, None, None)


class _Recogniser:
    """Who is calling, from a read connection, for the announcement (its thread only)."""

    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self._calls: dict[str, RoutedCall] = {}
        self._office: tuple[float, str, int] | None = None
        # A server (PostgreSQL) can leave a read hanging, with no answer and no
        # error: there look-ups run on a thread of their own, so a hung server
        # delays an announcement by LOOKUP_WAIT_S at most. SQLite's WAL readers
        # never wait on a writer or another process: there the look-up runs
        # inline, without the hand-over to another thread (~0.2-0.4 ms a ring).
        # ``prepare`` asks on the recogniser's thread (the GUI thread, which makes us, must not)
        self._inline: bool | None = None
        self._pool: _DaemonWorker | None = None
        self._stuck: Future[RoutedCall] | None = None

    def prepare(self) -> None:
        """How look-ups run (inline, or on a thread of their own), asked of the database."""
        if self._inline is None:
            self._inline = _wal_readers(self._ctx)
            self._pool = None if self._inline else _DaemonWorker("inbound-lookup")

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()

    def announce(self, event: CallEvent) -> RoutedCall:
        known = self._calls.get(event.call_key)
        if known is None or (event.caller is not None and known.where == "pending"):
            known = self._identify(event, known)
        routed = replace(known, event=str(event.kind), stage="announced",
                         outcome=str(event.outcome) if event.outcome else None,
                         duration_s=event.duration_s)
        if event.kind == EventKind.ENDED:
            self._calls.pop(event.call_key, None)
        else:
            self._calls[event.call_key] = routed
        return routed

    def _identify(self, event: CallEvent, known: RoutedCall | None) -> RoutedCall:
        caller = event.caller
        base = known or RoutedCall(str(event.kind), event.call_key, event.source, event.line,
                                   event.at, event.direction, "", None, "", "", "pending",
                                   stage="announced")
        if caller is None:
            return base
        withheld = caller.withheld != Withheld.NO or not (caller.number.strip()
                                                          or caller.address.strip())
        base = replace(base, number=caller.number, name=caller.name,
                       withheld=str(caller.withheld if caller.withheld != Withheld.NO else
                                     (Withheld.UNAVAILABLE if withheld else Withheld.NO)))
        if withheld:
            return replace(base, where="withheld")
        if self._inline is None:
            self.prepare()
        if self._inline:
            try:
                return self._look_up(base, caller, event.channel)
            except Exception as exc:  # the database away: the writer will place it later
                log.info("look-up for call %s unavailable: %s", event.call_key, exc)
                return replace(base, where="pending")
        if self._stuck is not None and not self._stuck.done():
            return replace(base, where="pending")  # the last look-up still hangs
        assert self._pool is not None
        future = self._pool.submit(self._look_up, base, caller, event.channel)
        try:
            return future.result(timeout=LOOKUP_WAIT_S)
        except FutureTimeout:
            log.warning("look-up for call %s: no answer in %.1f s; announced without it",
                        event.call_key, LOOKUP_WAIT_S)
            self._stuck = future
        except Exception as exc:  # the database away: the writer will place it later
            log.info("look-up for call %s unavailable: %s", event.call_key, exc)
        return replace(base, where="pending")

    def _look_up(self, base: RoutedCall, caller: CallerId, channel: Channel) -> RoutedCall:
        matcher = matching.rules(channel).matcher
        with self._ctx.db.engine.connect() as conn:
            region, digits = self._settings(conn)
            match = matcher.match(conn, caller, region=region, match_digits=digits)
        ids = match.contact_ids
        where = "activity" if len(ids) == 1 else ("ambiguous" if ids else "buffer")
        return replace(base, where=where, contact_ids=ids, normalized=match.normalized,
                       display=match.display)

    def _settings(self, conn) -> tuple[str, int]:  # type: ignore[no-untyped-def]
        now = time.monotonic()
        if self._office is None or now - self._office[0] > 5.0:
            with Session(bind=conn) as s:
                self._office = (now, office_settings.home_region(s),
                                int(office_settings.get(s, "match_digits")))
        return self._office[1], self._office[2]


def _remove(orphan: journals.Orphan) -> None:
    """An adopted journal goes; one that cannot (a read-only folder) is said and
    left: its events are in ours, and writing them twice adds nothing."""
    try:
        orphan.remove()
    except OSError as exc:
        log.warning("journal: cannot remove %s after adopting it: %s", orphan.path, exc)
        orphan.release()


def _all_set(tickets: list[_Ticket]) -> None:
    for ticket in tickets:
        ticket.syncing.set()


_Handed = tuple["_Ticket", CallEvent]  # an event and its journal ticket, between threads


class _Ticket:
    """An event's journal entry, filled in by the submitting thread."""

    __slots__ = ("durable", "seq", "syncing")

    def __init__(self) -> None:
        self.seq: int | None = None
        self.syncing = threading.Event()  # written, the fsync under way (or no journal)
        self.durable = threading.Event()


def _wal_readers(ctx: AppContext) -> bool:
    """A SQLite database in WAL mode (readers never wait); not a server, nor a
    SQLite file whose folder refused WAL (a network share)."""
    if ctx.db.engine.dialect.name != "sqlite":
        return False
    try:
        with ctx.db.engine.connect() as conn:
            return str(conn.exec_driver_sql("PRAGMA journal_mode").scalar()).lower() == "wal"
    except Exception:  # cannot tell now: take the careful way
        return False


class _DaemonWorker:
    """One daemon thread running what it is given (a hung call never blocks exit,
    as a ThreadPoolExecutor's worker would)."""

    def __init__(self, name: str) -> None:
        self._q: queue.Queue[tuple[Future, Callable[..., object], tuple] | None] = queue.Queue()
        threading.Thread(target=self._run, name=name, daemon=True).start()

    def submit(self, fn: Callable[..., object], *args: object) -> Future:  # type: ignore[type-arg]
        future: Future = Future()  # type: ignore[type-arg]
        self._q.put((future, fn, args))
        return future

    def close(self) -> None:
        self._q.put(None)

    def _run(self) -> None:
        while True:
            item = self._q.get()
            if item is None:
                return
            future, fn, args = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn(*args))
            except BaseException as exc:  # handed to the waiting caller
                future.set_exception(exc)

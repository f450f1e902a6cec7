"""Run slow work (service calls) off the GUI thread and hand the result back.

One helper for every view: ``TaskRunner.run(key, fn, on_done)``. The worker
only calls ``fn``; the result crosses back to the GUI thread by a queued
signal, where ``on_done`` runs. Failures go to ``on_error`` or, by default, to
``show_exception``. Each ``run`` gets a token; a newer task under the same key
makes older ones stale and their results are dropped (an old search that
finishes after a newer one never overwrites it). Writes run one at a time on
their own single-thread pool, so two user actions never race for the lock.
"""

from __future__ import annotations

import atexit
import itertools
import logging
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

from app.views.errors import show_exception

log = logging.getLogger(__name__)

_tokens = itertools.count(1)
# every runner, so none can leave a pool thread running Python while the
# interpreter finalizes (that is a crash, not an exception)
_LIVE: weakref.WeakSet[TaskRunner] = weakref.WeakSet()


def shutdown_all(timeout_ms: int = 10_000) -> None:
    """Wait for the jobs of every live runner (at exit; tests call it too)."""
    for runner in list(_LIVE):
        try:
            runner.shutdown(timeout_ms)
        except RuntimeError:  # its Qt object is already gone, and its pools with it
            pass


atexit.register(shutdown_all)


@dataclass
class _Pending:
    key: str
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None] | None


class _Job(QRunnable):
    """Calls ``fn`` in a pool thread and reports through the runner's signal."""

    def __init__(self, runner: TaskRunner, token: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._runner = runner
        self._token = token
        self._fn: Callable[[], Any] | None = fn

    def run(self) -> None:
        fn, self._fn = self._fn, None  # free captured values once done
        assert fn is not None, "a job runs once"
        try:
            result = fn()
        except BaseException as exc:  # noqa: BLE001  (handed to the GUI thread)
            self._report(None, exc)
        else:
            self._report(result, None)

    def _report(self, result: Any, exc: BaseException | None) -> None:
        try:
            self._runner._finished.emit(self._token, result, exc)
        except RuntimeError:
            # the window that owned the runner was deleted while this ran (its pool
            # waits for the job while the runner is half gone): nobody is left to tell
            if shiboken6.isValid(self._runner):
                raise
            log.debug("job %d ended after its runner was deleted: result dropped", self._token)


class TaskRunner(QObject):
    """Owns the worker pools of one window; results arrive in the GUI thread."""

    _finished = Signal(int, object, object)
    """A job ended: token, result, exception (emitted in the worker thread)."""

    settled = Signal(str)
    """A current (non-stale) task under this key has delivered its outcome."""

    def __init__(self, parent: QWidget | None = None, *, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._error_parent = parent
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(max_threads)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._pending: dict[int, _Pending] = {}
        self._latest: dict[str, int] = {}
        self._finished.connect(self._deliver)  # queued: the runner lives in the GUI thread
        _LIVE.add(self)

    def run(self, key: str, fn: Callable[[], Any], on_done: Callable[[Any], None], *,
            on_error: Callable[[BaseException], None] | None = None,
            write: bool = False) -> int:
        """Start ``fn`` in the background; supersede earlier tasks under ``key``."""
        token = next(_tokens)
        self._pending[token] = _Pending(key, on_done, on_error)
        self._latest[key] = token
        (self._writes if write else self._reads).start(_Job(self, token, fn))
        return token

    def is_busy(self, key: str | None = None) -> bool:
        """Whether a task (under ``key``, or any) has not delivered yet."""
        if key is None:
            return bool(self._pending)
        return any(p.key == key for p in self._pending.values())

    def cancel(self, key: str) -> None:
        """Make every running task under ``key`` stale (its result is dropped)."""
        self._latest.pop(key, None)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Wait for running jobs (they hold database sessions); drop their results."""
        self._latest.clear()
        self._reads.clear()
        self._writes.clear()
        self._reads.waitForDone(timeout_ms)
        self._writes.waitForDone(timeout_ms)
        self._pending.clear()

    # a declared slot: PySide 6.8+ can crash delivering a signal emitted in another thread
    # to an undecorated Python method (PYSIDE-3124)
    @Slot(int, object, object)
    def _deliver(self, token: int, result: object, exc: object) -> None:
        pending = self._pending.pop(token, None)
        if pending is None:
            return
        if self._latest.get(pending.key) != token:
            log.debug("dropping stale result of %s (token %d)", pending.key, token)
            return
        del self._latest[pending.key]
        if _receiver_gone(pending.on_done):
            log.debug("dropping the result of %s: its window was closed meanwhile", pending.key)
            self.settled.emit(pending.key)
            return
        if isinstance(exc, BaseException):
            if pending.on_error is not None:
                pending.on_error(exc)
            else:
                show_exception(self._error_parent, exc)
        else:
            pending.on_done(result)
        self.settled.emit(pending.key)


def _receiver_gone(callback: Callable[..., Any]) -> bool:
    """A bound method of a widget whose C++ side was deleted (a dialog closed while
    its search ran): its answer has nowhere to go."""
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not shiboken6.isValid(owner)

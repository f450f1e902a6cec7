"""The background task helper: results in the GUI thread, stale ones dropped,
failures routed to one error function."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from app.services.context import ServiceError
from app.views import errors
from app.views.tasks import TaskRunner


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    r = TaskRunner()
    yield r
    r.shutdown()


def test_result_arrives_in_gui_thread(qtbot, runner: TaskRunner) -> None:
    got: list[tuple[int, bool]] = []
    worker_thread: list[QThread] = []

    def work() -> int:
        worker_thread.append(QThread.currentThread())
        return 42

    with qtbot.waitSignal(runner.settled, timeout=5000):
        runner.run("k", work, lambda v: got.append((v, QThread.currentThread()
                                                     is QApplication.instance().thread())))
    assert got == [(42, True)]
    assert worker_thread[0] is not QApplication.instance().thread()


def test_older_result_finishing_later_is_dropped(qtbot, runner: TaskRunner) -> None:
    release_old = threading.Event()
    got: list[str] = []

    def old() -> str:
        release_old.wait(10)
        return "old"

    runner.run("search", old, got.append)
    with qtbot.waitSignal(runner.settled, timeout=5000):
        runner.run("search", lambda: "new", got.append)
    release_old.set()
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)
    assert got == ["new"]


def test_different_keys_do_not_cancel_each_other(qtbot, runner: TaskRunner) -> None:
    got: list[str] = []
    runner.run("a", lambda: "a", got.append)
    runner.run("b", lambda: "b", got.append)
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)
    assert sorted(got) == ["a", "b"]


def test_failure_goes_to_on_error(qtbot, runner: TaskRunner) -> None:
    failures: list[BaseException] = []

    def boom() -> None:
        raise ServiceError("The contact no longer exists")

    with qtbot.waitSignal(runner.settled, timeout=5000):
        runner.run("k", boom, lambda _v: pytest.fail("no result expected"),
                   on_error=failures.append)
    assert [str(f) for f in failures] == ["The contact no longer exists"]


def test_unexpected_failure_is_logged_by_default(qtbot, runner: TaskRunner,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    def boom() -> None:
        raise KeyError("x")

    with caplog.at_level(logging.ERROR, logger="app.views.errors"), \
            qtbot.waitSignal(runner.settled, timeout=5000):
        runner.run("k", boom, lambda _v: None)
    assert any(r.exc_info and r.exc_info[0] is KeyError for r in caplog.records)


def test_user_messages() -> None:
    assert errors.user_message(ServiceError("A user needs a user name")) == \
        "A user needs a user name"
    assert "unexpected error" in errors.user_message(RuntimeError("db gone")).lower()
    assert "db gone" not in errors.user_message(RuntimeError("db gone"))


def test_crash_hook_logs_uncaught_exceptions(monkeypatch: pytest.MonkeyPatch,
                                             caplog: pytest.LogCaptureFixture) -> None:
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_crash_hook()
    try:
        raise ValueError("slot blew up")
    except ValueError as exc:
        with caplog.at_level(logging.CRITICAL, logger="app.views.errors"):
            sys.excepthook(type(exc), exc, exc.__traceback__)
    assert "slot blew up" in caplog.text


def test_a_window_deleted_while_its_job_runs_drops_the_result_quietly(qtbot) -> None:
    """Closing a window with a load in flight: the window's pool waits for the job
    while the runner is half destroyed, and the job's report must not raise in the
    worker thread (the fresh-clone CI run caught 'Signal source has been deleted' from
    a dialog closed mid-load; pytest-qt fails a test on it)."""
    import shiboken6
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    runner = TaskRunner(window)
    started, release = threading.Event(), threading.Event()
    seen: list[object] = []

    def slow() -> str:
        started.set()
        release.wait(10)
        return "late"

    runner.run("load", slow, seen.append)
    assert started.wait(10)
    threading.Timer(0.2, release.set).start()  # ends while the window is being deleted
    shiboken6.delete(window)  # the pool's destructor waits for the job
    assert not shiboken6.isValid(runner)
    qtbot.wait(50)
    assert seen == []

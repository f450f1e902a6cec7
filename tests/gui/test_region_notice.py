"""Never silently US (issue 14): on a desk whose system locale names no country
(a C/POSIX locale) and an office that never chose its country, the status bar
says numbers are read as US numbers, its link opens the first-run wizard, and the
notice goes as soon as the country is chosen (real SQLite file, the change bus)."""

from __future__ import annotations

import locale

import pytest

from app.config import LocalSettings
from app.db import Database
from app.services.office import settings as office_settings
from app.views.main_window import MainWindow
from tests.actors import acting


def open_window(qtbot, ctx) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx, LocalSettings.load())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_rows_shown, timeout=10_000):
        window.show()
    return window


def test_a_guessed_country_is_said_and_goes_once_chosen(
        qtbot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "C")
    ctx = acting(sqlite_db, "mary")
    window = open_window(qtbot, ctx)
    notice = window.region_notice
    qtbot.waitUntil(notice.isVisible, timeout=10_000)
    assert "read as US numbers" in notice.text()

    notice.linkActivated.emit("choose")
    assert window.first_run_wizard.isVisible()
    window.first_run_wizard.reject()

    with ctx.write() as s:
        office_settings.set_value(s, "home_region", "GB")
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=10_000)


def test_a_locale_that_names_a_country_needs_no_notice(
        qtbot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    ctx = acting(sqlite_db, "mary")
    window = open_window(qtbot, ctx)
    done: list[bool] = []
    window.runner.run("probe", lambda: office_settings.region_is_guessed(ctx), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert done == [False]
    assert not window.region_notice.isVisible()
    with ctx.read() as s:
        assert office_settings.home_region(s) == "GB"


def test_a_c_utf8_locale_is_no_country_although_python_calls_it_en_us(
        qtbot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt switches a C locale to C.UTF-8, which locale.getlocale() reads as en_US
    (the screenshot of a first start showed no notice): the environment decides."""
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setattr(locale, "getlocale", lambda *_a: ("en_US", "UTF-8"))
    ctx = acting(sqlite_db, "mary")
    window = open_window(qtbot, ctx)
    qtbot.waitUntil(window.region_notice.isVisible, timeout=10_000)

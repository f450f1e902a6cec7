"""GUI fixtures: a real SQLite database with a few named contacts, and the window."""

from __future__ import annotations

import pytest

import app.services  # noqa: F401  (flush hooks: sort names, completeness, audit)
from app.db import Database
from app.services.contacts import core as contacts
from app.services.contacts import links
from app.services.context import AppContext
from app.services.dto import ContactInput, EmailInput, PhoneInput
from app.services.office import settings as office_settings
from app.services.office import users
from app.views import errors
from tests.actors import acting


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform plugin warns whenever a top-level window's size
    constraints change ("This plugin does not support propagateSizeHints()") or a
    window is raised ("... does not support raise()"); that says nothing about our
    code. Every other Qt warning still fails a test."""
    for item in items:
        if "tests/gui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(
                "propagateSizeHints", r"This plugin does not support raise\(\)"))


@pytest.fixture(autouse=True)
def _no_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Errors are logged, never shown in a modal box that would block the test."""
    monkeypatch.setattr(errors, "DIALOGS_ENABLED", False)


@pytest.fixture(autouse=True)
def _no_job_outlives_its_test():  # type: ignore[no-untyped-def]
    """Background jobs hold database sessions: each test waits for its own, and its
    garbage is collected in the GUI thread."""
    yield
    import gc

    from app.views.tasks import shutdown_all

    shutdown_all()
    # a test's Qt objects caught in reference cycles are freed here, in the GUI
    # thread: left to the collector, a later test's worker thread may free them, and
    # a QObject with a running timer must die in its own thread
    gc.collect()


@pytest.fixture
def in_german(qapp):  # type: ignore[no-untyped-def]
    """The German catalogues and locale installed as the app installs them; English
    (and no translator) again afterwards."""
    from PySide6.QtCore import QLocale

    from app import i18n
    from app.views import language

    loaded = language.install(qapp, language.GERMAN)
    yield loaded
    language.install(qapp, language.ENGLISH, QLocale.c())
    i18n.install(None)


@pytest.fixture
def gui_ctx(sqlite_db: Database) -> AppContext:
    ctx = acting(sqlite_db, "alice")
    users.current(ctx)
    with ctx.write() as s:
        office_settings.set_value(s, "home_region", "GB")
    return ctx


def person(ctx: AppContext, first: str, last: str, contact_type: str = "customer",
           *, phone: str = "", email: str = "", company_id: int | None = None) -> int:
    pid = contacts.create(ctx, ContactInput(
        kind="person", contact_type=contact_type, first_name=first, last_name=last,
        account_kind="other" if contact_type == "account" else None,
        phones=[PhoneInput(phone)] if phone else [],
        emails=[EmailInput(email)] if email else []))
    if company_id is not None:
        links.link_company(ctx, pid, company_id)
    return pid


def company(ctx: AppContext, name: str, contact_type: str = "customer") -> int:
    return contacts.create(ctx, ContactInput(kind="company", contact_type=contact_type,
                                             company_name=name))


@pytest.fixture
def named_ctx(gui_ctx: AppContext) -> AppContext:
    """Customers Smith, Smithson, Jones (+ a company); leads Smith and Brown."""
    hope = company(gui_ctx, "Hope Works")
    person(gui_ctx, "Anna", "Smith", phone="020 7946 0101", email="anna@hopeworks.co.uk",
           company_id=hope)
    person(gui_ctx, "Ben", "Smithson", phone="0113 496 0202")
    person(gui_ctx, "Carl", "Jones", email="carl.jones@example.org")
    person(gui_ctx, "Dora", "Smith", "lead")
    person(gui_ctx, "Evan", "Brown", "lead")
    company(gui_ctx, "Little Bee Honey", "lead")
    return gui_ctx


@pytest.fixture
def modem_desk(qtbot, gui_ctx: AppContext, tmp_path):  # type: ignore[no-untyped-def]
    """A fake modem on a real socat pty pair, configured as this desk's modem;
    call the fixture to open the main window (after the test made its contacts)."""
    import shutil

    from app.config import LocalSettings
    from app.views.main_window import MainWindow
    from tests.telephony.modem.conftest import FakeModem, SocatPair

    if shutil.which("socat") is None:
        pytest.skip("needs socat (make test installs it)")
    pair = SocatPair(tmp_path)
    pair.start()
    modem = FakeModem(pair.modem_end)
    settings = LocalSettings.load()
    settings.modems = {pair.app_end: {"ring_gap_s": 0.6, "idle_flush_s": 0.1,
                                      "response_timeout_s": 1.0, "dial_hangup_after_s": 0.3}}
    settings.save()
    made: list[MainWindow] = []

    def open_window() -> tuple[MainWindow, FakeModem]:
        window = MainWindow(gui_ctx, LocalSettings.load())
        qtbot.addWidget(window)
        made.append(window)
        with qtbot.waitSignal(window.first_rows_shown, timeout=10_000):
            window.show()
        qtbot.waitUntil(window.panel.is_idle, timeout=10_000)
        qtbot.waitUntil(lambda: window.telephony_ui is not None, timeout=5000)
        modem.expect_commands("ATZ", "AT+VCID=1")  # the init sequence reached the modem
        return window, modem

    yield open_window
    for window in made:
        window.close()
    modem.close()
    pair.stop()


def window_with_sip_line(qtbot, ctx: AppContext):  # type: ignore[no-untyped-def]
    """A main window whose desk has a SIP listener on a free port, shown, its line
    started: (window, port). The caller closes the window."""
    from app.config import LocalSettings
    from app.views.main_window import MainWindow
    from tests.telephony.sip.conftest import free_port

    port = free_port()
    settings = LocalSettings.load()
    settings.sip_accounts = {"desk": {"mode": "listen", "host": "127.0.0.1", "port": port}}
    settings.save()
    window = MainWindow(ctx, LocalSettings.load())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_rows_shown, timeout=10_000):
        window.show()
    qtbot.waitUntil(lambda: window.telephony is not None and window.telephony.sip is not None,
                    timeout=15_000)
    return window, port

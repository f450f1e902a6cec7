"""The first-run wizard: who I am, the office's country and currency, the
database, a phone line, and how to start (empty, or a demo office in a file of
its own). Shown by the desktop start until this desk finished or skipped it;
Help > First-run wizard opens it again.

Everything is read and stored through the window's task runner. Finish
stores the choices in one job (refused fields send the user back to their
page); when the desk's database changes, ``database_chosen`` says where the
window reopens."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from app.config import LocalSettings
from app.db import default_url
from app.i18n import translate
from app.services.context import AppContext
from app.services.office import desk_database, first_run, secrets
from app.services.office.first_run import Choices, FirstRunState
from app.services.validation import ValidationError
from app.views.errors import user_message
from app.views.first_run.desk_pages import DatabasePage, LinePage, StartPage
from app.views.first_run.office_pages import ERROR_STYLE, CountryPage, CurrencyPage, WhoPage
from app.views.tasks import TaskRunner
from app.views.telephony_settings import TelephonyChanges, save_changes

log = logging.getLogger(__name__)

LOAD_TASK = "first-run-load"
FINISH_TASK = "first-run-finish"
# the wizard's page ids, in order
WHO, COUNTRY, CURRENCY, DATABASE, LINE, START = range(6)


@dataclass(frozen=True)
class Plan:
    """What Finish stores; made on the GUI thread from the pages."""

    username: str
    running_on: str  # the URL of the database the window runs on now
    choices: Choices
    line: TelephonyChanges
    database_changed: bool
    database_url: str | None  # None: this desk alone
    enter_demo: bool
    leave_demo: bool


@dataclass(frozen=True)
class Outcome:
    reopen_on: str | None  # the URL the window reopens on; None: it stays as it is
    demo_contacts: int  # contacts of the demo office (0: none made or entered)


def carry_out(ctx: AppContext, plan: Plan) -> Outcome:
    """Store the plan (in the runner): the user's and the office's choices first (a
    refusal stops everything), then this desk's line and database, then the demo."""
    first_run.save(ctx, plan.choices)
    plan.line.local.first_run_done = True
    save_changes(ctx, plan.line)  # the line, as Settings > Telephony stores it
    reopen: str | None = None
    if plan.database_changed:
        desk_database.use_database(plan.database_url)
        reopen = plan.database_url or default_url()
    demo = 0
    if plan.enter_demo:
        made = desk_database.make_demo_office(plan.username, plan.choices.home_region)
        desk_database.enter_demo_office(reopen or plan.running_on)
        reopen, demo = made.url, made.contacts
    elif plan.leave_demo:
        reopen = desk_database.leave_demo_office()
    return Outcome(reopen, demo)


class FirstRunWizard(QWizard):
    finished_setup = Signal()
    """Finish stored everything (the window reopens first when ``database_chosen``)."""
    database_chosen = Signal(str)
    """The desk runs on another database now: the URL the window reopens on."""
    line_changed = Signal()
    """The desk's phone line settings were stored: telephony restarts with them."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None,
                 settings: LocalSettings | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("FirstRun", "Welcome to Ringcard"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, translate("FirstRun", "Skip"))
        self._ctx = ctx
        self._runner = runner
        self._busy = False
        self.state: FirstRunState | None = None
        # the window's own settings: a new phone line is put in them (as Settings >
        # Telephony does) before the window restarts its telephony
        self._settings = settings = settings if settings is not None else LocalSettings.load()
        self._plan: Plan | None = None
        self.who = WhoPage()
        self.country = CountryPage()
        self.currency = CurrencyPage(self.country)
        self.database = DatabasePage(runner, settings)
        self.line = LinePage(runner, settings)
        self.start = StartPage(settings)
        self._in_demo = settings.in_demo_office
        for page_id, page in enumerate((self.who, self.country, self.currency, self.database,
                                        self.line, self.start)):
            self.setPage(page_id, page)
        self.customButtonClicked.connect(lambda _which: self.skip())
        self.resize(640, 520)
        runner.run(LOAD_TASK, partial(first_run.state, ctx), self._show_state,
                   on_error=self._load_failed)

    def _show_state(self, state: FirstRunState) -> None:
        self.state = state
        for page in (self.who, self.country, self.currency, self.start):
            page.show_state(state)

    def _load_failed(self, exc: BaseException) -> None:
        self.who.error.setText(translate("FirstRun", "Your details could not be read: "
                                         "{reason}").format(reason=user_message(exc)))

    # -- skip ---------------------------------------------------------------------

    def skip(self) -> None:
        """Keep the defaults; the wizard is not shown again (Help opens it)."""
        if self._busy:
            return
        mark_first_run_done()
        self.done(QWizard.DialogCode.Rejected)

    def reject(self) -> None:  # Escape or the window's close button: a skip too
        if not self._busy:
            self.skip()

    # -- finish -------------------------------------------------------------------

    def plan(self) -> Plan:
        username = self.state.username if self.state else self._ctx.user
        choices = Choices(self.who.full_name.text(), self.who.initials.text(),
                          self.country.region(), self.currency.value())
        line = TelephonyChanges(self.line.local_settings(), self.line.password.text()
                                if self.line.sip.isChecked() else "",
                                secrets.status().secure, None)
        demo = self.start.wants_demo()
        return Plan(username, self._ctx.db.url, choices, line, self.database.changed(),
                    self.database.chosen_url(), demo and not self._in_demo,
                    self._in_demo and not demo)

    def accept(self) -> None:
        if self._busy:
            return
        plan = self._plan = self.plan()
        self._set_busy(True, translate("FirstRun", "Making the demo office…")
                       if plan.enter_demo else translate("FirstRun", "Saving…"))
        self._runner.run(FINISH_TASK, partial(carry_out, self._ctx, plan),
                         self._finished, on_error=self._refused, write=True)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.CustomButton1):
            button = self.button(which)
            if button is not None:
                button.setEnabled(not busy)
        self.start.progress.setStyleSheet("")
        self.start.progress.setText(text)

    def _finished(self, outcome: Outcome) -> None:
        self._set_busy(False)
        if self._plan is not None:
            local = self._plan.line.local
            self._settings.sip_accounts, self._settings.modems = local.sip_accounts, local.modems
            self._settings.first_run_done = True
        self.finished_setup.emit()
        super().accept()
        if outcome.reopen_on:  # the new window starts its line itself
            self.database_chosen.emit(outcome.reopen_on)
        else:
            self.line_changed.emit()

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationError):
            page = COUNTRY if {"home_region"} & set(exc.errors) else \
                CURRENCY if "currency" in exc.errors else WHO
            while self.currentId() > page:
                self.back()
            label = self.who.error if page == WHO else self.country.note
            if page == CURRENCY:
                label = self.currency.note
            label.setStyleSheet(ERROR_STYLE)
            label.setText("\n".join(exc.errors.values()))
            return
        self.start.progress.setStyleSheet(ERROR_STYLE)
        self.start.progress.setText(user_message(exc))

    def done(self, result: int) -> None:
        self._runner.cancel(LOAD_TASK)  # a late answer must not reach a closed wizard
        super().done(result)


def mark_first_run_done() -> None:
    """This desk has finished or skipped the wizard: the start no longer shows it."""
    fresh = LocalSettings.load()
    if not fresh.first_run_done:
        fresh.first_run_done = True
        try:
            fresh.save()
        except OSError as exc:  # a read-only config folder: shown again next time
            log.warning("could not save that the first-run wizard was done: %s", exc)

"""The main window: assembles the pages (Home, Contacts, Help desk), actions,
menus and status bar, and wires them in ``_connect_signals``. It holds no
business logic and no queries."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFontMetrics, QGuiApplication, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from app.config import LocalSettings
from app.i18n import translate
from app.services.context import AppContext
from app.views.actions import Actions, list_kind
from app.views.calls import CallWindows
from app.views.card_host import CardHost
from app.views.contact_list_empty import ContactListEmptyState
from app.views.contact_list_panel import ContactListPanel
from app.views.dialing import Dialer
from app.views.errors import inform
from app.views.help_menu import HelpMenu
from app.views.home import HomePage
from app.views.language_menu import LanguageMenu
from app.views.line_state import status_words
from app.views.region_notice import RegionNotice
from app.views.session_start import add_session_start
from app.views.tasks import TaskRunner
from app.views.widgets import window_fit

if TYPE_CHECKING:
    from app.services.inbound.pipeline import PipelineStatus
    from app.views.popup import TelephonyUi
    from app.views.reminders import ReminderScheduler
    from app.views.telephony_runtime import TelephonyRuntime

log = logging.getLogger(__name__)

COLUMN_WIDTHS_KEY = "contact_list"
LIST_KEEPS = 310  # pixels of the list beside a card that opens (its name and code columns)
LIST_WANTS = 560  # ... and what it gets when the screen is wide (name, code, contact, phone)


def _encode(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


def _decode(text: str) -> QByteArray:
    return QByteArray.fromBase64(text.encode("ascii"))


class MainWindow(QMainWindow):
    """The desk's one main window: find a contact, see the list."""

    first_rows_shown = Signal(int)
    """The opening list has been painted (argument: its row count)."""

    def __init__(self, ctx: AppContext, settings: LocalSettings | None = None,
                 parent: QWidget | None = None, *, persist: bool = True) -> None:
        super().__init__(parent)
        # attributes
        self._ctx = ctx
        self._persist = persist  # the smoke check must not rewrite the desk's settings
        self._settings = settings if settings is not None else LocalSettings.load()
        self.runner = TaskRunner(self)
        self.window_actions = Actions(self)
        self.telephony: TelephonyRuntime | None = None  # started after the first paint
        self.dialer = Dialer(ctx, self.runner, lambda: self.telephony, self)
        self.telephony_ui: TelephonyUi | None = None  # pop-ups, tray, buffer view
        self.reminders: ReminderScheduler | None = None  # alerts and reminders, after the paint
        self.calls = CallWindows(ctx, self.runner, self)  # the buffer and recent calls, tray or not
        self.calls.set_line(bool(self._settings.sip_accounts or self._settings.modems))
        self._list_status = ""  # the contact list's status-bar text, shown on its page only
        self._splitter_state: QByteArray | None = None  # list and card, as left on this screen
        self._watching_screen = False

        # widgets
        self.setWindowTitle(translate("MainWindow", "Ringcard — {user}").format(user=ctx.user))
        self.panel = ContactListPanel(ctx, self.runner,
                                      list(self.window_actions.lists.values()), self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.statusBar().addWidget(self.count_label, 1)
        self.call_path_label = QLabel(self)  # "calls waiting to be written: N"
        self.call_path_label.setObjectName("callPathLabel")
        self.call_path_label.hide()
        self.statusBar().addPermanentWidget(self.call_path_label)
        self.region_notice = RegionNotice(ctx, self.runner, self.open_first_run, self)
        self.statusBar().addPermanentWidget(self.region_notice)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.cards = CardHost(ctx, self.runner, self.splitter,
                              own_window=self._settings.card_in_own_window,
                              window_geometry=_decode(self._settings.card_window_geometry))
        self.window_actions.card_window.setChecked(self._settings.card_in_own_window)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("pages")
        self.pages.setDocumentMode(True)
        self.home = HomePage(ctx, self.runner, self.pages)
        self.helpdesk: QWidget | None = None  # built when its page is first opened
        self._helpdesk_slot = QWidget(self.pages)
        QVBoxLayout(self._helpdesk_slot).setContentsMargins(0, 0, 0, 0)
        self._build_menus()
        self.empty_list = ContactListEmptyState(  # "No contacts yet." and how to start
            ctx, self.runner, self.panel, self.window_actions.new_person,
            self.window_actions.new_company, self.window_actions.import_contacts)

        # layout
        self.splitter.addWidget(self.panel)
        self.pages.addTab(self.home, translate("MainWindow", "Home"))
        self.pages.addTab(self.splitter, translate("MainWindow", "Contacts"))
        self.pages.addTab(self._helpdesk_slot, translate("MainWindow", "Help desk"))
        self.pages.setCurrentWidget(self.splitter)  # the list paints first: start-up stays quick
        self.setCentralWidget(self.pages)
        self._restore_layout()

        # signals
        self._connect_signals()
        self.panel.load_choices()
        self.panel.reload()

    def _build_menus(self) -> None:
        a = self.window_actions
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        file_menu.addActions([a.new_person, a.new_company])
        file_menu.addSeparator()
        file_menu.addActions([a.import_contacts, a.export_list])
        file_menu.addSeparator()
        file_menu.addAction(a.leave_demo)  # shown in the demo office only
        a.leave_demo.setVisible(self._settings.in_demo_office)
        if self._settings.in_demo_office:
            self.setWindowTitle(translate("MainWindow", "Ringcard — {user} — demo office")
                                .format(user=self._ctx.user))
        file_menu.addAction(a.quit)
        edit_menu = self.menuBar().addMenu(translate("MainWindow", "&Edit"))
        edit_menu.addActions([a.find, a.open_contact])
        view_menu = self.menuBar().addMenu(translate("MainWindow", "&View"))
        view_menu.addActions(a.list_group.actions())
        view_menu.addSeparator()
        view_menu.addAction(a.card_window)
        view_menu.addAction(a.refresh)
        self.menuBar().addMenu(self.calls.menu)
        self.calls.menu.addAction(a.telephony_settings)  # beside the line's state too
        settings_menu = self.menuBar().addMenu(translate("MainWindow", "&Settings"))
        settings_menu.addAction(a.telephony_settings)
        settings_menu.addAction(a.activity_types)
        settings_menu.addAction(a.office_lists)
        settings_menu.addAction(a.alert_settings)
        settings_menu.addSeparator()
        self.language_menu = LanguageMenu(settings_menu, self)
        self.session_start = add_session_start(settings_menu, self)  # XDG autostart
        self.help_menu = HelpMenu(self, a, self._ctx.db.url, self.open_first_run)

    def _connect_signals(self) -> None:
        a = self.window_actions
        a.find.triggered.connect(self.show_contacts)
        a.find.triggered.connect(self.panel.focus_search)
        a.list_group.triggered.connect(self.show_contacts)
        a.refresh.triggered.connect(self.panel.reload)
        a.quit.triggered.connect(self.close)
        a.leave_demo.triggered.connect(self.leave_demo_office)
        a.list_group.triggered.connect(lambda action: self.panel.show_list(
            list_kind(str(action.data()))))
        self.panel.status_changed.connect(self._list_status_changed)
        self.panel.first_rows_painted.connect(self.first_rows_shown)
        self.panel.contact_activated.connect(self.open_contact)
        a.open_contact.triggered.connect(self.panel.open_current)
        a.new_person.triggered.connect(lambda: self.new_contact("person"))
        a.new_company.triggered.connect(lambda: self.new_contact("company"))
        a.card_window.toggled.connect(self.cards.set_own_window)
        a.telephony_settings.triggered.connect(self.edit_telephony)
        a.activity_types.triggered.connect(self.edit_activity_types)
        a.office_lists.triggered.connect(self.edit_office_lists)
        a.alert_settings.triggered.connect(self.edit_alert_settings)
        a.export_list.triggered.connect(lambda: self.panel.export_current(self))
        a.import_contacts.triggered.connect(self.import_contacts)
        self.panel.first_rows_painted.connect(lambda _n: self.start_telephony())
        self.panel.first_rows_painted.connect(lambda _n: self.start_reminders())
        self.cards.dial_requested.connect(self.dialer.dial)
        self.panel.dial_requested.connect(self.dialer.dial)
        self.dialer.dialling.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.pages.currentChanged.connect(self._page_changed)
        self.home.open_contact_requested.connect(self.open_contact)
        self.home.open_activity_requested.connect(self.open_activity)
        self.home.open_buffer_requested.connect(self.calls.show_buffer)
        self.calls.open_contact_requested.connect(self.open_contact)
        self.calls.unmatched_count_changed.connect(self.home.set_unmatched_count)
        self.panel.first_rows_painted.connect(lambda _n: self.calls.count_unmatched())
        self.panel.first_rows_painted.connect(lambda _n: self.region_notice.check())

    # -- pages ---------------------------------------------------------------

    def show_contacts(self) -> None:
        self.pages.setCurrentWidget(self.splitter)

    def show_home(self) -> None:
        self.pages.setCurrentWidget(self.home)

    def _list_status_changed(self, text: str) -> None:
        self._list_status = text
        if self.pages.currentWidget() is self.splitter:
            self.count_label.setText(text)

    def _page_changed(self, index: int) -> None:
        # the list's count belongs to the Contacts page: Home and Help desk show none
        self.count_label.setText(self._list_status if self.pages.widget(index) is self.splitter
                                 else "")
        if self.pages.widget(index) is self._helpdesk_slot and self.helpdesk is None:
            self.helpdesk = self._make_helpdesk()
            self._helpdesk_slot.layout().addWidget(self.helpdesk)  # type: ignore[union-attr]

    def _make_helpdesk(self) -> QWidget:
        try:
            from app.views.helpdesk import HelpDeskPage
        except ModuleNotFoundError as exc:  # not part of this build (a broken one still fails)
            if exc.name != "app.views.helpdesk":
                raise
            log.warning("no help desk page: %s", exc)
            return QLabel(translate("MainWindow", "The help desk is not available in this version."),
                          self)
        page = HelpDeskPage(self._ctx, self.runner, self._helpdesk_slot)
        page.open_contact_requested.connect(self.open_contact)
        if hasattr(page, "open_activity_requested"):
            page.open_activity_requested.connect(self.open_activity)
        return page

    # -- first run and the demo office -------------------------------------------

    def open_first_run(self) -> None:
        """Help > First-run wizard (and the start, on a desk that never finished it)."""
        from app.views.first_run import FirstRunWizard
        from app.views.first_run.switching import reopen_on

        wizard = FirstRunWizard(self._ctx, self.runner, self, self._settings)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.line_changed.connect(self._restart_telephony)
        wizard.database_chosen.connect(lambda url: reopen_on(self, self._ctx.user, url))
        wizard.open()
        self.first_run_wizard = wizard  # tests reach it here

    def leave_demo_office(self) -> None:
        from app.views.first_run.switching import leave_demo_office

        leave_demo_office(self, self._ctx.user)

    # -- contacts ------------------------------------------------------------

    def open_contact(self, contact_id: int) -> None:
        if not self.cards.own_window:
            self.show_contacts()
        if self.cards.open_contact(contact_id) and not self.cards.own_window:
            sizes = self.splitter.sizes()
            if len(sizes) == 2 and sizes[1] == 0 and not (  # where it was left on this screen,
                    self._splitter_state and self.splitter.restoreState(self._splitter_state)
                    and self.splitter.sizes()[1] > 0):  # else every tab and button in sight,
                room = sum(sizes)  # and the list's columns beside it as far as there is room
                card = min(max(self.cards.ensure_card().comfortable_width(), room - LIST_WANTS),
                           room - LIST_KEEPS)
                self.splitter.setSizes([room - card, card])

    def open_activity(self, activity_id: int) -> None:
        try:
            from app.views.dialogs.activity_dialog import open_activity
        except ModuleNotFoundError as exc:
            if exc.name != "app.views.dialogs.activity_dialog":
                raise
            self.statusBar().showMessage(translate("MainWindow", "Activities cannot be opened in "
                                                                 "this version"), 8_000)
            return
        open_activity(self._ctx, self.runner, self, activity_id)

    # -- telephony -------------------------------------------------------------

    def start_telephony(self) -> None:
        """Start the inbound pipeline, the tray and the desk's caller-ID sources (after
        the first paint: start-up stays quick). The pipeline and the tray run with no
        phone line too: calls a stopped Ringcard left in its journal are written, and
        the tray offers the buffer and the recent calls."""
        if self.telephony is not None or not self._persist:
            return
        from app.views.telephony_runtime import TelephonyRuntime

        runtime = TelephonyRuntime(self._ctx, self.runner, self._settings, self)
        self.telephony = runtime
        from app.views.popup import install_telephony_ui

        self.telephony_ui = install_telephony_ui(self, self._ctx, runtime.bridge,
                                                 reject=runtime.reject, buffer=self.calls.buffer())
        self.telephony_ui.tray.set_line_configured(runtime.configured)
        self.calls.set_line(runtime.configured)
        runtime.bridge.source_status.connect(self.calls.on_source_status)
        runtime.problem.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        runtime.bridge.source_status.connect(
            lambda name, text: self.statusBar().showMessage(
                f"{name}: {status_words(text)}", 8_000))
        runtime.bridge.pipeline_status.connect(self.show_pipeline_status)
        self.show_pipeline_status(runtime.bridge.pipeline.status())
        runtime.start()

    def show_pipeline_status(self, status: PipelineStatus) -> None:
        """Calls waiting for the database, or a journal that cannot be written: said
        for as long as it lasts, not as a passing message."""
        text = status.text()
        self.call_path_label.setStyleSheet(
            "color: #b00020; font-weight: bold;" if status.journal_problem
            else "color: #8a4b00; font-weight: bold;")
        # the whole of a long reason (a full disk) in the tooltip: on a 1024-pixel
        # screen it would run off the status bar
        room = max(320, self.width() * 2 // 3)
        bold = self.call_path_label.font()
        bold.setBold(True)
        self.call_path_label.setText(QFontMetrics(bold).elidedText(
            text, Qt.TextElideMode.ElideRight, room))
        self.call_path_label.setToolTip(text)
        self.call_path_label.setVisible(bool(text))

    def edit_telephony(self) -> None:
        from app.views.telephony_settings import TelephonySettingsDialog

        dialog = TelephonySettingsDialog(self._ctx, self._settings, self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._restart_telephony)
        dialog.open()  # it reads and saves through the runner: no modal loop of its own
        self.telephony_dialog = dialog  # tests reach it here

    def _restart_telephony(self) -> None:
        self._stop_telephony()
        self.start_telephony()

    def edit_activity_types(self) -> None:
        from app.views.dialogs.activity_types_dialog import ActivityTypesDialog

        dialog = ActivityTypesDialog(self._ctx, self.runner, self)
        dialog.open()
        self.activity_types_dialog = dialog  # tests reach it here

    def edit_office_lists(self) -> None:
        from app.views.dialogs.office_lists_dialog import OfficeListsDialog

        dialog = OfficeListsDialog(self._ctx, self.runner, self)
        dialog.saved.connect(self.panel.load_choices)  # the search options offer the lists
        dialog.saved.connect(self.panel.model.refresh)  # a renamed status shows in the rows
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        self.office_lists_dialog = dialog  # tests reach it here

    # -- alerts and reminders ----------------------------------------------------

    def start_reminders(self) -> None:
        """The alerts engine (now, then hourly) and the To-Do reminders (every minute),
        after the first paint like telephony; not in the smoke check."""
        if self.reminders is not None or not self._persist:
            return
        from app.views.reminders import install_reminders

        self.reminders = install_reminders(self, self._ctx)

    def import_contacts(self) -> None:
        from app.views.import_wizard import open_import_wizard

        wizard = open_import_wizard(self, self._ctx, self.runner)
        wizard.imported.connect(lambda _report: self.panel.reload())
        self.import_wizard = wizard  # tests reach it here

    def edit_alert_settings(self) -> None:
        from app.views.dialogs.alert_settings_dialog import AlertSettingsDialog

        dialog = AlertSettingsDialog(self._ctx, self.runner, self)
        if self.reminders is not None:
            dialog.saved.connect(self.reminders.run_alerts)  # the new settings apply at once
        dialog.open()
        self.alert_settings_dialog = dialog  # tests reach it here

    def _stop_telephony(self) -> int:
        """Returns how many calls could not be written yet (they wait in the journal)."""
        if self.telephony_ui is not None:
            self.telephony_ui.shutdown()
            self.telephony_ui = None
        left = 0
        if self.telephony is not None:
            folder = self.telephony.bridge.pipeline.folder
            left = self.telephony.stop()
            self.telephony = None
            if left:
                inform(self, translate("MainWindow", "Calls not written yet"),
                       translate("MainWindow", "%n call(s) could not be written to the database "
                                               "before closing. They are kept in {folder} and "
                                               "will be written the next time Ringcard starts.",
                                 None, left).format(folder=folder))
        return left

    def new_contact(self, kind: str) -> None:
        from app.views.dialogs.contact_dialog import new_contact

        self.show_contacts()
        contact_id = new_contact(self, self._ctx, kind, runner=self.runner)
        if contact_id is not None:
            self.panel.reload()
            self.open_contact(contact_id)

    # -- persistence -------------------------------------------------------

    def _restore_layout(self) -> None:
        """The size and splitter of the screen the window opens on, as it was left there
        (cut down to the screen); on a screen it never opened on, 90% of it."""
        s = self._settings
        screen = window_fit.screen_for_key(s.last_screen) or QGuiApplication.primaryScreen()
        if screen is not None and screen is not self.screen():
            self.setScreen(screen)
        layout = s.screen_layouts.get(window_fit.screen_key(screen), {}) if screen else {}
        geometry = layout.get("geometry", "" if s.screen_layouts else s.window_geometry)
        if not (geometry and self.restoreGeometry(_decode(geometry))) and screen is not None:
            self.setGeometry(window_fit.first_geometry(
                screen.availableGeometry(), self.minimumSizeHint(), window_fit.frame_extra(self)))
        window_fit.fit_to_screen(self, screen)
        if s.window_state:
            self.restoreState(_decode(s.window_state))
        self.panel.set_column_widths(s.column_widths.get(COLUMN_WIDTHS_KEY, []))
        splitter = layout.get("splitter", "" if s.screen_layouts else s.splitter_state)
        if splitter:  # and again when the card first opens beside the list
            self._splitter_state = _decode(splitter)
            self.splitter.restoreState(self._splitter_state)

    def save_layout(self) -> None:
        """Write geometry and column widths to this desk's settings file; the geometry
        and the splitter under the screen the window is on."""
        fresh = LocalSettings.load()  # keep whatever else changed on disk meanwhile
        fresh.window_geometry = _encode(self.saveGeometry())
        fresh.window_state = _encode(self.saveState())
        fresh.column_widths = {**fresh.column_widths,
                               COLUMN_WIDTHS_KEY: self.panel.column_widths()}
        fresh.splitter_state = _encode(self.splitter.saveState())
        screen = self.screen()
        if screen is not None:
            fresh.last_screen = window_fit.screen_key(screen)
            fresh.screen_layouts = {**fresh.screen_layouts, fresh.last_screen: {
                "geometry": fresh.window_geometry, "splitter": fresh.splitter_state}}
        fresh.card_in_own_window = self.cards.own_window
        if self.cards.window is not None:
            fresh.card_window_geometry = _encode(self.cards.window.saveGeometry())
        try:
            fresh.save()
        except OSError as exc:  # a read-only config folder must not stop closing
            log.warning("could not save window layout: %s", exc)
        self._settings = fresh

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and not self._watching_screen:  # moved to a smaller screen:
            self._watching_screen = True  # no larger than that one
            handle.screenChanged.connect(lambda screen: window_fit.fit_to_screen(self, screen))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._persist:
            self.save_layout()
        self._stop_telephony()
        self.calls.close_all()
        if self.reminders is not None:
            self.reminders.stop()
        self.cards.shutdown()
        self.runner.shutdown()
        super().closeEvent(event)

"""The window and every dialog fit the screen they open on (issue 14, "any
screen"): the main window with a card open, every action of the card and every
tab within reach, the layout remembered per screen, every dialog's save
button on the screen.

These run on the suite's own 1920x1080 screen; test_small_screens.py runs
this file again on a 1024x600 and a 1366x768 screen (the offscreen platform
given that screen), where they matter most.
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QWidget,
    QWizard,
)

from app.config import LocalSettings
from app.services.contacts import core as contacts
from app.services.context import AppContext
from app.services.dto import ContactInput, PhoneInput
from app.views import resources
from app.views.card.card_widget import ContactCard
from app.views.main_window import MainWindow
from app.views.tasks import TaskRunner
from app.views.widgets import window_fit
from app.views.widgets.tab_chooser import CollapsibleTabWidget
from tests.gui.dialog_catalogue import DIALOGS, Office, make_office
from tests.gui.test_main_window import open_window


@pytest.fixture(autouse=True)
def _the_apps_look(qapp):  # type: ignore[no-untyped-def]
    """The app's own style sheet (the card's name in 14 pt ...), as ``application()``
    sets it; taken off again for the tests that follow."""
    qapp.setStyleSheet(resources.style_sheet())
    yield
    qapp.setStyleSheet("")


def free_area(widget: QWidget) -> QRect:
    screen = widget.screen()
    assert screen is not None
    return screen.availableGeometry()


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def scrolled(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area's viewport (it may lie beyond the viewport: it scrolls)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return True
        parent = grand
    return False


def sticking_out(top: QWidget) -> list[str]:
    """The visible widgets of ``top`` that reach beyond it (scrolled content apart)."""
    inside = global_rect(top)
    return [f"{type(w).__name__} {w.objectName()} {global_rect(w)}"
            for w in top.findChildren(QWidget)
            if w.isVisible() and not w.isWindow() and not scrolled(w, top)
            and not inside.contains(global_rect(w))]


def test_the_screen_is_the_one_asked_for(qapp) -> None:  # type: ignore[no-untyped-def]
    """test_small_screens.py names the screen it runs this file on: it is that one."""
    wanted = os.environ.get("RINGCARD_TEST_SCREEN", "1920x1080")
    size = QApplication.primaryScreen().geometry().size()
    assert f"{size.width()}x{size.height()}" == wanted


# -- the main window -----------------------------------------------------------


def consumer_card(qtbot, ctx: AppContext) -> tuple[MainWindow, ContactCard]:  # type: ignore[no-untyped-def]
    """The first start, and the card with the most tabs (a consumer with a phone)."""
    pid = contacts.create(ctx, ContactInput(kind="person", contact_type="customer",
                                            first_name="Nora", last_name="Quist",
                                            phones=[PhoneInput("0113 496 0000")]))
    contacts.make_consumer(ctx, pid)
    window = open_window(qtbot, ctx)
    window.open_contact(pid)
    card = window.cards.card
    assert card is not None
    qtbot.waitUntil(lambda: card.isVisible() and not card.runner.is_busy(), timeout=10_000)
    return window, card


def reachable_actions(card: ContactCard) -> set[str]:
    """The card's actions a user can press: a button in sight, or in the More menu."""
    bar = card.toolbar
    shown = {a.text() for a in bar.actions() if not a.isSeparator()
             and bar.widgetForAction(a) is not None and bar.widgetForAction(a).isVisible()}
    if bar.more.isVisible():
        bar.more_menu.aboutToShow.emit()  # filled as it opens
        shown |= {a.text() for a in bar.more_menu.actions() if not a.isSeparator()}
    return shown


def reachable_tabs(tabs: CollapsibleTabWidget) -> set[str]:
    bar = tabs.tabBar()
    shown = {tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)
             and bar.isVisible() and bar.rect().contains(bar.tabRect(i))}
    if tabs.chooser.isVisible():
        tabs.menu.aboutToShow.emit()
        shown |= {a.text() for a in tabs.menu.actions()}
    return shown


def test_the_window_with_a_card_fits_and_everything_is_in_reach(qtbot, gui_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window, card = consumer_card(qtbot, gui_ctx)
    area = free_area(window)
    assert area.contains(window.frameGeometry()), (window.frameGeometry(), area)
    assert window.minimumSizeHint().width() <= area.width() - 8
    assert window.minimumSizeHint().height() <= area.height() - 40  # with a title bar
    assert sticking_out(window) == []

    actions = card.actions_
    every = [*actions.toolbar_actions(), actions.dial, actions.edit, actions.convert]
    assert {a.text() for a in every} <= reachable_actions(card)
    for action in every:  # a button in sight lies wholly in the window
        button = card.toolbar.widgetForAction(action)
        assert button is not None
        if button.isVisible():
            assert global_rect(window).contains(global_rect(button)), action.text()
    assert card.toolbar.widgetForAction(actions.edit).isVisible()  # Edit never hides

    for tabs, owned in ((card.upper, card.upper_tabs), (card.lower_tab_widget, card.lower_tabs)):
        assert {tabs.tabText(tabs.indexOf(t)) for t in owned.values()
                if tabs.indexOf(t) >= 0} <= reachable_tabs(tabs), tabs.objectName()
    # the Call Log, then the Activity History's Export: picked the way a user would
    lower = card.lower_tab_widget
    for key in ("call_log", "activity_history"):
        index = lower.indexOf(card.lower_tabs[key])
        if lower.isTabVisible(index):
            lower.setCurrentIndex(index)
        else:
            lower.menu.aboutToShow.emit()
            next(a for a in lower.menu.actions() if a.text() == lower.tabText(index)).trigger()
        qtbot.waitUntil(card.lower_tabs[key].isVisible, timeout=5000)
        assert sticking_out(window) == [], key
    export = card.lower_tabs["activity_history"].export_button  # type: ignore[attr-defined]
    assert export.isVisible() and global_rect(window).contains(global_rect(export))
    assert area.contains(window.frameGeometry())  # the card did not widen the window


def test_the_card_in_its_own_window_fits_too(qtbot, gui_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window, card = consumer_card(qtbot, gui_ctx)
    window.window_actions.card_window.setChecked(True)  # View > Card in its own window
    own = window.cards.window
    assert own is not None
    qtbot.waitExposed(own)
    qtbot.waitUntil(card.isVisible, timeout=5000)
    assert free_area(own).contains(own.frameGeometry()), own.frameGeometry()
    assert sticking_out(own) == []
    actions = card.actions_
    every = [*actions.toolbar_actions(), actions.dial, actions.edit, actions.convert]
    assert {a.text() for a in every} <= reachable_actions(card)


def test_a_layout_saved_on_a_larger_screen_is_cut_down(qtbot, named_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    screen = QApplication.primaryScreen()
    huge = QWidget()
    huge.setGeometry(0, 0, 4000, 3000)  # a wall display's window
    settings = LocalSettings()
    settings.last_screen = window_fit.screen_key(screen)
    settings.screen_layouts = {settings.last_screen: {
        "geometry": bytes(huge.saveGeometry().toBase64().data()).decode(), "splitter": ""}}
    settings.save()
    window = open_window(qtbot, named_ctx)
    assert free_area(window).contains(window.frameGeometry()), window.frameGeometry()


def test_each_screen_keeps_its_own_layout(qtbot, named_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    big = QWidget()
    big.setGeometry(0, 0, 3000, 1800)  # the window as it was on a 4K monitor
    elsewhere = {"geometry": bytes(big.saveGeometry().toBase64().data()).decode(), "splitter": ""}
    settings = LocalSettings()
    settings.last_screen = "Office monitor 3840x2160"  # not connected now
    settings.screen_layouts = {settings.last_screen: elsewhere}
    settings.save()
    window = open_window(qtbot, named_ctx)
    area = free_area(window)
    assert area.contains(window.frameGeometry())  # sized for this screen, not that one
    width, height = min(900, area.width() - 40), min(560, area.height() - 60)
    window.resize(width, height)
    window.open_contact(window.panel.model.row_at(0).id)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: window.cards.card is not None and window.cards.card.isVisible(),
                    timeout=5000)
    window.splitter.setSizes([width - 560, 560])
    sizes = window.splitter.sizes()
    window.close()

    saved = LocalSettings.load()
    here = window_fit.screen_key(QApplication.primaryScreen())
    assert saved.last_screen == here
    assert saved.screen_layouts["Office monitor 3840x2160"] == elsewhere  # kept for that one
    assert saved.screen_layouts[here]["geometry"] and saved.screen_layouts[here]["splitter"]
    again = open_window(qtbot, named_ctx)
    assert (again.width(), again.height()) == (width, height)
    again.open_contact(again.panel.model.row_at(0).id)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: again.cards.card is not None and again.cards.card.isVisible(),
                    timeout=5000)
    # the card where it was left (to the few pixels the splitter's handle takes)
    assert all(abs(a - b) <= 4 for a, b in zip(again.splitter.sizes(), sizes, strict=True))


# -- dialogs -------------------------------------------------------------------


@pytest.fixture
def office(qtbot, gui_ctx: AppContext):  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setGeometry(free_area(parent).adjusted(10, 30, -10, -10))
    parent.show()
    runner = TaskRunner()
    yield make_office(gui_ctx, runner, parent)
    runner.shutdown()  # its jobs done before the dialogs and their parent go


def save_buttons(dialog: QDialog) -> list[QAbstractButton]:
    """The buttons that finish the dialog's job (OK, Save, Next, Finish), else Close."""
    if isinstance(dialog, QWizard):
        return [dialog.button(QWizard.WizardButton.NextButton)]
    boxes = dialog.findChildren(QDialogButtonBox)
    buttons = [b for box in boxes for b in box.buttons()]
    accept = [b for box in boxes for b in box.buttons() if box.buttonRole(b) in (
        QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole,
        QDialogButtonBox.ButtonRole.ApplyRole)]
    # a window with no button box (the buffer, the recent calls): its own push buttons
    return accept or buttons or [b for b in dialog.findChildren(QPushButton) if b.isVisible()]


@pytest.mark.parametrize("name", sorted(DIALOGS()))
def test_every_dialog_fits_the_screen(qtbot, office: Office, name: str) -> None:  # type: ignore[no-untyped-def]
    dialog = DIALOGS()[name](office)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not office.runner.is_busy(), timeout=10_000)
    area = free_area(dialog)
    try:  # a dialog that grew as its lists loaded is put back on the screen
        qtbot.waitUntil(lambda: area.contains(dialog.frameGeometry()), timeout=3000)
    except AssertionError:
        pytest.fail(f"{name} at {dialog.frameGeometry()} is not within {area}")
    buttons = save_buttons(dialog)
    assert buttons, f"{name} has no OK, Save or Close button"
    for button in buttons:
        assert button.isVisible(), (name, button.text())
        assert global_rect(dialog).contains(global_rect(button)), (name, button.text())
        assert area.contains(global_rect(button)), (name, button.text())
    assert sticking_out(dialog) == [], name
    dialog.reject()


def test_the_catalogue_names_every_dialog() -> None:
    """A new dialog gets an entry in tests/gui/dialog_catalogue.py (and so this check)."""
    import importlib
    import pkgutil

    import app.views

    seen: set[str] = set()
    for module in pkgutil.walk_packages(app.views.__path__, "app.views."):
        loaded = importlib.import_module(module.name)
        for value in vars(loaded).values():
            if (isinstance(value, type) and issubclass(value, QDialog | QWizard)
                    and value.__module__ == module.name and not value.__name__.startswith("_")):
                seen.add(value.__name__)
    named = set(DIALOGS()) | {"RecordDialog"}  # two RecordDialogs: Campaign- and MessageDialog
    assert seen - named - {"FormDialog"} == set()

"""The call pop-up, the buffer view and the telephony settings in German (issue 14):
with the German catalogue loaded, every text they show in each state of a call
(unknown, known, several candidates, withheld, after the call) is German, and
the header's time and the counts follow the locale."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget

from app import i18n
from app.config import LocalSettings
from app.services.context import AppContext
from app.telephony.callerid import Outcome, Withheld
from app.views import language
from app.views.buffer_view import BufferView
from app.views.telephony_settings import TelephonySettingsDialog
from tests.gui.conftest import person
from tests.gui.popup.conftest import Line, ended, ring
from tests.gui.untranslated import Catalogue, offenders

WAIT = 10_000


@pytest.fixture
def german(qapp: QApplication) -> Iterator[language.Loaded]:
    loaded = language.install(qapp, language.GERMAN)
    yield loaded
    language.install(qapp, language.ENGLISH, QLocale.c())
    i18n.install(None)


def english_left(windows: list[QWidget], data: list[str]) -> list[str]:
    return sorted(offenders(windows, Catalogue.load(), data).values())


def test_every_state_of_the_popup_reads_german(gui_ctx: AppContext, line: Line, manager,  # type: ignore[no-untyped-def]
                                               german: language.Loaded) -> None:
    person(gui_ctx, "Anna", "Smith", phone="020 7946 0101")
    person(gui_ctx, "Ben", "Okafor", phone="020 7946 0958")
    person(gui_ctx, "Bea", "Okafor", phone="020 7946 0958")
    line.feed(ring("known", "02079460101", "SMITH A"), ring("unknown", "01134960444", "JONES C"),
              ring("several", "02079460958"), ring("hidden", "", withheld=Withheld.PRIVATE),
              ring("ends", "02079460101"), ended("ends", Outcome.MISSED))
    line.settle()
    popups = manager.popups
    assert popups["unknown"].body.objectName() == "unknownPage"
    assert popups["ends"].end_form is not None
    data = ["Anna Smith", "Ben Okafor", "Bea Okafor", "SMITH A", "JONES C", "SIP", "office",
            "Lead", "Customer"]
    assert english_left(list(popups.values()), data) == []
    assert popups["ends"].header.text().startswith("Anruf beendet · verpasst · SIP")
    assert popups["unknown"].create_button.text() == "Kontakt anlegen"


def test_the_buffer_view_and_telephony_settings_read_german(qtbot, gui_ctx: AppContext,  # type: ignore[no-untyped-def]
                                                            line: Line,
                                                            german: language.Loaded) -> None:
    view = BufferView(gui_ctx, line.runner)
    qtbot.addWidget(view)
    line.bridge.call_routed.connect(view.on_call_routed)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        line.feed(ring("b1", "+441134960444", "JONES C"), ended("b1", Outcome.MISSED))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=WAIT)
    assert view.count_label.text() == "1 Anruf"
    assert view.model.data(view.model.index(0, 3)) == "verpasst"
    dialog = TelephonySettingsDialog(gui_ctx, LocalSettings.load(), line.runner)
    qtbot.addWidget(dialog)
    dialog.show()
    line.settle()
    assert english_left([view, dialog], ["JONES C", "SIP", "PBX", "UDP", "TCP", "udp", "tcp",
                                         "sip", "example", "com", "desk"]) == []

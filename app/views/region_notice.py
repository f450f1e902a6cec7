"""The status bar says so while the office's country is a guess: nobody chose it
and the system locale names none (a C/POSIX locale), so numbers without a country
code are read as US numbers. Never silently US: the link opens the first-run
wizard, where the country is chosen; the notice goes once it is."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

from app.i18n import translate
from app.services.changes import Changes, Kind
from app.services.context import AppContext
from app.services.office import settings as office_settings
from app.views.change_bus import change_bus
from app.views.tasks import TaskRunner


class RegionNotice(QLabel):
    """Hidden until a check finds the country guessed; ``choose`` runs on its link."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, choose: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionNotice")
        self._ctx = ctx
        self._runner = runner
        self.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.setText(translate(
            "RegionNotice",
            "Numbers without a country code are read as US numbers: "
            "<a href=\"choose\">choose the office's country…</a>"))
        self.setToolTip(translate(
            "RegionNotice",
            "Nobody has chosen the office's country yet and the system's language "
            "settings name none. Help > First-run wizard chooses it."))
        self.linkActivated.connect(lambda _link: choose())
        self.hide()
        change_bus().watch(self, (Kind.SETTING,), self._settings_changed)

    def check(self) -> None:
        """Look again, off the GUI thread."""
        self._runner.run("region-notice", lambda: office_settings.region_is_guessed(self._ctx),
                         self._show_if)

    def _settings_changed(self, _what: Changes) -> None:
        self.check()

    def _show_if(self, guessed: bool) -> None:
        self.setVisible(bool(guessed))

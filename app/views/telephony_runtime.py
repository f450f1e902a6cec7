"""The desk's caller-ID sources, running inside the desktop app.

Built from this desk's settings (SIP lines, modems; the SIP password from the
OS keyring or this session), started off the GUI thread (SIP start waits for
the library), stopped in order at exit. The UI asks it to dial, reject and
mark calls answered; it never talks to pjsua2 or pyserial itself.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.config import LocalSettings
from app.i18n import translate
from app.services.context import AppContext, ServiceError
from app.services.office import secrets
from app.views.tasks import TaskRunner
from app.views.telephony_bridge import TelephonyBridge

log = logging.getLogger(__name__)

START_TASK = "telephony-start"


class TelephonyRuntime(QObject):
    problem = Signal(str)
    """A source could not start; the text says which and why."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, settings: LocalSettings,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._settings = settings
        self.bridge = TelephonyBridge(ctx, runner, self)
        self.sip: Any = None
        self.modems: dict[str, Any] = {}

    @property
    def configured(self) -> bool:
        return bool(self._settings.sip_accounts or self._settings.modems)

    def start(self) -> None:
        """Start every configured source (in the background)."""
        for port, conf in self._settings.modems.items():
            self._start_modem(port, conf)
        if self._settings.sip_accounts:
            # pjsua2 runs one endpoint per process: the first line is the one watched
            name, conf = next(iter(self._settings.sip_accounts.items()))
            if len(self._settings.sip_accounts) > 1:
                log.warning("only the first SIP line (%s) is watched", name)
            self._runner.run(START_TASK, lambda: self._start_sip(name, conf),
                             lambda _r: None, on_error=lambda exc: self.problem.emit(
                                 translate("Telephony", "SIP line “{name}” did not start: {reason}")
                                 .format(name=name, reason=exc)))

    def _start_modem(self, port: str, conf: dict[str, Any]) -> None:
        from app.telephony.modem import ModemSource
        from app.telephony.modem_profiles import ModemProfile

        try:
            profile = ModemProfile.from_dict(conf) if conf else None
        except (TypeError, ValueError) as exc:
            self.problem.emit(translate("Telephony", "Modem {port}: its profile is not valid ({reason})")
                              .format(port=port, reason=exc))
            return
        source = ModemSource(port, profile, self.bridge.sink,
                             on_status=self.bridge.status_sink(f"Modem {port}"))
        self.modems[port] = source
        self.bridge.add_source(f"modem:{port}", source)  # the reader reconnects by itself

    def _start_sip(self, name: str, conf: dict[str, Any]) -> None:
        from app.telephony.sip import SipConfig, SipSource

        config = SipConfig(**conf)
        password = secrets.get(secrets.sip_account(name)) or ""
        if config.mode == "account" and not password:
            raise ServiceError(translate("Telephony", "no password: enter it in Settings > Telephony"))
        def status(state: str, detail: str = "") -> None:
            self.bridge.source_status.emit(f"SIP {name}", f"{state} {detail}".strip())

        source = SipSource(config, self.bridge.sink, on_status=status)
        source.start(password=password)
        self.sip = source
        self.bridge.sources[f"sip:{name}"] = source

    # -- what the UI asks -------------------------------------------------------------

    def can_dial(self) -> bool:
        return self.sip is not None or bool(self.modems)

    def dial(self, number: str, via: str | None = None, *, region: str = "") -> str:
        """Click-to-call through SIP (desk phone first, then REFER) or a modem;
        ``region`` is the office's home region (the dialer reads it off this thread)."""
        use_sip = self.sip is not None and via in (None, "sip")
        if use_sip:
            return str(self.sip.dial(number))
        if self.modems and via in (None, "modem"):
            from app.services.contacts import phones

            # a modem dials what a handset on this line would: national / 00...
            digits = phones.dial_digits(number, region)
            next(iter(self.modems.values())).dial(digits)
            return digits
        raise ServiceError(translate("Telephony", "No telephone line is set up for dialling: add a "
                                     "SIP line with your desk phone, or a modem, in Settings > Telephony"))

    def reject(self, call_key: str) -> None:
        if self.sip is not None:
            self.sip.reject(call_key)

    def mark_answered(self, call_key: str) -> None:
        for modem in self.modems.values():
            modem.mark_answered(call_key)

    def stop(self) -> int:
        """Stop every source (modems and SIP, in the library's shutdown order), then the
        pipeline; returns how many call events are still unwritten (in the journal)."""
        left = self.bridge.stop()
        self.sip = None
        self.modems.clear()
        return left

"""`ringcard calls ...` and `ringcard telephony ...`: the telephony sources and
routing without a GUI.

    ringcard calls listen [--sip-listen HOST:PORT | --sip-account NAME] [--modem PORT] [--json]
    ringcard calls list [--unmatched] [--json]
    ringcard calls dial NUMBER [--via sip|modem] [--sip-account NAME] [--modem PORT]
    ringcard telephony modem-test PORT [--seconds N]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import threading
import time
from typing import Any

from app.cli.common import positive_int


def add_parsers(sub: Any) -> None:
    calls = sub.add_parser("calls", help="caller-ID sources and the call log").add_subparsers(
        dest="calls_command", required=True)
    listen = calls.add_parser("listen", help="run the sources and print each routed event")
    listen.add_argument("--sip-listen", metavar="HOST:PORT",
                        help="a local SIP listener without registration")
    listen.add_argument("--sip-account", metavar="NAME", help="a SIP line from this desk's settings")
    listen.add_argument("--modem", metavar="PORT", help="a serial caller-ID modem")
    listen.add_argument("--json", action="store_true", help="one JSON line per event")
    listen.add_argument("--seconds", type=float, default=0, help="stop after this long (0: never)")
    listen.add_argument("--ring-gap", type=float, default=None,
                        help="modem: seconds without RING after which a call has ended")
    lst = calls.add_parser("list", help="the call log, newest first")
    lst.add_argument("--unmatched", action="store_true", help="only the unmatched buffer")
    lst.add_argument("--json", action="store_true")
    lst.add_argument("--limit", type=positive_int, default=50)
    dial = calls.add_parser("dial", help="place an outbound call like the Dial action does")
    dial.add_argument("number")
    dial.add_argument("--via", choices=["sip", "modem"], default=None)
    dial.add_argument("--sip-account", metavar="NAME")
    dial.add_argument("--modem", metavar="PORT")
    dial.add_argument("--seconds", type=float, default=90, help="wait this long for the outcome")
    tel = sub.add_parser("telephony", help="diagnosis").add_subparsers(
        dest="telephony_command", required=True)
    mt = tel.add_parser("modem-test", help="show the init exchange and raw lines of a modem")
    mt.add_argument("port")
    mt.add_argument("--seconds", type=float, default=30)


def run(args: argparse.Namespace, ctx_factory: Any) -> int:
    if getattr(args, "telephony_command", None) == "modem-test":
        from app.telephony.modem import modem_test

        return modem_test(args.port, None, sys.stdout, args.seconds)
    ctx = ctx_factory(args)
    if args.calls_command == "list":
        return _list(ctx, args)
    if args.calls_command == "listen":
        return _listen(ctx, args)
    return _dial(ctx, args)


def _list(ctx: Any, args: argparse.Namespace) -> int:
    from app.services.calls.queries import list_calls

    rows = list_calls(ctx, unmatched_only=args.unmatched, limit=args.limit)
    if args.json:
        for row in rows:
            print(json.dumps(row.as_json(), ensure_ascii=False))
        return 0
    for r in rows:
        when = r.at.astimezone().strftime("%Y-%m-%d %H:%M")
        arrow = "<-" if r.direction == "in" else "->"
        dur = f"{r.duration_s // 60}:{r.duration_s % 60:02d}" if r.duration_s else ""
        print(f"{when} {arrow} {r.display or r.number or '(withheld)':<18} {r.name[:28]:<28} "
              f"{r.outcome:<10} {dur:>6}  {r.where}")
    return 0


def _sources(ctx: Any, args: argparse.Namespace, sink: Any) -> dict[str, Any]:
    """Build (not start) the sources named on the command line."""
    from app.config import LocalSettings

    sources: dict[str, Any] = {}
    if getattr(args, "sip_listen", None):
        from app.telephony.sip import SipConfig, SipSource

        host, _, port = args.sip_listen.rpartition(":")
        sources["sip"] = (SipSource(SipConfig(mode="listen", host=host or "127.0.0.1",
                                              port=int(port)), sink), "")
    if getattr(args, "sip_account", None):
        from app.services.office import secrets
        from app.telephony.sip import SipConfig, SipSource

        conf = LocalSettings.load().sip_accounts.get(args.sip_account)
        if conf is None:
            raise SystemExit(f"ringcard: no SIP line named “{args.sip_account}” in this desk's "
                             "settings")
        password = secrets.get(secrets.sip_account(args.sip_account)) or ""
        sources["sip"] = (SipSource(SipConfig(**conf), sink), password)
    if getattr(args, "modem", None):
        from app.telephony.modem import ModemSource
        from app.telephony.modem_profiles import ModemProfile

        saved = LocalSettings.load().modems.get(args.modem)
        profile = ModemProfile.from_dict(saved) if saved else None
        if getattr(args, "ring_gap", None) is not None:
            profile = profile or ModemProfile()
            profile.ring_gap_s = args.ring_gap
        sources["modem"] = (ModemSource(args.modem, profile, sink), None)
    return sources


STATUS_EVERY_S = 10.0


class StartError(Exception):
    """A source that cannot start: one clear line, exit status 2."""


def _start(sources: dict[str, Any]) -> None:
    """Start each source; a failure is raised as one StartError (the library's own
    log lines about it are held back unless --verbose: the message says it all)."""
    from app.telephony.sip import SipError

    quiet = logging.getLogger("app.telephony")
    level = quiet.level
    if not quiet.isEnabledFor(logging.DEBUG):  # the log file takes INFO: not --verbose
        quiet.setLevel(logging.CRITICAL)
    try:
        for source, password in sources.values():
            try:
                if password is None:
                    source.start()
                else:
                    source.start(password=password)
            except SipError as exc:
                raise StartError(str(exc)) from exc
    finally:
        quiet.setLevel(level)


def _check_modem(port: str) -> None:
    """A serial device that does not exist is said at once (the source itself would
    keep retrying it, as it does for a modem unplugged while running)."""
    if "://" in port:  # a pyserial URL (rfc2217://, socket://): checked when opened
        return
    if not os.path.exists(port):
        raise StartError(f"no serial port {port}: check the modem's cable and the device name")
    if not os.access(port, os.R_OK | os.W_OK):
        raise StartError(f"no permission to open {port} (is this user in the 'dialout' group?)")


class _Printer:
    """Prints routed events, one line each, from the pipeline's threads."""

    def __init__(self, as_json: bool, gone: threading.Event | None = None) -> None:
        self._json = as_json
        self._lock = threading.Lock()
        self.gone = gone or threading.Event()  # set when the reader of stdout went away
        self._state: tuple[bool, str] = (False, "")
        self._said_at = 0.0

    def routed(self, routed: Any) -> None:
        if self._json:
            line = json.dumps(routed.as_json(), ensure_ascii=False)
        else:
            who = routed.name or routed.number or f"withheld ({routed.withheld})"
            line = (f"{routed.at.astimezone():%H:%M:%S} {routed.source:<5} {routed.event:<10} "
                    f"{who:<28} -> {routed.where} {routed.outcome or ''} [{routed.stage}]")
        with self._lock:
            if self.gone.is_set():
                return
            try:
                print(line, flush=True)
            except BrokenPipeError:  # `ringcard calls listen | head`: stop quietly
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
                self.gone.set()

    def status(self, status: Any) -> None:
        """Said when the path's state changes (the database goes away or comes back,
        the journal fails), and while it lasts at most every STATUS_EVERY_S."""
        text = status.text()
        state = (bool(status.database_away), status.journal_problem)
        now = time.monotonic()
        if state == self._state and now - self._said_at < STATUS_EVERY_S:
            return
        if not text and not any(self._state):
            return
        self._state, self._said_at = state, now
        with self._lock:
            print(f"ringcard: {text or 'the database answers again'}", file=sys.stderr,
                  flush=True)


def _listen(ctx: Any, args: argparse.Namespace) -> int:
    from app.services.inbound.pipeline import InboundPipeline

    stop = threading.Event()
    printer = _Printer(args.json, gone=stop)
    pipeline = InboundPipeline(ctx, on_routed=printer.routed, on_status=printer.status)
    sources = _sources(ctx, args, pipeline.submit)
    if not sources:
        raise SystemExit("ringcard: name a source: --sip-listen HOST:PORT, --sip-account NAME "
                         "or --modem PORT")
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    try:
        if getattr(args, "modem", None):
            _check_modem(args.modem)
        pipeline.start()  # first: calls a stopped listener left unwritten go in first
        _start(sources)
    except StartError as exc:
        pipeline.stop(timeout=5.0)
        print(f"ringcard: {exc}", file=sys.stderr)
        return 2
    deadline = time.monotonic() + args.seconds if args.seconds else None
    try:
        while not stop.wait(0.5):
            if deadline and time.monotonic() >= deadline:
                break
    finally:
        for source, _pw in sources.values():
            source.stop()
        left = pipeline.stop(timeout=5.0)
        if left:
            print(f"ringcard: {left} call(s) could not be written to the database yet; "
                  f"they wait in {pipeline.folder} and are written at the next start",
                  file=sys.stderr)
    return 0


def _dial(ctx: Any, args: argparse.Namespace) -> int:
    from app.services.inbound.pipeline import InboundPipeline

    done = threading.Event()
    printer = _Printer(True)

    def show(routed: Any) -> None:
        if routed.stage != "written":
            return
        printer.routed(routed)
        if routed.event == "ended":
            done.set()

    pipeline = InboundPipeline(ctx, on_routed=show, on_status=printer.status)
    via = args.via or ("modem" if args.modem and not args.sip_account else "sip")
    sources = _sources(ctx, args, pipeline.submit)
    if via not in sources:
        raise SystemExit(f"ringcard: dialling via {via} needs "
                         + ("--modem PORT" if via == "modem" else "--sip-account NAME"))
    try:
        if via == "modem":
            _check_modem(args.modem)
        pipeline.start()
        _start({via: sources[via]})
    except StartError as exc:
        pipeline.stop(timeout=5.0)
        print(f"ringcard: {exc}", file=sys.stderr)
        return 2
    try:
        sources[via][0].dial(args.number)
        done.wait(args.seconds)
    finally:
        sources[via][0].stop()
        pipeline.stop(timeout=5.0)
    return 0 if done.is_set() else 1

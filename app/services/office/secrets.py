"""Secrets (the SIP password) live only in the OS keyring.

When the machine has no secure keyring (keyring's fail or null backends, or a
plaintext file backend such as keyrings.alt installs), we say so and the
"Remember" box is off: the password is then kept in this process's memory for the
session only. Never in the database, the settings file or the log.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from app.i18n import translate
from app.services.context import ServiceError

log = logging.getLogger(__name__)

SERVICE = "Ringcard"
_session: dict[str, str] = {}  # not remembered: this process only
_INSECURE = ("fail.Keyring", "null.Keyring", "Plaintext", "plaintext", "file.")


def sip_account(name: str) -> str:
    """The keyring entry of the SIP line ``name`` (settings, CLI and runtime agree)."""
    return f"sip:{name}"


class NoSecureKeyring(ServiceError):
    """There is nowhere safe to remember a password on this machine (the message
    says so to the user)."""


@dataclass(frozen=True)
class KeyringStatus:
    secure: bool
    backend: str
    message: str


def status() -> KeyringStatus:
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    chained = getattr(backend, "backends", None)
    if chained is not None and not chained:
        message = translate("Keyring", "No keyring service is running on this computer.")
        return KeyringStatus(False, name, message)
    if any(mark in name for mark in _INSECURE):
        return KeyringStatus(False, name, translate(
            "Keyring", "This computer has no secure keyring (only {backend}), so Ringcard cannot "
            "remember the password safely: it is kept until Ringcard closes; enter it "
            "again in Settings > Telephony after a restart.").format(backend=type(backend).__name__))
    return KeyringStatus(True, name, translate("Keyring", "Passwords are kept in {backend}.").format(
        backend=type(backend).__name__))


def store(account: str, password: str, *, remember: bool) -> None:
    """Keep ``password`` for ``account``: in the keyring, or for this session only."""
    if not remember:
        _session[account] = password
        forget_remembered(account)
        return
    state = status()
    if not state.secure:
        raise NoSecureKeyring(state.message)
    try:
        keyring.set_password(SERVICE, account, password)
    except KeyringError as exc:
        message = translate("Keyring", "The keyring refused to store the password: {reason}")
        raise NoSecureKeyring(message.format(reason=exc)) from exc
    _session.pop(account, None)
    log.info("password for %s stored in %s", account, state.backend)


def get(account: str) -> str | None:
    if account in _session:
        return _session[account]
    if not status().secure:
        return None
    try:
        return keyring.get_password(SERVICE, account)
    except KeyringError as exc:
        log.warning("keyring read failed for %s: %s", account, type(exc).__name__)
        return None


def forget_remembered(account: str) -> None:
    try:
        keyring.delete_password(SERVICE, account)
    except (PasswordDeleteError, KeyringError):
        pass


def forget(account: str) -> None:
    _session.pop(account, None)
    forget_remembered(account)

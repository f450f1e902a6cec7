"""One Ringcard per user and database: a second start hands over to the first.

The first start listens on a local socket (QLocalServer) named after the OS user
and the database URL (hashed: the URL may hold a password). A second start
connects, says "show", waits for "ok" and exits 0; the first brings its window
forward. Both users and databases stay apart: another database opens its own
window.

A Ringcard that was killed leaves its socket file behind. That file is removed
only after probing it: a connection that is refused (nobody listening) means it
is stale; one that is accepted means a Ringcard is running, however busy. The
probe, the removal and the new listen happen under a lock file, so two starts at
the same moment cannot both decide the socket is theirs.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from app.i18n import translate

log = logging.getLogger(__name__)

SHOW = b"show\n"
SHOWN = b"ok\n"
CONNECT_MS = 1_000
ANSWER_MS = 5_000
LOCK_MS = 10_000
#: A probe that fails this way proves nobody listens: the socket file is stale.
STALE_ERRORS = (QLocalSocket.LocalSocketError.ConnectionRefusedError,
                QLocalSocket.LocalSocketError.ServerNotFoundError)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container)
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def server_name(database_url: str, user: str | None = None) -> str:
    """The socket of this user's Ringcard on this database. In the user's own
    runtime folder when there is one (no other user can reach it); else a name
    Qt puts in the temp folder, owned by and open to this user only."""
    digest = hashlib.sha256(f"{user or _os_user()}\0{database_url}".encode()).hexdigest()[:20]
    name = f"ringcard-{digest}"
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and os.name == "posix" and Path(runtime).is_dir():
        return str(Path(runtime) / name)
    return name


class SingleInstance(QObject):
    """The listening side, after ``claim`` found no other Ringcard."""

    show_requested = Signal()
    """Another start asked for the window."""

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._answer)

    def listen(self) -> bool:
        if self.server.listen(self.name):
            log.info("single instance: listening on %s", self.server.fullServerName())
            return True
        log.warning("single instance: cannot listen on %s: %s", self.name,
                    self.server.errorString())
        return False

    def _answer(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == SHOW:
            log.info("single instance: another start asked for the window; brought forward")
            self.show_requested.emit()
            socket.write(SHOWN)
            socket.flush()
        socket.disconnectFromServer()

    def close(self) -> None:
        self.server.close()


def hand_over(name: str) -> bool | None:
    """Ask a running Ringcard on ``name`` to show its window. True: it did; False: one
    is running but did not answer in time (busy); None: nobody listens there."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        if socket.error() not in STALE_ERRORS:
            log.warning("single instance: %s did not take the connection: %s", name,
                        socket.errorString())
            return False  # there, but not answering: never treat it as stale
        return None
    socket.write(SHOW)
    socket.waitForBytesWritten(CONNECT_MS)
    answered = False
    while socket.waitForReadyRead(ANSWER_MS):
        if socket.canReadLine():
            answered = bytes(socket.readLine().data()) == SHOWN
            break
    socket.disconnectFromServer()
    return answered


def socket_file(name: str) -> Path:
    """Where the socket of ``name`` lives (Unix): a path as given, else in Qt's temp folder."""
    return Path(name) if os.path.isabs(name) else Path(QDir.tempPath()) / name


def claim(name: str, parent: QObject | None = None) -> SingleInstance | None:
    """This start's claim on ``name``: the listening SingleInstance, or None when
    another Ringcard has it (and was asked to show its window)."""
    path = socket_file(name)
    lock = QLockFile(str(path.with_name(path.name + ".lock")))
    lock.setStaleLockTime(0)  # a lock of a dead process is taken over (by PID), never by age
    if not lock.tryLock(LOCK_MS):
        log.warning("single instance: lock %s held too long; starting anyway", lock.fileName())
    try:
        answered = hand_over(name)
        if answered is not None:
            log.info("single instance: a Ringcard is running on %s (answered: %s)", name, answered)
            return None
        if os.name == "posix" and (path.exists() or path.is_symlink()):
            # probed: nobody listens, so the file is what a killed Ringcard left
            if QLocalServer.removeServer(name):
                log.info("single instance: removed the stale socket of a Ringcard that was "
                         "stopped without closing (%s)", path)
        instance = SingleInstance(name, parent)
        instance.listen()  # if it cannot, this start still works; later ones open their own
        return instance
    finally:
        if lock.isLocked():
            lock.unlock()


def bring_forward(window: QWidget) -> None:
    """Show ``window`` on top: restored if minimised, shown if hidden (in the tray)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def claim_window(database_url: str, parent: QObject) -> SingleInstance | None:
    """This start's claim on the window for this user and database; None when another
    Ringcard has it: it was asked to come forward, and this start says so and ends."""
    instance = claim(server_name(database_url), parent)
    if instance is None:
        print(translate("Startup", "Ringcard is already running on this database: its window "
                                   "was brought forward."), flush=True)
    return instance

"""One window per data folder: a second launch asks the first to come to the front and
exits, instead of opening a second window over the same data.

A local socket (QLocalServer) named after the data folder carries the request. If a name is
left over from a crashed process (nobody accepts), it is removed and this process serves it;
if the first process accepts but does not answer in time, this one starts normally."""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

REQUEST, ANSWER = b"raise\n", b"raised\n"
WAIT_MS = 2000


def server_name(home: Path) -> str:
    """Per user and per data folder, so two folders (or two users) never meet."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers)
        user = "user"
    digest = hashlib.sha256(f"{user}\0{Path(home).expanduser().resolve()}".encode()).hexdigest()[:20]
    return f"careerdesk-{digest}"


def ask_running_instance(home: Path, wait_ms: int = WAIT_MS) -> bool:
    """True when a CareerDesk already serving `home` answered our request to come forward."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(home))
    if not socket.waitForConnected(wait_ms):
        return False  # nobody there, or a stale name from a crash
    socket.write(REQUEST)
    socket.waitForBytesWritten(wait_ms)
    answered = False
    while socket.waitForReadyRead(wait_ms):
        if ANSWER in bytes(socket.readAll().data()):
            answered = True
            break
    socket.disconnectFromServer()
    if not answered:
        log.warning("another CareerDesk holds %s but did not answer; starting anyway", home)
    return answered


class InstanceServer(QObject):
    """Listens for later launches over the same folder; `raiseRequested` asks the window
    to come to the front."""

    raiseRequested = Signal()

    def __init__(self, home: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self.name = server_name(home)

    def listen(self) -> bool:
        if not self.server.listen(self.name):
            # A name left by a process that died: nobody answered it, so it is safe to take.
            QLocalServer.removeServer(self.name)
            if not self.server.listen(self.name):
                log.warning("cannot listen for second launches: %s", self.server.errorString())
                return False
        return True

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if REQUEST.strip() in bytes(socket.readAll().data()):
            log.info("a second launch asked this window to come forward")
            self.raiseRequested.emit()
            socket.write(ANSWER)
            socket.flush()


def bring_forward(window) -> None:
    """Show, un-minimise and raise the window (the window manager may only flash it)."""
    if window is None:  # the app is closing
        return
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()

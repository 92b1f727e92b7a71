"""One window per data folder: a second launch asks the first to come to the front and
exits, instead of opening a second window over the same data.

A local socket (QLocalServer) named after the data folder carries the request. If a name is
left over from a crashed process (nobody accepts), it is removed and this process serves it;
if the first process accepts but does not answer in time, this one starts normally.

The window opens before the server listens (start.py): QtNetwork costs ~10 ms to import, so
the question is asked over a plain Unix socket where QLocalServer listens on Unix (the same
path Qt uses: QDir.tempPath()/name), and the server is started once the window has painted."""

from __future__ import annotations

import getpass
import hashlib
import logging
import socket
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

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
    if sys.platform == "win32":  # a named pipe there: Qt's own client
        answered = _ask_with_qt(server_name(home), wait_ms)
    else:
        answered = _ask_over_unix_socket(server_name(home), wait_ms)
    if answered is None:
        return False  # nobody there, or a stale name from a crash
    if not answered:
        log.warning("another CareerDesk holds %s but did not answer; starting anyway", home)
    return answered


def _ask_over_unix_socket(name: str, wait_ms: int) -> bool | None:
    """None when nobody accepts; else whether the server answered."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(wait_ms / 1000)
        try:
            sock.connect(f"{QDir.tempPath()}/{name}")  # where QLocalServer.listen(name) binds on Unix
        except OSError:
            return None
        heard = b""
        try:
            sock.sendall(REQUEST)
            while ANSWER not in heard:
                chunk = sock.recv(64)
                if not chunk:
                    break
                heard += chunk
        except OSError:  # (a timeout too)
            pass
        return ANSWER in heard


def _ask_with_qt(name: str, wait_ms: int) -> bool | None:
    from PySide6.QtNetwork import QLocalSocket

    socket_ = QLocalSocket()
    socket_.connectToServer(name)
    if not socket_.waitForConnected(wait_ms):
        return None
    socket_.write(REQUEST)
    socket_.waitForBytesWritten(wait_ms)
    answered = False
    while socket_.waitForReadyRead(wait_ms):
        if ANSWER in bytes(socket_.readAll().data()):
            answered = True
            break
    socket_.disconnectFromServer()
    return answered


class InstanceServer(QObject):
    """Listens for later launches over the same folder; `raiseRequested` asks the window
    to come to the front."""

    raiseRequested = Signal()

    def __init__(self, home: Path, parent: QObject | None = None):
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer  # (after the first paint: see the module's notes)

        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self.name = server_name(home)

    def listen(self) -> bool:
        if not self.server.listen(self.name):
            # A name left by a process that died: nobody answered it, so it is safe to take.
            self.server.removeServer(self.name)
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

"""One window per data folder: a second launch asks the first to come to the front and
exits, instead of opening a second window over the same data.

A window's process holds an OS lock on a file in the data folder for as long as it lives
(WINDOW_LOCK; the operating system drops it when the process ends, crashed or not). A launch
that gets the lock is the only window over the folder and asks nobody: the common start never
imports socket, hashlib or getpass (~10-20 ms) before its first paint. Only when another
process holds the lock is the question asked, over a local socket named after the data folder
(a socket file on Unix, a named pipe on Windows); while that process is still starting (holding
the lock, not yet listening) or closing, the launch keeps asking, for up to STARTING_WAIT_S, and
opens the window itself (holding the lock) if the process ends meanwhile. If a name is left over
from a crashed process (nobody accepts), the server takes it; if the first process never
answers, this one starts normally after the wait.

The window opens before the server listens (start.py), once it has painted. On Unix both ends are
plain sockets at the path QLocalServer would use (QDir.tempPath()/name), so QtNetwork (~10 ms to
import, ~3 MiB of memory) is never loaded there; on Windows a QLocalServer serves the pipe."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from careerdesk.store.filelock import try_lock  # (the OS lock primitive the data folder's lock uses)

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

log = logging.getLogger(__name__)

REQUEST, ANSWER = b"raise\n", b"raised\n"
WAIT_MS = 2000
WINDOW_LOCK = ".careerdesk-window.lock"  # (not the folder lock: that one is taken and dropped around writes)
STARTING_WAIT_S = 10.0  # how long a launch waits for a window that holds the lock to answer
SUN_PATH = 108 if sys.platform.startswith("linux") else 104  # bytes in an AF_UNIX path, its final 0 too

_held_windows: dict[Path, int] = {}  # folder -> the open lock file, kept for the process's life


def claim_window(home: Path) -> bool | None:
    """Take the folder's window lock for the rest of this process. True: no other process
    holds it (this process already did counts too); False: another does, a window over
    `home` runs or is starting; None: it cannot be told here (a folder that cannot be
    written, a file system without locks), so the caller asks over the socket."""
    key = Path(home).expanduser().resolve()
    if key in _held_windows:
        return True
    try:
        key.mkdir(parents=True, exist_ok=True)
        fd = os.open(key / WINDOW_LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        return None
    try:
        locked = try_lock(fd)
    except OSError:  # (no locks on this file system)
        os.close(fd)
        return None
    if not locked:
        os.close(fd)
        return False
    _held_windows[key] = fd
    return True


def server_name(home: Path) -> str:
    """Per user and per data folder, so two folders (or two users) never meet."""
    import getpass

    from careerdesk.domain.digest import sha256_hex  # (not hashlib's: ~3.5 MiB of the window's memory)

    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers)
        user = "user"
    digest = sha256_hex(f"{user}\0{Path(home).expanduser().resolve()}".encode())[:20]
    return f"careerdesk-{digest}"


def ask_running_instance(home: Path, wait_ms: int = WAIT_MS, starting_wait_s: float = STARTING_WAIT_S) -> bool:
    """True when a CareerDesk already serving `home` answered our request to come forward.
    False when this launch is to open the window (it then holds the folder's window lock,
    where locks work)."""
    claimed = claim_window(home)
    if claimed:
        return False  # no other window over `home`: nothing to ask
    ask = _ask_with_qt if sys.platform == "win32" else _ask_over_unix_socket  # (a named pipe there)
    name = server_name(home)
    answered = ask(name, wait_ms)
    if claimed is False:
        # A window holds the folder but may still be starting (it listens once it has
        # painted) or closing: ask again until it answers, or until its process ends (the
        # lock is then ours).
        deadline = time.monotonic() + starting_wait_s
        while not answered and time.monotonic() < deadline:
            time.sleep(0.05)
            if claim_window(home):
                return False
            answered = ask(name, wait_ms)
    if answered is None:
        if claimed is False:
            log.warning("another CareerDesk holds %s but does not listen; starting anyway", home)
        return False  # (else nobody there, or a stale name from a crash)
    if not answered:
        log.warning("another CareerDesk holds %s but did not answer; starting anyway", home)
    return answered


def _ask_over_unix_socket(name: str, wait_ms: int) -> bool | None:
    """None when nobody accepts; else whether the server answered."""
    import socket

    from PySide6.QtCore import QDir  # (here: a start with no other window never asks)

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


class PipeServer(QObject):
    """Listens for later launches over the same folder (`raiseRequested` asks the window to come
    to the front) with a QLocalServer: on Windows, where the name is a named pipe."""

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

    def close(self) -> None:
        self.server.close()

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


class UnixServer(QObject):
    """PipeServer's work on Unix, over a plain socket that a QSocketNotifier watches, at the path
    QLocalServer uses (QDir.tempPath()/name: either kind of launch finds the other). QtNetwork, for
    this one socket, put ~3 MiB in the window's memory and ~10 ms after its first paint
    (docs/performance.md, round 12). As QLocalServer with UserAccessOption does, the socket is bound
    in a folder only this user can enter, made readable and writable by this user only, then moved
    to its name: nobody else can connect in between, and a name left by a process that died is
    replaced in one step."""

    raiseRequested = Signal()
    MAX_REQUEST = 4096  # bytes read from one launch before it is hung up on

    def __init__(self, home: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.name = server_name(home)
        self.path = ""
        self._socket = None
        self._inode = None
        self._launches: dict = {}  # QSocketNotifier -> (connection, bytes heard)

    def listen(self) -> bool:
        import socket

        from PySide6.QtCore import QCoreApplication, QDir, QSocketNotifier

        path = f"{QDir.tempPath()}/{self.name}"
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            if len(os.fsencode(path)) >= SUN_PATH:  # (nobody could connect: QLocalServer's "name error")
                raise OSError(f"the socket's path is too long: {path}")
            # (not tempfile.mkdtemp: tempfile brings random and shutil, ~1 MiB; a folder made
            # here is made new, never one that was there, and only this user can enter it; its
            # name is shorter than the socket's, as QLocalServer's is, so its socket fits if that one does)
            folder = f"{QDir.tempPath()}/.{os.getpid():x}.{time.monotonic_ns():x}"
            os.mkdir(folder, 0o700)
            try:
                private = os.path.join(folder, "s")
                server.bind(private)
                os.chmod(private, 0o600)
                self._inode = os.stat(private).st_ino
                os.replace(private, path)
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(folder, "s"))  # (only when the move failed)
                os.rmdir(folder)
            server.listen(4)
            server.setblocking(False)
        except OSError as exc:
            server.close()
            log.warning("cannot listen for second launches: %s", exc)
            return False
        self._socket, self.path = server, path
        self._notifier = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)
        return True

    def close(self) -> None:
        """Stop listening, and remove the name if it is still this server's (not a later one's)."""
        if self._socket is None:
            return
        self._notifier.setEnabled(False)
        for notifier, (connection, _heard) in list(self._launches.items()):
            self._hang_up(notifier, connection)
        self._socket.close()
        self._socket = None
        with contextlib.suppress(OSError):
            if os.stat(self.path).st_ino == self._inode:
                os.unlink(self.path)

    def _accept(self, *_signal) -> None:
        from PySide6.QtCore import QSocketNotifier

        while self._socket is not None:
            try:
                connection, _address = self._socket.accept()
            except OSError:  # (none left to accept: BlockingIOError)
                return
            connection.setblocking(False)
            notifier = QSocketNotifier(connection.fileno(), QSocketNotifier.Type.Read, self)
            self._launches[notifier] = (connection, b"")
            notifier.activated.connect(lambda *_signal, n=notifier: self._read(n))

    def _read(self, notifier) -> None:
        connection, heard = self._launches[notifier]
        try:
            chunk = connection.recv(256)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        heard += chunk
        self._launches[notifier] = (connection, heard)
        if REQUEST.strip() in heard:
            log.info("a second launch asked this window to come forward")
            self.raiseRequested.emit()
            with contextlib.suppress(OSError):
                connection.send(ANSWER)  # (a few bytes into an empty socket buffer: never blocks)
            self._hang_up(notifier, connection)
        elif not chunk or len(heard) > self.MAX_REQUEST:
            self._hang_up(notifier, connection)

    def _hang_up(self, notifier, connection) -> None:
        notifier.setEnabled(False)
        notifier.deleteLater()
        self._launches.pop(notifier, None)
        connection.close()


InstanceServer = PipeServer if sys.platform == "win32" else UnixServer


def bring_forward(window) -> None:
    """Show, un-minimise and raise the window (the window manager may only flash it)."""
    if window is None:  # the app is closing
        return
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()

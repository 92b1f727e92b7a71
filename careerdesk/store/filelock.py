"""One lock per data folder, held while a process checks, recovers, migrates, restores or
rebuilds: two windows and a CLI started together then take turns instead of quarantining,
migrating or rebuilding the same files at once. The operating system releases the lock when
its process dies, so a crash never leaves the folder locked. `try_lock` is also the primitive
of an open window's lock (ui/single_instance.py)."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from careerdesk.domain import i18n

LOCK_NAME = ".careerdesk.lock"
WAIT_SECONDS = 120.0  # long enough for a first build of a very large catalogue


class FolderBusy(TimeoutError):
    """Another CareerDesk process kept the data folder locked for too long."""


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import errno
    import msvcrt

    def try_lock(fd: int) -> bool:
        """True when this process now holds the lock; False when another process does. Any
        other failure (a file system without locks) is raised."""
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError as exc:  # EACCES (or EDEADLOCK): another process holds the byte
            if exc.errno in (errno.EACCES, errno.EDEADLOCK):
                return False
            raise

    def unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def try_lock(fd: int) -> bool:
        """True when this process now holds the lock; False when another process does. Any
        other failure (a file system without locks) is raised."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


# Re-entrant within one thread (restore calls open steps); another thread of the process (the
# day's backup on its worker) takes the lock for itself and waits its turn like another process.
_held: dict[tuple[int, Path], int] = {}


@contextmanager
def folder_lock(folder: Path, wait: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold the folder's lock for the block (re-entrant in one thread)."""
    key = (threading.get_ident(), folder.resolve())
    if key in _held:
        _held[key] += 1
        try:
            yield
        finally:
            _held[key] -= 1
        return
    fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait
        while not try_lock(fd):
            if time.monotonic() > deadline:
                raise FolderBusy(i18n.translate("Store", "another CareerDesk is still busy with {folder}").format(
                    folder=folder))
            time.sleep(0.02)
        _held[key] = 1
        try:
            yield
        finally:
            del _held[key]
            unlock(fd)
    finally:
        os.close(fd)

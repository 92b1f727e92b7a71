"""The day's backup that a window's start put off, made on a worker thread of its own: the copy
grows with the user's data (a 50 MB file held the window's thread for a visible moment), and the
window's thread only starts it. The copy reads through a connection of its own
(health.copy_database: SQLite's backup API into a `.partial` file, swapped in only when
complete), under the folder lock taken without waiting: a CLI holding the folder leaves the
backup pending for a later call, never a wait."""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

from careerdesk.domain.errors import CareerDeskError
from careerdesk.store import errors, health
from careerdesk.store.filelock import FolderBusy, folder_lock

log = logging.getLogger(__name__)


class DailyBackup:
    """At most one copy in flight; `finish` waits for it (a closing window, a closing store),
    so no copy is ever left to be cut off when the process ends."""

    def __init__(self, user_path: Path, home: Path, pending: bool):
        self.user_path = user_path
        self.home = home
        self.pending = pending  # not made yet today (or not looked at yet)
        self._thread: threading.Thread | None = None
        self._starting = threading.Lock()

    def start(self) -> bool:
        """Start the copy on a worker thread when it is still pending and none is in flight;
        True while one is under way. Its outcome is logged (a full disk: a warning, and the
        next start tries again), never raised at the window."""
        with self._starting:
            if self._thread is not None and self._thread.is_alive():
                return True
            if not self.pending:
                return False
            # Not a daemon: an app quitting while it copies waits for the copy to end.
            self._thread = threading.Thread(target=self._run, name="careerdesk-backup")
            self._thread.start()
            return True

    def in_flight(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def finish(self) -> None:
        """Wait for the copy in flight, if any."""
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    def make(self) -> Path | None:
        """The copy on this thread, now (None: made already, not due, or the folder busy:
        then still pending). Call `finish` first on the thread that started one."""
        if not self.pending:
            return None
        try:
            with folder_lock(self.home, wait=0):
                self.pending = False
                return health.daily_backup(self.user_path, self.home)
        except FolderBusy:  # (before the lock was taken: still pending)
            return None
        except (OSError, sqlite3.Error) as exc:
            raise errors.translate(exc, self.user_path) from exc

    def _run(self) -> None:
        try:
            self.make()
        except CareerDeskError as exc:  # a full disk, an unwritable folder: the next start tries again
            log.warning("the day's backup failed: %s", exc)
        except Exception:  # noqa: BLE001 - a worker's failure goes to the log, never a window's traceback
            log.error("the day's backup failed unexpectedly", exc_info=True)

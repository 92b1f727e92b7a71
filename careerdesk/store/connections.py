"""The catalogue connections one Store opens in turn: the version of the user's data each has
seen, carried across this process's own reopen, and the old connection closed where no read is
using it."""

from __future__ import annotations

import threading

from careerdesk.store.db import Database

_VERSION = "PRAGMA user.data_version"


def _on_main_thread() -> bool:
    """The thread the window (or the CLI) reads on; slow work runs on others (ui/background.py)."""
    return threading.current_thread() is threading.main_thread()


class Connections:
    """SQLite's data_version belongs to a connection and starts again on a new one, and it moves
    only when *another* connection commits. The window's watcher compares it tick by tick to
    notice other programs' changes, so two things are kept here:

    - the number of connections opened so far goes in the high bits: else a reopened catalogue
      could count back up to the value last seen and the next outside change would go unnoticed;
    - after this process's own reopen (a restore, an O*NET import, a rebuild), the new
      connection's first value stands for the old connection's last one, until another program
      commits. This process announces its own change itself; without the carry the watcher's
      next tick announced it again as an outside change (the list jumped back to the open role).
      The old value is read *after* the new connection's first value, so a commit by another
      program in between moves the old one: it is announced, never swallowed.

    A look (the window's thread) and a switch (an O*NET import's worker) take turns: a look in
    the middle of a switch read the new connection's value against the old one's count (an
    outside change that was none, and a second one back), or had the old connection it was
    about to read closed under it."""

    def __init__(self, first: Database) -> None:
        self.in_use = first  # the connection whose version the window is told
        self._opened = 0  # connections opened after the first
        self._carried: tuple[int, int] | None = None  # (the new connection's first value, what it stands for)
        self._retired: list[Database] = []
        self._turn = threading.Lock()

    def user_data_version(self) -> int:
        with self._turn:
            if self._retired and _on_main_thread():
                self._close_retired()  # (the watcher's tick, on the window's thread: see replaced)
            return self._version(self.in_use)

    def _version(self, db: Database) -> int:
        value = (self._opened << 32) | db.execute(_VERSION).fetchone()[0]
        if self._carried is not None and value == self._carried[0]:
            return self._carried[1]
        return value

    def replaced(self, fresh: Database, own_write: tuple[int, int] | None = None) -> None:
        """`fresh` now serves in place of the connection in use. `own_write`: (the version before,
        the version after) the change's own write of the user's data through a connection of its
        own (a restore): while the old connection is still at "after", the new one stands for
        "before"; once another program committed meanwhile (a second window ticking during the
        rebuild), for the old one's last, and that commit is announced. Called off the main
        thread (an O*NET import's worker), the old connection is kept open: the window's thread
        may be reading a page of the role list through it right now, and closing it under that
        read would raise "Cannot operate on a closed database". It is closed at the window's
        next look (user_data_version) or at close."""
        with self._turn:
            old = self.in_use
            first = (self._opened + 1) << 32 | fresh.execute(_VERSION).fetchone()[0]
            last = self._version(old)
            if own_write is not None and last == own_write[1]:
                last = own_write[0]
            self._opened += 1
            self._carried = (first, last)
            self.in_use = fresh
            self._retired.append(old)
            if _on_main_thread():
                self._close_retired()

    def _close_retired(self) -> None:
        while self._retired:
            self._retired.pop().conn.close()

    def close(self) -> None:
        """The retired connections and the one in use."""
        with self._turn:
            self._close_retired()
            self.in_use.conn.close()

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
      program in between moves the old one: it is announced, never swallowed."""

    def __init__(self) -> None:
        self._opened = 0  # connections opened after the first
        self._carried: tuple[int, int] | None = None  # (the new connection's first value, what it stands for)
        self._retired: list[Database] = []

    def user_data_version(self, db: Database) -> int:
        if self._retired and _on_main_thread():
            self._close_retired()  # (the watcher's tick, on the window's thread: see replaced)
        value = (self._opened << 32) | db.execute(_VERSION).fetchone()[0]
        if self._carried is not None and value == self._carried[0]:
            return self._carried[1]
        return value

    def replaced(self, old: Database, fresh: Database, stands_for: int | None = None) -> None:
        """`fresh` now serves in place of `old`. `stands_for`: the version the change started
        from, when it wrote the user's data through another connection (a restore); else the
        old connection's last. Called off the main thread (an O*NET import's worker), the old
        connection is kept open: the window's thread may be reading a page of the role list
        through it right now, and closing it under that read would raise "Cannot operate on a
        closed database". It is closed at the window's next look (user_data_version) or at close."""
        first = (self._opened + 1) << 32 | fresh.execute(_VERSION).fetchone()[0]
        last = self.user_data_version(old) if stands_for is None else stands_for
        self._opened += 1
        self._carried = (first, last)
        self._retired.append(old)
        if _on_main_thread():
            self._close_retired()

    def _close_retired(self) -> None:
        while self._retired:
            self._retired.pop().conn.close()

    def close(self) -> None:
        self._close_retired()

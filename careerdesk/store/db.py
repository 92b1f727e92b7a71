"""Opening the two database files: the user's own data, and the rebuildable catalogue.

`careerdesk.sqlite` holds what the user made (skill statuses, later notes and plans) and is
never rebuilt. `catalogue.sqlite` is derived from `data/` and may be thrown away and built
again at any time, so a newer catalogue never touches the user's data. The catalogue
connection attaches the user file as schema `user`, so progress queries can join both.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path

from careerdesk.store import errors

log = logging.getLogger(__name__)

USER_DB = "careerdesk.sqlite"
CATALOGUE_DB = "catalogue.sqlite"
BUSY_TIMEOUT_MS = 5000


class Database:
    """The part of sqlite-utils' `Database` the store uses: `conn`, `execute`,
    `executescript` and `atomic` (nested blocks become savepoints). Our own, because
    importing sqlite-utils (click, pluggy, tabulate, dateutil and an entry-point scan) costs
    about a tenth of a cold start; it is loaded only to apply migrations."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.conn.execute("PRAGMA recursive_triggers = on")  # as sqlite-utils sets it

    def execute(self, sql: str, parameters: Sequence | dict | None = None) -> sqlite3.Cursor:
        return self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)

    def executescript(self, sql: str) -> sqlite3.Cursor:
        """Several statements; inside a transaction one by one, because sqlite3's
        executescript() would commit the open transaction first."""
        if not self.conn.in_transaction:
            return self.conn.executescript(sql)
        cursor = self.conn.cursor()
        for statement in _statements(sql):
            cursor.execute(statement)
        return cursor

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    @contextlib.contextmanager
    def not_waiting(self) -> Iterator[Database]:
        """Statements inside fail at once (SQLITE_BUSY) on a file another program holds locked,
        instead of waiting up to the busy timeout: for a retry made on the UI thread, which must
        not freeze for seconds. The connection's own timeout is back afterwards."""
        timeout = self.conn.execute("PRAGMA busy_timeout").fetchone()[0]
        self.conn.execute("PRAGMA busy_timeout = 0")
        try:
            yield self
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {int(timeout)}")

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction; inside another, a savepoint (sqlite-utils' semantics)."""
        if self.conn.in_transaction:
            import secrets  # (only nested writes need it: not imported on a start)

            savepoint = f"careerdesk_{secrets.token_hex(8)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
        else:
            self.conn.execute("BEGIN")
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            else:
                try:
                    self.conn.execute("COMMIT")
                except BaseException:
                    self.rollback()
                    raise


def _statements(sql: str) -> Iterator[str]:
    """Complete statements of a script (a trigger's body keeps its inner semicolons)."""
    buffer = ""
    for piece in sql.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \t\n;"):
                yield buffer
            buffer = ""
    if buffer.strip(" \t\n;"):
        yield buffer


def discard_unfinished(path: Path) -> None:
    """Remove a database file that was being written and failed (a full disk, an interrupted
    build) with its journal: left behind, it would hold the very space that ran out."""
    for part in (path, *(Path(f"{path}{end}") for end in ("-journal", "-wal", "-shm"))):
        part.unlink(missing_ok=True)


def connect(path: Path) -> Database:
    """A connection in autocommit mode: every write is its own transaction unless wrapped
    in `db.atomic()`, so nothing shown in the UI waits in an open transaction."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as exc:
        raise errors.translate(exc, path) from exc
    return Database(conn)


def use_wal(db: Database, schema: str = "main", durable: bool = False) -> None:
    """WAL lets the GUI and the CLI read and write side by side; FULL sync makes every
    committed change survive a power cut, not just a crash."""
    db.execute(f"PRAGMA {schema}.journal_mode = WAL")
    db.execute(f"PRAGMA {schema}.synchronous = {'FULL' if durable else 'NORMAL'}")


def attach(db: Database, alias: str, path: Path) -> None:
    """ATTACH with the file name as a parameter: paths with quotes or spaces are safe."""
    db.execute(f"ATTACH DATABASE ? AS {alias}", [str(path)])

"""Opening the two database files: the user's own data, and the rebuildable catalogue.

`careerdesk.sqlite` holds what the user made (skill statuses, later notes and plans) and is
never rebuilt. `catalogue.sqlite` is derived from `data/` and may be thrown away and built
again at any time, so a newer catalogue never touches the user's data. The catalogue
connection attaches the user file as schema `user`, so progress queries can join both.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import sqlite_utils

from careerdesk.store import errors

log = logging.getLogger(__name__)

USER_DB = "careerdesk.sqlite"
CATALOGUE_DB = "catalogue.sqlite"
BUSY_TIMEOUT_MS = 5000


def connect(path: Path) -> sqlite_utils.Database:
    """A connection in autocommit mode: every write is its own transaction unless wrapped
    in `db.atomic()`, so nothing shown in the UI waits in an open transaction."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as exc:
        raise errors.translate(exc, path) from exc
    return sqlite_utils.Database(conn)


def use_wal(db: sqlite_utils.Database, schema: str = "main", durable: bool = False) -> None:
    """WAL lets the GUI and the CLI read and write side by side; FULL sync makes every
    committed change survive a power cut, not just a crash."""
    db.execute(f"PRAGMA {schema}.journal_mode = WAL")
    db.execute(f"PRAGMA {schema}.synchronous = {'FULL' if durable else 'NORMAL'}")


def attach(db: sqlite_utils.Database, alias: str, path: Path) -> None:
    """ATTACH with the file name as a parameter: paths with quotes or spaces are safe."""
    db.execute(f"ATTACH DATABASE ? AS {alias}", [str(path)])

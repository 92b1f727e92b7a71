"""The rows of the user's own roles: all of them (what the catalogue is built with), and those a change
touches, kept to put back when that change cannot be finished (Store._change_own_roles: the
catalogue's rebuild failed on a full disk)."""

from __future__ import annotations

import logging
import sqlite3
from contextlib import AbstractContextManager
from pathlib import Path

from careerdesk.domain import i18n
from careerdesk.domain.errors import NotFoundError
from careerdesk.store.db import Database
from careerdesk.store.errors import StoreError

log = logging.getLogger(__name__)


def _marks(ids: list[str]) -> str:
    return ", ".join("?" * len(ids))


def all_in(user_path: Path, user: Database | None = None) -> list[tuple[str, str]]:
    """(id, profile JSON) of the user's own roles, on `user` (a connection to `user_path`, the
    user's file) or on a connection of its own."""
    conn = user.conn if user is not None else sqlite3.connect(user_path)
    try:
        return conn.execute("SELECT id, profile FROM user_roles ORDER BY id").fetchall()
    finally:
        if user is None:
            conn.close()


def rows_of(db: Database, ids: list[str]) -> list[tuple]:
    """(id, profile, added_at) of those of `ids` that are the user's own roles now."""
    return db.execute(f"SELECT id, profile, added_at FROM user.user_roles WHERE id IN ({_marks(ids)})",
                      ids).fetchall()


def write(db: Database, rows: list[tuple], removing: list[str]) -> None:
    """Add or replace the user's roles `rows` (id, profile, added_at) and take out their roles
    `removing`, inside the caller's transaction; a role in `removing` that is not theirs is refused
    (its catalogue rows would go with it)."""
    # (the write first, counted after: a read first would start the transaction as a reader, and
    # SQLite refuses at once to make it a writer once another program committed meanwhile, without
    # waiting out the lock: "in use by another program" under a window ticking beside the CLI)
    unique = list(dict.fromkeys(removing))
    removed = db.conn.executemany("DELETE FROM user.user_roles WHERE id = ?", [(i,) for i in unique]).rowcount
    if unique and removed != len(unique):
        raise NotFoundError(i18n.translate(
            "Store", "`{id}` is not one of your own roles; only those can be removed").format(id=", ".join(unique)))
    db.conn.executemany("INSERT OR REPLACE INTO user.user_roles (id, profile, added_at) VALUES (?, ?, ?)", rows)


def put_back(db: Database, locked: AbstractContextManager, ids: list[str], rows: list[tuple]) -> None:
    """The user's roles `ids` as they were (`rows`), in one transaction: the open catalogue is the
    one built before the change, and the person is told nothing was changed. A few rows may still
    fit where a whole catalogue did not; if not, the next start rebuilds to match what is there."""
    try:
        with locked, db.atomic():
            db.execute(f"DELETE FROM user.user_roles WHERE id IN ({_marks(ids)})", ids)
            db.conn.executemany("INSERT INTO user.user_roles (id, profile, added_at) VALUES (?, ?, ?)", rows)
    except (StoreError, OSError, sqlite3.Error) as exc:
        log.error("the roles %s could not be put back after a failed rebuild: %s", ids, exc)

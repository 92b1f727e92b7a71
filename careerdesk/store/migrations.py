"""User-data migrations, declared as with sqlite-utils and applied by it, but loaded only
when a migration is pending. Checking that none is (every start) is one plain query, so a
normal start never imports sqlite-utils and what it pulls in (click, pluggy, tabulate,
dateutil, an entry-point scan)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from careerdesk.store.db import Database

TABLE = "_sqlite_migrations"  # sqlite-utils' table, so files written before stay readable


class Migrations:
    """A named, ordered set of migrations: `@set()` registers one, like sqlite-utils."""

    def __init__(self, name: str):
        self.name = name
        self._steps: list[tuple[str, Callable, bool]] = []

    def __call__(self, *, name: str | None = None, transactional: bool = True) -> Callable:
        def register(fn: Callable) -> Callable:
            self._steps.append((name or fn.__name__, fn, transactional))
            return fn

        return register

    def names(self) -> list[str]:
        return [step[0] for step in self._steps]

    def applied(self, db: Database) -> list[str]:
        """Names applied to `db`, in order (none when it has no migrations table yet)."""
        try:
            rows = db.execute(f"SELECT name FROM {TABLE} WHERE migration_set = ? ORDER BY rowid", [self.name])
            return [r[0] for r in rows]
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return []
            raise

    def pending(self, db: Database) -> list[str]:
        done = set(self.applied(db))
        return [n for n in self.names() if n not in done]

    def apply(self, db: Database, stop_before: str | None = None) -> None:
        """Apply what is pending, each step with its record in one transaction (sqlite-utils);
        `stop_before` names a step to stop at (the upgrade-test fixtures use it)."""
        if not self.pending(db):
            return
        import sqlite_utils

        real = sqlite_utils.Migrations(self.name)
        for name, fn, transactional in self._steps:
            real(name=name, transactional=transactional)(fn)
        real.apply(sqlite_utils.Database(db.conn), stop_before=stop_before)

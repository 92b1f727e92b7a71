"""Reading the append-only skill history. It is written by triggers (see schema m004),
inside the same statement as every change to skill_status, so nothing here writes it."""

from __future__ import annotations

import datetime as dt

from careerdesk.domain.history import HistoryEvent
from careerdesk.store.db import Database
from careerdesk.store.errors import translated


@translated
class HistoryStore:
    def __init__(self, db: Database, schema: str = "user"):
        self.db = db
        self.table = f"{schema}.skill_history"

    def events(self, since: dt.date | None = None) -> list[HistoryEvent]:
        """Every recorded change, oldest first (from `since` on, when given)."""
        sql = f"SELECT at, skill_key, name, status, note, evidence FROM {self.table}"
        params: list[str] = []
        if since is not None:
            sql += " WHERE at >= ?"
            params.append(since.isoformat())
        rows = self.db.execute(sql + " ORDER BY at, id", params).fetchall()
        return [HistoryEvent(_moment(at), k, n, s, note, ev) for at, k, n, s, note, ev in rows]


def _moment(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)

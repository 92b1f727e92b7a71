"""The user's milestones: a due date and an own effort estimate per skill."""

from __future__ import annotations

import datetime as dt

from careerdesk.domain import clock
from careerdesk.domain.schedule import Milestone
from careerdesk.store.db import Database
from careerdesk.store.errors import translated


@translated
class MilestoneStore:
    def __init__(self, db: Database, schema: str = "user"):
        self.db = db
        self.table = f"{schema}.milestones"

    def all(self) -> dict[str, Milestone]:
        rows = self.db.execute(f"SELECT skill_key, name, start, due, effort_weeks FROM {self.table}")
        return {k: Milestone(k, n, _day(d), e, _day(s)) for k, n, s, d, e in rows}

    def set_dues(self, dues: list[tuple[str, str, dt.date | None, dt.date | None]]) -> None:
        """(key, name, start, due) for several skills in one transaction: a schedule is
        saved whole or not at all."""
        now = clock.stamp()
        with self.db.atomic():
            self.db.conn.executemany(
                f"""INSERT INTO {self.table} (skill_key, name, start, due, updated_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (skill_key) DO UPDATE SET name = excluded.name, start = excluded.start,
                        due = excluded.due, updated_at = excluded.updated_at""",
                [(k, n, _iso(s), _iso(d), now) for k, n, s, d in dues],
            )

    def set_effort(self, key: str, name: str, weeks: int | None) -> None:
        self.db.execute(
            f"""INSERT INTO {self.table} (skill_key, name, effort_weeks, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (skill_key) DO UPDATE SET
                    name = excluded.name, effort_weeks = excluded.effort_weeks, updated_at = excluded.updated_at""",
            [key, name, weeks, clock.stamp()],
        )


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None

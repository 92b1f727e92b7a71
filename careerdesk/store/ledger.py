"""The user's skill ledger: one status per skill, shared by every role that lists it."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from careerdesk.domain import clock
from careerdesk.domain.entry import SkillEntry
from careerdesk.domain.kinds import SkillStatus
from careerdesk.store.db import Database
from careerdesk.store.errors import translated

if TYPE_CHECKING:
    from careerdesk.domain.plan import Plan

__all__ = ["Ledger", "PlanStore", "SkillStatus"]

log = logging.getLogger(__name__)


def _now() -> str:
    return clock.stamp()


@translated
class Ledger:
    """Reads and writes `user.skill_status`. Every write commits before it returns."""

    def __init__(self, db: Database, schema: str = "user"):
        self.db = db
        self.table = f"{schema}.skill_status"

    def set_status(self, keys_and_names: list[tuple[str, str]], status: SkillStatus) -> None:
        """Set the status of several skills in one transaction: all or none."""
        now = _now()
        with self.db.atomic():
            self.db.conn.executemany(
                f"""INSERT INTO {self.table} (skill_key, name, status, updated_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (skill_key) DO UPDATE SET
                        status = excluded.status, name = excluded.name, updated_at = excluded.updated_at""",
                [(key, name, status.value, now) for key, name in keys_and_names],
            )

    def set_note(self, key: str, name: str, note: str, evidence: str) -> None:
        """Save the note and evidence for a skill, keeping its status (Desk.note checks the lengths)."""
        self.db.execute(
            f"""INSERT INTO {self.table} (skill_key, name, status, note, evidence, updated_at)
                VALUES (?, ?, 'none', ?, ?, ?)
                ON CONFLICT (skill_key) DO UPDATE SET
                    note = excluded.note, evidence = excluded.evidence, updated_at = excluded.updated_at""",
            [key, name, note, evidence, _now()],
        )

    def follow_renames(self, aliases: dict[str, tuple[str, str]]) -> int:
        """When a newer catalogue renamed a skill (the old name is now an alias), move the
        user's record to the new name, merging with any record already there: the further
        status wins and both notes are kept. Returns how many records moved."""
        rows = self.db.execute(f"SELECT skill_key, status, note, evidence FROM {self.table}").fetchall()
        current = {r[0]: r for r in rows}
        moved = 0
        rank = {"none": 0, "learning": 1, "have": 2}
        with self.db.atomic():
            for key, status, note, evidence in rows:
                if key not in aliases or aliases[key][0] == key:
                    continue
                new_key, new_name = aliases[key]
                existing = current.get(new_key)
                if existing is not None:
                    status = max(status, existing[1], key=rank.__getitem__)
                    note = _join(existing[2], note)
                    evidence = _join(existing[3], evidence)
                self.db.execute(
                    f"""INSERT INTO {self.table} (skill_key, name, status, note, evidence, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (skill_key) DO UPDATE SET status = excluded.status, name = excluded.name,
                            note = excluded.note, evidence = excluded.evidence, updated_at = excluded.updated_at""",
                    [new_key, new_name, status, note, evidence, _now()],
                )
                self.db.execute(f"DELETE FROM {self.table} WHERE skill_key = ?", [key])
                current[new_key] = (new_key, status, note, evidence)
                moved += 1
        return moved

    def names(self) -> dict[str, str]:
        """Key -> the name the user knew the skill by (kept even if the catalogue drops it)."""
        return dict(self.db.execute(f"SELECT skill_key, name FROM {self.table}"))

    def entries(self) -> dict[str, SkillEntry]:
        """Every skill the user has said anything about."""
        rows = self.db.execute(f"SELECT skill_key, status, note, evidence FROM {self.table}")
        return {k: SkillEntry(status=SkillStatus(s), note=n, evidence=e) for k, s, n, e in rows}

    def set_entry(self, key: str, name: str, entry: SkillEntry) -> None:
        """Status, note and evidence together, in one statement: all saved or none."""
        self.db.execute(
            f"""INSERT INTO {self.table} (skill_key, name, status, note, evidence, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (skill_key) DO UPDATE SET status = excluded.status, name = excluded.name,
                    note = excluded.note, evidence = excluded.evidence, updated_at = excluded.updated_at""",
            [key, name, entry.status.value, entry.note, entry.evidence, _now()],
        )

    def entry(self, key: str) -> SkillEntry:
        """What is stored for one skill now (the default entry when nothing is)."""
        row = self.db.execute(f"SELECT status, note, evidence FROM {self.table} WHERE skill_key = ?", [key]).fetchone()
        return SkillEntry() if row is None else SkillEntry(status=SkillStatus(row[0]), note=row[1], evidence=row[2])

    def replace_entry(self, key: str, name: str, expected: SkillEntry, entry: SkillEntry) -> bool:
        """Write `entry` only while the stored one is still `expected`: False, and nothing
        written, when another window or the CLI changed the skill meanwhile. The read and
        the write share one IMMEDIATE transaction, so nobody can slip in between."""
        conn = self.db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            if self.entry(key) != expected:
                conn.execute("ROLLBACK")
                return False
            self.set_entry(key, name, entry)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return True

    def set_entries(self, items: list[tuple[str, str, SkillEntry]]) -> None:
        """Several (key, name, entry) records in one transaction: all saved or none."""
        with self.db.atomic():
            for key, name, entry in items:
                self.set_entry(key, name, entry)

    def had(self) -> set[str]:
        """Keys of every skill the user has."""
        return {r[0] for r in self.db.execute(f"SELECT skill_key FROM {self.table} WHERE status = 'have'")}


def _join(first: str, second: str) -> str:
    if not first or first == second:
        return second
    return first if not second else f"{first}\n{second}"


@translated
class PlanStore:
    """The one-row plan table."""

    def __init__(self, db: Database, schema: str = "user"):
        self.db = db
        self.table = f"{schema}.plan"

    def get(self) -> Plan:
        from careerdesk.domain.plan import Plan

        row = self.db.execute(
            f"SELECT name, current_role, target_role, target_date FROM {self.table} WHERE id = 1"
        ).fetchone()
        if row is None:
            return Plan()
        stored = {"name": row[0], "current_role": row[1], "target_role": row[2], "target_date": row[3]}
        try:
            return Plan(**stored)
        except (ValueError, TypeError):  # (pydantic's ValidationError, from domain/plan_model.py)
            pass
        # A date stored before dates were range-checked (a CLI once took 1600-01-01), or a row
        # edited by hand: each field that cannot be read is read as not set, so the rest of the
        # plan stays usable. The row itself is left as it is until the plan is next saved.
        kept: dict = {}
        for key in ("target_role", "current_role", "target_date", "name"):  # what matters most first
            try:
                Plan(**kept, **{key: stored[key]})
            except (ValueError, TypeError):
                log.warning("stored plan %s %.80r cannot be read; read as not set", key, stored[key])
            else:
                kept[key] = stored[key]
        return Plan(**kept)

    def target_role(self) -> str | None:
        """The target role id alone (no Plan built: the first screen needs only this)."""
        row = self.db.execute(f"SELECT target_role FROM {self.table} WHERE id = 1").fetchone()
        return row[0] if row else None

    def save(self, plan: Plan) -> None:
        self.db.execute(
            f"""INSERT INTO {self.table} (id, name, current_role, target_role, target_date, updated_at)
                VALUES (1, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, current_role = excluded.current_role,
                    target_role = excluded.target_role, target_date = excluded.target_date,
                    updated_at = excluded.updated_at""",
            [plan.name, plan.current_role, plan.target_role,
             plan.target_date.isoformat() if plan.target_date else None, _now()],
        )

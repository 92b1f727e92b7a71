"""Changing the user's own roles in the catalogue in place, instead of rebuilding it whole.

A full build of 10,000 roles takes seconds; adding, editing or removing one of the user's roles
only touches that role's rows: `roles`, `role_names`, `role_initials`, `role_skills`, `career_steps`,
`roles_fts`, `role_name_text`, `role_rank`, `role_alias_words`, `role_title_words`, the demand counts
of its skills, and the stamp. The caller runs this in the same transaction that writes `user.user_roles`, under the
folder lock, so a kill leaves either the old state or the new one; and since the stamp is derived
from the sources, a catalogue that ever disagrees with them is rebuilt on the next start.

One case still needs the full build: removing a user role that replaced a bundled or imported
role with the same id, because that role must come back from its source. `user_shadows` lists
those ids; a catalogue without the table (built before it existed) always takes the full path.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from careerdesk.domain.profile import RoleProfile, skill_key
from careerdesk.domain.skills import CanonicalSkill, SkillIndex, canonicalize
from careerdesk.store import db as dbmod
from careerdesk.store.catalogue_build import ALIAS_KEYS, _insert_role, fill_alias_keys
from careerdesk.store.db import Database
from careerdesk.store.rank_positions import order_of, place
from careerdesk.store.schema import ROLE_NAMES_BY_ROLE

SHADOWS = "user_shadows"


def record_shadows(path: Path, ids: Iterable[str]) -> None:
    """After a full build: which of the user's role ids hide a role from another source."""
    db = dbmod.connect(path)
    try:
        with db.atomic():
            db.execute(f"CREATE TABLE IF NOT EXISTS {SHADOWS} (role_id TEXT PRIMARY KEY) WITHOUT ROWID")
            db.execute(f"DELETE FROM {SHADOWS}")
            db.conn.executemany(f"INSERT INTO {SHADOWS} (role_id) VALUES (?)", [(i,) for i in sorted(ids)])
    finally:
        db.conn.close()


def shadow_ids(db: Database) -> set[str] | None:
    """The recorded shadowed ids, or None when this catalogue does not record them."""
    try:
        return {r[0] for r in db.execute(f"SELECT role_id FROM {SHADOWS}")}
    except sqlite3.OperationalError:
        return None


def skills_named_in(db: Database, roles: list[RoleProfile]) -> SkillIndex:
    """The canonical skills that any skill of `roles` names (by name or alias): all that
    canonicalising and indexing those roles looks up, without reading (and validating)
    every skill of a large catalogue (by the alias keys: see `_add_what_changes_need`)."""
    keys = sorted({skill_key(s.name) for role in roles for s in role.skills})
    if not keys:
        return SkillIndex([])
    found: dict[str, tuple] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.execute(
                f"""SELECT name, kind, aliases FROM skills WHERE skill_key IN ({marks})
                    UNION SELECT s.name, s.kind, s.aliases FROM {ALIAS_KEYS} a JOIN skills s USING (skill_key)
                    WHERE a.alias_key IN ({marks})""", [*chunk, *chunk]):
            found[row[0]] = row
    return SkillIndex([CanonicalSkill(name=n, kind=k, aliases=json.loads(a)) for n, k, a in found.values()])


def _add_what_changes_need(db: Database) -> None:
    """The index of role names by role and the table of skill alias keys, which a full build
    makes: a catalogue built before them gets them at its first change, in that change's
    transaction, rather than through a schema bump that would rebuild every catalogue."""
    db.execute(ROLE_NAMES_BY_ROLE)  # (IF NOT EXISTS)
    if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [ALIAS_KEYS]).fetchone():
        fill_alias_keys(db)


def update_roles(db: Database, upserts: list[RoleProfile], removals: list[str], stamp: str) -> None:
    """Put `upserts` in as the user's roles and take `removals` out, inside the caller's
    transaction. A removal must not be in `shadow_ids` (the caller rebuilds for those)."""
    _add_what_changes_need(db)
    skills = skills_named_in(db, upserts)
    touched: set[str] = set()
    for role_id in removals:
        touched |= _delete_role(db, role_id)
    for role in upserts:
        before = db.execute("SELECT source FROM roles WHERE id = ?", [role.id]).fetchone()
        if before is not None and before[0] != "mine":
            db.execute(f"INSERT OR IGNORE INTO {SHADOWS} (role_id) VALUES (?)", [role.id])
        touched |= _delete_role(db, role.id)
        # as a full build does: the user's source, and an O*NET occupation's facts (wages, job
        # zone, interests) for a role that names its code and has none of its own
        update: dict = {"source": "mine"}
        if role.occupation is None and role.onet_code:
            row = db.execute("SELECT profile FROM roles WHERE onet_code = ? AND source = 'onet' LIMIT 1",
                             [role.onet_code]).fetchone()
            facts = RoleProfile.model_validate_json(row[0]).occupation if row else None
            if facts is not None:
                update["occupation"] = facts
        stored = canonicalize(role, skills).model_copy(update=update)
        # (between its neighbours in the search order: no other role's position changes; and
        # read first, as a full build writes the user's roles first: a search's full-text step
        # reads its first 600 matches by rowid, and one written last was cut from a broad search
        # it ranks at the top of)
        first = db.execute("SELECT min(rowid) FROM roles").fetchone()[0]
        _insert_role(db, stored, skills, place(db, order_of(stored)), None if first is None else first - 1)
        touched |= {r[0] for r in db.execute("SELECT skill_key FROM role_skills WHERE role_id = ?", [role.id])}
    _recount_demand(db, sorted(touched))
    db.execute("UPDATE meta SET value = ? WHERE key = 'stamp'", [stamp])


def _delete_role(db: Database, role_id: str) -> set[str]:
    """Delete one role's rows; returns the skill keys it had (their demand changes)."""
    keys = {r[0] for r in db.execute("SELECT skill_key FROM role_skills WHERE role_id = ?", [role_id])}
    # (two indexes that do not store their text: told the text they indexed, before it goes)
    db.execute("INSERT INTO role_name_text (role_name_text, rowid, title, aliases) SELECT 'delete', rowid, title, "
               "aliases FROM roles_fts WHERE rowid IN (SELECT rowid FROM roles WHERE id = ?)", [role_id])
    db.execute("DELETE FROM roles_fts WHERE rowid IN (SELECT rowid FROM roles WHERE id = ?)", [role_id])
    db.execute("INSERT INTO role_alias_words (role_alias_words, rowid, alias_words) SELECT 'delete', fts_row, "
               "alias_words FROM role_rank WHERE fts_row IN (SELECT rowid FROM roles WHERE id = ?)", [role_id])
    db.execute("INSERT INTO role_title_words (role_title_words, rowid, title_words) SELECT 'delete', fts_row, "
               "title_words FROM role_rank WHERE fts_row IN (SELECT rowid FROM roles WHERE id = ?)", [role_id])
    db.execute("DELETE FROM role_rank WHERE fts_row IN (SELECT rowid FROM roles WHERE id = ?)", [role_id])
    for table in ("role_names", "role_initials", "role_skills", "career_steps"):
        db.execute(f"DELETE FROM {table} WHERE role_id = ?", [role_id])
    db.execute("DELETE FROM roles WHERE id = ?", [role_id])
    return keys


def _recount_demand(db: Database, keys: list[str]) -> None:
    """How many roles list each of `keys`, as the full build counts them (no row for none)."""
    for start in range(0, len(keys), 500):  # well under SQLite's parameter limit
        chunk = keys[start:start + 500]
        marks = ",".join("?" * len(chunk))
        db.execute(f"DELETE FROM skill_demand WHERE skill_key IN ({marks})", chunk)
        db.execute(f"INSERT INTO skill_demand SELECT skill_key, count(*) FROM role_skills "
                   f"WHERE skill_key IN ({marks}) GROUP BY skill_key", chunk)

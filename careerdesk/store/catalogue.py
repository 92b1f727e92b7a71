"""The catalogue database: built from validated profiles, then queried read-only."""

from __future__ import annotations

import json
import logging
import os
import re
from pathlib import Path

from careerdesk.domain.listing import RoleRow
from careerdesk.domain.profile import RoleProfile, skill_key
from careerdesk.domain.skills import CanonicalSkill, LearnLink, SkillIndex, canonicalize
from careerdesk.store import db as dbmod
from careerdesk.store.db import Database
from careerdesk.store.errors import translated
from careerdesk.store.schema import CATALOGUE_SCHEMA, create_catalogue_tables

log = logging.getLogger(__name__)

# Full-text matches considered per query beyond the name matches: plenty for a list a
# person scrolls, bounded so that a one-letter query stays instant at any catalogue size.
_FTS_CAP = 600
# Matches shown while typing: more than anyone scrolls, few enough to redraw within a keystroke.
SEARCH_LIMIT = 200
_ROW = "r.id, r.title, r.family, r.source = 'user'"  # the columns of a RoleRow
_TOKEN = re.compile(r"[\w+#]+")


def catalogue_stamp(data_fingerprint: str) -> str:
    """What the catalogue file must record to be current: source files plus table layout."""
    return f"{CATALOGUE_SCHEMA}:{data_fingerprint}"


def read_stamp(path: Path) -> str | None:
    """The stamp of an existing catalogue file, or None when it is missing or unreadable."""
    if not path.exists():
        return None
    try:
        db = dbmod.connect(path)
        try:
            row = db.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
        finally:
            db.conn.close()
    except Exception as exc:  # any damage means "rebuild", never "crash"
        log.warning("catalogue %s unreadable, will rebuild: %s", path, exc)
        return None
    return row[0] if row else None


def build_catalogue(path: Path, roles: list[RoleProfile], skills: SkillIndex, stamp: str,
                    user_roles: list[RoleProfile] = (), imported: list[RoleProfile] = ()) -> None:
    """Write a complete catalogue to a temporary file, then swap it in, so a crash
    mid-build leaves the previous catalogue (or none), never half of one. Sources in order
    of precedence: the user's own roles, then the bundled catalogue, then imported
    databases such as O*NET; an id appears once."""
    # Builders take turns under the folder lock, so any other half-built file is left
    # from a build that died; the name is still this process's own, never shared.
    for stale in path.parent.glob(f"{path.name}.*building*"):
        stale.unlink(missing_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.building")
    db = dbmod.connect(tmp)
    try:
        with db.atomic():
            create_catalogue_tables(db)
            _insert_skills(db, skills)
            placed: set[str] = set()
            for source, group in (("user", user_roles), ("bundled", roles), ("onet", imported)):
                for role in group:
                    if role.id not in placed:
                        placed.add(role.id)
                        _insert_role(db, canonicalize(role, skills), skills, source=source)
            db.execute("INSERT INTO skill_demand SELECT skill_key, count(*) FROM role_skills GROUP BY skill_key")
            db.execute("INSERT INTO meta (key, value) VALUES ('stamp', ?)", [stamp])
    finally:
        db.conn.close()
    os.replace(tmp, path)
    for stale in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)


def _insert_skills(db: Database, skills: SkillIndex) -> None:
    db.conn.executemany(
        "INSERT INTO skills (skill_key, name, kind, aliases, learn) VALUES (?, ?, ?, ?, ?)",
        [(skill_key(s.name), s.name, s.kind.value, json.dumps(s.aliases),
          json.dumps([link.model_dump() for link in s.learn])) for s in skills.skills],
    )


def _insert_role(db: Database, role: RoleProfile, skills: SkillIndex, source: str) -> None:
    db.execute(
        "INSERT INTO roles (id, title, family, source, skill_count, profile) VALUES (?, ?, ?, ?, ?, ?)",
        [role.id, role.title, role.family, source, len(role.skills), role.model_dump_json()],
    )
    names = {_norm(role.title): 1}
    for alias in role.aliases:
        names.setdefault(_norm(alias), 0)
    db.conn.executemany("INSERT INTO role_names (name, role_id, is_title) VALUES (?, ?, ?)",
                        [(name, role.id, is_title) for name, is_title in names.items()])
    db.conn.executemany(
        "INSERT INTO role_skills (role_id, position, skill_key, kind) VALUES (?, ?, ?, ?)",
        [(role.id, i, skill_key(s.name), s.kind.value) for i, s in enumerate(role.skills)],
    )
    db.conn.executemany(
        "INSERT INTO career_steps (role_id, position, title, target_id) VALUES (?, ?, ?, ?)",
        [(role.id, i, step.title, step.role_id) for i, step in enumerate(role.career_path)],
    )
    skill_words = []
    for s in role.skills:
        known = skills.resolve(s.name)
        skill_words.extend([s.name, *(known.aliases if known else [])])
        if s.detail:
            skill_words.append(s.detail)
    db.execute(
        "INSERT INTO roles_fts (rowid, title, aliases, skills) "
        "VALUES ((SELECT rowid FROM roles WHERE id = ?), ?, ?, ?)",
        [role.id, role.title, " | ".join(role.aliases), " | ".join(skill_words)],
    )


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _role_row(row: tuple) -> RoleRow:
    """(id, title, family, mine 0/1, ...) from a query selecting _ROW first."""
    return RoleRow(row[0], row[1], row[2], bool(row[3]))


def fts_query(text: str) -> str | None:
    """User text -> an FTS5 query: every word must match as a prefix, in any column.
    Words are quoted, so FTS syntax typed by the user ("AND", "*", quotes) is just text."""
    words = _TOKEN.findall(text.casefold())
    if not words:
        return None
    return " ".join('"{}"*'.format(w.replace('"', '""')) for w in words)


@translated
class CatalogueQueries:
    """Read-only questions about the catalogue; every SQL statement about roles lives here."""

    def __init__(self, db: Database):
        self.db = db

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM roles").fetchone()[0]

    def families(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT DISTINCT family FROM roles ORDER BY family")]

    def list_roles(self, family: str | None = None) -> list[RoleRow]:
        sql = f"SELECT {_ROW} FROM roles r"
        params: list[str] = []
        if family:
            sql += " WHERE r.family = ?"
            params.append(family)
        sql += " ORDER BY r.family, r.title COLLATE NOCASE"
        return [_role_row(r) for r in self.db.execute(sql, params)]

    def search(self, text: str, family: str | None = None, limit: int = SEARCH_LIMIT) -> list[RoleRow]:
        """Roles matching `text` on title, aliases and skills, best match first.

        Ranking, cheapest evidence first: a title or alias equal to the text; a title, then an
        alias, starting with it (both from the indexed name table, so they are never crowded
        out); then full-text matches on any word of title, aliases or skills, titles whose
        words start with the query's words first. Within a tier the shorter title comes first
        ("Backend Engineer" before "Backend Engineering Manager"), then alphabetical. No per-row
        relevance function: at 10,000 roles a one-letter query matches most of them, and
        scoring every match is what would make typing feel slow."""
        query = fts_query(text)
        if query is None:  # empty text lists everything; punctuation alone matches nothing
            return self.list_roles(family) if not text.strip() else []
        needle = _norm(text)
        family_sql = "AND r.family = ?" if family else ""
        family_arg = [family] if family else []
        named = self.db.execute(
            f"""SELECT {_ROW}, min(CASE WHEN n.name = ? THEN 0 WHEN n.is_title THEN 1 ELSE 2 END) AS tier
                FROM role_names n JOIN roles r ON r.id = n.role_id
                WHERE n.name >= ? AND n.name < ? {family_sql}
                GROUP BY r.id ORDER BY tier, length(r.title), r.title LIMIT ?""",
            [needle, needle, needle + "\U0010ffff", *family_arg, limit],
        ).fetchall()
        found = {row[0] for row in named}
        ranked = [(row[-1], row[1].casefold(), _role_row(row)) for row in named]
        # one letter says too little to search inside titles and skills: names only
        if len(ranked) < limit and (len(needle) > 1 or not ranked):
            words = _TOKEN.findall(needle)
            rows = self.db.execute(
                f"""SELECT {_ROW} FROM roles_fts JOIN roles r ON r.rowid = roles_fts.rowid
                    WHERE roles_fts MATCH ? {family_sql} LIMIT ?""",
                [query, *family_arg, _FTS_CAP],
            )
            for row in rows:
                if row[0] in found:
                    continue
                title_words = _TOKEN.findall(row[1].casefold())
                in_title = all(any(t.startswith(w) for t in title_words) for w in words)
                ranked.append((3 if in_title else 4, row[1].casefold(), _role_row(row)))
        ranked.sort(key=lambda item: (item[0], len(item[1]), item[1]))
        return [row for _, _, row in ranked[:limit]]

    def role(self, role_id: str) -> RoleProfile | None:
        row = self.db.execute("SELECT profile FROM roles WHERE id = ?", [role_id]).fetchone()
        return RoleProfile.model_validate_json(row[0]) if row else None

    def find_role_id(self, id_or_title: str) -> str | None:
        """An id or a title (or alias), case-insensitive, to the role's id."""
        needle = id_or_title.strip()
        row = self.db.execute(
            "SELECT id FROM roles WHERE id = ? COLLATE NOCASE OR title = ? COLLATE NOCASE",
            [needle, needle],
        ).fetchone()
        if row:
            return row[0]
        for role_id, profile in self.db.execute("SELECT id, profile FROM roles"):
            aliases = json.loads(profile).get("aliases", [])
            if any(a.casefold() == needle.casefold() for a in aliases):
                return role_id
        return None

    def is_mine(self, role_id: str) -> bool:
        row = self.db.execute("SELECT source FROM roles WHERE id = ?", [role_id]).fetchone()
        return bool(row) and row[0] == "user"

    def title_of(self, role_id: str) -> str | None:
        row = self.db.execute("SELECT title FROM roles WHERE id = ?", [role_id]).fetchone()
        return row[0] if row else None

    def skill_keys_of(self, role_id: str) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT skill_key FROM role_skills WHERE role_id = ? ORDER BY position", [role_id]
        )]

    def roles_leading_to(self, role_id: str) -> list[tuple[RoleRow, int]]:
        """Roles whose career path passes through `role_id`, with how many steps before it
        the path gets there (0: it is their next step), nearest first."""
        sql = """
            SELECT r.id, r.title, r.family, r.source = 'user', min(c.position) AS steps
            FROM career_steps c JOIN roles r ON r.id = c.role_id
            WHERE c.target_id = ? GROUP BY r.id ORDER BY steps, r.title
        """
        return [(_role_row(r), r[4]) for r in self.db.execute(sql, [role_id])]

    def alias_map(self) -> dict[str, tuple[str, str]]:
        """Every alias key -> (canonical key, canonical name), for following renames."""
        out = {}
        for key, name, aliases in self.db.execute("SELECT skill_key, name, aliases FROM skills"):
            for alias in json.loads(aliases):
                out[skill_key(alias)] = (key, name)
        return out

    def known_skill_keys(self) -> set[str]:
        rows = self.db.execute("SELECT skill_key FROM skills UNION SELECT skill_key FROM role_skills")
        return {r[0] for r in rows}

    def skill_index(self) -> SkillIndex:
        """The canonical skills with their aliases, for matching imported skill names."""
        rows = self.db.execute("SELECT name, kind, aliases FROM skills")
        return SkillIndex([CanonicalSkill(name=n, kind=k, aliases=json.loads(a)) for n, k, a in rows])

    def learn_links(self, keys: list[str]) -> dict[str, list[LearnLink]]:
        """Skill key -> where to learn it, for the keys that have links."""
        marks = ",".join("?" * len(keys))
        rows = self.db.execute(f"SELECT skill_key, learn FROM skills WHERE skill_key IN ({marks}) AND learn != '[]'",
                               keys)
        return {k: [LearnLink.model_validate(x) for x in json.loads(links)] for k, links in rows}

    def skill_demand(self, keys: list[str]) -> dict[str, int]:
        """Skill key -> how many roles list it (counted once, when the catalogue is built)."""
        marks = ",".join("?" * len(keys))
        return dict(self.db.execute(f"SELECT skill_key, roles FROM skill_demand WHERE skill_key IN ({marks})", keys))

    def next_steps(self, role_id: str) -> list[str]:
        """Direct moves from a role: the first step of its own path, and the step after it
        on any other role's path (paths are chains: A -> B -> C means B leads to C)."""
        rows = self.db.execute(
            """SELECT target_id FROM career_steps WHERE role_id = ? AND position = 0 AND target_id IS NOT NULL
               UNION
               SELECT nxt.target_id FROM career_steps here JOIN career_steps nxt
                 ON nxt.role_id = here.role_id AND nxt.position = here.position + 1
               WHERE here.target_id = ? AND nxt.target_id IS NOT NULL""",
            [role_id, role_id],
        )
        return [r[0] for r in rows]

    def fit_counts(self, had_table: str, family: str | None = None) -> list[tuple[str, str, str, int, int]]:
        """(id, title, family, skills had, skills listed) for every role. Only the rows of
        skills the user has are joined, so the cost follows their ticks, not the catalogue."""
        sql = f"""
            SELECT r.id, r.title, r.family, coalesce(h.had, 0), r.skill_count
            FROM roles r LEFT JOIN (
                SELECT rs.role_id, count(*) AS had FROM {had_table} s
                JOIN role_skills rs ON rs.skill_key = s.skill_key
                WHERE s.status = 'have' GROUP BY rs.role_id
            ) h ON h.role_id = r.id
            {"WHERE r.family = ?" if family else ""}
        """
        return [tuple(r) for r in self.db.execute(sql, [family] if family else [])]

    def canonical_skills(self) -> list[tuple[str, str, str]]:
        """(key, name, kind) of every canonical skill."""
        return [tuple(r) for r in self.db.execute("SELECT skill_key, name, kind FROM skills ORDER BY name")]

    def resolve_skill(self, name: str) -> tuple[str, str] | None:
        """A skill name or alias to (key, canonical name); None when no role knows it."""
        key = skill_key(name)
        row = self.db.execute("SELECT skill_key, name FROM skills WHERE skill_key = ?", [key]).fetchone()
        if row:
            return row[0], row[1]
        for k, canonical, aliases in self.db.execute("SELECT skill_key, name, aliases FROM skills"):
            if any(skill_key(a) == key for a in json.loads(aliases)):
                return k, canonical
        row = self.db.execute("SELECT skill_key FROM role_skills WHERE skill_key = ? LIMIT 1", [key]).fetchone()
        return (key, name.strip()) if row else None

    def overlap(self, keys: list[str]) -> list[tuple[str, str, int, int]]:
        """(id, title, skills shared with `keys`, skills listed) for every catalogue role that
        shares any; the user's own roles are left out (they are often saved job ads)."""
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        sql = f"""SELECT r.id, r.title, count(*), r.skill_count FROM role_skills rs JOIN roles r ON r.id = rs.role_id
                  WHERE rs.skill_key IN ({marks}) AND r.source != 'user' GROUP BY r.id"""
        return [tuple(r) for r in self.db.execute(sql, keys)]

    def role_titles(self) -> list[tuple[str, str]]:
        """(id, title) of every role, for pickers: plain tuples, no row objects to build."""
        return self.db.execute("SELECT id, title FROM roles").fetchall()

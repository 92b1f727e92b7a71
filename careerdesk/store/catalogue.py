"""The catalogue database: built from validated profiles, then queried read-only."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from careerdesk.domain.kinds import skill_key
from careerdesk.domain.listing import RoleRow
from careerdesk.domain.reading import RoleView, role_from_json
from careerdesk.store import db as dbmod
from careerdesk.store.db import Database
from careerdesk.store.errors import translated
from careerdesk.store.schema import CATALOGUE_SCHEMA, create_catalogue_tables
from careerdesk.store.search import _ORDER, _ROW, SEARCH_LIMIT, _norm, _role_row, fts_query, search_roles

if TYPE_CHECKING:
    # Building and validating need pydantic; reading does not (domain/reading.py), so these
    # are imported where a build, a validated role or a skill index is asked for.
    from careerdesk.domain.profile import RoleProfile
    from careerdesk.domain.skills import LearnLink, SkillIndex
log = logging.getLogger(__name__)



def catalogue_stamp(data_fingerprint: str) -> str:
    """What the catalogue file must record to be current: source files plus table layout."""
    return f"{CATALOGUE_SCHEMA}:{data_fingerprint}"


def fingerprint(data_dir: Path) -> str:
    """Name, size and modification time of every catalogue source file: it changes when
    any file is added, removed or edited. Stat, not read: start-up at 10,000 roles would
    otherwise spend most of its time hashing files that have not changed. (Here, not in
    sources.py: every start asks it, and sources.py needs pydantic.)"""
    digest = hashlib.sha256()
    entries = [(e.name, e.stat()) for e in os.scandir(data_dir / "roles") if e.name.endswith(".json")]
    skills = (data_dir / "skills.json").stat()
    pack = [(f"onet/{e.name}", e.stat()) for e in os.scandir(data_dir / "onet")] if (data_dir / "onet").is_dir() else []
    for name, stat in [("skills.json", skills), *sorted(pack), *sorted(entries, key=lambda pair: pair[0])]:
        digest.update(f"{name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


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


# A folder of finished catalogues by stamp, reused instead of building again. Set by the test
# suite, where hundreds of fresh homes would otherwise each spend seconds building the same
# 1,000-role catalogue; unset in normal use.
CACHE_ENV = "CAREERDESK_CATALOGUE_CACHE"
_CACHE_MIN_ROLES = 200  # small catalogues build faster than a cache lookup is worth


def build_catalogue(path: Path, roles: list[RoleProfile], skills: SkillIndex, stamp: str,
                    user_roles: list[RoleProfile] = (), imported: list[RoleProfile] = ()) -> None:
    """Build (or, with CACHE_ENV set, copy an identical earlier build of) the catalogue."""
    cache_dir = os.environ.get(CACHE_ENV)
    cached = Path(cache_dir) / (hashlib.sha256(stamp.encode()).hexdigest() + ".sqlite") if cache_dir else None
    if cached is not None and cached.exists():
        tmp = path.with_name(path.name + ".copying")
        shutil.copyfile(cached, tmp)
        os.replace(tmp, path)
        for stale in (Path(f"{path}-wal"), Path(f"{path}-shm")):
            stale.unlink(missing_ok=True)
        return
    _build(path, roles, skills, stamp, user_roles, imported)
    if cached is not None and len(roles) + len(user_roles) + len(imported) >= _CACHE_MIN_ROLES:
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_name(f"{cached.name}.{os.getpid()}.partial")
        shutil.copyfile(path, partial)
        os.replace(partial, cached)


def _build(path: Path, roles: list[RoleProfile], skills: SkillIndex, stamp: str,
           user_roles: list[RoleProfile] = (), imported: list[RoleProfile] = ()) -> None:
    """Write a complete catalogue to a temporary file, then swap it in, so a crash
    mid-build leaves the previous catalogue (or none), never half of one. Sources in order
    of precedence: the user's own roles, then the curated catalogue, then the O*NET
    occupations (built in, or a newer release the user imported); an id appears once.
    Each role is stamped with its source, and a role naming an O*NET code gets that
    occupation's facts (wages, job zone, interests) when it has none of its own."""
    # Builders take turns under the folder lock, so any other half-built file is left
    # from a build that died; the name is still this process's own, never shared.
    from careerdesk.domain.skills import canonicalize

    for stale in path.parent.glob(f"{path.name}.*building*"):
        stale.unlink(missing_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.building")
    db = dbmod.connect(tmp)
    try:
        # Every row is derived from validated profiles and written once, into a file no one
        # reads until it is swapped in: checking each reference on insert only costs time.
        db.execute("PRAGMA foreign_keys = OFF")
        with db.atomic():
            create_catalogue_tables(db)
            _insert_skills(db, skills)
            placed: set[str] = set()
            facts = {r.onet_code: r.occupation for r in imported if r.onet_code and r.occupation}
            for source, group in (("mine", user_roles), ("curated", roles), ("onet", imported)):
                for role in group:
                    if role.id not in placed:
                        placed.add(role.id)
                        update: dict = {"source": source}
                        if role.occupation is None and role.onet_code in facts:
                            update["occupation"] = facts[role.onet_code]
                        _insert_role(db, canonicalize(role, skills).model_copy(update=update), skills)
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


def _insert_role(db: Database, role: RoleProfile, skills: SkillIndex) -> None:
    from careerdesk.domain.fit import skill_weight

    weights = [skill_weight(s.kind.value, s.importance) for s in role.skills]
    facts = role.occupation
    wages = facts.wages if facts else None
    db.execute(
        "INSERT INTO roles (id, title, family, source, skill_count, skill_weight, profile, onet_code, employment, "
        "median_pay, job_zone, interests) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [role.id, role.title, role.family, role.source, len(role.skills), sum(weights), role.model_dump_json(),
         role.onet_code, wages.employment if wages else None, wages.median if wages else None,
         facts.job_zone if facts else None, facts.interests if facts else ""],
    )
    names = {_norm(role.title): 1}
    for alias in role.aliases:
        names.setdefault(_norm(alias), 0)
    # the search order (search._ORDER) of this role, stored with each of its names
    order = (role.source == "onet", bool(role.onet_code) and not role.onet_code.endswith(".00"),
             -(wages.employment or 0) if wages else 0)
    db.conn.executemany(
        "INSERT INTO role_names (name, role_id, is_title, title, family, source, onet, specialised, employment, "
        "title_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(name, role.id, is_title, role.title, role.family, role.source, *order, role.title.casefold())
         for name, is_title in names.items()])
    db.conn.executemany(
        "INSERT INTO role_skills (role_id, position, skill_key, name, kind, weight) VALUES (?, ?, ?, ?, ?, ?)",
        [(role.id, i, skill_key(s.name), s.name, s.kind.value, w)
         for i, (s, w) in enumerate(zip(role.skills, weights, strict=True))],
    )
    db.conn.executemany(
        "INSERT INTO career_steps (role_id, position, title, target_id, kind) VALUES (?, ?, ?, ?, ?)",
        [(role.id, i, step.title, step.role_id, step.kind) for i, step in enumerate(role.career_path)],
    )
    skill_words = []
    for s in role.skills:
        known = skills.resolve(s.name)
        skill_words.extend([s.name, *(known.aliases if known else [])])
        if s.detail:
            skill_words.append(s.detail)
    db.execute(
        "INSERT INTO roles_fts (rowid, title, aliases, id, family, source, onet, specialised, employment, skills) "
        "VALUES ((SELECT rowid FROM roles WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [role.id, role.title, " | ".join(role.aliases), role.id, role.family, role.source, *order,
         " | ".join(skill_words)],
    )





@translated
class CatalogueQueries:
    """Read-only questions about the catalogue; every SQL statement about roles lives here."""

    def __init__(self, db: Database):
        self.db = db

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM roles").fetchone()[0]

    def families(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT DISTINCT family FROM roles ORDER BY family")]

    @staticmethod
    def _filters(family: str | None, source: str | None) -> tuple[str, list[str]]:
        """SQL (starting with AND) and arguments narrowing roles `r` to a family and a source."""
        sql, args = "", []
        if family:
            sql, args = sql + " AND r.family = ?", [*args, family]
        if source:
            sql, args = sql + " AND r.source = ?", [*args, source]
        return sql, args

    def list_roles(self, family: str | None = None, source: str | None = None) -> list[RoleRow]:
        where, args = self._filters(family, source)
        sql = f"SELECT {_ROW} FROM roles r WHERE 1 {where} ORDER BY r.family, r.title COLLATE NOCASE"
        return [_role_row(r) for r in self.db.execute(sql, args)]

    def search(self, text: str, family: str | None = None, limit: int = SEARCH_LIMIT,
               source: str | None = None) -> list[RoleRow]:
        """Roles matching `text` on title, aliases and skills, best match first (see search.py)."""
        if fts_query(text) is None:  # empty text lists everything; punctuation alone matches nothing
            return self.list_roles(family, source) if not text.strip() else []
        return search_roles(self.db, text, *self._filters(family, source), limit)

    def linked_roles(self, role: RoleProfile) -> list[RoleRow]:
        """Other roles based on the same O*NET occupation: the curated profile of an O*NET
        occupation, and the O*NET occupation of a curated profile."""
        if not role.onet_code:
            return []
        return [_role_row(r) for r in self.db.execute(
            f"SELECT {_ROW} FROM roles r WHERE r.onet_code = ? AND r.id != ? ORDER BY r.source != 'curated', r.title",
            [role.onet_code, role.id])]

    def explore(self, interests: str, zone: int | None = None, limit: int = 100) -> list[RoleRow]:
        """Occupations whose interest high points include the chosen RIASEC areas, within a job
        zone: the more of them, the higher they rank in the occupation and the earlier the user
        named them, the earlier it comes (the user's first interest counts most)."""
        chosen = [c for c in interests.upper() if c in "RIASEC"]
        zone_sql = "AND r.job_zone = ?" if zone else ""
        rows = self.db.execute(
            f"""SELECT {_ROW}, r.interests, {_ORDER} FROM roles r
                WHERE r.interests != '' {zone_sql}""",
            [zone] if zone else [],
        ).fetchall()
        scored = []
        for row in rows:
            points = row[4]
            score = sum((3 - min(u, 2)) * (3 - points.index(c)) for u, c in enumerate(chosen) if c in points[:3])
            if score > 0:
                scored.append((-score, *row[5:8], row[1].casefold(), row))
        scored.sort(key=lambda item: item[:-1])
        return [_role_row(item[-1]) for item in scored[:limit]]

    def job_zone_and_interests(self, role_id: str) -> tuple[int | None, str]:
        row = self.db.execute("SELECT job_zone, interests FROM roles WHERE id = ?", [role_id]).fetchone()
        return (row[0], row[1]) if row else (None, "")

    def role(self, role_id: str) -> RoleProfile | None:
        from careerdesk.domain.profile import RoleProfile

        row = self.db.execute("SELECT profile FROM roles WHERE id = ?", [role_id]).fetchone()
        return RoleProfile.model_validate_json(row[0]) if row else None

    def role_view(self, role_id: str) -> RoleView | None:
        """The same role read without pydantic: every stored profile was validated when the
        catalogue was built or updated (domain/reading.py)."""
        row = self.db.execute("SELECT profile FROM roles WHERE id = ?", [role_id]).fetchone()
        return role_from_json(row[0]) if row else None

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
        return bool(row) and row[0] == "mine"

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
            SELECT r.id, r.title, r.family, r.source, min(c.position) AS steps
            FROM career_steps c JOIN roles r ON r.id = c.role_id
            WHERE c.target_id = ? AND c.kind = 'next' GROUP BY r.id ORDER BY steps, r.title
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

    def tool_names(self) -> list[str]:
        """Every tool some role lists, as written ("Spring Boot", "ROS 2"): what a page's
        run-on tools line is split against, beyond the canonical skills."""
        return [r[0] for r in self.db.execute(
            "SELECT min(name) FROM role_skills WHERE kind = 'tool' GROUP BY skill_key ORDER BY skill_key")]

    def skill_index(self) -> SkillIndex:
        """The canonical skills with their aliases, for matching imported skill names."""
        from careerdesk.domain.skills import CanonicalSkill, SkillIndex

        rows = self.db.execute("SELECT name, kind, aliases FROM skills")
        return SkillIndex([CanonicalSkill(name=n, kind=k, aliases=json.loads(a)) for n, k, a in rows])

    def learn_links(self, keys: list[str]) -> dict[str, list[LearnLink]]:
        """Skill key -> where to learn it, for the keys that have links."""
        from careerdesk.domain.skills import LearnLink

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
        on any other role's path (paths are chains: A -> B -> C means B leads to C), and its
        related roles (each a sideways move of its own, not a chain)."""
        rows = self.db.execute(
            """SELECT target_id FROM career_steps WHERE role_id = ? AND position = 0 AND target_id IS NOT NULL
                 AND kind = 'next'
               UNION
               SELECT nxt.target_id FROM career_steps here JOIN career_steps nxt
                 ON nxt.role_id = here.role_id AND nxt.position = here.position + 1
               WHERE here.target_id = ? AND nxt.target_id IS NOT NULL AND here.kind = 'next' AND nxt.kind = 'next'
               UNION
               SELECT target_id FROM career_steps WHERE role_id = ? AND kind = 'related' AND target_id IS NOT NULL""",
            [role_id, role_id, role_id],
        )
        return [r[0] for r in rows]

    def fit_counts(self, had_table: str, family: str | None = None) -> list[tuple[str, str, str, int, int]]:
        """(id, title, family, skills had, skills listed, weight had, weight listed, non-soft
        skills had, US median pay or None) for every role. Only the rows of skills the user has are joined, so the
        cost follows their ticks, not the catalogue."""
        sql = f"""
            SELECT r.id, r.title, r.family, coalesce(h.had, 0), r.skill_count,
                   coalesce(h.weight, 0), r.skill_weight, coalesce(h.specific, 0), r.median_pay
            FROM roles r LEFT JOIN (
                SELECT rs.role_id, count(*) AS had, sum(rs.weight) AS weight, sum(rs.kind != 'soft') AS specific
                FROM {had_table} s
                JOIN role_skills rs ON rs.skill_key = s.skill_key
                WHERE s.status = 'have' GROUP BY rs.role_id
            ) h ON h.role_id = r.id
            {"WHERE r.family = ?" if family else ""}
        """
        return [tuple(r) for r in self.db.execute(sql, [family] if family else [])]

    def fit_had(self, had_table: str) -> list[tuple[str, int, float, int]]:
        """(role id, skills had, weight had, non-soft skills had) of each role listing a skill
        the user has, and only those: lookups in a covering index from the ticks, never a pass
        over every role. CROSS JOIN keeps that order: left to itself SQLite walks all of
        role_skills in role order (to group without sorting) and looks each row up in the
        ledger, 250,000 lookups at 10,000 roles."""
        sql = f"""
            SELECT rs.role_id, count(*), sum(rs.weight), sum(rs.kind != 'soft')
            FROM {had_table} s CROSS JOIN role_skills rs ON rs.skill_key = s.skill_key
            WHERE s.status = 'have' GROUP BY rs.role_id
        """
        return self.db.execute(sql).fetchall()

    def fit_base(self, family: str | None = None) -> list[tuple]:
        """(id, title, family, skills listed, weight listed, US median pay) of every role, for
        the best-fit ranking's list of roles the user has nothing of (built once per catalogue)."""
        sql = f"""SELECT r.id, r.title, r.family, r.skill_count, r.skill_weight, r.median_pay FROM roles r
                  {"WHERE r.family = ?" if family else ""}"""
        return self.db.execute(sql, [family] if family else []).fetchall()

    def stamp(self) -> str | None:
        """What the catalogue was built from; it changes with every build and in-place update,
        so anything derived from the catalogue can be kept until it does."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
        return row[0] if row else None

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
                  WHERE rs.skill_key IN ({marks}) AND r.source != 'mine' GROUP BY r.id"""
        return [tuple(r) for r in self.db.execute(sql, keys)]

    def role_titles(self) -> list[tuple[str, str]]:
        """(id, title) of every role, for pickers: plain tuples, no row objects to build."""
        return self.db.execute("SELECT id, title FROM roles").fetchall()

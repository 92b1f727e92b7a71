"""The catalogue database: built from validated profiles, then queried read-only."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Hashable, Sequence
from typing import TYPE_CHECKING

from careerdesk.domain.kinds import skill_key
from careerdesk.domain.listing import RoleListing, RoleRow, Versioned
from careerdesk.domain.reading import LearnLink, RoleView, role_from_json
from careerdesk.store.db import Database
from careerdesk.store.errors import translated
from careerdesk.store.family_starts import LIST_ORDER, FamilyStarts
from careerdesk.store.search import (
    _ORDER,
    _ROW,
    SEARCH_LIMIT,
    VERSION,
    _role_row,
    fts_query,
    letter_page,
    letter_position,
    search_roles,
    versioned,
)

if TYPE_CHECKING:
    # Building and validating need pydantic; reading does not (domain/reading.py), so these
    # are imported where a build, a validated role or a skill index is asked for.
    from careerdesk.domain.profile import RoleProfile
    from careerdesk.domain.skills import SkillIndex
log = logging.getLogger(__name__)
_LIST_ORDER = LIST_ORDER  # (the finder's order with nothing typed: store/family_starts.py)


@translated
class CatalogueQueries:
    """Read-only questions about the catalogue; every SQL statement about roles lives here."""

    def __init__(self, db: Database):
        self.db = db

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM roles").fetchone()[0]

    def families(self) -> list[str]:
        """Each family once, in order: one index seek per family (roles_listing starts with
        it), where DISTINCT reads the whole index (5 ms of every start at 50,000 roles)."""
        return [r[0] for r in self.db.execute(
            """WITH RECURSIVE f(family) AS (
                   SELECT min(family) FROM roles
                   UNION ALL SELECT (SELECT min(family) FROM roles WHERE family > f.family) FROM f
                   WHERE f.family IS NOT NULL)
               SELECT family FROM f WHERE family IS NOT NULL""")]

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
        return self.list_page(family, source, 0, -1)

    def list_page(self, family: str | None, source: str | None, offset: int, limit: int) -> list[RoleRow]:
        """Rows `offset` on of the listing, in list order (limit -1: to the end)."""
        return self.listing_page(family, source, offset, limit)[0]

    def listing_page(self, family: str | None, source: str | None, offset: int, limit: int) -> Versioned[list[RoleRow]]:
        """`list_page`, and the catalogue's version the rows were read at (a listing's page:
        domain/listing.py). The order is the roles_listing index's, so a page is a walk along
        that index, never a sort."""
        where, args = self._filters(family, source)
        sql = f"SELECT {_ROW}, {VERSION} FROM roles r WHERE 1 {where} ORDER BY {_LIST_ORDER} LIMIT ? OFFSET ?"
        return versioned(self.db.execute(sql, [*args, limit, offset]).fetchall())

    def listing_page_now(self, family: str | None, source: str | None, offset: int,
                         limit: int) -> Versioned[list[RoleRow]]:
        """`listing_page` failing at once (DataInUse) while another program holds the catalogue
        locked, instead of waiting: the role list's retry of rows a lock left blank."""
        with self.db.not_waiting():
            return self.listing_page(family, source, offset, limit)

    def list_position(self, role_id: str, family: str | None = None, source: str | None = None) -> Versioned[int]:
        """The row of `role_id` in the listing (-1: not in it): the rows before it in
        _LIST_ORDER, counted along the same index; and the catalogue's version it was counted at."""
        where, args = self._filters(family, source)
        row = self.db.execute(f"SELECT r.family, r.title FROM roles r WHERE r.id = ? {where}",
                              [role_id, *args]).fetchone()
        if row is None:
            return -1, None
        # three ranges of the index, counted apart: one OR of them made SQLite gather and
        # de-duplicate the rows (16 ms for the last of 50,000 roles)
        count = f"SELECT count(*) FROM roles r WHERE {{}} {where}"
        before = [count.format("r.family < ?"), count.format("r.family = ? AND r.title < ? COLLATE NOCASE"),
                  count.format("r.family = ? AND r.title = ? COLLATE NOCASE AND r.id < ?")]
        family_, title = row
        ahead, version = self.db.execute(f"SELECT ({before[0]}) + ({before[1]}) + ({before[2]}), {VERSION}",
                                         [family_, *args, family_, title, *args, family_, title, role_id, *args]
                                         ).fetchone()
        return ahead, version

    def listing(self, family: str | None = None, source: str | None = None) -> RoleListing:
        """Every role (of a family, a source), in list order, read a page at a time as it is
        shown: what the finder lists when nothing is typed (domain/listing.py)."""
        where, args = self._filters(family, source)
        count, seen = self.db.execute(f"SELECT count(*), {VERSION} FROM roles r WHERE 1 {where}", args).fetchone()
        far = FamilyStarts(self, family, source, where, args)  # (rows far down: counted from their family)
        return RoleListing(count, self._tagged(far.page), self._tagged(far.position),
                           self._tagged(lambda offset, limit: self.listing_page_now(family, source, offset, limit)),
                           seen=(self.db, seen))

    def _tagged(self, read: Callable[..., Versioned]) -> Callable[..., Versioned]:
        """`read`, its version told with the connection it was read on: a catalogue reopened here (a
        rebuild) counts its versions anew from the same start, and a page of the rebuilt file must
        not pass for one of the file counted (domain/listing.py)."""
        def tagged(*args):
            got, version = read(*args)
            return got, None if version is None else (self.db, version)
        return tagged

    def search(self, text: str, family: str | None = None, limit: int = SEARCH_LIMIT,
               source: str | None = None, paged: bool = False) -> Sequence[RoleRow]:
        """Roles matching `text` on title, aliases and skills, best match first (see search.py);
        empty text lists every role (a RoleListing, read as it is shown). `paged`: a one-letter
        result is a RoleListing too (the same rows), for a list that shows a screen of it; else
        a list."""
        if fts_query(text) is None:  # empty text lists everything; punctuation alone matches nothing
            return self.listing(family, source) if not text.strip() else []
        letters = (lambda *found: self._letter_listing(family, source, limit, *found)) if paged else None
        return search_roles(self.db, text, *self._filters(family, source), limit, letters)

    # Rows of a paged one-letter result read at a time: a screen of the list at the window's
    # first size (14 rows); each row read costs about as much as painting it (~13 k instructions).
    LETTER_PAGE = 16

    def _letter_listing(self, family: str | None, source: str | None, limit: int, letter: str, count: int,
                        seen: Hashable, ahead: list[RoleRow]) -> RoleListing:
        of = (letter, family, source, limit, ahead)
        return RoleListing(count, self._tagged(lambda offset, n: self.letter_page(*of, offset, n)),
                           self._tagged(lambda role_id: self.letter_position(role_id, *of)),
                           self._tagged(lambda offset, n: self.letter_page_now(*of, offset, n)),
                           seen=(self.db, seen), page=self.LETTER_PAGE)

    def letter_page(self, letter: str, family: str | None, source: str | None, limit: int, ahead: list[RoleRow],
                    offset: int, count: int) -> Versioned[list[RoleRow]]:
        """Rows of a paged one-letter result (search), at most to its `limit`, and the
        catalogue's version they were read at."""
        return letter_page(self.db, letter, *self._filters(family, source), offset, min(count, limit - offset), ahead)

    def letter_page_now(self, letter: str, family: str | None, source: str | None, limit: int,
                        ahead: list[RoleRow], offset: int, count: int) -> Versioned[list[RoleRow]]:
        """`letter_page` failing at once while another program holds the catalogue locked (as
        listing_page_now)."""
        with self.db.not_waiting():
            return self.letter_page(letter, family, source, limit, ahead, offset, count)

    def letter_position(self, role_id: str, letter: str, family: str | None, source: str | None,
                        limit: int, ahead: list[RoleRow]) -> Versioned[int]:
        """The row of `role_id` in a paged one-letter result (-1: not in it), and the version."""
        return letter_position(self.db, letter, *self._filters(family, source), limit, role_id, ahead)

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

    def skill_keys_by_role(self, role_ids: list[str]) -> dict[str, list[str]]:
        """Each of `role_ids` that the catalogue holds -> its skill keys, in no set order (what a
        tally counts); a role it does not hold is left out. One query for a whole career path."""
        if not role_ids:
            return {}
        marks = ",".join("?" * len(role_ids))
        out: dict[str, list[str]] = {}
        sql = f"""SELECT r.id, s.skill_key FROM roles r LEFT JOIN role_skills s ON s.role_id = r.id
                  WHERE r.id IN ({marks})"""
        for role_id, key in self.db.execute(sql, role_ids):
            keys = out.setdefault(role_id, [])
            if key is not None:
                keys.append(key)
        return out

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
        # (plain records: every link was validated when the catalogue was built; domain/reading.py)
        marks = ",".join("?" * len(keys))
        rows = self.db.execute(f"SELECT skill_key, learn FROM skills WHERE skill_key IN ({marks}) AND learn != '[]'",
                               keys)
        return {k: [LearnLink(x["title"], x["url"]) for x in json.loads(links)] for k, links in rows}

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

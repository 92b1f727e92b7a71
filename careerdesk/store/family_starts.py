"""A listing's far reads counted from the start of a family, not from the top of the list.

SQLite counts the rows of an index range by walking them, and skips an OFFSET the same way: at
10,000 roles finding a role's row (the rows before it) took ~0.45 ms and reading the page it
sits on ~0.2 ms, on every role switch that lands away from the rows already read (the
benchmark's random roles, a role opened from a search). The row each family starts at is read
once a catalogue version (one walk of the index, grouped), and then a role's row is its
family's start plus the rows before it in its family, and a page is read from the start of the
family it begins in. Where the starts are not of the version a read saw, the read is made the
whole way, as before, so a listing's rows and positions are always of one catalogue."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Hashable
from typing import TYPE_CHECKING

from careerdesk.domain.listing import RoleRow, Versioned
from careerdesk.store.errors import translated
from careerdesk.store.search import _ROW, VERSION, versioned

if TYPE_CHECKING:
    from careerdesk.store.catalogue import CatalogueQueries

# The finder's order with nothing typed: the roles_listing index's (family, title NOCASE, id).
LIST_ORDER = "r.family, r.title COLLATE NOCASE, r.id"


@translated
class FamilyStarts:
    """One listing's page and position reads (its family and source filter, as SQL: `where`,
    `args`), with sqlite3's errors told as the catalogue's own (`translated`).

    The starts are first read at the listing's second far read: a start opens one role, and its
    first paint pays for no extra walk of the index."""

    def __init__(self, queries: CatalogueQueries, family: str | None, source: str | None,
                 where: str, args: list[str]):
        self.queries = queries
        self.family, self.source = family, source
        self.where, self.args = where, args
        self._far_reads = 0
        # (connection, version) they were read at; each family's first row, by family
        self._starts: tuple[Hashable, dict[str, int], list[int], list[str]] | None = None

    @property
    def error_path(self):
        return getattr(self.queries, "error_path", None)

    @property
    def on_damage(self):
        return getattr(self.queries, "on_damage", None)

    def _read_starts(self) -> None:
        db = self.queries.db
        rows = db.execute(f"SELECT r.family, count(*), {VERSION} FROM roles r WHERE 1 {self.where} "
                          "GROUP BY r.family ORDER BY r.family", self.args).fetchall()
        by_family, starts, families, at = {}, [], [], 0
        for family, count, _version in rows:
            by_family[family] = at
            starts.append(at)
            families.append(family)
            at += count
        self._starts = ((db, rows[0][2]) if rows else None, by_family, starts, families)

    def _ready(self) -> bool:
        """Whether to count from the starts (read now if there are none yet)."""
        self._far_reads += 1
        if self._far_reads < 2:
            return False
        if self._starts is None:
            self._read_starts()
        return True

    def page(self, offset: int, limit: int) -> Versioned[list[RoleRow]]:
        """The listing's rows `offset` on, as CatalogueQueries.listing_page reads them."""
        if offset > 0 and limit > 0 and self._ready():
            seen, _by_family, starts, families = self._starts
            at = bisect_right(starts, offset) - 1
            if seen is not None and at >= 0:
                db = self.queries.db
                rows = db.execute(f"SELECT {_ROW}, {VERSION} FROM roles r WHERE r.family >= ? {self.where} "
                                  f"ORDER BY {LIST_ORDER} LIMIT ? OFFSET ?",
                                  [families[at], *self.args, limit, offset - starts[at]]).fetchall()
                got, version = versioned(rows)
                if version is not None and (db, version) == seen:
                    return got, version
                self._starts = None  # (another catalogue now: read again at the next far read)
        return self.queries.listing_page(self.family, self.source, offset, limit)

    def position(self, role_id: str) -> Versioned[int]:
        """The row of `role_id` in the listing (-1: not in it), as CatalogueQueries.list_position."""
        if not self._ready():
            return self.queries.list_position(role_id, self.family, self.source)
        db, where, args = self.queries.db, self.where, self.args
        row = db.execute(f"SELECT r.family, r.title FROM roles r WHERE r.id = ? {where}", [role_id, *args]).fetchone()
        if row is None:
            return -1, None
        family, title = row
        count = f"SELECT count(*) FROM roles r WHERE {{}} {where}"
        ahead, version = db.execute(
            f"SELECT ({count.format('r.family = ? AND r.title < ? COLLATE NOCASE')}) + "
            f"({count.format('r.family = ? AND r.title = ? COLLATE NOCASE AND r.id < ?')}), {VERSION}",
            [family, title, *args, family, title, role_id, *args]).fetchone()
        for attempt in range(2):
            seen, by_family = self._starts[:2]
            if seen == (db, version) and family in by_family:
                return by_family[family] + ahead, version
            if attempt == 0:
                self._read_starts()  # (of another version than the last read's, or none yet)
        return self.queries.list_position(role_id, self.family, self.source)

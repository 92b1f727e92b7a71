"""Typed search over the catalogue: name index first, then bounded full-text queries."""

from __future__ import annotations

import re
from collections.abc import Sequence

from careerdesk.domain.listing import RoleRow, SearchResult
from careerdesk.store.db import Database  # (not sqlite_utils: it costs ~50 ms of every start)

# Full-text matches considered per query beyond the name matches: plenty for a list a
# person scrolls, bounded so that a one-letter query stays instant at any catalogue size.
_FTS_CAP = 600
# Matches shown while typing: more than anyone scrolls, few enough to redraw within a keystroke.
SEARCH_LIMIT = 200
TIER_WORDS = 16  # words a full-text match is ranked by (see search_roles)
_ROW = "r.id, r.title, r.family, r.source"  # the columns of a RoleRow
# Within a search tier: curated and the user's roles before O*NET's, O*NET's base occupation
# (15-2051.00) before its specialisations (15-2051.01), then the commoner occupation first.
_ORDER = "r.source = 'onet', coalesce(r.onet_code NOT LIKE '%.00', 0), -coalesce(r.employment, 0)"
_TOKEN = re.compile(r"[\w+#]+")


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _role_row(row: tuple) -> RoleRow:
    """(id, title, family, source, ...) from a query selecting _ROW first."""
    return RoleRow._make(row[:4])


def fts_query(text: str) -> str | None:
    """User text -> an FTS5 query: every word must match as a prefix, in any column.
    Words are quoted, so FTS syntax typed by the user ("AND", "*", quotes) is just text."""
    words = _TOKEN.findall(text.casefold())
    if not words:
        return None
    return " ".join('"{}"*'.format(w.replace('"', '""')) for w in words)


def word_line(text: str) -> str:
    """The words of a title or of a role's aliases as search sees them (casefolded, split as
    `_TOKEN` splits), each between spaces: " registered nurses ". Stored with each role
    (role_rank), so a search tells whole words (" nurse ") and word starts (" nur") apart
    with instr() inside SQLite instead of splitting every matched title in Python; "" when
    there are no words."""
    words = _TOKEN.findall(text.casefold())
    return f" {' '.join(words)} " if words else ""


# Every search step selects its rows as (tier, then the order within a tier, then the RoleRow):
# a row's first seven columns are its place in the results (rank_key) and its last four what
# the list shows, so Python merges and sorts plain tuples and makes no key per row.
_RANK = "r.onet, r.specialised, r.employment, length(r.title), r.title_key"
_NAME_ROW = f"{_RANK}, r.role_id, r.title, r.family, r.source"
_FTS_ROW = f"{_RANK}, r.id, r.title, r.family, r.source"
# The full-text rows, from role_rank by the match's rowid (`r`, as the filters name it), the first
# `cap` in the full-text table's own order (by rowid: the order roles were built in), then the best
# of those by tier and rank: the rest cannot be among the results (see search_roles).
_FTS_FROM = "roles_fts f JOIN role_rank r ON r.fts_row = f.rowid WHERE f.roles_fts MATCH ?"
# The full order within a tier, as the final sort has it (see rank_key), so a LIMIT cuts the
# same rows the sort would.
_NAME_ORDER = "r.onet, r.specialised, r.employment, length(r.title), r.title_key, r.role_id"
_BEST = "ORDER BY 1, 2, 3, 4, 5, 6, 7 LIMIT ?"  # (a step's rows, best first: see _NAME_ROW)


def rank_key(tier: int, row: tuple) -> tuple:
    """Best first: tier, the _ORDER columns, title length, title, then id (one order always)."""
    return (tier, *row[4:7], len(row[1]), row[1].casefold(), row[0])


def _word_tiers(words: list[str]) -> tuple[str, list[str]]:
    """SQL for the tier of a full-text match (over role_rank `r`) and its arguments: 1 when the
    title holds every word as a whole word, a plural "s"/"es" either way aside ("nurse" in
    "Registered Nurses"); 2 when the aliases do; 5 when a word of the title starts with each
    word; else 6. Whole words and word starts are substrings of the stored word lines
    (word_line): " nurses " and " nur" in " registered nurses "."""
    whole: list[str] = []
    forms: list[str] = []
    for w in words:
        each = [w, w + "s", w + "es", *([w[:-1]] if w[-1:] == "s" else [])]
        whole.append("(" + " OR ".join(["instr({col}, ?)"] * len(each)) + ")")
        forms += [f" {f} " for f in each]
    held = " AND ".join(whole)
    starts = " AND ".join(["instr(r.title_words, ?)"] * len(words))
    sql = (f"CASE WHEN {held.format(col='r.title_words')} THEN 1 WHEN {held.format(col='r.alias_words')} "
           f"THEN 2 WHEN {starts} THEN 5 ELSE 6 END")
    return sql, [*forms, *forms, *(" " + w for w in words)]


def search_roles(db: Database, text: str, where: str = "", args: list[str] = (),
                 limit: int = SEARCH_LIMIT, first: int | None = None) -> Sequence[RoleRow]:
    """Roles matching `text` on title, aliases and skills, best match first; `where` (SQL
    starting with AND, on `r.family` and `r.source`, which the roles table, the name index and
    the full-text table all have) and `args` narrow them.

    Tiers, best first: 0 a title equal to the text (a plural "s" aside: "electrician");
    1 an alias equal to it ("CPA"), or a title holding every word of the text as a whole
    word ("Registered Nurses": O*NET gives "Nurse" as an alias of its specialisations, so
    the two rank together); 2 an alias holding the words; 3 a title, 4 an alias, starting
    with the text; 5 a title whose words start with the text's words ("Nursery Workers"); 6 another
    name match; 7 a match on skills only. Within a tier: curated and the user's roles before
    O*NET's, O*NET's base occupation before its specialisations, the commoner occupation
    (OEWS employment) first, then the shorter title. Name matches come from an index and
    bounded full-text queries: no per-row relevance function, so a one-letter query stays
    instant at 10,000 roles.

    Each step below reads at most `limit` rows, best first. A role a step leaves out cannot be
    among the `limit` shown: `limit` roles rank before it already (a role's best tier wins,
    and no other step can make those rank lower).

    `first`: when a step is found to hold `limit` roles (so the count shown is `limit` without
    reading them), read only the best `first` rows of each step now and return a SearchResult
    that reads the rest when a row past them is asked for (the list shows ~14 rows; reading,
    ranking and making 200 was a third of a keystroke). The first `first` rows are the same:
    a role among them has fewer than `first` better roles, so its best row is among its step's
    best `first`. The same steps run, on the same decisions, as without `first`."""
    page = limit if first is None else min(first, limit)
    query = fts_query(text)
    needle = _norm(text)
    words = _TOKEN.findall(needle)
    best: dict[str, tuple] = {}  # role id -> its best row (see _NAME_ROW)
    filled = False  # a step held `limit` roles: read only `page` of them, and of every step after

    def offer(rows) -> None:
        for row in rows:
            kept = best.get(row[6])
            if kept is None or row < kept:  # (the same role: only the tier can differ)
                best[row[6]] = row

    def fills(sql: str, sql_args: list, cap: int) -> bool:
        """Whether the step `sql` (its FROM and WHERE; at most `cap` rows) holds `limit` roles:
        asked only when reading a page, and only of steps whose rows are one a role each."""
        return page < limit and db.execute(f"SELECT count(*) FROM (SELECT 1 {sql} LIMIT ?)",
                                           [*sql_args, min(cap, limit)]).fetchone()[0] >= limit

    plurals = [needle, needle + "s", needle + "es", needle.removesuffix("s")]
    # Names from the index alone (role_names carries what a row shows and ranks by). An exact
    # name (tier 0 title, 1 alias), then the best `limit` titles starting with the text (3), and
    # only if those are too few the best aliases (4): a one-letter prefix can match every role's
    # alias, and grouping them all was most of a keystroke.
    offer(db.execute(f"SELECT min(1 - r.is_title), {_NAME_ROW} FROM role_names r "
                     f"WHERE r.name IN (?, ?, ?, ?) {where} GROUP BY r.role_id", [*plurals, *args]))
    prefix = [needle, needle + "\U0010ffff"]
    # One letter: the same titles, off the index of first letters already in this order. Longer
    # prefixes: the name range ("+" keeps SQLite off that index, which would walk every title
    # in order for a rare prefix: 200 ms at 50,000 roles).
    starting = (("+r.is_title = 1 AND r.name >= ? AND r.name < ?", prefix) if len(needle) > 1
                else ("r.is_title = 1 AND substr(r.name, 1, 1) = ?", [needle]))
    titles = f"FROM role_names r WHERE {starting[0]} {where}"  # (a title is one a role)
    filled = fills(titles, [*starting[1], *args], limit)
    offer(db.execute(f"SELECT 3, {_NAME_ROW} {titles} ORDER BY {_NAME_ORDER} LIMIT ?",
                     [*starting[1], *args, page if filled else limit]))
    aliases = not filled and len(best) < limit  # (the alias step runs)
    if aliases:
        offer(db.execute(f"SELECT 4, {_NAME_ROW} FROM role_names r WHERE +r.is_title = 0 AND r.name >= ? "
                         f"AND r.name < ? {where} GROUP BY r.role_id ORDER BY {_NAME_ORDER} LIMIT ?",
                         [*prefix, *args, limit]))
    columns = None  # the full-text step's columns, when it runs
    # one letter says too little to search inside titles and skills: names only
    if len(needle) > 1 or not best:
        # names alone filled the list (a short prefix in a big catalogue): still look for
        # whole title words, but only in titles and only as many as are shown, to stay instant
        full = filled or len(best) >= limit
        columns, cap = ("{title}", limit) if full else ("{title aliases}", _FTS_CAP)
        # (the tier only ranks what the full-text match found, which needs every word: its
        # first words are enough, and ~1,000 pasted words made SQLite refuse the CASE as too deep)
        tier, tier_args = _word_tiers(words[:TIER_WORDS])
        matches = [f"{columns}: ({query})", *args]
        # (a full-text row is one a role; once a step filled, this one reads a page whatever its size)
        filled = filled or fills(f"FROM {_FTS_FROM} {where}", matches, cap)
        offer(db.execute(f"SELECT * FROM (SELECT {tier}, {_FTS_ROW} FROM {_FTS_FROM} {where} LIMIT ?) {_BEST}",
                         [*tier_args, *matches, cap, page if filled else limit]))
        if not filled and len(best) < limit:
            offer(db.execute(f"SELECT * FROM (SELECT 7, {_FTS_ROW} FROM {_FTS_FROM} {where} LIMIT ?) {_BEST}",
                             ["{skills}: (" + query + ")", *args, _FTS_CAP, limit]))
    rows = [RoleRow._make(row[6:]) for row in sorted(best.values())[:page if filled else limit]]
    if not filled:
        return rows  # (every step read whole: this is the whole result)
    ran = (aliases, columns and f"{columns}: ({query})")
    return SearchResult(limit, rows, lambda: search_roles(db, text, where, args, limit),
                        lambda role_id: _may_hold(db, needle, ran, where, args, role_id))


def _may_hold(db: Database, needle: str, ran: tuple[bool, str | None], where: str, args: list[str],
              role_id: str) -> bool:
    """False only when no step that ran in a search for `needle` (`ran`: whether the alias
    step did, the full-text step's MATCH if it did; a paged search never runs the skills step)
    can find `role_id`, so a result that read a page knows the role is not in it without
    reading the rest: no name of it equal to the text, no title (or alias, if that step ran)
    starting with it, no match in the full-text step's columns."""
    aliases, match = ran
    plurals = [needle, needle + "s", needle + "es", needle.removesuffix("s")]
    if db.execute(f"SELECT EXISTS (SELECT 1 FROM role_names r WHERE r.role_id = ? AND (r.name IN (?, ?, ?, ?) "
                  f"OR (r.name >= ? AND r.name < ? AND (r.is_title = 1 OR ?))) {where})",
                  [role_id, *plurals, needle, needle + "\U0010ffff", aliases, *args]).fetchone()[0]:
        return True
    return match is not None and bool(db.execute(
        f"SELECT EXISTS (SELECT 1 FROM {_FTS_FROM} AND f.rowid = (SELECT rowid FROM roles WHERE id = ?) {where})",
        [match, role_id, *args]).fetchone()[0])

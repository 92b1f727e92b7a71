"""Typed search over the catalogue: name index first, then bounded full-text queries."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Hashable, Sequence

from careerdesk.domain.listing import RoleRow, Versioned
from careerdesk.store.db import Database  # (not sqlite_utils: it costs ~50 ms of every start)
from careerdesk.store.rank_positions import TIER

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


# A RoleRow made from a tuple of its four fields without a Python call per row (RoleRow._make is a
# Python function: ~1.5 k instructions a row, 200 rows a keystroke); the same object.
_tuple_new = tuple.__new__


def _role_row(row: tuple) -> RoleRow:
    """(id, title, family, source, ...) from a query selecting _ROW first."""
    return RoleRow._make(row[:4])


# The catalogue's data_version (it changes when another connection commits), read in the same
# statement as a listing's rows: which catalogue they are of (domain/listing.py says why).
VERSION = "(SELECT data_version FROM pragma_data_version)"


def versioned(rows: list[tuple]) -> Versioned[list[RoleRow]]:
    """The rows of a query selecting _ROW then VERSION, and that version (None: no rows)."""
    return [_role_row(r) for r in rows], rows[0][-1] if rows else None


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
    with instr() and GLOB inside SQLite instead of splitting every matched title in Python; "" when
    there are no words."""
    words = _TOKEN.findall(text.casefold())
    return f" {' '.join(words)} " if words else ""


# Every search step selects its rows as (its place in the results, then the RoleRow): a row's
# first column is its place and its last four what the list shows, so Python merges and sorts
# plain tuples and makes no key per row. The place is one integer, the tier and the role's
# position within a tier at once: tier * TIER + rank_pos (_key). A position stands for (onet,
# specialised, employment, title length, title, id), unique, below TIER (store/rank_positions.py),
# so the one integer orders as those six columns and the tier did, and a row is five columns fewer
# for sqlite3 to hand to Python (it gives the GIL up and takes it back for every column) and for a
# step's ORDER BY to compare (the sort of a capped step's 600 rows to its best 200 cost more than
# the full-text match).
def _key(tier: str) -> str:
    """The first column of a step's rows: its tier (SQL) with the role's position."""
    return f"({tier}) * {TIER} + r.rank_pos"


_NAME_ROW = "r.role_id, r.title, r.family, r.source"
_FTS_ROW = "r.id, r.title, r.family, r.source"
_ID = 1  # a row's role id (see _NAME_ROW)
# The full-text rows, from role_rank by the match's rowid (`r`, as the filters name it), the first
# `cap` in the full-text table's own order (by rowid: the order roles were built in), then the best
# of those by tier and rank: the rest cannot be among the results (see search_roles).
_FTS_FROM = "roles_fts f JOIN role_rank r ON r.fts_row = f.rowid WHERE f.roles_fts MATCH ?"
# The same over titles and aliases: role_name_text holds roles_fts's two columns with its tokenizer,
# so a query on them gives the same rows in the same order, at a fraction of the index to read.
_NAMES_FROM = "role_name_text f JOIN role_rank r ON r.fts_row = f.rowid WHERE f.role_name_text MATCH ?"
# The full order within a tier, as the final sort has it (rank_pos: store/rank_positions.py), so a
# LIMIT cuts the same rows the sort would.
_NAME_ORDER = "r.rank_pos"


def _best(step: str) -> str:
    """A full-text step's rows, best first: the best `?` of `step`'s (which selects a row's `key`
    and `fts_row`; a NULL key is no row), then their role_rank rows. SQLite's sort keeps every
    column it returns with each row it sorts: sorting only the key and the row id, and reading
    the four columns shown for the rows kept, cost 10% less a step than sorting all 600 rows
    with them (a second sort of the 200 kept, by key, is what makes the order certain)."""
    return (f"SELECT k.key, {_FTS_ROW} FROM (SELECT * FROM ({step}) WHERE key IS NOT NULL ORDER BY 1 LIMIT ?) k "
            "JOIN role_rank r ON r.fts_row = k.fts_row ORDER BY 1")


def rank_key(tier: int, row: tuple) -> tuple:
    """The search order in Python, for a row selecting _ROW then _ORDER: tier, the _ORDER columns,
    title length, title, then id (rank_positions.order_of's order; the tests' reference search)."""
    return (tier, *row[4:7], len(row[1]), row[1].casefold(), row[0])


# The longest GLOB pattern used, in characters: SQLite refuses one over 50,000 bytes
# (SQLITE_MAX_LIKE_PATTERN_LENGTH), so a longer pasted word is looked for with instr() instead.
_GLOB_MAX = 10_000


def _holds(col: str, part: str, glob: str) -> tuple[str, str]:
    """SQL true when `col` holds `part` (a substring), and its argument. In the aliases' long
    line `col GLOB glob`, which SQLite answers in fewer instructions than instr() there (built-in
    catalogue, 3 letters: -11% of a search); in a title's few words instr(), which is cheaper
    there (GLOB on titles too cost 1-2.5% more a search), and for a pattern too long for
    GLOB. `part` is words (_TOKEN: no "*", "?" or "[") and spaces: no other wildcards."""
    if col == "r.alias_words" and len(glob) <= _GLOB_MAX:
        return f"{col} GLOB ?", glob
    return f"instr({col}, ?)", part


def _forms(word: str) -> list[str]:
    """The forms of a word a whole-word tier accepts: itself, its plurals and its stem (less a
    final "s")."""
    stem = word[:-1] if word[-1:] == "s" else word
    return [word, word + "s", word + "es", *([stem] if stem != word else [])]


# The aliases' and the titles' words as full-text indexes (store/schema.py role_alias_words,
# role_title_words), for the words that are one token of them as they are of a word line: ASCII
# letters, digits, "_", "+" and "#".
_INDEXED = re.compile(r"[0-9a-z_+#]+")


def _word_index(table: str, words: list[str], cap: int) -> tuple[str, list]:
    """SQL (ending with AND) true for the roles `r` whose word line the index `table` holds may
    hold every word as _word_tiers tells it, and its arguments: those whose line holds a form
    of each of the indexed words as a whole word ("" when none is indexed). A line holding
    " nurses " holds the token "nurses" (the line's other words aside, the index splits it as
    word_line did), so no role the instr()s and GLOBs would pass is left out. A set of more than
    `cap` roles (the rows a step tells apart) costs more to make than the tests it saves: then
    all may."""
    known = [w for w in words if _INDEXED.fullmatch(w)]
    if not known:
        return "", []
    match = " AND ".join("(" + " OR ".join(f'"{f}"' for f in _forms(w)) + ")" for w in known)
    index = f"SELECT rowid FROM {table} WHERE {table} MATCH ?"
    return (f"((SELECT count(*) > ? FROM ({index} LIMIT ?)) OR r.fts_row IN ({index})) AND ",
            [cap, match, cap + 1, match])


def _word_tiers(words: list[str], names_full: bool = False, cap: int | None = None) -> tuple[str, list]:
    """SQL for the tier of a full-text match (over role_rank `r`) and its arguments: 1 when the
    title holds every word as a whole word, a plural "s"/"es" either way aside ("nurse" in
    "Registered Nurses"); 2 when the aliases do; 5 when a word of the title starts with each
    word; else 6. Whole words and word starts are substrings of the stored word lines
    (word_line): " nurses " and " nur" in " registered nurses ". `names_full`: only tiers 1
    and 2 are told (NULL otherwise), for when the name matches already fill the list.

    In the aliases (a long line: O*NET gives an occupation ~20 of them) a word's forms are
    looked for only where a word starts as they all do, the word less a final "s" (" nurse"
    for "nurses"): a line without one is passed over after one test, not four. (Titles are
    short, and most that get this far hold the word: there the test only adds one.) With
    `cap` (the rows the step reads), only in the lines the word indexes say may hold the
    words (_word_index): at the built-in catalogue, where an alias line averages ~400
    characters, the GLOBs were a fifth of a 3-letter search; at 10,000 roles the titles'
    three instr() a row (most titles a 3-letter step reads start a word with it, few hold it
    whole) were a fifth of the step."""
    def held(col: str, rough: bool) -> tuple[str, list[str]]:
        sql, args = [], []
        for w in words:
            stem = w[:-1] if w[-1:] == "s" else w
            forms = [_holds(col, f" {f} ", f"* {f} *") for f in _forms(w)]
            test, test_args = "(" + " OR ".join(f[0] for f in forms) + ")", [f[1] for f in forms]
            if rough:
                start, start_arg = _holds(col, f" {stem}", f"* {stem}*")
                test, test_args = f"({start} AND {test})", [start_arg, *test_args]
            sql.append(test)
            args += test_args
        return " AND ".join(sql), args

    title, title_args = held("r.title_words", rough=False)
    alias, alias_args = held("r.alias_words", rough=True)
    if cap is not None:
        index, index_args = _word_index("role_title_words", words, cap)
        title, title_args = f"{index}{title}", [*index_args, *title_args]
        index, index_args = _word_index("role_alias_words", words, cap)
        alias, alias_args = f"{index}{alias}", [*index_args, *alias_args]
    if names_full:
        return f"CASE WHEN {title} THEN 1 WHEN {alias} THEN 2 END", [*title_args, *alias_args]
    starts = [_holds("r.title_words", f" {w}", f"* {w}*") for w in words]
    return (f"CASE WHEN {title} THEN 1 WHEN {alias} THEN 2 WHEN {' AND '.join(s[0] for s in starts)} "
            f"THEN 5 ELSE 6 END", [*title_args, *alias_args, *(s[1] for s in starts)])


# A one-letter search's rows (store/schema.py role_initials), in its order (rank_pos's).
_LETTER_ORDER = "r.tier, r.rank_pos"
_LETTER = "role_initials r WHERE r.initial = ?"


def letter_count(db: Database, letter: str, where: str, args, limit: int) -> Versioned[int]:
    """How many roles (at most `limit`) a name starting with `letter` lists, and the
    catalogue's version (index-only: no column handed to Python)."""
    return db.execute(f"SELECT count(*), {VERSION} FROM (SELECT 1 FROM {_LETTER} {where} LIMIT ?)",
                      [letter, *args, limit]).fetchone()


def _without(where: str, args, ahead: Sequence[RoleRow]) -> tuple[str, list]:
    """`where` and `args`, leaving out the roles of `ahead`."""
    if not ahead:
        return where, list(args)
    return f"{where} AND r.role_id NOT IN ({', '.join('?' * len(ahead))})", [*args, *(row[0] for row in ahead)]


def letter_page(db: Database, letter: str, where: str, args, offset: int, count: int,
                ahead: Sequence[RoleRow] = ()) -> Versioned[list[RoleRow]]:
    """Rows `offset` to `offset + count` of a one-letter search's result, best first: `ahead`
    (the roles a name equal to the letter lists, tiers 0 and 1: they start with it too), then
    the roles a name starting with the letter lists, each once: the titles starting with it
    (tier 3), then the roles only an alias of which does (4). That is the whole result (see
    search_roles), read as the list shows it; and the catalogue's version the rows were read at
    (a listing's page: domain/listing.py; None for rows of `ahead` alone). Four columns, not
    ten: sqlite3 hands Python each column on its own (the GIL and SQLite's lock taken and
    dropped for each), and the rank columns were most of a keystroke's search."""
    head = list(ahead[offset:offset + count])
    if len(head) == count:
        return head, None
    where, args = _without(where, args, ahead)
    rows = db.execute(f"SELECT r.role_id, r.title, r.family, r.source, {VERSION} FROM {_LETTER} {where} "
                      f"ORDER BY {_LETTER_ORDER} LIMIT ? OFFSET ?",
                      [letter, *args, count - len(head), max(0, offset - len(ahead))]).fetchall()
    return [*head, *(_tuple_new(RoleRow, row[:4]) for row in rows)], rows[0][4] if rows else None


def letter_position(db: Database, letter: str, where: str, args, limit: int, role_id: str,
                    ahead: Sequence[RoleRow] = ()) -> Versioned[int]:
    """The row of `role_id` among the first `limit` rows `letter_page` lists (-1: not among
    them), and the catalogue's version it was found at (None: not told). Most roles have no
    name starting with the letter: one look-up by id says so; for the others, the letter's
    rows ranking before the role's are counted off the key, up to the limit (index-only: the
    ids in order, handed to Python, cost ~1 M instructions a keystroke at 10,000 roles when
    the open role had an alias starting with the letter typed)."""
    ahead = ahead[:limit]
    if role_id in (row[0] for row in ahead):
        return [row[0] for row in ahead].index(role_id), None
    where, args = _without(where, args, ahead)
    key = db.execute(f"SELECT {_LETTER_ORDER} FROM role_initials r WHERE r.role_id = ? AND r.initial = ? {where}",
                     [role_id, letter, *args]).fetchone()
    if key is None:
        return -1, None
    before, version = db.execute(
        f"SELECT count(*), {VERSION} FROM (SELECT 1 FROM {_LETTER} {where} AND ({_LETTER_ORDER}) < "
        f"({', '.join('?' * len(key))}) LIMIT ?)", [letter, *args, *key, limit - len(ahead)]).fetchone()
    return (len(ahead) + before if before < limit - len(ahead) else -1), version


# What makes a paged one-letter result: (letter, count, version, ahead) -> the rows (see search_roles).
Paged = Callable[[str, int, Hashable, list[RoleRow]], Sequence[RoleRow]]


def search_roles(db: Database, text: str, where: str = "", args: list[str] = (),
                 limit: int = SEARCH_LIMIT, paged: Paged | None = None) -> Sequence[RoleRow]:
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

    Each step below reads at most `limit` rows, best first, and stops at the first that ranks
    after `limit` roles already kept (offer). A role a step leaves out cannot be among the
    `limit` shown: `limit` roles rank before it already (a role's best tier wins, and no other
    step can make those rank lower). tests/store/test_search_early_stop.py pins the stops.

    `paged(letter, count, version, ahead)`: the result of a one-letter search (`count` rows of
    letter_page after `ahead`, counted at the catalogue's `version`), made by the caller to be
    read a page at a time as it is shown (letter_page, letter_position): the list paints ~14
    of the 200 rows, and handing the other rows' columns to Python was most of that keystroke's
    search. Without it, a list."""
    query = fts_query(text)
    needle = _norm(text)
    words = _TOKEN.findall(needle)
    best: dict[str, tuple] = {}  # role id -> its best row (see _NAME_ROW)

    def offer(rows, ordered: bool = True) -> None:
        """Keep each role's best row. `ordered` rows come best first (a step's ORDER BY is the
        search order: store/rank_positions.py): once `limit` roles are kept and a row ranks after
        all of them, it and every row after it are out of the list, and the step is read no further."""
        worst = None  # (once the list is full: the worst row kept, or a row ranking after it)
        with contextlib.closing(rows):  # (a step left part-read ends here, its read with it)
            for row in rows:
                kept = best.get(row[_ID])
                if kept is None:
                    if ordered and len(best) >= limit:
                        worst = worst or max(best.values(), default=())
                        if row > worst:
                            break
                    best[row[_ID]] = row
                elif row < kept:  # (the same role: only the tier can differ)
                    best[row[_ID]] = row

    plurals = [needle, needle + "s", needle + "es", needle.removesuffix("s")]
    # Names from the index alone (role_names carries what a row shows and ranks by). An exact
    # name (tier 0 title, 1 alias), then the best `limit` titles starting with the text (3), and
    # only if those are too few the best aliases (4).
    offer(db.execute(f"SELECT {_key('min(1 - r.is_title)')}, {_NAME_ROW} FROM role_names r "
                     f"WHERE r.name IN (?, ?, ?, ?) {where} GROUP BY r.role_id", [*plurals, *args]), ordered=False)
    if len(needle) == 1:
        # One letter: the names equal to it (tiers 0 and 1, best first), then the titles starting
        # with it (3), then the aliases (4), each role once: the last two are the rows of
        # role_initials for the letter, already in this order (rank_pos's), and the first start
        # with it too. That is the whole result, read as the list shows it (`paged`) or in the
        # four columns shown, with no sort.
        ahead = [_tuple_new(RoleRow, row[_ID:]) for row in sorted(best.values())[:limit]]
        if paged is not None:
            count, version = letter_count(db, needle, where, args, limit)
            if count:
                return paged(needle, count, version, ahead)
        if rows := letter_page(db, needle, where, args, 0, limit, ahead)[0]:
            return rows
    else:
        # Longer prefixes: the range of names (the primary key's) each starts.
        prefix = [needle, needle + "\U0010ffff"]
        offer(db.execute(f"SELECT {_key('3')}, {_NAME_ROW} FROM role_names r WHERE +r.is_title = 1 AND r.name >= ? "
                         f"AND r.name < ? {where} ORDER BY {_NAME_ORDER} LIMIT ?", [*prefix, *args, limit]))
        if len(best) < limit:
            offer(db.execute(f"SELECT {_key('4')}, {_NAME_ROW} FROM role_names r WHERE +r.is_title = 0 AND r.name >= ? "
                             f"AND r.name < ? {where} GROUP BY r.role_id ORDER BY {_NAME_ORDER} LIMIT ?",
                             [*prefix, *args, limit]))
    # one letter says too little to search inside titles and skills: names only
    if len(needle) > 1 or not best:
        # names alone filled the list (a short prefix in a big catalogue): still look for
        # whole title words, but only in titles and only as many as are shown, to stay instant
        full = len(best) >= limit
        columns, cap = ("{title}", limit) if full else ("{title aliases}", _FTS_CAP)
        # (the tier only ranks what the full-text match found, which needs every word: its
        # first words are enough, and ~1,000 pasted words made SQLite refuse the CASE as too deep;
        # when names fill the list, only tiers 1 and 2 can rank before them, tiers 0 to 4: the
        # rest get no tier and are dropped before the sort)
        tier, tier_args = _word_tiers(words[:TIER_WORDS], names_full=full, cap=cap)
        offer(db.execute(_best(f"SELECT {_key(tier)} AS key, r.fts_row FROM {_NAMES_FROM} {where} LIMIT ?"),
                         [*tier_args, f"{columns}: ({query})", *args, cap, limit]))
        if len(best) < limit:
            offer(db.execute(_best(f"SELECT {_key('7')} AS key, r.fts_row FROM {_FTS_FROM} {where} LIMIT ?"),
                             ["{skills}: (" + query + ")", *args, _FTS_CAP, limit]))
    return [_tuple_new(RoleRow, row[_ID:]) for row in sorted(best.values())[:limit]]

"""Typed search over the catalogue: name index first, then bounded full-text queries."""

from __future__ import annotations

import re
from functools import lru_cache

from careerdesk.domain.listing import RoleRow
from careerdesk.store.db import Database  # (not sqlite_utils: it costs ~50 ms of every start)

# Full-text matches considered per query beyond the name matches: plenty for a list a
# person scrolls, bounded so that a one-letter query stays instant at any catalogue size.
_FTS_CAP = 600
# Matches shown while typing: more than anyone scrolls, few enough to redraw within a keystroke.
SEARCH_LIMIT = 200
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


@lru_cache(maxsize=1 << 16)
def _forms(text: str) -> tuple[frozenset[str], str]:
    """The words of a title or of a role's aliases, casefolded, and the same words as one
    string, each after a space (" registered nurses"), where " nur" in it says a word starts
    with "nur" in one C call. Kept, since the same titles come back keystroke after keystroke
    and splitting them was most of a search's own time."""
    words = _TOKEN.findall(text.casefold())
    return frozenset(words), "".join(" " + w for w in words)


def _word_forms(words: list[str]) -> list[frozenset[str]]:
    """For each query word, the title words that count as it: itself, a plural "s"/"es" of
    it, or it without its plural "s"."""
    return [frozenset((w, w + "s", w + "es", *([w[:-1]] if w[-1:] == "s" else []))) for w in words]


def _whole_words(forms_of_words: list[frozenset[str]], forms: frozenset[str]) -> bool:
    """Every query word is a whole word of the text (see _word_forms)."""
    return all(not wanted.isdisjoint(forms) for wanted in forms_of_words)


# The name index rows as search rows: (id, title, family, source, then the _ORDER columns).
_NAME_ROW = "r.role_id, r.title, r.family, r.source, r.onet, r.specialised, r.employment"
# The full-text rows likewise, from role_rank by the match's rowid (`r`, as the filters name it);
# the matches come in the full-text table's own order, by rowid: the order roles were built in.
_FTS_ROW = "r.id, r.title, r.family, r.source, r.onet, r.specialised, r.employment"
_FTS_FROM = "roles_fts f JOIN role_rank r ON r.fts_row = f.rowid WHERE f.roles_fts MATCH ?"
# The full order within a tier, as the final sort has it (see rank_key), so a LIMIT cuts the
# same rows the sort would.
_NAME_ORDER = "r.onet, r.specialised, r.employment, length(r.title), r.title_key, r.role_id"


def rank_key(tier: int, row: tuple) -> tuple:
    """Best first: tier, the _ORDER columns, title length, title, then id (one order always)."""
    return (tier, *row[4:7], len(row[1]), row[1].casefold(), row[0])


def search_roles(db: Database, text: str, where: str = "", args: list[str] = (),
                 limit: int = SEARCH_LIMIT) -> list[RoleRow]:
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
    instant at 10,000 roles."""
    query = fts_query(text)
    needle = _norm(text)
    words = _TOKEN.findall(needle)
    best: dict[str, tuple[int, tuple]] = {}

    def offer(tier: int, row: tuple) -> None:
        kept = best.get(row[0])
        if kept is None or tier < kept[0]:
            best[row[0]] = (tier, row)

    plurals = [needle, needle + "s", needle + "es", needle.removesuffix("s")]
    # Names from the index alone (role_names carries what a row shows and ranks by). An exact
    # name (tier 0 title, 1 alias), then the best `limit` titles starting with the text (3), and
    # only if those are too few the best aliases (4): a one-letter prefix can match every role's
    # alias, and grouping them all was most of a keystroke. A role the LIMIT cuts here cannot be
    # among the `limit` shown, since `limit` roles of as good a tier rank before it.
    for row in db.execute(f"SELECT {_NAME_ROW}, min(1 - r.is_title) FROM role_names r "
                          f"WHERE r.name IN (?, ?, ?, ?) {where} GROUP BY r.role_id", [*plurals, *args]):
        offer(row[-1], row[:-1])
    prefix = [needle, needle + "\U0010ffff"]
    # One letter: the same titles, off the index of first letters already in this order. Longer
    # prefixes: the name range ("+" keeps SQLite off that index, which would walk every title
    # in order for a rare prefix: 200 ms at 50,000 roles).
    starting = (("+r.is_title = 1 AND r.name >= ? AND r.name < ?", prefix) if len(needle) > 1
                else ("r.is_title = 1 AND substr(r.name, 1, 1) = ?", [needle]))
    for row in db.execute(f"SELECT {_NAME_ROW} FROM role_names r WHERE {starting[0]} "
                          f"{where} ORDER BY {_NAME_ORDER} LIMIT ?", [*starting[1], *args, limit]):
        offer(3, row)
    if len(best) < limit:
        for row in db.execute(f"SELECT {_NAME_ROW} FROM role_names r WHERE +r.is_title = 0 AND r.name >= ? "
                              f"AND r.name < ? {where} GROUP BY r.role_id ORDER BY {_NAME_ORDER} LIMIT ?",
                              [*prefix, *args, limit]):
            offer(4, row)
    # one letter says too little to search inside titles and skills: names only
    if len(needle) > 1 or not best:
        # names alone filled the list (a short prefix in a big catalogue): still look for
        # whole title words, but only in titles and only as many as are shown, to stay instant
        full = len(best) >= limit
        columns, cap = ("{title}", limit) if full else ("{title aliases}", _FTS_CAP)
        wanted = _word_forms(words)
        starts = [" " + w for w in words]  # (see _forms)
        one, start = (wanted[0], starts[0]) if len(words) == 1 else (None, None)
        for row in db.execute(f"SELECT {_FTS_ROW}, r.aliases FROM {_FTS_FROM} {where} LIMIT ?",
                              [f"{columns}: ({query})", *args, cap]).fetchall():
            title_words, title_line = _forms(row[1])
            # (one word, the common case, without a generator per test: a third of the time)
            if not one.isdisjoint(title_words) if one is not None else _whole_words(wanted, title_words):
                tier = 1
            elif (kept := best.get(row[0])) is not None and kept[0] <= 2:
                continue  # already as good as an alias word match could make it
            elif (not one.isdisjoint(_forms(row[-1])[0]) if one is not None
                  else _whole_words(wanted, _forms(row[-1])[0])):
                tier = 2
            elif start in title_line if one is not None else all(s in title_line for s in starts):
                tier = 5
            else:
                tier = 6
            offer(tier, row)  # (the aliases after the rank columns are never read)
        if len(best) < limit:
            for row in db.execute(
                f"SELECT {_FTS_ROW} FROM {_FTS_FROM} {where} LIMIT ?",
                ["{skills}: (" + query + ")", *args, _FTS_CAP],
            ):
                offer(7, row)
    ranked = sorted(best.values(), key=_ranked)
    return [_role_row(row) for _, row in ranked[:limit]]


def _ranked(item: tuple[int, tuple]) -> tuple:
    """rank_key of an offered (tier, row), in one call."""
    tier, row = item
    return (tier, row[4], row[5], row[6], len(row[1]), row[1].casefold(), row[0])

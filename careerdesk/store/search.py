"""Typed search over the catalogue: name index first, then bounded full-text queries."""

from __future__ import annotations

import re

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
    return RoleRow(row[0], row[1], row[2], row[3])


def fts_query(text: str) -> str | None:
    """User text -> an FTS5 query: every word must match as a prefix, in any column.
    Words are quoted, so FTS syntax typed by the user ("AND", "*", quotes) is just text."""
    words = _TOKEN.findall(text.casefold())
    if not words:
        return None
    return " ".join('"{}"*'.format(w.replace('"', '""')) for w in words)


def _whole_words(words: list[str], text_words: list[str]) -> bool:
    """Every query word is a whole word of the text, a plural "s"/"es" either way aside."""
    forms = set(text_words)
    return all(w in forms or w + "s" in forms or w + "es" in forms or (w[-1:] == "s" and w[:-1] in forms)
               for w in words)


def search_roles(db: Database, text: str, where: str = "", args: list[str] = (),
                 limit: int = SEARCH_LIMIT) -> list[RoleRow]:
    """Roles matching `text` on title, aliases and skills, best match first; `where` (SQL
    starting with AND, on roles `r`) and `args` narrow them.

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
        if row[0] not in best or tier < best[row[0]][0]:
            best[row[0]] = (tier, row)

    plurals = [needle, needle + "s", needle + "es", needle.removesuffix("s")]
    singular = plurals[3] != needle  # "nurses" also finds the name "nurse"
    for row in db.execute(
        f"""SELECT {_ROW}, {_ORDER},
                   min(CASE WHEN n.name IN (?, ?, ?, ?) THEN 1 - n.is_title WHEN n.is_title THEN 3 ELSE 4 END)
            FROM role_names n JOIN roles r ON r.id = n.role_id
            WHERE {"((n.name >= ? AND n.name < ?) OR n.name = ?)" if singular else "n.name >= ? AND n.name < ?"}
                  {where}
            GROUP BY r.id ORDER BY 8, 5, 6, 7, length(r.title) LIMIT ?""",
        [*plurals, needle, needle + "\U0010ffff", *([plurals[3]] if singular else []), *args, limit],
    ):
        offer(row[-1], row[:-1])
    # one letter says too little to search inside titles and skills: names only
    if len(needle) > 1 or not best:
        # names alone filled the list (a short prefix in a big catalogue): still look for
        # whole title words, but only in titles and only as many as are shown, to stay instant
        full = len(best) >= limit
        columns, cap = ("{title}", limit) if full else ("{title aliases}", _FTS_CAP)
        for row in db.execute(
            f"""SELECT {_ROW}, {_ORDER}, roles_fts.aliases FROM roles_fts JOIN roles r ON r.rowid = roles_fts.rowid
                WHERE roles_fts MATCH ? {where} LIMIT ?""",
            [f"{columns}: ({query})", *args, cap],
        ):
            title_words = _TOKEN.findall(row[1].casefold())
            if _whole_words(words, title_words):
                tier = 1
            elif row[0] in best and best[row[0]][0] <= 2:
                continue  # already as good as an alias word match could make it
            elif _whole_words(words, _TOKEN.findall(row[-1].casefold())):
                tier = 2
            elif all(any(t.startswith(w) for t in title_words) for w in words):
                tier = 5
            else:
                tier = 6
            offer(tier, row[:-1])
        if len(best) < limit:
            for row in db.execute(
                f"""SELECT {_ROW}, {_ORDER} FROM roles_fts JOIN roles r ON r.rowid = roles_fts.rowid
                    WHERE roles_fts MATCH ? {where} LIMIT ?""",
                ["{skills}: (" + query + ")", *args, _FTS_CAP],
            ):
                offer(7, row)
    # (tier, the _ORDER columns, title length, title)
    ranked = sorted(best.values(),
                    key=lambda item: (item[0], *item[1][4:7], len(item[1][1]), item[1][1].casefold()))
    return [_role_row(row) for _, row in ranked[:limit]]

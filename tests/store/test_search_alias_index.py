"""The indexes search reads names from (store/schema.py). role_name_text gives the rows
roles_fts gives for a query on titles and aliases, in the same order; the word indexes
(role_alias_words, role_title_words) only narrow where the alias tier's GLOBs and the title
tier's instr() look: a role whose line holds the words is always among the roles they give,
however the line's words were cased, folded or split (store/search.py _word_index). That they
stay in step with the catalogue through changes of one's own roles: tests/store/test_catalogue_update.py."""

from __future__ import annotations

import random
import sqlite3

from careerdesk.service.desk import Desk
from careerdesk.store.db import Database
from careerdesk.store.schema import create_catalogue_tables
from careerdesk.store.search import _word_tiers, fts_query, word_line
from tests.conftest import role_dict, write_catalogue
from tests.store.test_search_early_stop import reference_tier

# Words whose casefolding or splitting differs between Python (word_line) and a tokenizer folding
# diacritics or splitting at "_": the Kelvin sign and "ſ" casefold to ASCII, "İ" to "i" and a
# combining dot that splits the word, "ß" to "ss", "ﬁ" to "fi", "_" is part of a word.
VOCABULARY = ["nurse", "nurses", "nurs", "s", "es", "data", "datas", "bus", "buses", "c++", "c#", "f#", "+", "#",
              "über", "uber", "straße", "strasse", "ss", "İstanbul", "istanbul", "stanbul", "i", "ﬁnance", "finance",
              "\u212aelvin", "kelvin", "ſoft", "soft", "foo_bar", "foo", "bar", "_", "x_", "naïve", "naive",
              "e\u0301t", "et", "ǅ", "dž", "ΣΑΣ", "σας", "😀", "a", "as", "ab", "abs"]


def catalogue(lines: list[tuple[str, str]]) -> sqlite3.Connection:
    """An in-memory catalogue (the real tables) whose role_rank and alias index hold `lines`."""
    conn = sqlite3.connect(":memory:")
    create_catalogue_tables(Database(conn))
    for row, (title, alias) in enumerate(lines, start=1):
        conn.execute("INSERT INTO role_rank (fts_row, rank_pos, id, title, family, source, onet, specialised, "
                     "employment, title_key, title_words, alias_words) VALUES (?, ?, ?, '', '', '', 0, 0, 0, '', ?, ?)",
                     [row, row, str(row), title, alias])
        conn.execute("INSERT INTO role_alias_words (rowid, alias_words) VALUES (?, ?)", [row, alias])
        conn.execute("INSERT INTO role_title_words (rowid, title_words) VALUES (?, ?)", [row, title])
    return conn


def test_the_word_indexes_never_leave_out_a_role_the_tests_pass():
    """The tier SQL with the index against its definition (reference_tier), on lines made from
    words that casefold, fold or split differently from one tokenizer to another, with the
    index used (a cap above the roles it gives) and passed over (a cap below)."""
    rng = random.Random(12)
    text = lambda: " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(0, 5)))  # noqa: E731
    lines = [(word_line(text()), word_line(text())) for _ in range(500)]
    conn = catalogue(lines)
    tried = 0
    for _ in range(300):
        words = [w for w in word_line(" ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(1, 3)))).split()]
        if not words:
            continue
        tried += 1
        want = [reference_tier(words, *pair) for pair in lines]
        for names_full in (False, True):
            for cap in (0, 1_000):
                sql, args = _word_tiers(words, names_full, cap)
                got = [t for (t,) in conn.execute(f"SELECT {sql} FROM role_rank r ORDER BY fts_row", args)]
                assert got == [t if not names_full or t <= 2 else None for t in want], (words, cap)
    assert tried > 250
    # (and the index is used: a word some aliases hold gives those roles and no others)
    held = {row for row, (_, alias) in enumerate(lines, start=1) if " nurse " in alias or " nurses " in alias
            or " nursees " in alias or " nurs " in alias}
    assert held and {r for (r,) in conn.execute("SELECT rowid FROM role_alias_words WHERE role_alias_words "
                                                "MATCH '\"nurs\" OR \"nurse\" OR \"nurses\" OR \"nursees\"'")} == held
    held = {row for row, (title, _) in enumerate(lines, start=1) if " data " in title or " datas " in title
            or " dataes " in title}
    assert held and {r for (r,) in conn.execute("SELECT rowid FROM role_title_words WHERE role_title_words "
                                                "MATCH '\"data\" OR \"datas\" OR \"dataes\"'")} == held


def test_the_name_index_gives_the_rows_the_full_text_index_gives_for_titles_and_aliases(tmp_path):
    """For queries on odd words (diacritics, ligatures, "_", "+", "#", emoji), a prefix of each
    word of every title and alias, and every word whole: role_name_text's rowids, in order, are
    roles_fts's for `{title}` and for `{title aliases}`."""
    rng = random.Random(4)
    text = lambda n: " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(1, n))).title()  # noqa: E731
    roles = [role_dict(f"r{n}", f"{text(3)} Role", aliases=[text(4) for _ in range(rng.randint(0, 3))],
                       skills=[("Python", "tool")]) for n in range(120)]
    desk = Desk.open(tmp_path / "home", write_catalogue(tmp_path / "data", roles, []))
    try:
        db = desk.store.catalogue.db
        words = {w for (line,) in db.execute("SELECT title_words || alias_words FROM role_rank") for w in line.split()}
        queries = sorted({*VOCABULARY, *(w[:n] for w in words for n in (1, 2, 3)), *words, "nurse data", "ß ss"})
        compared = 0
        for text_ in queries:
            if (query := fts_query(text_)) is None:
                continue
            for columns in ("{title}", "{title aliases}"):
                want = [r for (r,) in db.execute("SELECT rowid FROM roles_fts WHERE roles_fts MATCH ?",
                                                 [f"{columns}: ({query})"])]
                got = [r for (r,) in db.execute("SELECT rowid FROM role_name_text WHERE role_name_text MATCH ?",
                                                [f"{columns}: ({query})"])]
                assert got == want, (text_, columns)
                compared += bool(want)
        assert compared > 100
    finally:
        desk.close()

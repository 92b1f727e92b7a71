"""Search reads each step only as far as the list needs (store/search.py): the roles a step
stops before, and the full-text matches it drops when names fill the list, are exactly those
that could not be shown. These catalogues are built so that a wrong stop shows: the best role
of a step comes last in the order its rows are stored, and the counts sit at the list's limit."""

from __future__ import annotations

import random
import sqlite3

import pytest

from careerdesk.domain.listing import RoleListing
from careerdesk.service.desk import Desk
from careerdesk.store.search import _GLOB_MAX, SEARCH_LIMIT, _word_tiers, word_line
from tests.conftest import role_dict, write_catalogue


def ranked(roles: list[dict]) -> list[str]:
    """Ids in search order within one tier, for roles all curated and with no employment
    figure: the shorter title first, then the title ignoring case, then the id."""
    return [r["id"] for r in sorted(roles, key=lambda r: (len(r["title"]), r["title"].casefold(), r["id"]))]


def opened(tmp_path, roles: list[dict]) -> Desk:
    return Desk.open(tmp_path / "home", write_catalogue(tmp_path / "data", roles, []))


def one_letter_catalogue(titled: int, aliased: int) -> tuple[list[dict], list[dict]]:
    """`titled` roles whose title starts with "q", and `aliased` roles known by aliases that
    start with "q" (several each, one of them the same as another role's). The alias roles'
    titles get shorter as their ids and alias names go up, so the best of them is stored last,
    and the title roles have "q" aliases too (listed once, by title)."""
    titles = [role_dict(f"t{i:03}", f"Quill Maker {i:03}", aliases=[f"Quill Alias {i}"]) for i in range(titled)]
    aliases = [role_dict(f"a{i:03}", "Z" * (aliased - i + 3), aliases=[f"Q{i:03} One", f"Q{i:03} Two", "Qz Shared"])
               for i in range(aliased)]
    return titles, aliases


@pytest.mark.parametrize("titled", [0, 1, 150, SEARCH_LIMIT - 1, SEARCH_LIMIT, SEARCH_LIMIT + 1])
def test_one_letter_lists_titles_then_the_best_aliases_up_to_the_limit(tmp_path, titled):
    titles, aliases = one_letter_catalogue(titled, 120)
    desk = opened(tmp_path, [*aliases, *titles])  # (alias roles built first, best last)
    try:
        every = ranked(titles) + ranked(aliases)
        expected = every[:SEARCH_LIMIT]
        for text in ("q", "Q", " q "):
            assert [r.id for r in desk.find_roles(text)] == expected
        assert ranked(aliases)[0] == aliases[-1]["id"]  # (the best alias role is the last stored)
        if titled < SEARCH_LIMIT:
            assert [r.id for r in desk.find_roles("q")][titled] == aliases[-1]["id"]
        # a smaller limit stops inside the titles, or inside the aliases
        for limit in (1, 7, titled, titled + 1):
            if limit:
                assert [r.id for r in desk.store.catalogue.search("q", limit=limit)] == every[:limit]
    finally:
        desk.close()


def test_one_letter_aliases_count_each_role_once_and_keep_to_the_family(tmp_path):
    """Roles with several "q" aliases, and title roles with one, are each one row: the alias
    step stops at the limit's count of roles, not of aliases."""
    titles, aliases = one_letter_catalogue(60, 190)
    for i, role in enumerate(aliases):
        role["family"] = "Data & AI" if i % 3 else "Software Engineering"
    desk = opened(tmp_path, [*aliases, *titles])
    try:
        rows = desk.find_roles("q")
        assert len(rows) == SEARCH_LIMIT == len({r.id for r in rows})
        assert [r.id for r in rows] == (ranked(titles) + ranked(aliases))[:SEARCH_LIMIT]
        data = [r for r in aliases if r["family"] == "Data & AI"]
        assert [r.id for r in desk.find_roles("q", "Data & AI")] == ranked(data)
    finally:
        desk.close()


def test_a_whole_word_match_found_after_names_fill_the_list_still_ranks_first(tmp_path):
    """Aliases starting with "ana" fill the list (tier 4); the full-text step, run after them,
    finds titles holding "ana" as a whole word (tier 1), which rank before every one of them,
    and titles whose words only start with it (tier 5), which cannot be shown."""
    filling = [role_dict(f"f{i:03}", f"Filler {i:03}", aliases=[f"Anab {i:03}"]) for i in range(SEARCH_LIMIT + 5)]
    whole = [role_dict("w1", "Data Ana"), role_dict("w2", "Ana Lead Person"),
             role_dict("w3", "Ops", aliases=["Ana"])]  # (an exact alias: tier 1 from the names)
    starts = [role_dict("s1", "Data Analyst"), role_dict("s2", "Anatomy Tutor"),  # (s2: a title prefix, tier 3)
              role_dict("s3", "Anabolic Chemist", aliases=["Lab Ana"])]  # (and an alias holding it: tier 2)
    desk = opened(tmp_path, [*filling, *starts, *whole])
    try:
        rows = [r.id for r in desk.find_roles("ana")]
        assert rows[:3] == ranked(whole)
        assert rows[3:5] == ["s3", "s2"]
        assert rows[5:] == ranked(filling)[:SEARCH_LIMIT - 5]
        assert "s1" not in rows
        # with the list not full, the word start ranks after the title prefix and the aliases
        rows = [r.id for r in desk.find_roles("ana", "Software Engineering")][:4]
        assert rows[:3] == ranked(whole)
    finally:
        desk.close()


def test_a_word_too_long_for_a_glob_pattern_is_still_told_apart():
    """SQLite refuses a GLOB pattern over 50,000 bytes. Validated titles and aliases hold no
    word that long, so no full-text match meets one, but the tier SQL must take it all the same
    (instr instead of GLOB), on title and alias lines of any length."""
    word = "é" * 30_000  # (two bytes each: 60,000 bytes, over SQLite's limit)
    assert len(word) > _GLOB_MAX
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE role_rank (title_words TEXT, alias_words TEXT)")
    lines = [(f" data {word} ", ""), ("", f" {word}s "), (f" {word}xyz data ", ""), (" data ", ""),
             (" data x ", f" {word[:-1]} ")]
    conn.executemany("INSERT INTO role_rank VALUES (?, ?)", lines)
    for names_full in (False, True):
        sql, args = _word_tiers(["data", word], names_full)
        tiers = [t for (t,) in conn.execute(f"SELECT {sql} FROM role_rank r ORDER BY rowid", args)]
        assert tiers == ([1, 6, 5, 6, 6] if not names_full else [1, None, None, None, None])
    sql, args = _word_tiers([word, "data"])
    assert [t for (t,) in conn.execute(f"SELECT {sql} FROM role_rank r ORDER BY rowid", args)] == [1, 6, 5, 6, 6]


def reference_tier(words: list[str], title: str, alias: str) -> int:
    """_word_tiers' docstring, in Python."""
    def holds(line: str, w: str) -> bool:
        return any(f" {f} " in line for f in (w, w + "s", w + "es", *([w[:-1]] if w.endswith("s") else [])))

    if all(holds(title, w) for w in words):
        return 1
    if all(holds(alias, w) for w in words):
        return 2
    return 5 if all(f" {w}" in title for w in words) else 6


def test_word_tiers_tell_whole_words_plurals_and_word_starts_apart():
    """The tier SQL (GLOB, each word's rough word-start test first) against its definition, on
    lines of words that are plurals, stems and starts of one another."""
    vocabulary = ["nurse", "nurses", "nursees", "nurs", "nu", "s", "es", "ses", "data", "datas", "dat", "glass",
                  "glasse", "glasses", "bus", "bu", "buses", "c++", "c#", "über", "straße", "ss", "a", "as"]
    rng = random.Random(5)
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE role_rank (title_words TEXT, alias_words TEXT)")
    line = lambda: word_line(" ".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 4))))  # noqa: E731
    lines = [(line(), line()) for _ in range(400)]
    conn.executemany("INSERT INTO role_rank VALUES (?, ?)", lines)
    for _ in range(150):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(1, 3))]
        sql, args = _word_tiers(words)
        got = [t for (t,) in conn.execute(f"SELECT {sql} FROM role_rank r ORDER BY rowid", args)]
        assert got == [reference_tier(words, *pair) for pair in lines], words
        sql, args = _word_tiers(words, names_full=True)
        got = [t for (t,) in conn.execute(f"SELECT {sql} FROM role_rank r ORDER BY rowid", args)]
        assert got == [t if t <= 2 else None for t in (reference_tier(words, *pair) for pair in lines)], words


def test_long_pasted_words_search_without_an_error(tmp_path):
    longest = "z" * 197  # (a title is at most 200 characters)
    desk = opened(tmp_path, [role_dict("long", f"D {longest}"), role_dict("other", "Other Role")])
    try:
        assert [r.id for r in desk.find_roles(longest)] == ["long"]
        assert [r.id for r in desk.find_roles(longest[:150])] == ["long"]
        assert desk.find_roles("x" * 60_000) == []
        assert desk.find_roles("d " + "é" * 30_000) == []
    finally:
        desk.close()


@pytest.mark.parametrize("exact", ["title", "alias", None])
def test_a_full_list_of_one_letter_titles_is_read_as_shown_unless_a_name_is_the_letter(tmp_path, exact):
    """A letter that `limit` titles start with is answered by those titles alone (read in
    four columns, in role_initials' order: search.letter_page); a role named just that
    letter, by title or by alias, still comes first (the usual steps then), and a family
    narrows the titles counted."""
    titles, _aliases = one_letter_catalogue(SEARCH_LIMIT + 30, 0)
    for i, role in enumerate(titles):
        role["family"] = "Data & AI" if i % 2 else "Software Engineering"
    named = []
    if exact:
        title, aliases = ("Q", []) if exact == "title" else ("Zebra Keeper", ["Q"])
        named = [role_dict("zq", title, aliases=aliases)]
    desk = opened(tmp_path, [*titles, *named])
    try:
        expected = ([r["id"] for r in named] + ranked(titles))[:SEARCH_LIMIT]
        if exact == "title":  # ("Q" is a title starting with "q" too: ranked once, first)
            expected = ["zq", *ranked(titles)][:SEARCH_LIMIT]
        assert [r.id for r in desk.find_roles("q")] == expected
        data = [r for r in titles if r["family"] == "Data & AI"]  # (115: fewer than the limit)
        assert [r.id for r in desk.find_roles("q", "Data & AI")] == ranked(data)
        for limit in (1, 7, len(data), len(data) + 1):
            found = desk.store.catalogue.search("q", family="Data & AI", limit=limit)
            assert [r.id for r in found] == ranked(data)[:limit]
        shown = desk.find_roles("q")[-1]
        assert shown.title.startswith("Quill Maker") and shown.family in ("Data & AI", "Software Engineering")
        assert shown.source == "curated"
    finally:
        desk.close()


@pytest.mark.parametrize("exact", [False, True])
def test_a_paged_one_letter_result_reads_only_the_rows_asked_for_and_finds_any_role(tmp_path, exact):
    """The finder's one-letter result (paged=True), here titles filling the list: a RoleListing
    of the same rows, in the same order, that reads the rows a page at a time as they are
    asked for, and tells the row of any role without reading the rows (or -1: a role whose
    title starts with the letter but ranks past the limit, or another letter). A family with
    fewer titles, or a role named just the letter (listed first), too; a longer text: a list."""
    titles, _aliases = one_letter_catalogue(SEARCH_LIMIT + 30, 0)
    for i, role in enumerate(titles):
        role["family"] = "Data & AI" if i % 2 else "Software Engineering"
    others = [role_dict("other", "Welder"), role_dict("zq", "Zebra Keeper", aliases=["Q"] if exact else [])]
    desk = opened(tmp_path, [*titles, *others])
    try:
        listed = desk.find_roles("q")
        assert isinstance(listed, list)  # (the CLI's and every other caller's: a list)
        paged = desk.find_roles("q", paged=True)
        if exact:  # (a name equal to the letter ranks first, then the titles: read as shown too)
            assert isinstance(paged, RoleListing) and list(paged) == listed and listed[0].id == "zq"
            fresh = desk.find_roles("q", paged=True)
            assert [fresh.index_of(role_id) for role_id in ("zq", listed[1].id, listed[-1].id)] == [0, 1, 199]
            assert fresh.index_of(ranked(titles)[SEARCH_LIMIT - 1]) == -1  # (one ranking past the limit now)
            assert fresh.materialised() == 0 and fresh[1] == listed[1] and fresh[0] == listed[0]
            return
        assert isinstance(paged, RoleListing) and len(paged) == SEARCH_LIMIT
        assert [r.id for r in listed] == ranked(titles)[:SEARCH_LIMIT]
        fresh = desk.find_roles("q", paged=True)
        for row in (0, 17, 150, SEARCH_LIMIT - 1):  # (nothing read yet: asked of the store)
            assert fresh.index_of(listed[row].id) == row
        assert fresh.materialised() == 0
        past = ranked(titles)[SEARCH_LIMIT]  # (a "q" title ranking past the limit)
        assert [fresh.index_of(role_id) for role_id in (past, "other", "zq", "nope")] == [-1] * 4
        assert paged[3] == listed[3] and paged.materialised() == desk.store.catalogue.LETTER_PAGE
        assert [paged[i] for i in range(len(paged))] == listed and list(paged) == listed
        fewer = desk.find_roles("q", "Data & AI", paged=True)  # (115 titles: read as shown too)
        assert isinstance(fewer, RoleListing) and list(fewer) == desk.find_roles("q", "Data & AI")
        assert len(fewer) == 115 and fewer.index_of(ranked(titles)[0]) in (0, -1)
        assert isinstance(desk.find_roles("qu", paged=True), list)
        small = desk.store.catalogue.search("Q", limit=7, paged=True)
        assert list(small) == listed[:7] and small.index_of(listed[7].id) == -1
    finally:
        desk.close()

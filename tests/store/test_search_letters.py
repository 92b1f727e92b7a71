"""A one-letter search is read off role_initials, a table built with the catalogue
(store/search.py letter_page): on the built-in catalogue, for every letter, with and without
the family and source filters, listed and paged, its rows are those a plain reference works
out from every role name (the tiers search_roles documents); importing, editing and removing
one of the user's roles keeps them so; and a catalogue built before the table is rebuilt."""

from __future__ import annotations

import sqlite3

import pytest

from careerdesk.domain.listing import RoleListing, RoleRow
from careerdesk.domain.profile import RoleProfile
from careerdesk.service.desk import Desk
from careerdesk.store.catalogue_build import catalogue_stamp, data_part, read_stamp
from careerdesk.store.search import SEARCH_LIMIT
from tests.conftest import BUNDLED_DATA, role_dict

LETTERS = [*"abcdefghijklmnopqrstuvwxyz", "P", *"0349", "é", "ü", "+"]


def names_of(desk: Desk) -> list[tuple]:
    """Every role name in the catalogue file, with what a search ranks it by (kept for the
    built-in catalogue, which no test here changes: it is read for every search compared)."""
    if desk in NAMES:
        return NAMES[desk]
    conn = sqlite3.connect(desk.store.catalogue_path)
    try:
        return conn.execute("SELECT n.name, n.is_title, n.role_id, n.title, n.family, n.source, k.onet, k.specialised, "
                            "k.employment FROM role_names n JOIN role_rank k ON k.id = n.role_id").fetchall()
    finally:
        conn.close()


NAMES: dict[Desk, list[tuple]] = {}


def ranked(desk: Desk, letter: str, family: str | None = None, source: str | None = None,
           limit: int = SEARCH_LIMIT) -> list[tuple[int, RoleRow]]:
    """The names matching one letter, from every role name in Python, as (tier, row): a role's
    best tier (0 its title, 1 an alias, equal to the letter, a plural "s" or "es" aside; 3 its
    title, 4 an alias, starting with it), then curated and the user's before O*NET, the base
    occupation before its specialisations, the commoner, the shorter title, the title, the id."""
    letter = letter.casefold()
    plurals = {letter, letter + "s", letter + "es", letter.removesuffix("s")}
    best: dict[str, tuple] = {}
    for name, is_title, role_id, title, role_family, role_source, *order in names_of(desk):
        if family not in (None, role_family) or source not in (None, role_source):
            continue
        if name in plurals:
            tier = 1 - is_title
        elif name.startswith(letter):
            tier = 4 - is_title
        else:
            continue
        key = (tier, *order, len(title), title.casefold(), role_id)
        if role_id not in best or key < best[role_id][0]:
            best[role_id] = (key, RoleRow(role_id, title, role_family, role_source))
    return [(key[0], row) for key, row in sorted(best.values())[:limit]]


def reference(desk: Desk, letter: str, family: str | None = None, source: str | None = None,
              limit: int = SEARCH_LIMIT) -> list[RoleRow]:
    return [row for _tier, row in ranked(desk, letter, family, source, limit)]


def found(desk: Desk, letter: str, family: str | None = None, source: str | None = None) -> list[RoleRow]:
    """The search's rows, listed and paged (the finder's): the same rows; paged, a listing read
    as shown whenever names start with the letter, which finds each row's role."""
    rows = desk.find_roles(letter, family, source)
    paged = desk.find_roles(letter, family, source, paged=True)
    assert isinstance(paged, RoleListing) == bool(ranked(desk, letter, family, source)), (letter, family, source)
    if isinstance(paged, RoleListing):
        fresh = desk.find_roles(letter, family, source, paged=True)
        for row in sorted({0, len(rows) // 2, len(rows) - 1, min(1, len(rows) - 1)}):  # (nothing read yet)
            assert fresh.index_of(rows[row].id) == row, (letter, row)
    assert list(paged) == rows
    return rows


@pytest.fixture(scope="module")
def bundled(tmp_path_factory):
    desk = Desk.open(tmp_path_factory.mktemp("letters") / "home", BUNDLED_DATA)
    NAMES[desk] = names_of(desk)
    yield desk
    del NAMES[desk]
    desk.close()


def test_every_letter_lists_what_the_names_say_with_and_without_filters(bundled):
    families = bundled.families()
    assert len(families) > 5
    for letter in LETTERS:
        expected = reference(bundled, letter)
        if expected:  # (no name starts with it: the full-text steps, as before)
            assert found(bundled, letter) == expected, letter
        for family in (families[0], families[len(families) // 2], families[-1]):
            if expected := reference(bundled, letter, family):
                assert found(bundled, letter, family) == expected, (letter, family)
        for source in ("curated", "onet", "mine"):
            if expected := reference(bundled, letter, source=source):
                assert found(bundled, letter, source=source) == expected, (letter, source)
        if expected := reference(bundled, letter, families[0], "onet"):
            assert found(bundled, letter, families[0], "onet") == expected, letter


def test_a_one_letter_result_is_read_as_shown_and_finds_any_role(bundled):
    """"c" (123 titles, 3,665 aliases in the built-in catalogue): fewer titles than the list
    holds, so the roles known by a "c" alias fill it, and it is still read a page at a time."""
    expected = reference(bundled, "c")
    assert len(expected) == SEARCH_LIMIT
    paged = bundled.find_roles("c", paged=True)
    assert isinstance(paged, RoleListing) and len(paged) == SEARCH_LIMIT
    for row in (0, 150, SEARCH_LIMIT - 1):  # (found without reading the rows)
        assert paged.index_of(expected[row].id) == row
    assert paged.materialised() == 0
    assert paged[5] == expected[5] and paged.materialised() == bundled.store.catalogue.LETTER_PAGE
    past = reference(bundled, "c", limit=SEARCH_LIMIT + 1)[-1]  # (a "c" role ranking past the limit)
    assert paged.index_of(past.id) == -1
    # a name equals "p" (O*NET's alias "PS"): that role first (tier 1), then the letter's rows
    expected = reference(bundled, "p")
    paged = bundled.find_roles("p", paged=True)
    assert ranked(bundled, "p")[0][0] == 1 and ranked(bundled, "p")[1][0] == 3
    assert paged.index_of(expected[0].id) == 0 and paged.index_of(expected[1].id) == 1
    assert paged.index_of(expected[-1].id) == SEARCH_LIMIT - 1 and paged.materialised() == 0
    assert list(paged) == expected


def test_an_own_role_imported_edited_and_removed_is_found_by_its_letters_in_its_place(tmp_path):
    desk = Desk.open(tmp_path / "home", BUNDLED_DATA)
    try:
        before = {letter: found(desk, letter) for letter in "xqk"}
        desk.import_roles([RoleProfile.model_validate(role_dict("my-keeper", "Xylophone Keeper",
                                                                aliases=["Quill Setter", "Kiln Minder"]))])
        for letter in "xqk":
            rows = found(desk, letter)
            assert rows == reference(desk, letter) and "my-keeper" in [r.id for r in rows], letter
        assert found(desk, "x")[0] == RoleRow("my-keeper", "Xylophone Keeper", "Software Engineering", "mine")
        assert found(desk, "q", source="mine") == [RoleRow("my-keeper", "Xylophone Keeper",
                                                           "Software Engineering", "mine")]
        desk.import_roles([RoleProfile.model_validate(role_dict("my-keeper", "Quill Keeper", aliases=["Zither"]))],
                          replace=True)
        for letter in "xqkz":
            assert found(desk, letter) == reference(desk, letter), letter
        assert "my-keeper" not in [r.id for r in found(desk, "x")] + [r.id for r in found(desk, "k")]
        assert [r.id for r in found(desk, "q")].index("my-keeper") < 4  # (a title now: among the 4 "q" titles)
        desk.remove_role("my-keeper")
        assert {letter: found(desk, letter) for letter in "xqk"} == before
    finally:
        desk.close()


def test_a_catalogue_built_before_role_initials_is_rebuilt_and_searches_the_same(tmp_path):
    """The table came with catalogue schema 9: an older file (stamped 8, without it, with the
    index it replaced) is built again at the next start, as any change of layout is; the user's
    own roles come back from their data, which is never touched."""
    home = tmp_path / "home"
    desk = Desk.open(home, BUNDLED_DATA)
    desk.import_roles([RoleProfile.model_validate(role_dict("my-keeper", "Xylophone Keeper"))])
    expected = found(desk, "x")
    stamp = read_stamp(home / "catalogue.sqlite")
    desk.close()
    conn = sqlite3.connect(home / "catalogue.sqlite")
    old = stamp.replace(catalogue_stamp(""), "8:", 1)
    assert data_part(old) is None  # (not a stamp of this layout)
    with conn:
        conn.execute("DROP TABLE role_initials")
        conn.execute("CREATE INDEX role_names_initial ON role_names (is_title, substr(name, 1, 1), role_id)")
        conn.execute("UPDATE meta SET value = ? WHERE key = 'stamp'", [old])
    conn.close()
    desk = Desk.open(home, BUNDLED_DATA)
    try:
        assert read_stamp(home / "catalogue.sqlite") == stamp
        assert found(desk, "x") == expected and expected[0].id == "my-keeper"
    finally:
        desk.close()

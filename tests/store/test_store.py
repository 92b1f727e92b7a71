import json
import sqlite3
from pathlib import Path

import pytest

from careerdesk.domain.errors import CatalogueError, NotFoundError
from careerdesk.service import Desk
from careerdesk.store.catalogue import fts_query
from careerdesk.store.ledger import SkillStatus
from careerdesk.store.store import Store
from tests.conftest import FIXTURE_ROLES, role_dict, write_catalogue


@pytest.fixture
def store(isolated_home: Path, fixture_data: Path):
    s = Store(isolated_home, fixture_data)
    yield s
    s.close()


def ids(rows):
    return [r.id for r in rows]


def had_counts(store, role_ids):
    """role id -> (skills had, skills listed), through the query best fit uses."""
    rows = {r[0]: (r[3], r[4]) for r in store.catalogue.fit_counts(store.ledger.table)}
    return {rid: rows[rid] for rid in role_ids}


def test_first_open_builds_both_files(store, isolated_home):
    assert (isolated_home / "careerdesk.sqlite").exists()
    assert (isolated_home / "catalogue.sqlite").exists()
    assert store.catalogue.count() == 3
    assert store.catalogue.families() == ["Data & AI", "Software Engineering"]


@pytest.mark.parametrize(
    ("text", "expected_first"),
    [
        ("back", "backend-engineer"),
        ("BACKEND eng", "backend-engineer"),
        ("Server-Side Engineer", "backend-engineer"),
        ("api developer", "backend-engineer"),
        ("kube", "backend-engineer"),
        ("data", "data-engineer"),
    ],
)
def test_search_matches_titles_aliases_and_skills_by_prefix(store, text, expected_first):
    assert ids(store.catalogue.search(text))[0] == expected_first


def test_skill_alias_finds_every_role_listing_the_skill(store):
    assert set(ids(store.catalogue.search("postgres"))) == {"backend-engineer", "data-engineer"}


def test_search_ranks_title_matches_first_and_filters_by_family(store):
    # "engineer" is in every title; a title starting with the text comes first
    assert ids(store.catalogue.search("data engineer")) == ["data-engineer"]
    assert ids(store.catalogue.search("python")) == ["data-engineer"]
    assert ids(store.catalogue.search("sql", family="Data & AI")) == ["data-engineer"]
    assert set(ids(store.catalogue.search("sql"))) == {"backend-engineer", "data-engineer"}
    assert store.catalogue.search("zzz-nothing") == []


def test_empty_search_lists_everything_grouped_by_family(store):
    assert ids(store.catalogue.search("   ")) == ["data-engineer", "backend-engineer", "frontend-engineer"]


def test_punctuation_alone_matches_nothing(store):
    assert store.catalogue.search('"') == [] and store.catalogue.search("!!") == []


def test_next_steps_follow_the_chain_of_each_path(tmp_path, isolated_home):
    roles = [role_dict("a", "A", path=[("B", "b"), ("C", "c")]), role_dict("b", "B"),
             role_dict("c", "C", path=[("D", "d")]), role_dict("d", "D")]
    s = Store(isolated_home, write_catalogue(tmp_path / "chain", roles))
    assert s.catalogue.next_steps("a") == ["b"]
    assert s.catalogue.next_steps("b") == ["c"]  # from A's path: B leads to C
    assert s.catalogue.next_steps("c") == ["d"]
    assert s.catalogue.next_steps("d") == []
    s.close()


def test_a_skill_listed_under_two_of_its_names_is_a_catalogue_error(tmp_path, isolated_home):
    role = role_dict("x", "X", skills=[("PostgreSQL", "tool"), ("Postgres", "tool")])
    with pytest.raises(CatalogueError, match="x.json: `skills`: 'PostgreSQL' is listed twice"):
        Store(isolated_home, write_catalogue(tmp_path / "dup", [role]))


@pytest.mark.parametrize("text", ['"', "AND", "OR NOT", "*", "a:b", "NEAR(", "'; DROP TABLE roles; --"])
def test_fts_syntax_typed_by_a_user_is_just_text(store, text):
    store.catalogue.search(text)  # must not raise
    assert store.catalogue.count() == 3


def test_fts_query_quotes_every_word():
    assert fts_query('c++ "x') == '"c++"* "x"*'
    assert fts_query("  ") is None


def test_role_lookup_by_id_title_or_alias(store):
    assert Desk(store).require_role("backend-engineer").title == "Backend Engineer"
    assert Desk(store).require_role("backend ENGINEER").id == "backend-engineer"
    assert Desk(store).require_role("api developer").id == "backend-engineer"
    with pytest.raises(NotFoundError, match="no role called 'astronaut'"):
        Desk(store).require_role("astronaut")


def test_catalogue_stores_canonical_skill_names(store):
    data_engineer = store.catalogue.role("data-engineer")
    assert [s.name for s in data_engineer.skills] == ["PostgreSQL", "Python", "SQL"]


def test_ticks_are_one_ledger_across_roles(store):
    Desk(store).set_skill_status(["Postgres"], SkillStatus.HAVE)  # alias resolves to PostgreSQL
    counts = had_counts(store, ["backend-engineer", "data-engineer", "frontend-engineer"])
    assert counts == {"backend-engineer": (1, 4), "data-engineer": (1, 3), "frontend-engineer": (0, 1)}


def test_unknown_skill_is_an_error_and_writes_nothing(store):
    with pytest.raises(NotFoundError, match="'Juggling'"):
        Desk(store).set_skill_status(["SQL", "Juggling"], SkillStatus.HAVE)
    assert store.ledger.had() == set()


def test_ticks_survive_reopening(isolated_home, fixture_data):
    first = Store(isolated_home, fixture_data)
    Desk(first).set_skill_status(["SQL", "K8s"], SkillStatus.HAVE)
    Desk(first).set_skill_status(["SQL"], SkillStatus.NONE)
    first.close()
    second = Store(isolated_home, fixture_data)
    assert second.ledger.had() == {"kubernetes"}
    second.close()


def test_a_new_catalogue_rebuilds_without_touching_user_data(isolated_home, fixture_data):
    first = Store(isolated_home, fixture_data)
    Desk(first).set_skill_status(["SQL", "Communication"], SkillStatus.HAVE)
    first.close()
    user_bytes_before = sqlite3.connect(isolated_home / "careerdesk.sqlite").execute(
        "SELECT skill_key, status FROM skill_status ORDER BY skill_key").fetchall()
    renamed = [dict(r) for r in FIXTURE_ROLES]
    renamed[0] = {**renamed[0], "title": "Back-End Engineer"}
    renamed.append(role_dict("sre", "Site Reliability Engineer", "Infrastructure", skills=[("SQL", "technical")]))
    write_catalogue(fixture_data, renamed)
    second = Store(isolated_home, fixture_data)
    assert second.catalogue.count() == 4
    assert second.catalogue.title_of("backend-engineer") == "Back-End Engineer"
    assert had_counts(second, ["sre"]) == {"sre": (1, 1)}
    second.close()
    user_after = sqlite3.connect(isolated_home / "careerdesk.sqlite").execute(
        "SELECT skill_key, status FROM skill_status ORDER BY skill_key").fetchall()
    assert user_after == user_bytes_before


def test_damaged_catalogue_file_is_rebuilt(isolated_home, fixture_data):
    Store(isolated_home, fixture_data).close()
    (isolated_home / "catalogue.sqlite").write_bytes(b"this is not a database" * 100)
    store = Store(isolated_home, fixture_data)
    assert store.catalogue.count() == 3
    store.close()


def test_invalid_catalogue_names_file_and_field(tmp_path, isolated_home):
    bad = role_dict("qa", "QA")
    bad["faq"] = [{"question": "Why?"}]
    data = write_catalogue(tmp_path / "bad", [bad])
    with pytest.raises(CatalogueError, match=r"qa\.json: `faq\[0\]\.answer`: is required"):
        Store(isolated_home, data)


def test_role_file_must_be_named_after_its_id(tmp_path, isolated_home):
    data = write_catalogue(tmp_path / "bad", [role_dict("qa", "QA")])
    (data / "roles" / "qa.json").rename(data / "roles" / "other.json")
    with pytest.raises(CatalogueError, match="must match the file name"):
        Store(isolated_home, data)


def test_malformed_json_is_reported_with_line(tmp_path, isolated_home):
    data = write_catalogue(tmp_path / "bad", [role_dict("qa", "QA")])
    (data / "roles" / "qa.json").write_text('{"id": "qa",\n oops}', encoding="utf-8")
    with pytest.raises(CatalogueError, match="qa.json: not valid JSON: .* at line 2"):
        Store(isolated_home, data)


def test_roles_leading_in_and_path_steps(store):
    assert [(r.id, steps) for r, steps in store.catalogue.roles_leading_to("data-engineer")] == [
        ("backend-engineer", 0), ("frontend-engineer", 0)]
    assert store.catalogue.roles_leading_to("backend-engineer") == []


def test_skill_keys_by_role_reads_a_whole_path_at_once(tmp_path, isolated_home):
    """What Career Path's tallies count, one query for every step: a role the catalogue does not
    hold is left out, one with no skills is there with none, one named twice is there once."""
    data = write_catalogue(tmp_path / "d", [
        role_dict("qa", "QA", skills=[("SQL", "technical"), ("Testing", "technical")], path=[("Lead", "lead")]),
        role_dict("lead", "Lead")])
    store = Store(isolated_home, data)
    try:
        keys = store.catalogue.skill_keys_by_role(["qa", "nowhere", "lead", "qa"])
        assert {role: sorted(k) for role, k in keys.items()} == {"qa": sorted(store.catalogue.skill_keys_of("qa")),
                                                                 "lead": []}
        assert len(keys["qa"]) == 2
        assert store.catalogue.skill_keys_by_role([]) == {}
    finally:
        store.close()


def test_home_with_quote_and_spaces_works(tmp_path, fixture_data):
    home = tmp_path / "it's my ☃ home"
    store = Store(home, fixture_data)
    Desk(store).set_skill_status(["SQL"], SkillStatus.HAVE)
    assert store.ledger.had() == {"sql"}
    store.close()
    assert json.loads(json.dumps(str(home)))

"""The fast paths give exactly what the plain definitions give, on the bundled catalogue and a
synthetic one: best fit against ranking every role's counts (`rank_fit` over `fit_counts`), and
search against its tiers computed over every name that matches (no LIMIT before the ranking)."""

from __future__ import annotations

import random

import pytest

from bench.synthetic import make_catalogue
from careerdesk.domain.fit import rank_fit
from careerdesk.domain.profile import RoleProfile
from careerdesk.service.desk import Desk
from careerdesk.store import search
from tests.conftest import BUNDLED_DATA, role_dict


def reference_fit(desk: Desk, family: str | None = None):
    """Best fit by its definition: every role's counts, ranked."""
    return rank_fit(desk.store.catalogue.fit_counts(desk.store.ledger.table, family))


def tick_some(desk: Desk, rng: random.Random, roles: int, per_role: int) -> None:
    everyone = desk.list_roles()
    for row in rng.sample(everyone, roles):
        skills = desk.skill_rows(desk.role(row.id))
        for key, name, _kind, _detail in rng.sample(skills, min(per_role, len(skills))):
            desk.set_have(key, name, True)


@pytest.fixture(scope="module")
def bundled_desk(tmp_path_factory):
    desk = Desk.open(tmp_path_factory.mktemp("bundled") / "home", BUNDLED_DATA)
    yield desk
    desk.close()


@pytest.fixture(scope="module")
def synthetic_desk(tmp_path_factory):
    data = make_catalogue(tmp_path_factory.mktemp("synthetic") / "data", 300, seed=3)
    desk = Desk.open(tmp_path_factory.mktemp("synthetic-home") / "home", data)
    yield desk
    desk.close()


@pytest.mark.parametrize("which", ["bundled_desk", "synthetic_desk"])
def test_best_fit_equals_ranking_every_role(which, request):
    desk = request.getfixturevalue(which)
    rng = random.Random(5)
    assert desk.best_fit() == reference_fit(desk)  # nothing ticked: every role, by title
    for _ in range(3):
        tick_some(desk, rng, roles=4, per_role=6)
        assert desk.best_fit() == reference_fit(desk)
        family = rng.choice(desk.families())
        assert desk.best_fit(family) == reference_fit(desk, family)
        assert desk.best_fit() == reference_fit(desk)  # the cache follows the family asked for


def test_best_fit_follows_a_changed_catalogue_and_ties_keep_one_order(synthetic_desk):
    desk = synthetic_desk
    desk.best_fit()  # the list of roles is now kept
    some = desk.role(desk.list_roles()[0].id)
    # two own roles with the title of a catalogue role (one cased differently): a three-way tie
    twins = [role_dict("twin-a", some.title, some.family), role_dict("twin-b", some.title.upper(), some.family)]
    desk.import_roles([RoleProfile.model_validate(t) for t in twins])
    fits = desk.best_fit()
    assert fits == reference_fit(desk)
    assert {"twin-a", "twin-b"} <= {f.id for f in fits}
    tied = [f.id for f in fits if f.title.casefold() == some.title.casefold() and f.have == 0]
    assert tied == sorted(tied)
    desk.remove_role("twin-a")
    assert desk.best_fit() == reference_fit(desk)
    assert "twin-a" not in {f.id for f in desk.best_fit()}


def whole_words(words: list[str], forms: set[str]) -> bool:
    """Every query word is a whole word of the text, a plural "s"/"es" either way aside."""
    return all(w in forms or w + "s" in forms or w + "es" in forms or (w[-1:] == "s" and w[:-1] in forms)
               for w in words)


def reference_search(desk: Desk, text: str, family: str | None = None, limit: int = search.SEARCH_LIMIT):
    """search_roles as first written: every matching name grouped per role in one query, all
    of them ranked (then the same bounded full-text steps)."""
    db = desk.store.db
    where, args = desk.store.catalogue._filters(family, None)
    needle = search._norm(text)
    words = search._TOKEN.findall(needle)
    query = search.fts_query(text)
    best: dict = {}

    def offer(tier, row):
        if row[0] not in best or tier < best[row[0]][0]:
            best[row[0]] = (tier, row)

    plurals = [needle, needle + "s", needle + "es", needle.removesuffix("s")]
    for row in db.execute(
        f"""SELECT {search._ROW}, {search._ORDER},
                   min(CASE WHEN n.name IN (?, ?, ?, ?) THEN 1 - n.is_title WHEN n.is_title THEN 3 ELSE 4 END)
            FROM role_names n JOIN roles r ON r.id = n.role_id
            WHERE ((n.name >= ? AND n.name < ?) OR n.name = ?) {where} GROUP BY r.id""",
        [*plurals, needle, needle + "\U0010ffff", plurals[3], *args],
    ):
        offer(row[-1], row[:-1])
    if len(needle) > 1 or not best:
        full = len(best) >= limit
        columns, cap = ("{title}", limit) if full else ("{title aliases}", search._FTS_CAP)
        for row in db.execute(
            f"""SELECT {search._ROW}, {search._ORDER}, roles_fts.aliases FROM roles_fts
                JOIN roles r ON r.rowid = roles_fts.rowid WHERE roles_fts MATCH ? {where} LIMIT ?""",
            [f"{columns}: ({query})", *args, cap],
        ):
            title_words = search._TOKEN.findall(row[1].casefold())
            if whole_words(words, set(title_words)):
                tier = 1
            elif row[0] in best and best[row[0]][0] <= 2:
                continue
            elif whole_words(words, set(search._TOKEN.findall(row[-1].casefold()))):
                tier = 2
            elif all(any(t.startswith(w) for t in title_words) for w in words):
                tier = 5
            else:
                tier = 6
            offer(tier, row[:-1])
        if len(best) < limit:
            for row in db.execute(
                f"""SELECT {search._ROW}, {search._ORDER} FROM roles_fts JOIN roles r ON r.rowid = roles_fts.rowid
                    WHERE roles_fts MATCH ? {where} LIMIT ?""",
                ["{skills}: (" + query + ")", *args, search._FTS_CAP],
            ):
                offer(7, row)
    ranked = sorted(best.values(), key=lambda item: search.rank_key(*item))
    return [search._role_row(row) for _, row in ranked[:limit]]


def queries(desk: Desk, rng: random.Random) -> list[str]:
    """Prefixes of 1, 2, 3 and 8 letters of title words and aliases, whole titles, plurals."""
    rows = desk.list_roles()
    out = ["a", "e", "r", "s", "x", "nurse", "nurses", "engineer", "data eng", "c++", "sql"]
    for row in rng.sample(rows, 40):
        role = desk.role(row.id)
        word = rng.choice(row.title.split())
        out += [word[:n] for n in (1, 2, 3, 8)] + [row.title, row.title.lower() + "s"]
        if role.aliases:
            out.append(rng.choice(role.aliases)[:4])
    return out


@pytest.mark.parametrize("which", ["bundled_desk", "synthetic_desk"])
def test_search_equals_ranking_every_name_match(which, request):
    desk = request.getfixturevalue(which)
    rng = random.Random(11)
    families = desk.families()
    for text in queries(desk, rng):
        if search.fts_query(text) is None:
            continue
        assert desk.find_roles(text) == reference_search(desk, text), text
        family = rng.choice(families)
        assert desk.find_roles(text, family) == reference_search(desk, text, family), (text, family)
        assert desk.store.catalogue.search(text, limit=7) == reference_search(desk, text, limit=7), text


def test_best_fit_read_ahead_is_used_and_never_for_another_catalogue(synthetic_desk):
    desk = synthetic_desk
    desk.best_fit()
    desk.import_roles([RoleProfile.model_validate(role_dict("ahead-a", "Ahead Role", "Ahead"))])
    desk.prepare_best_fit()  # the catalogue changed since the last ranking: its facts are read ahead
    statements: list[str] = []
    desk.store.db.conn.set_trace_callback(statements.append)
    try:
        fits = desk.best_fit()
    finally:
        desk.store.db.conn.set_trace_callback(None)
    assert not [s for s in statements if "median_pay" in s]  # (fit_base's query, not run again)
    assert fits == reference_fit(desk)
    assert "ahead-a" in {f.id for f in fits}
    # read ahead, then the catalogue changes (before or after the read): never the old facts
    desk.prepare_best_fit()
    desk.remove_role("ahead-a")
    fits = desk.best_fit()
    assert fits == reference_fit(desk)
    assert "ahead-a" not in {f.id for f in fits}


def test_search_tiers_words_as_python_splits_them_with_accents_symbols_and_own_roles(tmp_path):
    """The whole-word and word-start tests run in SQLite over word lines stored with each role
    (search.word_line). The full-text index folds accents ("cafe" finds "Café") where Python's
    words do not, and splits on other characters: the tiers must stay Python's, also for roles
    imported into the catalogue in place (catalogue_update), not built with it."""
    desk = Desk.open(tmp_path / "home", BUNDLED_DATA)
    try:
        own = [role_dict("own-cafe", "Café Sommelier", aliases=["Barista-Maître", "Cafés Lead"]),
               role_dict("own-cafes", "Cafes Manager", aliases=["Sommeliers"]),
               role_dict("own-cpp", "C++ Developer", aliases=["C# Engineer"]),
               role_dict("own-nurse", "Nurses Aide", aliases=["Caf Nurse"])]
        desk.import_roles([RoleProfile.model_validate(r) for r in own])
        texts = ["cafe", "café", "cafés", "cafes", "caf", "maitre", "maître", "barista maî", "sommelier",
                 "sommeliers", "c++", "c#", "c++ dev", "nurse", "nurse aide", "aides", "s", "e", "cafe som"]
        for text in texts:
            assert desk.find_roles(text) == reference_search(desk, text), text
            assert desk.store.catalogue.search(text, limit=3) == reference_search(desk, text, limit=3), text
        assert desk.find_roles("café")[0].id == "own-cafe"
    finally:
        desk.close()

"""One of the user's roles changed in place: the catalogue then holds exactly what a full
rebuild from the same sources holds, and a kill in the middle leaves a usable catalogue."""

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from careerdesk.domain.profile import RoleProfile
from careerdesk.store.store import Store
from tests.conftest import FIXTURE_ROLES, ROOT, role_dict, write_catalogue

TABLES = ["meta", "role_names", "role_initials", "role_skills", "career_steps", "skills", "skill_demand",
          "user_shadows", "skill_alias_keys"]


def contents(path: Path) -> dict[str, list[tuple]]:
    """Every catalogue table as sorted rows, without rowids (an in-place row gets a new one)."""
    conn = sqlite3.connect(path)
    try:
        found = {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall()) for t in TABLES}
        # a role's position as its place among all (a role added in place takes a midpoint, a
        # rebuild spaces them evenly: the order is what must agree), and the same in every table
        for t in ("role_names", "role_initials"):
            columns = [c[1] for c in conn.execute(f"PRAGMA table_info({t})") if c[1] != "rank_pos"]
            found[t] = sorted(conn.execute(
                f"SELECT {', '.join(columns)}, (SELECT count(*) FROM role_rank k WHERE k.rank_pos < t.rank_pos), "
                f"t.rank_pos = (SELECT rank_pos FROM role_rank k WHERE k.id = t.role_id) FROM {t} t").fetchall())
        # (not the quick look at the source folder: its inode and times, not what was built)
        found["meta"] = [row for row in found["meta"] if row[0] != "sources"]
        found["roles"] = sorted(conn.execute(
            "SELECT id, title, family, source, skill_count, profile FROM roles").fetchall())
        found["roles_fts"] = sorted(conn.execute(
            "SELECT r.id, f.title, f.aliases, f.skills FROM roles_fts f JOIN roles r ON r.rowid = f.rowid"))
        found["role_rank"] = sorted(conn.execute(  # each match's rank row belongs to its role
            "SELECT r.id, k.id, k.title, k.family, k.source, k.onet, k.specialised, k.employment, k.title_key, "
            "k.title_words, k.alias_words, (SELECT count(*) FROM role_rank o WHERE o.rank_pos < k.rank_pos) "
            "FROM role_rank k LEFT JOIN roles r ON r.rowid = k.fts_row"))
        found["fts_match"] = sorted(conn.execute(
            "SELECT r.id FROM roles_fts f JOIN roles r ON r.rowid = f.rowid WHERE roles_fts MATCH 'engineer*'"))
        # the word indexes (not stored: asked) for every word of a title or alias line, the words of
        # the roles changed below among them; an entry left behind names another role or none
        lines = conn.execute("SELECT title_words || alias_words FROM role_rank")
        words = {w for (line,) in lines for w in line.split()}
        found["alias_index"] = sorted((w, *row) for w in sorted(words | {"quantum", "gardener", "ii", "alt"})
                                      for row in conn.execute(
            "SELECT coalesce(r.id, '(none)') FROM role_alias_words a LEFT JOIN roles r ON r.rowid = a.rowid "
            "WHERE role_alias_words MATCH ?", [f'"{w}"']))
        found["title_index"] = sorted((w, *row) for w in sorted(words | {"quantum", "gardener", "ii", "my"})
                                      for row in conn.execute(
            "SELECT coalesce(r.id, '(none)') FROM role_title_words a LEFT JOIN roles r ON r.rowid = a.rowid "
            "WHERE role_title_words MATCH ?", [f'"{w}"']))
        found["name_text"] = sorted((w, *row) for w in sorted(words | {"quantum", "gardener", "ii", "alt", "my"})
                                    for row in conn.execute(
            "SELECT coalesce(r.id, '(none)') FROM role_name_text t LEFT JOIN roles r ON r.rowid = t.rowid "
            "WHERE role_name_text MATCH ?", [f'"{w}"*']))
        return found
    finally:
        conn.close()


def rebuilt(home: Path, data: Path, tmp_path: Path) -> dict[str, list[tuple]]:
    """The catalogue a full build makes from the same user data and sources."""
    other = tmp_path / "rebuilt"
    shutil.rmtree(other, ignore_errors=True)
    shutil.copytree(home, other, ignore=shutil.ignore_patterns("catalogue.sqlite*", "*.lock"))
    Store(other, data, auto_backup=False).close()
    return contents(other / "catalogue.sqlite")


def profile(role_id: str, title: str, skills=(("Python", "tool"), ("Rust", "technical"))) -> RoleProfile:
    return RoleProfile.model_validate(role_dict(role_id, title, "Data & AI", skills=list(skills),
                                                aliases=[f"{title} alt"], path=[("Data Engineer", "data-engineer")]))


def same_file(store: Store) -> int:
    return os.stat(store.catalogue_path).st_ino


def test_add_edit_replace_and_remove_in_place_equal_a_full_rebuild(isolated_home, fixture_data, tmp_path):
    store = Store(isolated_home, fixture_data)
    file = same_file(store)
    steps = [
        lambda: store.import_roles([profile("my-role", "Quantum Gardener",
                                            [("postgres", "tool"), ("K8s", "tool"), ("Rust", "technical")])]),
        lambda: store.import_roles([profile("my-role", "Quantum Gardener II", [("SQL", "technical")])],
                                   replace=True),
        lambda: store.import_roles([profile("data-engineer", "My Data Engineer")], replace=True),
        lambda: store.remove_role("my-role"),
    ]
    for step in steps:
        step()
        assert same_file(store) == file, "updated in place, not rebuilt"
        assert contents(store.catalogue_path) == rebuilt(isolated_home, fixture_data, tmp_path)
    assert store.catalogue.title_of("my-role") is None
    assert store.catalogue.title_of("data-engineer") == "My Data Engineer"
    assert [r.id for r in store.catalogue.search("Data Engineer")][0] == "data-engineer"
    store.close()


def test_removing_a_role_that_replaced_a_bundled_one_brings_the_bundled_one_back(isolated_home, fixture_data,
                                                                                 tmp_path):
    store = Store(isolated_home, fixture_data)
    store.import_roles([profile("data-engineer", "My Data Engineer")], replace=True)
    store.remove_role("data-engineer")
    assert store.catalogue.title_of("data-engineer") == "Data Engineer"
    assert store.catalogue.is_mine("data-engineer") is False
    assert contents(store.catalogue_path) == rebuilt(isolated_home, fixture_data, tmp_path)
    store.close()


def test_another_window_sees_the_change_without_reopening(isolated_home, fixture_data):
    first, second = Store(isolated_home, fixture_data), Store(isolated_home, fixture_data)
    connection = second.db
    first.import_roles([profile("my-role", "Quantum Gardener")])
    assert second.refresh_catalogue() is True  # changed: the window must re-list its roles
    assert second.db is connection  # but the same file, already current: nothing reopened
    assert second.catalogue.title_of("my-role") == "Quantum Gardener"
    assert second.refresh_catalogue() is False  # told once
    assert first.refresh_catalogue() is False  # its own change is not news to itself
    first.close()
    second.close()


def plan_of(path: Path, sql: str) -> str:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys = ON")  # as every connection of ours (store/db.py connect)
        return " | ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", ["my-role"]))
    finally:
        conn.close()


def test_changing_one_role_reads_no_whole_table(isolated_home, fixture_data):
    """Removing a role's names and first letters, and its row (whose foreign key SQLite checks in
    role_names and role_initials), go by index: at 50,000 roles each full scan of role_names was
    25-70 ms of a ~100 ms change."""
    Store(isolated_home, fixture_data).close()
    catalogue = isolated_home / "catalogue.sqlite"
    for sql in ("DELETE FROM role_names WHERE role_id = ?", "DELETE FROM role_initials WHERE role_id = ?",
                "DELETE FROM roles WHERE id = ?",
                "SELECT s.name FROM skill_alias_keys a JOIN skills s USING (skill_key) WHERE a.alias_key IN (?)"):
        assert "SCAN" not in plan_of(catalogue, sql), sql


def test_a_catalogue_built_before_the_indexes_gets_them_at_its_first_change(isolated_home, fixture_data, tmp_path):
    """No schema bump (that rebuilds every catalogue): an older catalogue gets the role-names
    index and the alias keys in its first in-place change, and still equals a full rebuild."""
    Store(isolated_home, fixture_data).close()
    catalogue = isolated_home / "catalogue.sqlite"
    conn = sqlite3.connect(catalogue)
    conn.executescript("DROP INDEX role_names_role; DROP TABLE skill_alias_keys;")
    conn.close()
    store = Store(isolated_home, fixture_data)
    file = same_file(store)
    # skills named by an alias (Postgres, K8s) are found through the new alias keys
    store.import_roles([profile("my-role", "Quantum Gardener", [("postgres", "tool"), ("K8s", "tool")])])
    assert same_file(store) == file, "updated in place, not rebuilt"
    assert "SCAN" not in plan_of(catalogue, "DELETE FROM role_names WHERE role_id = ?")
    assert contents(catalogue) == rebuilt(isolated_home, fixture_data, tmp_path)
    assert [s.name for s in store.catalogue.role("my-role").skills] == ["PostgreSQL", "Kubernetes"]
    store.close()


@pytest.mark.parametrize("step", ["import", "remove"])
def test_a_kill_mid_update_leaves_a_usable_catalogue(isolated_home, fixture_data, tmp_path, step):
    store = Store(isolated_home, fixture_data)
    store.import_roles([profile("kept-role", "Kept Role")])
    store.close()
    # A separate process dies inside the update's transaction, after rows were deleted and
    # written but before the commit (the function that counts demand is the last step).
    script = textwrap.dedent(f"""
        import os, sys
        from pathlib import Path
        from careerdesk.store import catalogue_update
        from careerdesk.store.store import Store
        from tests.store.test_catalogue_update import profile
        catalogue_update._recount_demand = lambda *a: os._exit(9)
        store = Store(Path(sys.argv[1]), Path(sys.argv[2]))
        if {step!r} == "import":
            store.import_roles([profile("new-role", "New Role")])
        else:
            store.remove_role("kept-role")
    """)
    done = subprocess.run([sys.executable, "-c", script, str(isolated_home), str(fixture_data)],
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True)
    assert done.returncode == 9, done.stderr
    store = Store(isolated_home, fixture_data)
    assert store.catalogue.title_of("kept-role") == "Kept Role"  # nothing was committed
    assert store.catalogue.title_of("new-role") is None
    assert store.catalogue.search("Kept")[0].id == "kept-role"
    assert contents(store.catalogue_path) == rebuilt(isolated_home, fixture_data, tmp_path)
    store.close()


def test_bundled_files_changed_while_open_are_still_picked_up_on_the_next_start(isolated_home, fixture_data,
                                                                                tmp_path):
    store = Store(isolated_home, fixture_data)
    write_catalogue(fixture_data, [*FIXTURE_ROLES, role_dict("new-bundled", "New Bundled Role")])
    store.import_roles([profile("my-role", "Quantum Gardener")])  # in place, from the old files
    assert store.catalogue.title_of("new-bundled") is None
    store.close()
    store = Store(isolated_home, fixture_data)
    assert store.catalogue.title_of("new-bundled") == "New Bundled Role"
    assert store.catalogue.title_of("my-role") == "Quantum Gardener"
    assert contents(store.catalogue_path) == rebuilt(isolated_home, fixture_data, tmp_path)
    store.close()

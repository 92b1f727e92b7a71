"""Role files in and out: round trip, all-or-nothing batches, clear errors, the user's own roles."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from careerdesk.importers.role_files import RoleImportError, profile_json, read_role_files
from careerdesk.store.sources import load_catalogue
from careerdesk.store.store import Store, StoreError
from tests.conftest import BUNDLED_DATA, FIXTURE_SKILLS, role_dict, write_catalogue

ROOT = Path(__file__).resolve().parent.parent.parent


def state(store: Store) -> tuple:
    """Everything an import could change, to prove a failed one changed nothing."""
    user = store.db.execute("SELECT id, profile FROM user.user_roles ORDER BY id").fetchall()
    roles = store.db.execute("SELECT id, profile FROM roles ORDER BY id").fetchall()
    return user, roles


def test_schema_file_is_in_sync_with_the_models():
    sys.path.insert(0, str(ROOT))
    from scripts.make_schema import SCHEMA_FILE, schema_text

    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), "run python scripts/make_schema.py"


def test_every_bundled_role_round_trips(tmp_path, isolated_home):
    bundled = load_catalogue(BUNDLED_DATA)
    files = []
    for role in bundled.roles:
        path = tmp_path / f"{role.id}.json"
        path.write_text(profile_json(role), encoding="utf-8")
        files.append(path)
    # a fresh home whose catalogue has the same skills but no roles: every role comes from the files
    skills = json.loads((BUNDLED_DATA / "skills.json").read_text(encoding="utf-8"))
    store = Store(isolated_home, write_catalogue(tmp_path / "empty", [], skills))
    store.import_roles(read_role_files(files))
    for role in bundled.roles:
        stored = store.catalogue.role(role.id)
        assert stored.source == "mine"  # imported by the user: theirs, whatever the file says
        assert stored.model_copy(update={"source": None}) == role, role.id
        assert store.catalogue.is_mine(role.id)
    store.close()


def test_one_file_may_hold_a_list_and_several_files_import_together(tmp_path, isolated_home, fixture_data):
    (tmp_path / "ladder.json").write_text(json.dumps([role_dict("qa", "QA Engineer"), role_dict("qa-lead", "QA Lead")]))
    (tmp_path / "one.json").write_text(json.dumps(role_dict("sre", "Site Reliability Engineer")))
    profiles = read_role_files([tmp_path / "ladder.json", tmp_path / "one.json"])
    store = Store(isolated_home, fixture_data)
    assert store.import_roles(profiles) == ["qa", "qa-lead", "sre"]
    assert {r.id for r in store.catalogue.search("qa") if r.mine} == {"qa", "qa-lead"}
    store.close()


def bad_corpus(folder: Path) -> dict[str, str]:
    """file name -> the text its error must contain."""
    folder.mkdir()
    wrong_type = role_dict("qa-lead", "QA Lead")
    wrong_type["seniority_levels"][0]["years_min"] = "three"
    missing = role_dict("nofaq", "No FAQ")
    del missing["responsibilities"]
    files = {
        "malformed.json": ('{"id": "x",\n "title": }', "not valid JSON: Expecting value at line 2"),
        "types.json": (json.dumps([role_dict("ok", "OK"), role_dict("ok2", "OK 2"), wrong_type]),
                       "types.json: profile 3 (`qa-lead`): `seniority_levels[0].years_min`: must be a whole number"),
        "missing.json": (json.dumps(missing), "missing.json (`nofaq`): `responsibilities`: is required"),
        "dupes.json": (json.dumps([role_dict("same", "A"), role_dict("same", "B")]),
                       "profile 2 (`same`): id `same` is also used by dupes.json: profile 1"),
        "number.json": ("42", "expected a role profile (a JSON object) or a list of them"),
        "empty.json": ("[]", "empty.json: holds no role profiles"),
        "junk.json": (None, "not a text file"),
    }
    expected = {}
    for name, (text, message) in files.items():
        if text is None:
            (folder / name).write_bytes(os.urandom(2048) + b"\xff\xfe\xfd")
        else:
            (folder / name).write_text(text, encoding="utf-8")
        expected[name] = message
    with open(folder / "huge.json", "wb") as handle:  # 50 MB: refused before it is read
        handle.truncate(50 * 1024 * 1024)
    expected["huge.json"] = "huge.json: too large (50 MB"
    return expected


def test_bad_files_each_give_their_error_and_change_nothing(tmp_path, isolated_home, fixture_data):
    store = Store(isolated_home, fixture_data)
    before = state(store)
    for name, message in bad_corpus(tmp_path / "bad").items():
        good = tmp_path / "good.json"
        good.write_text(json.dumps(role_dict("fine", "Fine Role")))
        with pytest.raises(RoleImportError) as info:
            store.import_roles(read_role_files([good, tmp_path / "bad" / name]))
        assert any(message in problem for problem in info.value.problems), (name, info.value.problems)
        assert state(store) == before, name  # the good file in the batch was not imported either
    store.close()


def test_markup_looking_text_is_valid_data(tmp_path, isolated_home, fixture_data):
    role = role_dict("cpp", "C++ < Rust? <b>Engineer</b>", skills=[("C++", "tool")])
    (tmp_path / "cpp.json").write_text(json.dumps(role))
    store = Store(isolated_home, fixture_data)
    store.import_roles(read_role_files([tmp_path / "cpp.json"]))
    assert store.catalogue.role("cpp").title == "C++ < Rust? <b>Engineer</b>"
    store.close()


def test_existing_ids_need_replace_and_removal_brings_the_bundled_role_back(tmp_path, isolated_home, fixture_data):
    mine = role_dict("backend-engineer", "Backend Engineer (our ladder)", skills=[("SQL", "technical")])
    (tmp_path / "be.json").write_text(json.dumps(mine))
    store = Store(isolated_home, fixture_data)
    profiles = read_role_files([tmp_path / "be.json"])
    with pytest.raises(StoreError, match="already in the catalogue: `backend-engineer`.*--replace"):
        store.import_roles(profiles)
    store.import_roles(profiles, replace=True)
    assert store.catalogue.title_of("backend-engineer") == "Backend Engineer (our ladder)"
    store.remove_role("backend-engineer")
    assert store.catalogue.title_of("backend-engineer") == "Backend Engineer"
    assert not store.catalogue.is_mine("backend-engineer")
    store.close()


def test_imported_roles_survive_catalogue_updates_and_restores(tmp_path, isolated_home, fixture_data):
    (tmp_path / "mine.json").write_text(json.dumps(role_dict("acme-sre", "Acme SRE", skills=[("SQL", "technical")])))
    store = Store(isolated_home, fixture_data)
    store.import_roles(read_role_files([tmp_path / "mine.json"]))
    backup = store.back_up()
    store.remove_role("acme-sre")
    store.restore(backup)
    assert store.catalogue.is_mine("acme-sre")
    store.close()
    write_catalogue(fixture_data, [role_dict("new-role", "New Role")], FIXTURE_SKILLS)  # a newer catalogue
    again = Store(isolated_home, fixture_data)
    assert again.catalogue.title_of("acme-sre") == "Acme SRE" and again.catalogue.title_of("new-role")
    assert again.catalogue.title_of("backend-engineer") is None
    again.close()


def test_cli_import_export_and_errors(tmp_path, isolated_home):
    env = {k: v for k, v in os.environ.items() if k != "CAREERDESK_DATA"}
    base = [sys.executable, "-m", "careerdesk", "--home", str(isolated_home), "roles"]

    def run(*args):
        return subprocess.run([*base, *args], capture_output=True, text=True, env=env, timeout=60)

    out = tmp_path / "export dir ü" / "tech-lead.json"
    out.parent.mkdir()
    assert run("export", "Tech Lead", "--out", str(out)).returncode == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["id"] == "tech-lead" and data["title"] == "Tech Lead"
    data.update(id="our-tech-lead", title="Tech Lead (Acme)")
    out.write_text(json.dumps(data), encoding="utf-8")
    assert run("import", str(out)).returncode == 0
    listed = json.loads(run("list", "--json").stdout)
    assert {"id": "our-tech-lead", "title": "Tech Lead (Acme)", "family": data["family"], "source": "mine",
            "mine": True} in listed
    again = run("import", str(out))
    assert again.returncode == 2 and "--replace" in again.stderr
    bad = tmp_path / "bad.json"
    bad.write_text('[{"id": "x"}]')
    result = run("import", str(bad))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert all(line.startswith("careerdesk: bad.json: profile 1 (`x`): `") for line in result.stderr.splitlines())
    assert run("remove", "our-tech-lead").returncode == 0
    assert run("remove", "tech-lead").returncode == 2

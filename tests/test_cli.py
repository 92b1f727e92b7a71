"""The command line, run as a real process the way scripts run it."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from careerdesk import __version__


def run(*args: str, home: Path, data: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CAREERDESK_DATA"}
    if data is not None:
        env["CAREERDESK_DATA"] = str(data)
    return subprocess.run(
        [sys.executable, "-m", "careerdesk", "--home", str(home), *args],
        capture_output=True, text=True, env=env, timeout=60,
    )


@pytest.fixture
def cli(isolated_home, fixture_data):
    return lambda *args: run(*args, home=isolated_home, data=fixture_data)


def test_version(cli):
    result = cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"careerdesk {__version__}"


def test_roles_list_and_search_json(cli):
    listed = json.loads(cli("roles", "list", "--json").stdout)
    assert {"id": "backend-engineer", "title": "Backend Engineer", "family": "Software Engineering",
            "source": "curated", "mine": False} in listed
    found = json.loads(cli("roles", "search", "server-side", "--json").stdout)
    assert found[0]["id"] == "backend-engineer"
    only_data = json.loads(cli("roles", "list", "--family", "Data & AI", "--json").stdout)
    assert [r["id"] for r in only_data] == ["data-engineer"]


def test_roles_show_json_is_the_profile(cli, fixture_data):
    shown = json.loads(cli("roles", "show", "Backend engineer", "--json").stdout)
    source = json.loads((fixture_data / "roles" / "backend-engineer.json").read_text())
    assert shown == {**source, "source": "curated"}  # the catalogue says where the role comes from
    text = cli("roles", "show", "api developer").stdout
    assert "Backend Engineer" in text and "Career path: Data Engineer -> Astronaut" in text


def test_tick_untick_and_list(cli):
    assert cli("skills", "tick", "postgres", "SQL").returncode == 0
    assert cli("skills", "untick", "sql").returncode == 0
    skills = {s["name"]: s for s in json.loads(cli("skills", "list", "--role", "data-engineer", "--json").stdout)}
    assert skills["PostgreSQL"]["ticked"] is True
    assert skills["PostgreSQL"]["status"] == "have"
    assert skills["SQL"]["ticked"] is False
    assert skills["Python"]["kind"] == "tool"
    everything = json.loads(cli("skills", "list", "--json").stdout)
    assert len(everything) == 5


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("roles", "show", "astronaut"), "no role called 'astronaut'"),
        (("skills", "tick", "Juggling"), "unknown skill: 'Juggling'"),
        (("skills", "list", "--role", "nope"), "no role called 'nope'"),
        (("roles", "frobnicate"), "invalid choice"),
        (("roles", "list", "--bogus"), "unrecognized arguments"),
    ],
)
def test_errors_are_one_line_and_exit_2(cli, args, message):
    result = cli(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_home_after_subcommand_and_env_home(tmp_path, fixture_data):
    home = tmp_path / "other home"
    env = {**os.environ, "CAREERDESK_DATA": str(fixture_data), "CAREERDESK_HOME": str(tmp_path / "env home")}
    cmd = [sys.executable, "-m", "careerdesk"]
    subprocess.run([*cmd, "skills", "tick", "SQL", "--home", str(home)], env=env, check=True, timeout=60)
    assert (home / "careerdesk.sqlite").exists()
    subprocess.run([*cmd, "skills", "tick", "SQL"], env=env, check=True, timeout=60)
    assert (tmp_path / "env home" / "careerdesk.sqlite").exists()


def test_unwritable_home_is_a_clear_error(tmp_path, fixture_data):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    result = run("roles", "list", home=blocker / "home", data=fixture_data)
    assert result.returncode == 2
    assert "Cannot use the data folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_bundled_catalogue_works_from_the_cli(isolated_home):
    result = run("roles", "search", "API Developer", "--json", home=isolated_home)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["id"] == "backend-engineer"


def test_roles_show_says_which_steps_are_related_moves(isolated_home):
    from tests.conftest import BUNDLED_DATA

    text = run("roles", "show", "data-scientist", home=isolated_home, data=BUNDLED_DATA).stdout
    assert "Career path: Data Science Manager -> Head of Data\n" in text
    assert "Related roles: Machine Learning Engineer, Research Scientist (AI)" in text
    shown = json.loads(run("roles", "show", "data-scientist", "--json", home=isolated_home, data=BUNDLED_DATA).stdout)
    first = {"title": "Machine Learning Engineer", "role_id": "ml-engineer", "kind": "related"}
    assert shown["career_path"][2] == first
    assert "kind" not in shown["career_path"][0]
    assert (shown["reviewed"], shown["onet_code"]) == ("2026-12-02", "15-2051.00")


def test_role_text_cannot_drive_the_terminal(cli, tmp_path):
    """An ESC (colours, cursor moves, window titles) or BEL in an imported role never reaches
    the terminal from a text command; JSON escapes such characters itself."""
    from tests.conftest import role_dict

    role = role_dict("escape-role", "Evil \x1b]0;owned\x07 \x1b[31mRed\x1b[0m Role")
    role["summary"] = "Line one\x1b[2J\n\nLine two\tand a tab\r."
    (tmp_path / "evil.json").write_text(json.dumps(role), encoding="utf-8")
    assert cli("roles", "import", str(tmp_path / "evil.json")).returncode == 0
    for args in (("roles", "show", "escape-role"), ("roles", "list"), ("roles", "search", "Evil")):
        out = cli(*args).stdout
        assert "Red" in out and not any(c in out for c in "\x1b\x07\r"), (args, out)
    assert "Line two\tand a tab" in cli("roles", "show", "escape-role").stdout
    shown = json.loads(cli("roles", "show", "escape-role", "--json").stdout)
    assert shown["title"].startswith("Evil \x1b]0;owned")  # the data itself is kept as it was


def test_a_note_stored_longer_than_the_limit_still_opens(cli, isolated_home, tmp_path):
    """A backup (another tool, a rename that joined two notes) may hold a note over the
    2,000-character limit: the limit guards what is typed, it must not lock the user out."""
    assert cli("skills", "tick", "Python").returncode == 0
    backup = tmp_path / "old.sqlite"
    with sqlite3.connect(isolated_home / "careerdesk.sqlite") as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(isolated_home / "careerdesk.sqlite", backup)
    with sqlite3.connect(backup) as db:
        db.execute("UPDATE skill_status SET note = ?", ["n" * 2600])
    db.close()
    assert cli("data", "restore", str(backup)).returncode == 0
    listed = cli("skills", "list")
    assert listed.returncode == 0, listed.stderr
    assert "[x] Python" in listed.stdout
    evidence = cli("skills", "note", "Python", "--evidence", "a certificate")
    assert evidence.returncode == 0, evidence.stderr
    too_long = cli("skills", "note", "Python", "--note", "m" * 2001)
    assert (too_long.returncode, too_long.stderr) == (2, "careerdesk: `note`: must be at most 2,000 characters\n")
    with sqlite3.connect(isolated_home / "careerdesk.sqlite") as db:
        (note,), = db.execute("SELECT note FROM skill_status WHERE name = 'Python'")
    db.close()
    assert note == "n" * 2600  # reading never shortens what is stored

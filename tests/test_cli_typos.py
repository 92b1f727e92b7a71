"""Issue 18, item 7: a typo costs only itself, says what was meant, and an empty search says so.
Run against the bundled catalogue, the way a person types at the shell."""

from __future__ import annotations

import json

from careerdesk.paths import bundled_data_dir
from tests.test_cli import run


def test_tick_ticks_the_known_names_and_suggests_for_the_rest(isolated_home):
    result = run("skills", "tick", "Postgres", "python", "rest api", "git", "docker", "Kubernets",
                 home=isolated_home, data=bundled_data_dir())
    assert result.returncode == 2
    assert result.stdout.splitlines() == ["PostgreSQL: have", "Python: have", "Git: have", "Docker: have"]
    errors = result.stderr.strip().splitlines()
    assert errors == ["careerdesk: unknown skill: 'rest api' (did you mean 'REST API design'?)",
                      "careerdesk: unknown skill: 'Kubernets' (did you mean 'Kubernetes'?)"]
    listed = json.loads(run("skills", "list", "--json", home=isolated_home, data=bundled_data_dir()).stdout)
    ticked = {s["name"] for s in listed if s["ticked"]}
    assert ticked == {"PostgreSQL", "Python", "Git", "Docker"}


def test_a_name_with_no_likely_meaning_is_still_named(isolated_home):
    result = run("skills", "set", "learning", "zzqqxx", home=isolated_home, data=bundled_data_dir())
    assert result.returncode == 2
    assert result.stderr.strip() == "careerdesk: unknown skill: 'zzqqxx'"


def test_a_search_with_no_match_says_so_and_exits_1(isolated_home):
    result = run("roles", "search", "zzzz", home=isolated_home, data=bundled_data_dir())
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.strip() == "careerdesk: no roles match 'zzzz'"
    as_json = run("roles", "search", "zzzz", "--json", home=isolated_home, data=bundled_data_dir())
    assert (as_json.returncode, json.loads(as_json.stdout)) == (1, [])


def test_no_match_for_a_huge_query_is_still_one_short_line(isolated_home):
    result = run("roles", "search", "q" * 100_000, home=isolated_home)
    assert result.returncode == 1 and len(result.stderr.splitlines()) == 1 and len(result.stderr) < 120

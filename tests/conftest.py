"""Every test runs offscreen, in its own data folder, with its own settings."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The user's cache folder stays untouched (careerdesk.paths.cache_dir); subprocesses inherit it.
os.environ["CAREERDESK_CACHE"] = tempfile.mkdtemp(prefix="careerdesk-test-cache-")

ROOT = Path(__file__).resolve().parent.parent
BUNDLED_DATA = ROOT / "data"


@pytest.fixture(autouse=True, scope="session")
def catalogue_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One build of each large catalogue per test session: a fresh home copies the finished
    file (see store.catalogue.CACHE_ENV) instead of spending seconds building ~1,066 roles.
    Subprocesses (the CLI tests) inherit the variable and share the cache."""
    from careerdesk.store.catalogue_build import CACHE_ENV

    folder = tmp_path_factory.mktemp("catalogue-cache")
    previous = os.environ.get(CACHE_ENV)
    os.environ[CACHE_ENV] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop(CACHE_ENV, None)
    else:
        os.environ[CACHE_ENV] = previous


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """CAREERDESK_HOME points at a fresh temp folder, so no test sees real user data."""
    home = tmp_path / "home dir ü"
    monkeypatch.setenv("CAREERDESK_HOME", str(home))
    return home


def role_dict(role_id: str, title: str, family: str = "Software Engineering", *,
              skills: list[tuple[str, str]] = (), aliases: list[str] = (),
              path: list[tuple[str, str | None]] = ()) -> dict:
    """A small but valid profile in the public JSON form."""
    return {
        "id": role_id,
        "title": title,
        "aliases": list(aliases),
        "family": family,
        "summary": f"{title} first paragraph.\n\n{title} second paragraph.",
        "outlook": "Steady demand.",
        "responsibilities": ["Build things.", "Fix things."],
        "skills": [{"name": n, "kind": k} for n, k in skills],
        "seniority_levels": [{"name": "Junior", "years_min": 0, "years_max": 2, "salary_min": 50000,
                              "salary_max": 70000, "currency": "USD", "summary": "Learns."}],
        "faq": [{"question": "Why?", "answer": "Because."}],
        "salary": {"min": 50000, "max": 90000, "currency": "USD", "period": "year",
                   "region": "United States", "source": "Test"},
        "career_path": [{"title": t, "role_id": r} for t, r in path],
    }


FIXTURE_SKILLS = [
    {"name": "PostgreSQL", "kind": "tool", "aliases": ["Postgres"]},
    {"name": "Kubernetes", "kind": "tool", "aliases": ["K8s"]},
    {"name": "SQL", "kind": "technical", "aliases": []},
    {"name": "Communication", "kind": "soft", "aliases": []},
    {"name": "Python", "kind": "tool", "aliases": []},
]

FIXTURE_ROLES = [
    role_dict("backend-engineer", "Backend Engineer", aliases=["Server-Side Engineer", "API Developer"],
              skills=[("PostgreSQL", "tool"), ("SQL", "technical"), ("Communication", "soft"),
                      ("Kubernetes", "tool")],
              path=[("Data Engineer", "data-engineer"), ("Astronaut", None)]),
    role_dict("data-engineer", "Data Engineer", "Data & AI",
              skills=[("Postgres", "tool"), ("Python", "tool"), ("SQL", "technical")]),
    role_dict("frontend-engineer", "Frontend Engineer", skills=[("Communication", "soft")],
              path=[("Data Engineer", "data-engineer")]),
]


def write_catalogue(folder: Path, roles: list[dict] = FIXTURE_ROLES, skills: list[dict] = FIXTURE_SKILLS) -> Path:
    (folder / "roles").mkdir(parents=True, exist_ok=True)
    (folder / "skills.json").write_text(json.dumps(skills), encoding="utf-8")
    for old in (folder / "roles").glob("*.json"):
        old.unlink()
    for role in roles:
        (folder / "roles" / f"{role['id']}.json").write_text(json.dumps(role), encoding="utf-8")
    return folder


@pytest.fixture
def fixture_data(tmp_path: Path) -> Path:
    return write_catalogue(tmp_path / "data")


@pytest.hookimpl(wrapper=True, trylast=True)
def pytest_runtest_teardown(item):
    """After each test, the widgets it closed are deleted, not left for later tests to carry.
    pytest-qt closes a test's widgets and calls deleteLater(), but outside a running event loop
    Qt 6 keeps deferred deletions pending: the windows of earlier tests stayed alive (up to a
    dozen main windows and ~2,400 widgets), and every application-wide change in a later test
    (a style sheet, a palette, a font) re-polished them all: two label tests took a minute each.
    `trylast`: inside pytest-qt's own teardown wrapper (also trylast, registered earlier), so an
    error raised as they are deleted (a `destroyed` slot) fails this test's teardown, as pytest-qt
    fails any other slot's error; outside it, the traceback was printed and the test passed
    (tests/test_teardown_flush.py)."""
    result = yield
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return result

"""Data made by every released schema opens intact; newer catalogues keep all user data."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from careerdesk.domain.plan import SkillStatus
from careerdesk.service.desk import Desk
from careerdesk.store import health
from careerdesk.store.store import Store
from tests.conftest import BUNDLED_DATA, FIXTURE_ROLES, FIXTURE_SKILLS, role_dict, write_catalogue

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def open_fixture(name: str, home: Path, data: Path = BUNDLED_DATA) -> Store:
    home.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES / name, home / "careerdesk.sqlite")
    return Store(home, data)


def test_schema_v1_opens_with_every_tick_and_note(isolated_home):
    store = open_fixture("user-schema-v1.sqlite", isolated_home)
    entries = store.ledger.entries()
    assert store.recovery is None
    assert entries["postgresql"].status is SkillStatus.HAVE
    # "Postgres" was an alias all along: its record joined PostgreSQL, note kept
    assert "postgres" not in entries and entries["postgresql"].note == "typed under an old name"
    assert entries["sql"].status is SkillStatus.HAVE
    assert (entries["kubernetes"].status, entries["kubernetes"].note) == (SkillStatus.LEARNING, "CKA course")
    assert (entries["docker"].status, entries["docker"].note) == (SkillStatus.NONE, "used it once")
    assert entries["cobol"].status is SkillStatus.HAVE  # unknown to the catalogue, kept
    # the upgrade made a backup first, in the old format
    backup = health.backups(isolated_home)[0]
    applied = {r[0] for r in sqlite3.connect(backup).execute("SELECT name FROM _sqlite_migrations")}
    assert applied == {"m001_skill_status"}
    store.close()


def test_schema_v2_opens_with_notes_evidence_and_plan(isolated_home):
    store = open_fixture("user-schema-v2.sqlite", isolated_home)
    desk = Desk(store)
    plan = desk.plan()
    assert (plan.name, plan.current_role, plan.target_role, plan.target_date) == (
        "Zoë", "backend-engineer", "backend-architect", dt.date(2027, 6, 30))
    assert desk.entry("system design").evidence == "designed the billing service"
    assert desk.entry("kafka").status is SkillStatus.LEARNING
    assert "System design" in [i.skill.name for i in desk.gap().have]
    store.close()


@pytest.fixture
def old_catalogue(tmp_path):
    return write_catalogue(tmp_path / "data")


def test_newer_catalogue_renames_removals_and_aliases_keep_user_data(isolated_home, old_catalogue):
    store = Store(isolated_home, old_catalogue)
    desk = Desk(store)
    Desk(store).set_skill_status(["Communication", "PostgreSQL"], SkillStatus.HAVE)
    desk.set_note("communication", "Communication", "ran the guild", "talks 2025")
    desk.set_status("python", "Python", SkillStatus.LEARNING)
    from careerdesk.domain.plan import Plan

    desk.save_plan(Plan(name="Ada", current_role="frontend-engineer", target_role="data-engineer"))
    store.close()

    # The new catalogue: "Communication" renamed (old name now an alias), PostgreSQL dropped
    # from every role, Data Engineer renamed and Frontend Engineer removed.
    skills = [s for s in FIXTURE_SKILLS if s["name"] not in ("Communication", "PostgreSQL")]
    skills.append({"name": "Stakeholder communication", "kind": "soft", "aliases": ["Communication"]})
    roles = [
        role_dict("backend-engineer", "Backend Engineer", skills=[("Stakeholder communication", "soft")]),
        role_dict("data-engineer", "Data Platform Engineer", "Data & AI",
                  skills=[("Python", "tool"), ("Stakeholder communication", "soft")]),
    ]
    write_catalogue(old_catalogue, roles, skills)
    store = Store(isolated_home, old_catalogue)
    desk = Desk(store)
    entries = store.ledger.entries()
    assert entries["stakeholder communication"].status is SkillStatus.HAVE
    assert entries["stakeholder communication"].note == "ran the guild"
    assert entries["stakeholder communication"].evidence == "talks 2025"
    assert entries["postgresql"].status is SkillStatus.HAVE  # no role lists it: kept anyway
    assert entries["python"].status is SkillStatus.LEARNING
    plan = desk.plan()
    assert (plan.current_role, plan.target_role) == ("frontend-engineer", "data-engineer")
    gap = desk.gap()  # the renamed target still works; the removed current role is tolerated
    assert gap.target.title == "Data Platform Engineer"
    assert [i.skill.name for i in gap.have] == ["Stakeholder communication"]
    store.close()
    assert len(FIXTURE_ROLES) == 3


def test_plan_naming_a_dropped_role_opens_in_the_window(qtbot, isolated_home, old_catalogue, monkeypatch):
    from careerdesk.domain.plan import Plan
    from careerdesk.ui.start import build_window

    store = Store(isolated_home, old_catalogue)
    Desk(store).save_plan(Plan(current_role="frontend-engineer", target_role="data-engineer"))
    store.close()
    write_catalogue(old_catalogue, [r for r in FIXTURE_ROLES if r["id"] != "frontend-engineer"])
    monkeypatch.setenv("CAREERDESK_DATA", str(old_catalogue))
    window = build_window(isolated_home)
    qtbot.addWidget(window)
    window.show_mode(1)
    view = window.plan_view
    assert view.current.currentText() == "frontend-engineer (no longer in the catalogue)"
    assert view.target.currentText() == "Data Engineer"
    assert "no longer in the catalogue" in view.compare.result.plain_text()
    view.name.setText("Ada")
    view.name.editingFinished.emit()  # saving the form keeps the dropped role, it does not erase it
    assert window.desk.plan().current_role == "frontend-engineer"


def test_window_shows_a_plan_changed_from_the_cli(qtbot, isolated_home, old_catalogue, monkeypatch):
    from careerdesk.domain.plan import Plan
    from careerdesk.ui.start import build_window

    monkeypatch.setenv("CAREERDESK_DATA", str(old_catalogue))
    window = build_window(isolated_home)
    qtbot.addWidget(window)
    window.show_mode(1)
    other = Store(isolated_home, old_catalogue)
    Desk(other).save_plan(Plan(target_role="data-engineer"))
    other.close()
    window.pick_up_outside_changes()
    assert window.plan_view.target.currentText() == "Data Engineer"


def test_schema_v3_opens_with_the_users_own_role(isolated_home):
    store = open_fixture("user-schema-v3.sqlite", isolated_home)
    assert store.catalogue.title_of("acme-tech-lead") == "Tech Lead (Acme)"
    assert store.catalogue.is_mine("acme-tech-lead")
    assert Desk(store).plan().name == "Zoë"
    store.close()


def test_every_fixture_is_older_or_equal_to_this_version():
    from careerdesk.store.schema import known_user_migrations

    for fixture in FIXTURES.glob("user-schema-v*.sqlite"):
        applied = {r[0] for r in sqlite3.connect(fixture).execute("SELECT name FROM _sqlite_migrations")}
        assert applied <= known_user_migrations(), fixture.name
    assert len(list(FIXTURES.glob("user-schema-v*.sqlite"))) == len(known_user_migrations())

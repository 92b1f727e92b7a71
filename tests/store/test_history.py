"""The skill history: written with every change, in the same transaction, never edited."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from careerdesk.domain.plan import SkillEntry, SkillStatus
from careerdesk.service.desk import Desk
from careerdesk.store.errors import StoreError
from careerdesk.store.store import Store
from tests.conftest import BUNDLED_DATA

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def desk(isolated_home, fixture_data):
    store = Store(isolated_home, fixture_data)
    yield Desk(store)
    store.close()


def rows(home: Path) -> list[tuple]:
    conn = sqlite3.connect(home / "careerdesk.sqlite")
    try:
        return conn.execute("SELECT at, skill_key, status, note, evidence FROM skill_history ORDER BY id").fetchall()
    finally:
        conn.close()


def test_every_write_path_is_recorded_with_its_time(desk, isolated_home, monkeypatch):
    monkeypatch.setenv("CAREERDESK_TODAY", "2027-01-04")
    desk.set_status("sql", "SQL", SkillStatus.LEARNING)
    monkeypatch.setenv("CAREERDESK_TODAY", "2027-01-11")
    desk.set_status("sql", "SQL", SkillStatus.HAVE)
    desk.set_note("sql", "SQL", "window functions", "")
    desk.set_entry("kubernetes", "Kubernetes", SkillEntry(status=SkillStatus.LEARNING, evidence="CKA"))
    assert desk.replace_entry("kubernetes", "Kubernetes", SkillEntry(status=SkillStatus.LEARNING, evidence="CKA"),
                              SkillEntry())
    desk.set_status("sql", "SQL", SkillStatus.HAVE)  # no change: nothing recorded
    assert rows(isolated_home) == [
        ("2027-01-04T12:00:00+00:00", "sql", "learning", "", ""),
        ("2027-01-11T12:00:00+00:00", "sql", "have", "", ""),
        ("2027-01-11T12:00:00+00:00", "sql", "have", "window functions", ""),
        ("2027-01-11T12:00:00+00:00", "kubernetes", "learning", "", "CKA"),
        ("2027-01-11T12:00:00+00:00", "kubernetes", "none", "", ""),
    ]
    described = [c.describe() for c in desk.schedule.history()]
    assert described == ["now learning", "learning -> have", "note changed", "now learning, evidence changed",
                         "learning -> none, evidence changed"]
    assert len(desk.schedule.history(dt.date(2027, 1, 11))) == 4


def test_history_cannot_be_edited_or_deleted(desk, isolated_home):
    desk.set_status("sql", "SQL", SkillStatus.HAVE)
    for sql in ("UPDATE user.skill_history SET status = 'none'", "DELETE FROM user.skill_history"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            desk.store.db.execute(sql)
    assert len(rows(isolated_home)) == 1


def test_a_failed_change_records_no_history(desk, isolated_home):
    """One transaction: when the change rolls back, so does its history entry."""
    desk.set_status("sql", "SQL", SkillStatus.HAVE)
    with pytest.raises(StoreError):
        # the second row breaks NOT NULL: the first must not stay, nor its history
        desk.store.ledger.set_status([("kubernetes", "Kubernetes"), ("python", None)], SkillStatus.HAVE)
    assert [r[1] for r in rows(isolated_home)] == ["sql"]
    assert desk.store.ledger.entry("kubernetes") == SkillEntry()


def test_upgrading_todays_schema_keeps_everything_and_seeds_the_history(isolated_home):
    isolated_home.mkdir(parents=True)
    shutil.copy(FIXTURES / "user-schema-v3.sqlite", isolated_home / "careerdesk.sqlite")
    store = Store(isolated_home, BUNDLED_DATA)
    try:
        desk = Desk(store)
        assert desk.entry("system design").evidence == "designed the billing service"
        assert desk.entry("kafka") == SkillEntry(status=SkillStatus.LEARNING, note="Confluent course")
        assert desk.plan().target_role == "backend-architect" and store.catalogue.is_mine("acme-tech-lead")
        history = desk.schedule.history()
        assert {(c.event.key, c.event.status) for c in history} == {
            ("system design", "have"), ("kafka", "learning"), ("communication", "have")}
        assert {c.event.at for c in history} == {dt.datetime(2026, 6, 1, 10, tzinfo=dt.UTC)}  # their updated_at
        assert desk.schedule.milestones() == {}
    finally:
        store.close()


def test_schema_v4_opens_with_history_and_milestones(isolated_home):
    isolated_home.mkdir(parents=True)
    shutil.copy(FIXTURES / "user-schema-v4.sqlite", isolated_home / "careerdesk.sqlite")
    store = Store(isolated_home, BUNDLED_DATA)
    try:
        schedule = Desk(store).schedule
        assert [c.describe() for c in schedule.history() if c.event.key == "kafka"] == [
            "now learning, note changed", "learning -> have"]
        kube = schedule.milestones()["kubernetes"]
        assert (kube.due, kube.effort_weeks) == (dt.date(2026, 9, 30), 5)
    finally:
        store.close()

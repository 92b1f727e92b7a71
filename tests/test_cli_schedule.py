"""`skills history`, `plan schedule / due / timeline / export --ics`, as real processes."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest
from icalendar import Calendar


@pytest.fixture
def cli(isolated_home):
    env = {k: v for k, v in os.environ.items() if k not in ("CAREERDESK_DATA", "CAREERDESK_TODAY")}

    def run(*args: str, today: str = "2027-01-04") -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "careerdesk", "--home", str(isolated_home), *args],
                              capture_output=True, text=True, env={**env, "CAREERDESK_TODAY": today}, timeout=120)

    return run


def ok(result):
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_history_with_since_and_json(cli):
    ok(cli("skills", "set", "learning", "SQL", today="2027-01-04"))
    ok(cli("skills", "tick", "SQL", today="2027-01-20"))
    ok(cli("skills", "note", "SQL", "--note", "joins", today="2027-01-21"))
    assert ok(cli("skills", "history")).splitlines() == [
        "2027-01-04  SQL: now learning", "2027-01-20  SQL: learning -> have", "2027-01-21  SQL: note changed"]
    recent = json.loads(ok(cli("skills", "history", "--since", "2027-01-20", "--json")))
    assert [(e["at"][:10], e["status"], e["changed"]) for e in recent] == [
        ("2027-01-20", "have", ["status"]), ("2027-01-21", "have", ["note"])]
    bad = cli("skills", "history", "--since", "last week")
    assert bad.returncode == 2 and "not a date like" in bad.stderr and "Traceback" not in bad.stderr


def test_schedule_due_timeline_and_ics(cli, tmp_path):
    ok(cli("plan", "set", "--current", "backend-engineer", "--target", "backend-architect", "--date", "2029-12-31"))
    ok(cli("skills", "set", "learning", "Kafka"))
    proposal = json.loads(ok(cli("plan", "schedule", "--json")))
    assert proposal["saved"] and not proposal["squeezed"]
    dues = [m["due"] for m in proposal["milestones"]]
    assert dues == sorted(dues) and dues[-1] <= "2029-12-31" and proposal["milestones"][0]["skill"] == "Kafka"
    timeline = json.loads(ok(cli("plan", "timeline", "--json")))
    assert set(timeline[0]) == {"skill", "status", "start", "due", "done"}
    assert [t["due"] for t in timeline if t["status"] != "have"] == dues

    before = ok(cli("plan", "timeline", "--json"))
    for date, message in (("2030-01-01", "after your target date 2029-12-31"), ("2026-12-31", "in the past"),
                          ("31/12/2027", "not a date like")):
        bad = cli("plan", "due", "Kafka", date)
        assert bad.returncode == 2 and message in bad.stderr and "Traceback" not in bad.stderr
    assert ok(cli("plan", "timeline", "--json")) == before  # the plan is unchanged
    assert ok(cli("plan", "due", "kafka", "2027-03-01")).strip() == "Kafka: due 2027-03-01"
    kafka = next(t for t in json.loads(ok(cli("plan", "timeline", "--json"))) if t["skill"] == "Kafka")
    assert (kafka["status"], kafka["start"], kafka["due"]) == ("learning", "2027-01-04", "2027-03-01")

    out = tmp_path / "milestones.ics"
    assert "milestones" in ok(cli("plan", "export", "--ics", str(out)))
    cal = Calendar.from_ical(out.read_bytes())
    events = {str(e["summary"]): e for e in cal.walk("VEVENT")}
    assert len(events) == len(dues)
    assert events["Milestone: Kafka"].decoded("dtstart") == dt.date(2027, 3, 1)
    assert str(events["Milestone: Kafka"]["uid"]) == "backend-architect-kafka@careerdesk"
    assert all(e.decoded("dtstart") <= dt.date(2029, 12, 31) for e in events.values())


def test_a_tight_target_is_squeezed_and_said(cli):
    ok(cli("plan", "set", "--target", "backend-architect", "--date", "2027-03-01"))
    out = ok(cli("plan", "schedule", "--dry-run"))
    assert "after your target date 2027-03-01" in out and "shortened" in out
    assert json.loads(ok(cli("plan", "timeline", "--json")))[0]["due"] is None  # dry run saved nothing

def test_ics_without_milestones_is_refused_and_nothing_written(cli, tmp_path):
    ok(cli("plan", "set", "--target", "backend-architect"))
    out = tmp_path / "milestones.ics"
    bad = cli("plan", "export", "--ics", str(out))
    assert bad.returncode != 0 and "no milestones to export" in bad.stderr and "Traceback" not in bad.stderr
    assert not out.exists()


def test_moving_the_target_date_before_milestones_says_so(cli):
    # the plan must never pass its target date without saying so: moving the date earlier
    # than milestones already set said nothing
    ok(cli("plan", "set", "--target", "backend-architect", "--date", "2029-12-31"))
    ok(cli("plan", "schedule"))
    moved = cli("plan", "set", "--date", "2027-03-01")
    assert moved.returncode == 0 and "milestones are due after your target date 2027-03-01" in moved.stderr
    assert "schedule again" in ok(cli("plan", "timeline"))
    ok(cli("plan", "schedule"))
    again = cli("plan", "set", "--date", "2027-03-01")
    assert again.returncode == 0 and "after your target date" not in again.stderr
    assert "after your target date" not in cli("plan", "set", "--date", "").stderr  # no date: nothing to pass

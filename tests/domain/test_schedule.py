"""Effort, proposed dates, due-date checks and pace: pure functions with a given today."""

from __future__ import annotations

import datetime as dt

import pytest

from careerdesk.domain.history import HistoryEvent, weekly_had
from careerdesk.domain.profile import SkillKind
from careerdesk.domain.schedule import PlanItem, ScheduleError, check_due, effort_for, pace, propose

TODAY = dt.date(2027, 1, 4)


def item(name: str, kind: SkillKind = SkillKind.TECHNICAL, weeks: int | None = None) -> PlanItem:
    return PlanItem(name.lower(), name, kind, "none", effort_for(kind, weeks))


def event(day: str, key: str, status: str = "have") -> HistoryEvent:
    return HistoryEvent(dt.datetime.fromisoformat(day + "T12:00:00+00:00"), key, key, status, "", "")


def test_defaults_per_kind_and_own_estimates():
    assert [effort_for(k) for k in SkillKind] == [6, 4, 3]
    assert effort_for(SkillKind.TOOL, 10) == 10


def test_dates_follow_priority_and_effort_when_they_fit():
    p = propose([item("A"), item("B", SkillKind.TOOL)], TODAY, dt.date(2027, 12, 31))
    assert [(i.name, s, d) for i, s, d in p.dates] == [
        ("A", TODAY, dt.date(2027, 2, 15)), ("B", dt.date(2027, 2, 15), dt.date(2027, 3, 8))]
    assert not p.squeezed and "before your target date 2027-12-31" in p.message


def test_never_past_the_target_date_without_saying_so():
    target = dt.date(2027, 3, 1)  # 8 weeks for 18 weeks of effort
    p = propose([item("A"), item("B"), item("C")], TODAY, target)
    assert p.squeezed and max(d for _, _, d in p.dates) <= target
    assert "need 18 weeks" in p.message and "after your target date 2027-03-01" in p.message
    with pytest.raises(ScheduleError, match="has passed"):
        propose([item("A")], TODAY, dt.date(2026, 12, 1))
    # a target date of today put every skill due today, "shortened to 0%"
    with pytest.raises(ScheduleError, match="is today: there is no time left"):
        propose([item("A")], TODAY, TODAY)
    assert propose([], TODAY, TODAY).dates == []  # nothing open: nothing to refuse
    tight = propose([item(str(n)) for n in range(40)], TODAY, TODAY + dt.timedelta(days=1))
    assert "shortened to 1%" in tight.message  # never "0%"


@pytest.mark.parametrize("text, message", [
    ("2027-13-01", "not a date like"), ("soon", "not a date like"),
    ("2026-12-31", "in the past"), ("2027-07-01", "after your target date 2027-06-30"),
])
def test_bad_due_dates_say_why(text, message):
    with pytest.raises(ScheduleError, match=message):
        check_due(text, TODAY, dt.date(2027, 6, 30))
    assert check_due("2027-06-30", TODAY, dt.date(2027, 6, 30)) == dt.date(2027, 6, 30)


def test_pace_counts_gains_after_the_first_day_and_projects_them():
    events = [event("2027-01-04", "a"), event("2027-01-04", "b"),  # the starting point
              event("2027-01-18", "c"), event("2027-02-01", "d"), event("2027-02-01", "zz")]  # zz: not in the plan
    keys = {"a", "b", "c", "d", "e", "f", "g", "h"}
    early = pace(events, keys, remaining=4, today=dt.date(2027, 2, 1), target_date=dt.date(2027, 4, 1))
    assert early.gained == 2 and round(early.per_month, 1) == 2.2
    assert early.projected == dt.date(2027, 3, 29) and early.verdict() == "on track"
    late = pace(events, keys, remaining=4, today=dt.date(2027, 3, 1), target_date=dt.date(2027, 4, 1))
    assert late.projected == dt.date(2027, 6, 21) and late.verdict() == "behind by 12 weeks"
    assert "behind by 12 weeks" in late.describe()
    assert pace([], keys, 4, TODAY, None).describe().startswith("No progress recorded yet")
    assert pace(events[:2], keys, 4, TODAY, None).projected is None


def test_weekly_had_replays_the_history():
    events = [event("2027-01-05", "a"), event("2027-01-13", "b"), event("2027-01-14", "a", "none")]
    assert weekly_had(events, {"a", "b"}, dt.date(2027, 1, 20)) == [
        (dt.date(2027, 1, 4), 1), (dt.date(2027, 1, 11), 1), (dt.date(2027, 1, 18), 1)]

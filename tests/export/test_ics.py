"""Milestones as iCalendar: one event per skill, each with its own UID."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from careerdesk.domain.profile import SkillKind
from careerdesk.domain.schedule import TimelineRow
from careerdesk.export.ics import build_calendar


def row(key: str, name: str, due: dt.date) -> TimelineRow:
    return TimelineRow(key, name, SkillKind.TOOL, "none", None, due, None, 3)


def test_c_cpp_and_csharp_are_three_events_not_one():
    # O*NET lists C, C++ and C# together for 54 occupations; one shared UID made calendar
    # apps keep one milestone of the three
    day = dt.date(2027, 3, 1)
    rows = [row("c", "C", day), row("c++", "C++", day), row("c#", "C#", day), row("cloud platforms",
                                                                               "Cloud platforms", day)]
    cal = Calendar.from_ical(build_calendar(rows, "Aerospace Engineers", "onet-17-2011-00",
                                            dt.datetime(2027, 1, 1, tzinfo=dt.UTC)).to_ical())
    uids = [str(event["uid"]) for event in cal.walk("VEVENT")]
    assert len(set(uids)) == 4
    # a slug that lost only spaces stays as readable (and as stable) as before
    assert "onet-17-2011-00-cloud-platforms@careerdesk" in uids
    assert "onet-17-2011-00-c@careerdesk" in uids

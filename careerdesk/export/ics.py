"""Milestones as an iCalendar file (RFC 5545) that calendar apps import: one all-day
event per due date. UIDs are stable per skill and target, so importing a later export
again updates the events instead of doubling them."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from icalendar import Calendar, Event

from careerdesk import __version__
from careerdesk.domain.schedule import TimelineRow
from careerdesk.export.output import atomic_output


def build_calendar(rows: list[TimelineRow], target_title: str, target_id: str, now: dt.datetime) -> Calendar:
    cal = Calendar()
    cal.add("prodid", f"-//CareerDesk//CareerDesk {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"Career plan: {target_title}")
    for row in rows:
        if row.due is None or row.status == "have":
            continue
        event = Event()
        slug = re.sub(r"[^a-z0-9]+", "-", row.key.casefold()).strip("-") or "skill"
        event.add("uid", f"{target_id}-{slug}@careerdesk")
        event.add("dtstamp", now)
        event.add("dtstart", row.due)
        event.add("dtend", row.due + dt.timedelta(days=1))
        event.add("summary", f"Milestone: {row.name}")
        status = {"learning": "learning", "none": "not started"}.get(row.status, row.status)
        start = f", from {row.start.isoformat()}" if row.start else ""
        event.add("description", f"{row.name} ({row.kind.value}) for {target_title}: {status}; "
                                 f"about {row.effort_weeks} weeks of study{start}.")
        event.add("transp", "TRANSPARENT")  # a reminder, not a busy block
        cal.add_component(event)
    return cal


def write_ics(cal: Calendar, out: Path) -> int:
    """Write whole or not at all; returns the number of events."""
    with atomic_output(out) as tmp:  # the one safe way every export writes
        tmp.write_bytes(cal.to_ical())
    return len(cal.walk("VEVENT"))

"""Milestones as an iCalendar file (RFC 5545) that calendar apps import: one all-day
event per due date. UIDs are stable per skill and target, so importing a later export
again updates the events instead of doubling them."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

from icalendar import Calendar, Event

from careerdesk import __version__
from careerdesk.domain.schedule import TimelineRow
from careerdesk.export.output import atomic_output


def uid_part(key: str) -> str:
    """A readable slug of the skill key, unique per key: C, C++ and C# all slug to "c", and
    a calendar app keeps one event per UID, so a slug that dropped anything but spaces gets
    a short digest of the key."""
    slug = re.sub(r"[^a-z0-9]+", "-", key.casefold()).strip("-") or "skill"
    if slug.replace("-", " ") != key.casefold():
        slug += "-" + hashlib.sha256(key.casefold().encode()).hexdigest()[:8]
    return slug


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
        event.add("uid", f"{target_id}-{uid_part(row.key)}@careerdesk")
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

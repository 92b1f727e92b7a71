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
from careerdesk.domain import i18n
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
    cal.add("x-wr-calname", i18n.translate("CalendarExport", "Career plan: {title}").format(title=target_title))
    for row in rows:
        if row.due is None or row.status == "have":
            continue
        event = Event()
        event.add("uid", f"{target_id}-{uid_part(row.key)}@careerdesk")
        event.add("dtstamp", now)
        event.add("dtstart", row.due)
        event.add("dtend", row.due + dt.timedelta(days=1))
        event.add("summary", i18n.translate("CalendarExport", "Milestone: {skill}").format(skill=row.name))
        event.add("description", _description(row, target_title))
        event.add("transp", "TRANSPARENT")  # a reminder, not a busy block
        cal.add_component(event)
    return cal


def _description(row: TimelineRow, target_title: str) -> str:
    """What the event says, in the reader's words; the date stays ISO (the event itself
    carries the machine-readable day, and calendar apps show that in their own format)."""
    status = {"learning": i18n.translate("CalendarExport", "learning"),
              "none": i18n.translate("CalendarExport", "not started")}.get(row.status, row.status)
    kind = {"technical": i18n.translate("CalendarExport", "technical"),
            "soft": i18n.translate("CalendarExport", "soft"),
            "tool": i18n.translate("CalendarExport", "tool")}.get(row.kind.value, row.kind.value)
    if row.start:
        text = i18n.translate("CalendarExport", "{skill} ({kind}) for {role}: {status}; about {weeks} weeks of "
                              "study, from {start}.")
    else:
        text = i18n.translate("CalendarExport", "{skill} ({kind}) for {role}: {status}; about {weeks} weeks of study.")
    return text.format(skill=row.name, kind=kind, role=target_title, status=status, weeks=row.effort_weeks,
                       start=row.start.isoformat() if row.start else "")


def write_ics(cal: Calendar, out: Path) -> int:
    """Write whole or not at all; returns the number of events."""
    with atomic_output(out) as tmp:  # the one safe way every export writes
        tmp.write_bytes(cal.to_ical())
    return len(cal.walk("VEVENT"))

"""The skill history: what changed, when. Pure functions over recorded events."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from careerdesk.domain import i18n


@dataclass(frozen=True)
class HistoryEvent:
    """One recorded state of a skill, as it was right after a change."""

    at: dt.datetime
    key: str
    name: str
    status: str
    note: str
    evidence: str

    @property
    def day(self) -> dt.date:
        return self.at.date()


@dataclass(frozen=True)
class Change:
    event: HistoryEvent
    before: str | None  # the status before, None for the first record of the skill
    changed: tuple[str, ...]  # "status", "note", "evidence"

    def describe(self) -> str:
        e = self.event
        parts = []
        if "status" in self.changed:
            parts.append(f"{self.before} -> {e.status}" if self.before else
                         i18n.translate("History", "now {status}").format(status=e.status))
        if "note" in self.changed:
            parts.append(i18n.translate("History", "note changed"))
        if "evidence" in self.changed:
            parts.append(i18n.translate("History", "evidence changed"))
        return ", ".join(parts) or i18n.translate("History", "recorded")


def changes(events: Iterable[HistoryEvent]) -> list[Change]:
    """Each event with what it changed against the skill's previous record (events in order)."""
    last: dict[str, HistoryEvent] = {}
    out = []
    for e in events:
        before = last.get(e.key)
        if before is None:
            changed = tuple(f for f, v in (("status", e.status), ("note", e.note), ("evidence", e.evidence))
                            if f == "status" or v)
        else:
            changed = tuple(f for f in ("status", "note", "evidence") if getattr(before, f) != getattr(e, f))
        out.append(Change(e, before.status if before else None, changed))
        last[e.key] = e
    return out


def done_on(events: Iterable[HistoryEvent]) -> dict[str, dt.date]:
    """Skill key -> the day it last became 'have', for skills that are 'have' now."""
    status: dict[str, str] = {}
    since: dict[str, dt.date] = {}
    for e in events:
        if e.status == "have" and status.get(e.key) != "have":
            since[e.key] = e.day
        status[e.key] = e.status
    return {k: d for k, d in since.items() if status[k] == "have"}


def started_on(events: Iterable[HistoryEvent]) -> dict[str, dt.date]:
    """Skill key -> the first day it was marked 'learning'."""
    out: dict[str, dt.date] = {}
    for e in events:
        if e.status == "learning":
            out.setdefault(e.key, e.day)
    return out


def active_days(events: Iterable[HistoryEvent]) -> Counter[dt.date]:
    """Day -> how many changes were recorded that day (the calendar heatmap)."""
    return Counter(e.day for e in events)


def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def weekly_had(events: list[HistoryEvent], keys: set[str], today: dt.date) -> list[tuple[dt.date, int]]:
    """(Monday, how many of `keys` were 'have' at the end of that week), from the week of
    the first recorded change to this week."""
    if not events:
        return []
    week = monday(min(e.day for e in events))
    ordered = sorted(events, key=lambda e: e.at)
    status: dict[str, str] = {}
    out, i = [], 0
    while week <= today:
        end = week + dt.timedelta(days=7)
        while i < len(ordered) and ordered[i].day < end:
            status[ordered[i].key] = ordered[i].status
            i += 1
        out.append((week, sum(status.get(k) == "have" for k in keys)))
        week = end
    return out

"""Milestones with dates: effort estimates, a proposed schedule, and the pace so far.

Pure: every function is given `today`; nothing here reads a clock or a database.

Effort defaults per kind (weeks of part-time study to be able to show the skill): a
technical skill (a field such as machine learning) takes longest, a soft skill is practised
alongside, a tool is learned fastest once its field is known. The user can change any one.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass

from careerdesk.domain.errors import CareerDeskError
from careerdesk.domain.history import HistoryEvent, done_on, started_on
from careerdesk.domain.kinds import SkillKind

DEFAULT_EFFORT_WEEKS = {SkillKind.TECHNICAL: 6, SkillKind.TOOL: 3, SkillKind.SOFT: 4}
MAX_EFFORT_WEEKS = 104
DAYS_PER_MONTH = 30.44


class ScheduleError(CareerDeskError):
    """A due date or an effort that the plan cannot take."""


@dataclass(frozen=True)
class Milestone:
    """What the user stored for one skill: a due date and/or their own effort estimate."""

    key: str
    name: str
    due: dt.date | None = None
    effort_weeks: int | None = None
    start: dt.date | None = None


@dataclass(frozen=True)
class PlanItem:
    """A gap skill as scheduling sees it, in gap priority order."""

    key: str
    name: str
    kind: SkillKind
    status: str  # have / learning / none
    effort_weeks: int


def effort_for(kind: SkillKind, stored: int | None = None) -> int:
    return stored if stored is not None else DEFAULT_EFFORT_WEEKS[kind]


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ScheduleError(f"{text!r} is not a date like 2027-06-30") from None


def check_due(due: dt.date | str, today: dt.date, target_date: dt.date | None) -> dt.date:
    """The due date if the plan can take it, else ScheduleError saying why."""
    day = parse_date(due) if isinstance(due, str) else due
    if day < today:
        raise ScheduleError(f"{day.isoformat()} is in the past (today is {today.isoformat()})")
    if target_date is not None and day > target_date:
        raise ScheduleError(f"{day.isoformat()} is after your target date {target_date.isoformat()}: "
                            "choose an earlier date or move the target date first")
    return day


def check_effort(weeks: int) -> int:
    if not 1 <= weeks <= MAX_EFFORT_WEEKS:
        raise ScheduleError(f"effort must be 1 to {MAX_EFFORT_WEEKS} weeks, not {weeks}")
    return weeks


@dataclass(frozen=True)
class Proposal:
    dates: list[tuple[PlanItem, dt.date, dt.date]]  # item, start, due
    needed_weeks: int
    squeezed: bool  # the estimates did not fit before the target date, so every step was shortened
    message: str


def propose(items: list[PlanItem], today: dt.date, target_date: dt.date | None) -> Proposal:
    """Back-to-back dates for the open skills, in the order given (gap priority), each as
    long as its effort. When they do not fit before the target date every step is
    shortened in proportion, so no date passes the target, and the message says so."""
    if target_date is not None and target_date < today:
        raise ScheduleError(f"your target date {target_date.isoformat()} has passed: set a new one first")
    if target_date == today and items:  # every step would shrink to nothing, all due today
        raise ScheduleError(f"your target date {target_date.isoformat()} is today: there is no time left "
                            "to schedule; set a later one first")
    needed_days = sum(i.effort_weeks for i in items) * 7
    factor = 1.0
    if target_date is not None and needed_days > (target_date - today).days:
        factor = (target_date - today).days / needed_days
    dates, elapsed = [], 0
    for item in items:
        start = today + dt.timedelta(days=math.floor(elapsed * factor))
        elapsed += item.effort_weeks * 7
        dates.append((item, start, today + dt.timedelta(days=math.floor(elapsed * factor))))
    weeks = math.ceil(needed_days / 7)
    if not items:
        message = "Nothing to schedule: every skill of the target is in hand."
    elif target_date is None:
        message = (f"{len(items)} skills, about {weeks} weeks of study in all. No target date is set: "
                   "set one to check the plan against it.")
    elif factor < 1:
        finish = today + dt.timedelta(days=needed_days)
        message = (f"At the estimated effort these {len(items)} skills need {weeks} weeks, until "
                   f"{finish.isoformat()}, after your target date {target_date.isoformat()}. Every step "
                   f"was shortened to {max(round(factor * 100), 1)}% to fit: move the target date or expect "
                   "a faster pace.")
    else:
        message = (f"{len(items)} skills, about {weeks} weeks of study, done by "
                   f"{dates[-1][2].isoformat()}, before your target date {target_date.isoformat()}.")
    return Proposal(dates, weeks, factor < 1, message)


@dataclass(frozen=True)
class TimelineRow:
    key: str
    name: str
    kind: SkillKind
    status: str
    start: dt.date | None
    due: dt.date | None
    done: dt.date | None
    effort_weeks: int

    def as_json(self) -> dict:
        iso = lambda d: d.isoformat() if d else None  # noqa: E731
        return {"skill": self.name, "status": self.status, "start": iso(self.start), "due": iso(self.due),
                "done": iso(self.done)}


def start_for(due: dt.date, effort_weeks: int, today: dt.date) -> dt.date:
    """Where a moved milestone starts: its effort before the due date, but not before today."""
    return max(due - dt.timedelta(weeks=effort_weeks), min(today, due))


def timeline(items: list[PlanItem], milestones: dict[str, Milestone],
             events: list[HistoryEvent]) -> list[TimelineRow]:
    """Every skill of the plan with its dates: start (first marked learning, else the
    scheduled start), due (the milestone) and done (the day it became 'have')."""
    done, started = done_on(events), started_on(events)
    rows = []
    for item in items:
        stored = milestones.get(item.key)
        due = stored.due if stored else None
        start = started.get(item.key) or (stored.start if stored and due else None)
        rows.append(TimelineRow(item.key, item.name, item.kind, item.status, start, due,
                                done.get(item.key) if item.status == "have" else None, item.effort_weeks))
    return rows


@dataclass(frozen=True)
class Pace:
    since: dt.date | None  # the first recorded change: what was had then is the starting point
    gained: int  # target skills gained after that first day
    remaining: int
    per_month: float
    projected: dt.date | None
    target_date: dt.date | None

    @property
    def weeks_behind(self) -> int:
        """Whole weeks the projection passes the target date (0: on track)."""
        if self.projected is None or self.target_date is None or self.projected <= self.target_date:
            return 0
        return math.ceil((self.projected - self.target_date).days / 7)

    def verdict(self) -> str:
        if self.remaining == 0:
            return "done"
        if self.projected is None:
            return "no pace yet"
        if self.target_date is None:
            return "no target date"
        return "on track" if self.weeks_behind == 0 else f"behind by {self.weeks_behind} weeks"

    def describe(self) -> str:
        if self.remaining == 0:
            return "Every skill of the target is in hand."
        if self.since is None:
            return "No progress recorded yet: tick a skill to start your pace."
        if self.projected is None:
            return (f"No skills gained since you started on {self.since.isoformat()}: "
                    "once you gain one, your pace shows here.")
        rate = f"{self.per_month:.1f}".rstrip("0").rstrip(".")
        text = (f"You gain {rate} skills a month ({self.gained} since {self.since.isoformat()}). "
                f"At this pace you reach the target on {self.projected.isoformat()}")
        if self.target_date is None:
            return text + "."
        if self.weeks_behind == 0:
            return text + f": on track for {self.target_date.isoformat()}."
        return text + f": behind by {self.weeks_behind} weeks for {self.target_date.isoformat()}."


def pace(events: list[HistoryEvent], target_keys: set[str], remaining: int, today: dt.date,
         target_date: dt.date | None) -> Pace:
    """Skills gained per month since the first recorded change, and where that leads.

    What was ticked on the very first day is the starting point, not pace (people tick what
    they already know when they begin); the rate is taken over at least a week, so one
    tick on day two does not promise the moon."""
    if not events:
        return Pace(None, 0, remaining, 0.0, None, target_date)
    since = min(e.day for e in events)
    gained = sum(1 for k, d in done_on(events).items() if k in target_keys and d > since)
    days = max((today - since).days, 7)
    per_day = gained / days
    projected = None
    if gained and remaining:
        projected = today + dt.timedelta(days=-(-remaining * days // gained))  # whole days, no float error
    return Pace(since, gained, remaining, per_day * DAYS_PER_MONTH, projected, target_date)


@dataclass(frozen=True)
class DatedPlan:
    """Everything My plan and the exported plan show about dates."""

    today: dt.date
    target_date: dt.date | None
    rows: list[TimelineRow]
    pace: Pace
    weekly: list[tuple[dt.date, int]]  # skills of the target had at the end of each week
    days: Counter[dt.date]  # changes per day, for the calendar heatmap
    total: int

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

from careerdesk.domain import i18n
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
        raise ScheduleError(i18n.translate("Schedule", "{text} is not a date like 2027-06-30").format(
            text=repr(text))) from None


def check_due(due: dt.date | str, today: dt.date, target_date: dt.date | None) -> dt.date:
    """The due date if the plan can take it, else ScheduleError saying why."""
    day = parse_date(due) if isinstance(due, str) else due
    if day < today:
        raise ScheduleError(i18n.translate("Schedule", "{day} is in the past (today is {today})").format(
            day=i18n.day(day), today=i18n.day(today)))
    if target_date is not None and day > target_date:
        raise ScheduleError(i18n.translate(
            "Schedule", "{day} is after your target date {target}: choose an earlier date or move the "
            "target date first").format(day=i18n.day(day), target=i18n.day(target_date)))
    return day


def check_effort(weeks: int) -> int:
    if not 1 <= weeks <= MAX_EFFORT_WEEKS:
        raise ScheduleError(i18n.translate("Schedule", "effort must be 1 to {most} weeks, not {weeks}").format(
            most=MAX_EFFORT_WEEKS, weeks=weeks))
    return weeks


def count_skills(n: int) -> str:
    """"1 skill" / "3 skills": a counted phrase a sentence takes as one placeholder."""
    return i18n.translate("Schedule", "1 skill") if n == 1 else i18n.translate("Schedule", "{count} skills").format(
        count=n)


def count_weeks(n: int) -> str:
    """"1 week" / "5 weeks"."""
    return i18n.translate("Schedule", "1 week") if n == 1 else i18n.translate("Schedule", "{count} weeks").format(
        count=n)


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
        raise ScheduleError(i18n.translate(
            "Schedule", "your target date {target} has passed: set a new one first").format(
            target=i18n.day(target_date)))
    if target_date == today and items:  # every step would shrink to nothing, all due today
        raise ScheduleError(i18n.translate(
            "Schedule", "your target date {target} is today: there is no time left to schedule; set a "
            "later one first").format(target=i18n.day(target_date)))
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
        message = i18n.translate("Schedule", "Nothing to schedule: every skill of the target is in hand.")
    elif target_date is None:
        message = i18n.translate(
            "Schedule", "{skills}, about {weeks} of study in all. No target date is set: set one to check the "
            "plan against it.").format(skills=count_skills(len(items)), weeks=count_weeks(weeks))
    elif factor < 1:
        finish = today + dt.timedelta(days=needed_days)
        if len(items) == 1:
            text = i18n.translate(
                "Schedule", "At the estimated effort this skill needs {weeks}, until {finish}, after your "
                "target date {target}. It was shortened to {percent}% to fit: move the target date or expect "
                "a faster pace.")
        else:
            text = i18n.translate(
                "Schedule", "At the estimated effort these {skills} need {weeks}, until {finish}, after your "
                "target date {target}. Every step was shortened to {percent}% to fit: move the target date or "
                "expect a faster pace.")
        message = text.format(skills=count_skills(len(items)), weeks=count_weeks(weeks), finish=i18n.day(finish),
                              target=i18n.day(target_date), percent=max(round(factor * 100), 1))
    else:
        message = i18n.translate(
            "Schedule", "{skills}, about {weeks} of study, done by {done}, before your target date "
            "{target}.").format(skills=count_skills(len(items)), weeks=count_weeks(weeks),
                                done=i18n.day(dates[-1][2]), target=i18n.day(target_date))
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
            return i18n.translate("Pace", "Every skill of the target is in hand.")
        if self.since is None:
            return i18n.translate("Pace", "No progress recorded yet: tick a skill to start your pace.")
        if self.projected is None:
            return i18n.translate(
                "Pace", "No skills gained since you started on {since}: once you gain one, your pace shows "
                "here.").format(since=i18n.day(self.since))
        if self.target_date is None:
            text = i18n.translate(
                "Pace", "You gain {rate} ({gained} since {since}). At this pace you reach the target on "
                "{projected}.")
        elif self.weeks_behind == 0:
            text = i18n.translate(
                "Pace", "You gain {rate} ({gained} since {since}). At this pace you reach the target on "
                "{projected}: on track for {target}.")
        else:
            text = i18n.translate(
                "Pace", "You gain {rate} ({gained} since {since}). At this pace you reach the target on "
                "{projected}: behind by {weeks} for {target}.")
        rounded = f"{self.per_month:.1f}"  # one decimal, none when it is whole: "2", "1.5"
        if rounded == "1.0":
            rate = i18n.translate("Pace", "1 skill a month")
        else:
            rate = i18n.translate("Pace", "{rate} skills a month").format(
                rate=i18n.number(float(rounded), 0 if rounded.endswith(".0") else 1))
        return text.format(rate=rate, gained=self.gained, since=i18n.day(self.since),
                           projected=i18n.day(self.projected), weeks=count_weeks(self.weeks_behind),
                           target=i18n.day(self.target_date) if self.target_date else "")


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

"""Use cases for a plan with dates: history, milestones, schedule, pace, and the
calendar. The window and the CLI both call these; `today` always comes from the caller."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from careerdesk.domain import i18n
from careerdesk.domain.errors import NotFoundError
from careerdesk.domain.history import Change, HistoryEvent, active_days, changes, weekly_had
from careerdesk.domain.plan import Gap, GapItem
from careerdesk.domain.schedule import (
    DatedPlan,
    Milestone,
    PlanItem,
    Proposal,
    ScheduleError,
    TimelineRow,
    check_due,
    check_effort,
    effort_for,
    pace,
    propose,
    start_for,
    timeline,
)
from careerdesk.service.changes import PLAN
from careerdesk.store.history import HistoryStore
from careerdesk.store.milestones import MilestoneStore

if TYPE_CHECKING:
    from careerdesk.service.desk import Desk


class Schedule:
    """The dated side of one user's plan."""

    def __init__(self, desk: Desk):
        self.desk = desk

    @property
    def _history(self) -> HistoryStore:
        store = self.desk.store
        history = HistoryStore(store.db)  # built per call: the store may have reopened its connection
        history.error_path = store.user_path
        return history

    @property
    def _milestones(self) -> MilestoneStore:
        store = self.desk.store
        milestones = MilestoneStore(store.db)
        milestones.error_path = store.user_path
        return milestones

    def history(self, since: dt.date | None = None) -> list[Change]:
        """Every recorded change (from `since`), each with what it changed."""
        described = changes(self._history.events())
        return [c for c in described if since is None or c.event.day >= since]

    def events(self) -> list[HistoryEvent]:
        return self._history.events()

    def milestones(self) -> dict[str, Milestone]:
        return self._milestones.all()

    def items(self, gap: Gap | None = None) -> list[PlanItem]:
        """The target's skills, open ones first: learning, then missing, in gap priority order."""
        gap = gap or self.desk.gap()
        stored = self.milestones()

        def item(i: GapItem) -> PlanItem:
            own = stored[i.key].effort_weeks if i.key in stored else None
            return PlanItem(i.key, i.skill.name, i.skill.kind, i.entry.status.value, effort_for(i.skill.kind, own))

        return [item(i) for i in (*gap.learning, *gap.missing, *gap.have)]

    def propose(self, today: dt.date) -> Proposal:
        return propose([i for i in self.items() if i.status != "have"], today, self.desk.plan().target_date)

    def apply(self, today: dt.date) -> Proposal:
        """Propose dates and save them, all in one transaction."""
        proposal = self.propose(today)
        self._milestones.set_dues([(i.key, i.name, start, due) for i, start, due in proposal.dates])
        self.desk.changes.announce(PLAN)
        return proposal

    def _open_item(self, skill: str) -> PlanItem:
        (key, _name), = self.desk.resolve_skills([skill])
        for item in self.items():
            if item.key == key:
                if item.status == "have":
                    raise NotFoundError(i18n.translate(
                        "Schedule", "{skill} is already in hand: it needs no due date").format(skill=item.name))
                return item
        raise NotFoundError(i18n.translate("Schedule", "{skill} is not a skill of your target role").format(
            skill=repr(skill)))

    def set_due(self, skill: str, due: dt.date | str, today: dt.date) -> tuple[PlanItem, dt.date]:
        """Move one milestone; a bad date (past, after the target, malformed) changes nothing."""
        item = self._open_item(skill)
        day = check_due(due, today, self.desk.plan().target_date)
        self._milestones.set_dues([(item.key, item.name, start_for(day, item.effort_weeks, today), day)])
        self.desk.changes.announce(PLAN)
        return item, day

    def set_effort(self, skill: str, weeks: int) -> PlanItem:
        item = self._open_item(skill)
        self._milestones.set_effort(item.key, item.name, check_effort(weeks))
        self.desk.changes.announce(PLAN)
        return item

    def timeline(self, gap: Gap | None = None, events: list[HistoryEvent] | None = None) -> list[TimelineRow]:
        return timeline(self.items(gap), self.milestones(), self.events() if events is None else events)

    def export_ics(self, out: Path) -> tuple[Path, int]:
        """The milestones of the plan's target as an iCalendar file; (file, how many)."""
        from careerdesk.domain import clock
        from careerdesk.export.ics import build_calendar, write_ics

        gap = self.desk.gap()
        rows = self.timeline(gap)
        if not self.milestone_count(gap, rows):
            # a calendar without events is not valid iCalendar (RFC 5545 wants one component)
            raise ScheduleError(i18n.translate(
                "Schedule", "no milestones to export: give skills due dates first (careerdesk plan schedule, or "
                "Schedule by the target date in My plan)"))
        count = write_ics(build_calendar(rows, gap.target.title, gap.target.id, clock.now()), out)
        return out, count

    def after_target(self) -> str | None:
        """A sentence when open milestones fall after the target date (it was moved earlier
        since they were set), else None: the plan never passes its date without saying so."""
        target_date = self.desk.plan().target_date
        if target_date is None:
            return None
        try:
            rows = self.timeline()
        except NotFoundError:  # no target role (or it left the catalogue): nothing is scheduled
            return None
        late = [r for r in rows if r.due is not None and r.status != "have" and r.due > target_date]
        if not late:
            return None
        if len(late) == 1:
            text = i18n.translate("Schedule", "1 milestone is due after your target date {target} (on {last}): "
                                  "schedule again to fit it, or move the target date")
        else:
            text = i18n.translate("Schedule", "{count} milestones are due after your target date {target} (the "
                                  "last {last}): schedule again to fit them, or move the target date")
        return text.format(count=len(late), target=i18n.day(target_date), last=i18n.day(max(r.due for r in late)))

    def milestone_count(self, gap: Gap | None = None, rows: list[TimelineRow] | None = None) -> int:
        """How many events the .ics would hold: open skills with a due date."""
        return sum(1 for r in (rows if rows is not None else self.timeline(gap or self.desk.gap()))
                   if r.due is not None and r.status != "have")

    def dated_plan(self, today: dt.date, gap: Gap | None = None) -> DatedPlan:
        gap = gap or self.desk.gap()
        events = self.events()
        keys = {i.key for i in (*gap.have, *gap.learning, *gap.missing)}
        target_date = self.desk.plan().target_date
        remaining = len(gap.learning) + len(gap.missing)
        return DatedPlan(today, target_date, self.timeline(gap, events),
                         pace(events, keys, remaining, today, target_date),
                         weekly_had(events, keys, today), active_days(events), gap.total)

"""What goes into an exported plan, gathered once and rendered as PDF, print or Markdown."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from careerdesk import clock
from careerdesk.desk import Desk, PathStep
from careerdesk.domain.plan import Gap, Plan
from careerdesk.domain.profile import RoleProfile, SkillKind
from careerdesk.domain.progress import Tally
from careerdesk.domain.skills import LearnLink
from careerdesk.schedule_service import DatedPlan, Schedule


@dataclass(frozen=True)
class GroupCounts:
    kind: SkillKind
    have: int
    learning: int
    missing: int

    @property
    def total(self) -> int:
        return self.have + self.learning + self.missing


@dataclass(frozen=True)
class PlanReport:
    plan: Plan
    prepared_on: dt.date
    current: RoleProfile | None
    target: RoleProfile
    gap: Gap
    path: list[PathStep]  # the target first, then the steps after it
    dated: DatedPlan | None = None  # milestones, pace and progress over time
    learn: dict[str, list[LearnLink]] = field(default_factory=dict)  # skill key -> where to learn it

    @property
    def title(self) -> str:
        return f"Career plan: {self.plan.name}" if self.plan.name else "Career plan"

    @property
    def overall(self) -> Tally:
        return Tally(len(self.gap.have), self.gap.total)

    def groups(self) -> list[GroupCounts]:
        have, learning, missing = (self.gap.by_kind(x) for x in (self.gap.have, self.gap.learning, self.gap.missing))
        return [GroupCounts(k, len(have[k]), len(learning[k]), len(missing[k])) for k in SkillKind]

    def subtitle(self) -> str:
        parts = []
        if self.current is not None:
            parts.append(f"From {self.current.title} to {self.target.title}")
        else:
            parts.append(f"Towards {self.target.title}")
        if self.plan.target_date:
            parts.append(f"target date {self.plan.target_date.isoformat()}")
        parts.append(f"prepared {self.prepared_on.isoformat()}")
        return " · ".join(parts)

    def headline(self) -> str:
        t = self.overall
        return (
            f"You have {t.have} of the {t.total} skills a {self.target.title} needs ({t.percent}%). "
            f"{len(self.gap.learning)} in progress, {len(self.gap.missing)} still to start."
        )


def build_report(desk: Desk, target_id: str | None = None, today: dt.date | None = None) -> PlanReport:
    """Everything the plan document shows, for `target_id` or the plan's target."""
    plan = desk.plan()
    gap = desk.gap(target_id)
    current = desk.role(plan.current_role) if plan.current_role else None
    today = today or clock.today()
    return PlanReport(
        plan=plan,
        prepared_on=today,
        current=current,
        target=gap.target,
        gap=gap,
        path=desk.path_from(gap.target),
        dated=Schedule(desk).dated_plan(today, gap),
        learn=desk.learn_links([i.key for i in (*gap.missing, *gap.learning)]),
    )

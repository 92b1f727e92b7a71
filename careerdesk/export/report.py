"""What goes into an exported plan, gathered once and rendered as PDF, print or Markdown."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from careerdesk.desk import Desk, PathStep
from careerdesk.domain.occupation import ATTRIBUTION
from careerdesk.domain.plan import Gap, Plan
from careerdesk.domain.profile import RoleProfile, SkillKind
from careerdesk.domain.progress import Tally


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

    def credits(self) -> str | None:
        """The attribution O*NET's CC BY 4.0 licence asks for, when the plan uses an O*NET role."""
        roles = [self.target, *([self.current] if self.current else [])]
        if any(r.source == "onet" or r.plural_title for r in roles) or any(
                s.role_id and s.role_id.startswith("onet-") for s in self.path):
            return ATTRIBUTION
        return None

    @property
    def does_heading(self) -> str:
        """"What a Data Scientist does" / "What Registered Nurses do"."""
        title = self.target.title
        return f"What {title} do" if self.target.plural_title else f"What a {title} does"

    def headline(self) -> str:
        t = self.overall
        needs = (f"the {t.total} skills {self.target.title} need" if self.target.plural_title
                 else f"the {t.total} skills a {self.target.title} needs")
        return (
            f"You have {t.have} of {needs} ({t.percent}%). "
            f"{len(self.gap.learning)} in progress, {len(self.gap.missing)} still to start."
        )


def build_report(desk: Desk, target_id: str | None = None, today: dt.date | None = None) -> PlanReport:
    """Everything the plan document shows, for `target_id` or the plan's target."""
    plan = desk.plan()
    gap = desk.gap(target_id)
    current = desk.role(plan.current_role) if plan.current_role else None
    return PlanReport(
        plan=plan,
        prepared_on=today or dt.date.today(),
        current=current,
        target=gap.target,
        gap=gap,
        path=desk.path_from(gap.target),
    )

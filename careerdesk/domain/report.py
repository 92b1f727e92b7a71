"""What goes into an exported plan, gathered once and rendered as PDF, print or Markdown."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from careerdesk.domain.kinds import SkillKind
from careerdesk.domain.occupation import ATTRIBUTION
from careerdesk.domain.progress import Tally

if TYPE_CHECKING:  # (the window's career path uses PathStep before pydantic is imported)
    from careerdesk.domain.plan import Gap, Plan
    from careerdesk.domain.profile import RoleProfile
    from careerdesk.domain.schedule import DatedPlan
    from careerdesk.domain.skills import LearnLink


@dataclass(frozen=True)
class PathStep:
    """A career-path step with how far the user already is towards it."""

    title: str
    role_id: str | None
    tally: Tally | None
    kind: str = "next"  # "next" up the ladder, or "related": a sideways move


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
        return group_counts(self.gap)

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


def group_counts(gap: Gap) -> list[GroupCounts]:
    """Have / learning / missing per skill group, for the progress chart."""
    have, learning, missing = (gap.by_kind(x) for x in (gap.have, gap.learning, gap.missing))
    return [GroupCounts(k, len(have[k]), len(learning[k]), len(missing[k])) for k in SkillKind]

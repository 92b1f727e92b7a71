"""What goes into an exported plan, gathered once and rendered as PDF, print or Markdown."""

from __future__ import annotations

import datetime as dt
from dataclasses import field
from typing import TYPE_CHECKING

from careerdesk.domain import i18n
from careerdesk.domain.kinds import SkillKind
from careerdesk.domain.occupation import ATTRIBUTION
from careerdesk.domain.progress import Tally
from careerdesk.domain.records import record

if TYPE_CHECKING:  # (the window's career path uses PathStep before pydantic is imported)
    from careerdesk.domain.plan import Gap, Plan
    from careerdesk.domain.profile import RoleProfile
    from careerdesk.domain.reading import LearnLink, RoleView
    from careerdesk.domain.schedule import DatedPlan


@record
class PathStep:
    """A career-path step with how far the user already is towards it."""

    title: str
    role_id: str | None
    tally: Tally | None
    kind: str = "next"  # "next" up the ladder, or "related": a sideways move


@record
class GroupCounts:
    kind: SkillKind
    have: int
    learning: int
    missing: int

    @property
    def total(self) -> int:
        return self.have + self.learning + self.missing


@record
class PlanReport:
    plan: Plan
    prepared_on: dt.date
    current: RoleView | RoleProfile | None
    target: RoleView | RoleProfile
    gap: Gap
    path: list[PathStep]  # the target first, then the steps after it
    dated: DatedPlan | None = None  # milestones, pace and progress over time
    learn: dict[str, list[LearnLink]] = field(default_factory=dict)  # skill key -> where to learn it

    @property
    def title(self) -> str:
        if self.plan.name:
            return i18n.translate("PlanReport", "Career plan: {name}").format(name=self.plan.name)
        return i18n.translate("PlanReport", "Career plan")

    @property
    def overall(self) -> Tally:
        return Tally(len(self.gap.have), self.gap.total)

    def groups(self) -> list[GroupCounts]:
        return group_counts(self.gap)

    def subtitle(self) -> str:
        parts = []
        if self.current is not None:
            parts.append(i18n.translate("PlanReport", "From {current} to {target}").format(
                current=self.current.title, target=self.target.title))
        else:
            parts.append(i18n.translate("PlanReport", "Towards {target}").format(target=self.target.title))
        if self.plan.target_date:
            parts.append(i18n.translate("PlanReport", "target date {day}").format(
                day=i18n.day(self.plan.target_date)))
        parts.append(i18n.translate("PlanReport", "prepared {day}").format(day=i18n.day(self.prepared_on)))
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
        if self.target.plural_title:
            return i18n.translate("PlanReport", "What {title} do").format(title=self.target.title)
        return i18n.translate("PlanReport", "What a {title} does").format(title=self.target.title)

    def headline(self) -> str:
        t = self.overall
        if self.target.plural_title:
            text = i18n.translate(
                "PlanReport", "You have {have} of the {total} skills {title} need ({percent}%). "
                "{learning} in progress, {missing} still to start.")
        else:
            text = i18n.translate(
                "PlanReport", "You have {have} of the {total} skills a {title} needs ({percent}%). "
                "{learning} in progress, {missing} still to start.")
        return text.format(have=t.have, total=t.total, title=self.target.title, percent=t.percent,
                           learning=len(self.gap.learning), missing=len(self.gap.missing))


def group_counts(gap: Gap) -> list[GroupCounts]:
    """Have / learning / missing per skill group, for the progress chart."""
    have, learning, missing = (gap.by_kind(x) for x in (gap.have, gap.learning, gap.missing))
    return [GroupCounts(k, len(have[k]), len(learning[k]), len(missing[k])) for k in SkillKind]

"""How much of a role's skill list the user has: overall and per checklist group."""

from __future__ import annotations

from typing import TYPE_CHECKING

from careerdesk.domain import i18n
from careerdesk.domain.kinds import SkillKind, skill_key
from careerdesk.domain.records import record

if TYPE_CHECKING:
    from careerdesk.domain.profile import RoleProfile


@record
class Tally:
    have: int
    total: int

    @property
    def percent(self) -> int:
        """Whole percent, rounded down, so 100% means every skill and never 'almost'."""
        return self.have * 100 // self.total if self.total else 0

    def describe(self) -> str:
        if not self.total:  # "0 of 0 skills, 0%" says nothing a person can use
            return i18n.translate("Progress", "no skills listed")
        return i18n.translate("Progress", "{have} of {total} skills, {percent}%").format(
            have=self.have, total=self.total, percent=self.percent)


@record
class Progress:
    overall: Tally
    by_kind: dict[SkillKind, Tally]


def role_progress(role: RoleProfile, had: set[str]) -> Progress:
    """Count the role's skills whose ledger key is in `had`."""
    by_kind = {}
    for kind in SkillKind:
        keys = [skill_key(s.name) for s in role.skills_of(kind)]
        by_kind[kind] = Tally(sum(k in had for k in keys), len(keys))
    return Progress(
        overall=Tally(sum(t.have for t in by_kind.values()), sum(t.total for t in by_kind.values())),
        by_kind=by_kind,
    )

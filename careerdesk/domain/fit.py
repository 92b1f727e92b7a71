"""Best-fit roles and side-by-side comparison: plain functions over profiles and counts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from careerdesk.domain.profile import RoleProfile, SeniorityLevel, SkillKind, SkillRef, skill_key


@dataclass(frozen=True)
class Fit:
    id: str
    title: str
    family: str
    have: int
    total: int

    @property
    def percent(self) -> int:
        return self.have * 100 // self.total if self.total else 0


def rank_fit(rows: Iterable[tuple[str, str, str, int, int]]) -> list[Fit]:
    """(id, title, family, have, total) -> best fit first: highest exact share (2/26 before
    2/28, though both show 7%), then more skills had (10/20 before 1/2), then title."""
    fits = [Fit(*row) for row in rows]
    # have/total as a float orders exactly for these small counts, and costs a tenth of Fraction
    fits.sort(key=lambda f: (-(f.have / f.total) if f.total else 0.0, -f.have, f.title.casefold()))
    return fits


@dataclass(frozen=True)
class Comparison:
    a: RoleProfile
    b: RoleProfile
    both: list[SkillRef]
    only_a: list[SkillRef]
    only_b: list[SkillRef]
    steps_from_a_to_b: int | None  # on A's career path, how many moves to B

    def grouped(self, skills: list[SkillRef]) -> dict[SkillKind, list[SkillRef]]:
        return {kind: [s for s in skills if s.kind is kind] for kind in SkillKind}

    @property
    def overlap_percent(self) -> int:
        """How much of B's skill list A already covers."""
        total = len(self.both) + len(self.only_b)
        return len(self.both) * 100 // total if total else 0


def compare_roles(a: RoleProfile, b: RoleProfile) -> Comparison:
    """What changes from A to B: shared skills (in B's wording), what A drops, what B adds."""
    a_keys = {skill_key(s.name) for s in a.skills}
    b_keys = {skill_key(s.name) for s in b.skills}
    steps = next((i + 1 for i, step in enumerate(a.career_path) if step.role_id == b.id), None)
    return Comparison(
        a=a,
        b=b,
        both=[s for s in b.skills if skill_key(s.name) in a_keys],
        only_a=[s for s in a.skills if skill_key(s.name) not in b_keys],
        only_b=[s for s in b.skills if skill_key(s.name) not in a_keys],
        steps_from_a_to_b=steps,
    )


def level_span(levels: list[SeniorityLevel]) -> tuple[int, int | None, int, int] | None:
    """(years from, years to or None, lowest pay, highest pay) across a role's levels."""
    if not levels:
        return None
    years_to = None if any(lv.years_max is None for lv in levels) else max(lv.years_max for lv in levels)
    return (min(lv.years_min for lv in levels), years_to,
            min(lv.salary_min for lv in levels), max(lv.salary_max for lv in levels))


def pay_basis_differences(a: RoleProfile, b: RoleProfile) -> list[str]:
    """How two roles' headline pay figures differ in basis (region, currency, period), so a
    comparison can say they are not like for like; empty when they compare directly."""
    if a.salary is None or b.salary is None:
        return []
    out = []
    for what, x, y in (("region", a.salary.region, b.salary.region),
                       ("currency", a.salary.currency, b.salary.currency),
                       ("period", a.salary.period.value, b.salary.period.value)):
        if x.strip().casefold() != y.strip().casefold():
            out.append(f"{what}: {x} vs {y}")
    return out

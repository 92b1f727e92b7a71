"""Best-fit roles and side-by-side comparison: plain functions over profiles and counts."""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import TYPE_CHECKING

from careerdesk.domain import i18n
from careerdesk.domain.kinds import SalaryPeriod, SkillKind, skill_key

if TYPE_CHECKING:  # (best fit and compare read roles as RoleView: no pydantic, domain/reading.py)
    from careerdesk.domain.profile import RoleProfile, SeniorityLevel, SkillRef

# How much a skill counts towards fit. O*NET rates importance 1-5; a curated role lists only
# what matters, so its skills count fully. Soft skills (Communication, Problem-solving) are
# listed by nearly every occupation, so they say little about which one fits: half weight.
SOFT_WEIGHT = 0.5
# A role listing fewer than this much weight is judged as if it listed this much: two of two
# skills is not a better fit than twelve of twenty.
MIN_WEIGHT = 5.0
# Evidence saturates: matched (specific) skills e give confidence e / (e + EVIDENCE_HALF).
EVIDENCE_HALF = 2.0


def skill_weight(kind: str, importance: float | None) -> float:
    """The weight of one listed skill in the fit score."""
    weight = importance / 5 if importance is not None else 1.0
    return weight * SOFT_WEIGHT if kind == "soft" else weight


@dataclass(frozen=True)
class Fit:
    id: str
    title: str
    family: str
    have: int
    total: int
    have_weight: float | None = None  # None: every skill counts 1 (plain counts)
    total_weight: float | None = None
    have_specific: int | None = None  # skills had that are not soft skills
    median_pay: int | None = None  # US annual median (OEWS) of the role's occupation

    @property
    def percent(self) -> int:
        return self.have * 100 // self.total if self.total else 0

    @property
    def score(self) -> float:
        """Weighted share of the role's skills the user has, times how much evidence backs it:
        a role matched on one generic skill, or listing almost nothing, stays low."""
        if not self.total or not self.have:
            return 0.0
        have_w = self.have if self.have_weight is None else self.have_weight
        total_w = self.total if self.total_weight is None else self.total_weight
        specific = self.have if self.have_specific is None else self.have_specific
        evidence = specific + SOFT_WEIGHT / 2 * (self.have - specific)
        return have_w / max(total_w, MIN_WEIGHT) * evidence / (evidence + EVIDENCE_HALF)


# A sum of weights depends in its last bit on the order it was added in, which is the query
# plan's choice; weights carry a few decimals (importance 1-5 to two, / 5, halved), so the sum
# rounded to this many is the same whatever the order, and so is every ranking built on it.
_WEIGHT_DIGITS = 6


def _rank_key(fit: Fit) -> tuple:
    return (-fit.score, -(fit.have / fit.total) if fit.total else 0.0, -fit.have, fit.title.casefold(), fit.id)


def rank_fit(rows: Iterable[tuple]) -> list[Fit]:
    """(id, title, family, have, total[, have weight, total weight, specific had]) -> best fit
    first by `Fit.score`; ties by the exact share (2/26 before 2/28, both 7%), then title, then
    id (so equal titles keep one order whichever way the rows came)."""
    fits = [Fit(*row[:5], round(row[5], _WEIGHT_DIGITS), *row[6:]) if len(row) > 5 and row[5] else Fit(*row)
            for row in rows]
    fits.sort(key=_rank_key)
    return fits


class FitRanking:
    """`rank_fit` over every role of one catalogue (or family), made cheap to repeat: the
    roles' fixed facts are read once, and each ranking is given only the counts of the roles
    the user has a skill of.

    `base` rows are (id, title, family, skills listed, weight listed, US median pay) of every
    role. With nothing had, every fit is zero and `rank_fit` orders by title, then id: the
    facts are kept in that order, as columns (a Fit is made only for a row someone reads: at
    50,000 roles making them all took longer than the ranking). A role with a skill had ranks
    before every role without (its share, the second key, is below zero; theirs is zero), so a
    ranking is those roles sorted, then the rest in the kept order. Fits are remembered by
    their counts, so after one more tick only the roles listing that skill are made and keyed
    again."""

    def __init__(self, base: Iterable[tuple]):
        self.roles = _Roles(base)
        self._place = {role_id: i for i, role_id in enumerate(self.roles.ids)}
        self._made: dict[tuple, tuple[tuple, int, Fit] | None] = {}

    def rank(self, had: Iterable[tuple[str, int, float, int]]) -> Ranking:
        """Every role, best fit first, from (role id, skills had, weight had, non-soft skills
        had) of the roles the user has a skill of (roles this ranking does not hold are left out)."""
        made, roles = self._made, self.roles
        if len(made) > 4 * len(roles.ids) + 1000:  # counts long past: start again
            made.clear()
        keyed = []
        for row in had:
            hit = made.get(row, False)
            if hit is False:
                place = self._place.get(row[0])
                hit = None
                if place is not None:
                    fit = roles.fit(place, row[1], round(row[2], _WEIGHT_DIGITS), row[3])
                    hit = (_rank_key(fit), place, fit)
                made[row] = hit
            if hit is not None:
                keyed.append(hit)
        keyed.sort(key=itemgetter(0))
        return Ranking([fit for _key, _place, fit in keyed], roles, sorted(place for _key, place, _fit in keyed))


class _Roles:
    """Every role's fixed facts in title order, as columns: at 50,000 roles a tuple and a
    float object per role were ~7 MiB more."""

    __slots__ = ("ids", "titles", "families", "totals", "weights", "pays")

    def __init__(self, base: Iterable[tuple]):
        rows = list(base)
        # (title casefolded, id) in two stable sorts: no key tuple per role
        rows.sort(key=itemgetter(0))
        rows.sort(key=lambda r: r[1].casefold())
        families: dict[str, str] = {}  # one string per family, not one per role
        self.ids = [r[0] for r in rows]
        self.titles = [r[1] for r in rows]
        self.families = [families.setdefault(r[2], r[2]) for r in rows]
        self.totals = array("q", [r[3] for r in rows])
        self.weights = array("d", [r[4] for r in rows])
        self.pays = [r[5] for r in rows]

    def __len__(self) -> int:
        return len(self.ids)

    def fit(self, place: int, have: int = 0, have_weight: float = 0, have_specific: int = 0) -> Fit:
        return Fit(self.ids[place], self.titles[place], self.families[place], have, self.totals[place],
                   have_weight, self.weights[place], have_specific, self.pays[place])


class Ranking(Sequence):
    """A best-fit ranking read like a list of `Fit`: the roles with a skill had, sorted, then
    every other role in title order, each made into a Fit only when read."""

    def __init__(self, matched: list[Fit], roles: _Roles, taken: list[int]):
        self._matched, self._roles, self._taken = matched, roles, taken

    def __len__(self) -> int:
        return len(self._matched) + len(self._roles) - len(self._taken)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        if index < len(self._matched):
            return self._matched[index]
        # the k-th row not taken: k plus the taken places at or before where it lands
        k = index - len(self._matched)
        place = k + bisect_right(self._taken, k)
        while bisect_right(self._taken, place) != place - k:
            place = k + bisect_right(self._taken, place)
        return self._roles.fit(place)

    def __iter__(self) -> Iterator[Fit]:
        yield from self._matched
        taken = set(self._taken)
        for place in range(len(self._roles)):
            if place not in taken:
                yield self._roles.fit(place)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  (a list-like, compared by content)

    def __repr__(self) -> str:
        return f"Ranking({len(self)} roles, {len(self._matched)} with a skill had)"


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
    if a.salary.region.strip().casefold() != b.salary.region.strip().casefold():
        out.append(i18n.translate("Fit", "region: {a} vs {b}").format(a=a.salary.region, b=b.salary.region))
    if a.salary.currency != b.salary.currency:
        out.append(i18n.translate("Fit", "currency: {a} vs {b}").format(a=a.salary.currency, b=b.salary.currency))
    if a.salary.period is not b.salary.period:
        out.append(i18n.translate("Fit", "period: {a} vs {b}").format(
            a=period_word(a.salary.period), b=period_word(b.salary.period)))
    return out


def period_word(period: SalaryPeriod) -> str:
    """"year" / "month" / "hour", in the reader's language."""
    if period is SalaryPeriod.YEAR:
        return i18n.translate("Fit", "year")
    if period is SalaryPeriod.MONTH:
        return i18n.translate("Fit", "month")
    return i18n.translate("Fit", "hour")

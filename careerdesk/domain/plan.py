"""The user's plan: who they are, where they stand, where they want to go, and the gap.

Gap priority (documented in docs/plan.md; the order a person should close skills in):
  1. "Needed on the way": missing skills that a role between the current and the target
     role also requires, earliest step first. They block the next move, not just the last.
  2. "New for the target": skills the target needs that the current role does not list, so
     doing today's job well will not teach them.
  3. "Expected already": skills the current role lists too. Often a matter of evidence
     rather than learning, so they come last.
Within a tier: the earlier step on the way first, then technical skills before tools before
soft skills (the concrete gaps a course or project closes), then skills that more catalogue
roles ask for (they pay off on more paths), then the target's own order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import field
from enum import IntEnum
from typing import TYPE_CHECKING

from careerdesk.domain import i18n

# SkillStatus and SkillEntry are plain (kinds.py, entry.py: the first screen and every tick use them
# without pydantic); imported here so that `from careerdesk.domain.plan import ...` keeps working.
from careerdesk.domain.entry import SkillEntry
from careerdesk.domain.kinds import ROLE_ID_PATTERN, SkillKind, SkillStatus, skill_key
from careerdesk.domain.records import record

if TYPE_CHECKING:  # (gap, fit and export read roles as RoleView: no pydantic, domain/reading.py)
    from careerdesk.domain.profile import RoleProfile, SkillRef
    from careerdesk.domain.reading import RoleView

# The same figures as the pydantic model that words every refusal (domain/plan_model.py).
EARLIEST_TARGET_DATE = dt.date(1900, 1, 1)
LATEST_TARGET_DATE = dt.date(9999, 12, 31)
_NAME_LIMIT, _ROLE_ID_LIMIT = 120, 80
_ROLE_ID = re.compile(ROLE_ID_PATTERN)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@record
class Plan:
    """Where the user is and where they want to go. Every field may still be empty.

    A plain record, not a pydantic model: My plan, the gap, best fit and every export read
    the plan, and pydantic with its models is ~12 MiB that none of them should need. A
    plan that is plainly valid (clean one-line name, well-formed ids, a date in range: what
    the form and the data file hold) is checked here in a microsecond; anything else goes to
    the pydantic model in domain/plan_model.py, which decides as it always did and words
    the ValidationError (a ValueError) as before."""

    name: str = ""
    current_role: str | None = None
    target_role: str | None = None
    target_date: dt.date | None = None

    def __post_init__(self) -> None:
        date = self.target_date
        if type(date) is str and _ISO_DAY.fullmatch(date):  # as stored: the data file keeps ISO days
            try:
                date = dt.date.fromisoformat(date)
            except ValueError:  # (2027-02-30: the model words it)
                pass
            else:
                object.__setattr__(self, "target_date", date)
        name = self.name
        if type(name) is str and not _plain_name(name):
            name = _one_line(name)
            object.__setattr__(self, "name", name)
        if not (type(name) is str and len(name) <= _NAME_LIMIT and _is_role_id(self.current_role)
                and _is_role_id(self.target_role)
                and (date is None or (type(date) is dt.date and EARLIEST_TARGET_DATE <= date <= LATEST_TARGET_DATE))):
            from careerdesk.domain.plan_model import validated

            for key, value in validated(name, self.current_role, self.target_role, date).items():
                object.__setattr__(self, key, value)

    def to_json(self) -> dict:
        """The plan as JSON values (`plan show --json`): the date as an ISO day."""
        return {"name": self.name, "current_role": self.current_role, "target_role": self.target_role,
                "target_date": self.target_date.isoformat() if self.target_date else None}


def _plain_name(name: str) -> bool:
    """Already one clean line: printable, no doubled or edge spaces (the common case, checked fast)."""
    return name.isprintable() and "  " not in name and name == name.strip()


def _one_line(name: str) -> str:
    from careerdesk.domain.plan_model import one_line

    return one_line(name)


def _is_role_id(value: object) -> bool:
    return value is None or (type(value) is str and len(value) <= _ROLE_ID_LIMIT
                             and _ROLE_ID.fullmatch(value) is not None)


class Tier(IntEnum):
    ON_THE_WAY = 1
    NEW_FOR_TARGET = 2
    EXPECTED_ALREADY = 3

    @property
    def reason(self) -> str:
        if self is Tier.ON_THE_WAY:
            return i18n.translate("Tier", "needed on the way")
        if self is Tier.NEW_FOR_TARGET:
            return i18n.translate("Tier", "new for the target")
        return i18n.translate("Tier", "expected in your current role")


@record
class GapItem:
    key: str
    skill: SkillRef
    entry: SkillEntry
    tier: Tier
    demand: int  # how many catalogue roles list this skill


@record
class Gap:
    target: RoleView | RoleProfile
    have: list[GapItem] = field(default_factory=list)
    learning: list[GapItem] = field(default_factory=list)
    missing: list[GapItem] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.have) + len(self.learning) + len(self.missing)

    def by_kind(self, items: list[GapItem]) -> dict[SkillKind, list[GapItem]]:
        """Items grouped technical / soft / tools, priority order kept inside each group."""
        return {kind: [i for i in items if i.skill.kind is kind] for kind in SkillKind}


_KIND_ORDER = {SkillKind.TECHNICAL: 0, SkillKind.TOOL: 1, SkillKind.SOFT: 2}


def compute_gap(
    target: RoleView | RoleProfile,
    entries: dict[str, SkillEntry],
    current: RoleView | RoleProfile | None = None,
    on_the_way: list[RoleView | RoleProfile] = (),
    demand: dict[str, int] | None = None,
) -> Gap:
    """Split the target's skills by the user's status, missing ones in priority order.

    `on_the_way` are the roles between current and target on the career path, nearest
    first; `demand` counts how many catalogue roles list each skill key."""
    demand = demand or {}
    current_keys = {skill_key(s.name) for s in current.skills} if current else set()
    step_of: dict[str, int] = {}
    for step, role in enumerate(on_the_way):
        for s in role.skills:
            step_of.setdefault(skill_key(s.name), step)

    def tier(key: str) -> Tier:
        if key in step_of:
            return Tier.ON_THE_WAY
        if key not in current_keys:
            return Tier.NEW_FOR_TARGET
        return Tier.EXPECTED_ALREADY

    items = []
    for position, skill in enumerate(target.skills):
        key = skill_key(skill.name)
        item = GapItem(key, skill, entries.get(key, SkillEntry()), tier(key), demand.get(key, 0))
        items.append((item, position))
    # O*NET rates how important each skill is to the occupation: that outranks how many roles
    # list it (curated roles carry no rating, so their order is unchanged)
    items.sort(key=lambda pair: (pair[0].tier, step_of.get(pair[0].key, 0), _KIND_ORDER[pair[0].skill.kind],
                                 -(pair[0].skill.importance or 0), -pair[0].demand, pair[1]))
    ordered = [item for item, _ in items]
    return Gap(
        target=target,
        have=[i for i in ordered if i.entry.status is SkillStatus.HAVE],
        learning=[i for i in ordered if i.entry.status is SkillStatus.LEARNING],
        missing=[i for i in ordered if i.entry.status is SkillStatus.NONE],
    )


MAX_MOVES = 6  # a longer chain is not a path anyone plans to walk


def path_between(next_steps: Callable[[str], Iterable[str]], start: str, goal: str,
                 max_moves: int = MAX_MOVES) -> list[str] | None:
    """The shortest chain of direct moves from `start` to `goal`, both ends included; None
    when the catalogue's paths do not connect them within `max_moves` moves."""
    previous: dict[str, str] = {start: start}
    frontier = [start]
    moves = 0
    while frontier and goal not in previous and moves < max_moves:
        moves += 1
        following = []
        for role_id in frontier:
            for nxt in sorted(next_steps(role_id)):
                if nxt not in previous:
                    previous[nxt] = role_id
                    following.append(nxt)
        frontier = following
    if goal not in previous:
        return None
    chain = [goal]
    while chain[-1] != start:
        chain.append(previous[chain[-1]])
    return chain[::-1]

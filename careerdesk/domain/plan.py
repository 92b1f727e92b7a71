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
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints, field_validator

from careerdesk.domain import i18n

# SkillStatus and SkillEntry are plain (kinds.py, entry.py: the first screen and every tick use them
# without pydantic); imported here so that `from careerdesk.domain.plan import ...` keeps working.
from careerdesk.domain.entry import SkillEntry
from careerdesk.domain.kinds import SkillStatus
from careerdesk.domain.profile import ROLE_ID_PATTERN, RoleProfile, SkillKind, SkillRef, skill_key

RoleId = Annotated[str, StringConstraints(pattern=ROLE_ID_PATTERN, max_length=80)]

# A target date is a day in someone's working life. 1900 is far enough back for any plan
# (and inside what every date widget can show: Qt's QDateEdit starts at 1752-09-14 and
# would silently move an earlier date); 9999 is as far as ISO dates and QDate go.
EARLIEST_TARGET_DATE = dt.date(1900, 1, 1)
LATEST_TARGET_DATE = dt.date(9999, 12, 31)


class Plan(BaseModel):
    """Where the user is and where they want to go. Every field may still be empty."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Annotated[str, StringConstraints(strip_whitespace=True, max_length=120)] = ""
    current_role: RoleId | None = None
    target_role: RoleId | None = None
    target_date: dt.date | None = None

    @field_validator("name", mode="before")
    @classmethod
    def _one_line(cls, value):
        """A name is one line on a PDF's title and a terminal: line breaks, tabs and other control
        characters become spaces (a name saved before this rule still loads)."""
        if isinstance(value, str):
            return " ".join("".join(" " if unicodedata.category(c) == "Cc" else c for c in value).split())
        return value

    @field_validator("target_date")
    @classmethod
    def _date_in_range(cls, value: dt.date | None) -> dt.date | None:
        if value is not None and not EARLIEST_TARGET_DATE <= value <= LATEST_TARGET_DATE:
            raise ValueError(i18n.translate("Plan", "{day} is not a target date between {first} and {last}").format(
                day=i18n.day(value), first=i18n.day(EARLIEST_TARGET_DATE), last=i18n.day(LATEST_TARGET_DATE)))
        return value


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


@dataclass(frozen=True)
class GapItem:
    key: str
    skill: SkillRef
    entry: SkillEntry
    tier: Tier
    demand: int  # how many catalogue roles list this skill


@dataclass(frozen=True)
class Gap:
    target: RoleProfile
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
    target: RoleProfile,
    entries: dict[str, SkillEntry],
    current: RoleProfile | None = None,
    on_the_way: list[RoleProfile] = (),
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

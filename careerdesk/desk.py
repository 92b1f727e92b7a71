"""The app's use cases in plain Python: what the window asks for and what a click changes.

The UI calls only this (and the domain), never SQL, so every behaviour here is testable
without Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from careerdesk.domain.profile import RoleProfile, SkillKind, SkillRef, skill_key
from careerdesk.domain.progress import Progress, Tally, role_progress
from careerdesk.store.catalogue import RoleRow
from careerdesk.store.ledger import SkillStatus
from careerdesk.store.store import Store


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    skill: SkillRef
    have: bool


@dataclass(frozen=True)
class PathStep:
    """A career-path step with how far the user already is towards it."""

    title: str
    role_id: str | None
    tally: Tally | None


class Desk:
    """One user's view of one data folder."""

    def __init__(self, store: Store):
        self.store = store
        self._had: set[str] | None = None

    # Catalogue

    def families(self) -> list[str]:
        return self.store.catalogue.families()

    def find_roles(self, text: str, family: str | None = None) -> list[RoleRow]:
        return self.store.catalogue.search(text, family or None)

    def role(self, role_id: str) -> RoleProfile | None:
        return self.store.catalogue.role(role_id)

    def role_count(self) -> int:
        return self.store.catalogue.count()

    # Ledger

    @property
    def had(self) -> set[str]:
        """Keys of skills the user has (cached; refreshed on every change made here)."""
        if self._had is None:
            self._had = self.store.ledger.had()
        return self._had

    def reload(self) -> None:
        """Forget cached ledger state, e.g. after another process changed it."""
        self._had = None

    def checklist(self, role: RoleProfile) -> list[ChecklistItem]:
        """The role's skills grouped technical, soft, tools (list order kept within a group)."""
        items = []
        for kind in SkillKind:
            for skill in role.skills_of(kind):
                key = skill_key(skill.name)
                items.append(ChecklistItem(key, skill, key in self.had))
        return items

    def set_have(self, key: str, name: str, have: bool) -> None:
        """Record the tick; it is committed to disk before this returns."""
        self.store.ledger.set_status([(key, name)], SkillStatus.HAVE if have else SkillStatus.NONE)
        if have:
            self.had.add(key)
        else:
            self.had.discard(key)

    def progress(self, role: RoleProfile) -> Progress:
        return role_progress(role, self.had)

    def tally(self, role_id: str) -> Tally | None:
        keys = self.store.catalogue.skill_keys_of(role_id)
        if not keys and self.store.catalogue.title_of(role_id) is None:
            return None
        return Tally(sum(k in self.had for k in keys), len(keys))

    # Career path

    def path_steps(self, role: RoleProfile) -> list[PathStep]:
        steps = []
        for step in role.career_path:
            exists = step.role_id is not None and self.store.catalogue.title_of(step.role_id) is not None
            steps.append(PathStep(step.title, step.role_id if exists else None,
                                  self.tally(step.role_id) if exists else None))
        return steps

    def leading_to(self, role_id: str) -> tuple[list[RoleRow], list[RoleRow]]:
        """Roles that lead into this one: (those whose next step it is, those further back)."""
        rows = self.store.catalogue.roles_leading_to(role_id)
        return [r for r, steps in rows if steps == 0], [r for r, steps in rows if steps > 0]

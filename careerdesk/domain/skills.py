"""The canonical skill list: one name per skill, with the other names people use for it."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from careerdesk.domain.profile import RoleProfile, ShortText, SkillKind, skill_key


class CanonicalSkill(BaseModel):
    """A skill as the catalogue names it; `aliases` are other names that mean the same."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: ShortText
    kind: SkillKind
    aliases: list[ShortText] = Field(default_factory=list)


class SkillIndex:
    """Resolves any known name or alias to its canonical skill."""

    def __init__(self, skills: list[CanonicalSkill]):
        self.skills = skills
        self._by_key: dict[str, CanonicalSkill] = {}
        for skill in skills:
            for name in (skill.name, *skill.aliases):
                key = skill_key(name)
                other = self._by_key.get(key)
                if other is not None and other is not skill:
                    raise ValueError(
                        f"{name!r} names two skills: {other.name!r} and {skill.name!r}"
                    )
                self._by_key[key] = skill

    def resolve(self, name: str) -> CanonicalSkill | None:
        return self._by_key.get(skill_key(name))

    def resolve_key(self, key: str) -> CanonicalSkill | None:
        """`resolve` for a name already made a key with `skill_key` (saves normalising it again)."""
        return self._by_key.get(key)

    def canonical_name(self, name: str) -> str:
        """The canonical name for `name`, or `name` itself when it is not a known skill."""
        skill = self.resolve(name)
        return skill.name if skill else " ".join(name.split())

    def __contains__(self, name: str) -> bool:
        return skill_key(name) in self._by_key

    def __len__(self) -> int:
        return len(self.skills)


def canonicalize(role: RoleProfile, index: SkillIndex) -> RoleProfile:
    """The role with every skill under its canonical name, so ledger keys always agree.
    Two names of one skill (an imported page listing "Postgres" and "PostgreSQL") become
    one entry, the first."""
    skills, seen = [], set()
    for s in role.skills:
        name = index.canonical_name(s.name)
        if skill_key(name) not in seen:
            seen.add(skill_key(name))
            skills.append(s.model_copy(update={"name": name}))
    return role.model_copy(update={"skills": skills})

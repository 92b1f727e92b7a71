"""The canonical skill list: one name per skill, with the other names people use for it."""

from __future__ import annotations

import difflib
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from careerdesk.domain import i18n
from careerdesk.domain.profile import RoleProfile, ShortText, SkillKind, skill_key

# Only https: a link opens in the browser when clicked, and should never be sent in the clear.
HttpsUrl = Annotated[str, StringConstraints(pattern=r"^https://[^\s]+$", max_length=400)]


class LearnLink(BaseModel):
    """A free, official place to learn a skill (the project's docs or official tutorial)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: ShortText
    url: HttpsUrl


class CanonicalSkill(BaseModel):
    """A skill as the catalogue names it; `aliases` are other names that mean the same."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: ShortText
    kind: SkillKind
    aliases: list[ShortText] = Field(default_factory=list)
    learn: list[LearnLink] = Field(default_factory=list)


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
                    raise ValueError(i18n.translate("Skills", "{name} names two skills: {one} and {other}").format(
                        name=repr(name), one=repr(other.name), other=repr(skill.name)))
                self._by_key[key] = skill

    def resolve(self, name: str) -> CanonicalSkill | None:
        return self._by_key.get(skill_key(name))

    def suggest(self, name: str, limit: int = 3) -> list[str]:
        """Canonical names a mistyped or partial `name` probably meant, best first:
        close spellings of any name or alias ("Kubernets" -> Kubernetes), then names that
        begin with what was typed ("rest api" -> REST API design)."""
        typed = " ".join(name.split()).casefold()
        canonical: dict[str, str] = {}
        for skill in self.skills:
            for other in (skill.name, *skill.aliases):
                canonical.setdefault(other.casefold(), skill.name)
        close = difflib.get_close_matches(typed, list(canonical), n=limit * 3, cutoff=0.75)
        starts = sorted(w for w in canonical if len(typed) >= 3 and w.startswith(typed + " ")) if typed else []
        found: list[str] = []
        for word in (*close, *starts):
            if canonical[word] not in found:
                found.append(canonical[word])
        return found[:limit]

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
        key = skill_key(name)
        if key not in seen:
            seen.add(key)
            # copy only what changes: a thousand O*NET roles are already canonical
            skills.append(s if s.name == name else s.model_copy(update={"name": name}))
    if len(skills) == len(role.skills) and all(a is b for a, b in zip(skills, role.skills, strict=True)):
        return role
    return role.model_copy(update={"skills": skills})

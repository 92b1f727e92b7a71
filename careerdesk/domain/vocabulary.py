"""One vocabulary: the names another source uses for a skill, mapped onto the canonical ones."""

from __future__ import annotations

from careerdesk.domain.skills import SkillIndex


class Vocabulary:
    """O*NET names -> canonical skills: the mapping table (data/onet/skill-map.json) first,
    then the canonical names and aliases; a name neither knows stays as O*NET writes it."""

    def __init__(self, index: SkillIndex | None = None, mapping: dict | None = None):
        self.index = index or SkillIndex([])
        mapping = mapping or {}
        self.elements: dict[str, str] = mapping.get("elements", {})
        self.technology: dict[str, str] = mapping.get("technology", {})
        self.office = {name.casefold() for name in mapping.get("office", [])}

    def canonical(self, name: str, kind: str, table: dict[str, str]) -> tuple[str, str]:
        """(name, kind): a canonical skill keeps its own kind, so a skill is one kind everywhere.
        Skill elements match canonical names only through the table: their generic words
        ("Monitoring") are aliases of narrower skills elsewhere; technology titles match
        aliases too ("Amazon Web Services")."""
        target = table.get(name)
        known = self.index.resolve(target or name)
        if known and target is None and table is self.elements and known.name.casefold() != name.casefold():
            known = None
        return (known.name, known.kind.value) if known else (name, kind)

    def is_office(self, name: str) -> bool:
        """General office and web software every job lists: shown last, after the trade's own."""
        return name.casefold() in self.office

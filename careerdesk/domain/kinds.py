"""The plain vocabulary every layer shares: skill kinds and statuses, keys, id patterns.

No pydantic here: the window paints its first role from these (and `domain/reading.py`)
before pydantic is imported; the validated models in `profile.py` and `plan_model.py` use the
very same objects."""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache
from typing import Literal

from careerdesk.domain import i18n

ROLE_ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
ONET_CODE_PATTERN = r"^\d{2}-\d{4}\.\d{2}$"

RoleSource = Literal["curated", "onet", "mine"]
SOURCE_LABELS = {"curated": "Curated", "onet": "O*NET", "mine": "Yours"}
RIASEC = "RIASEC"  # O*NET's six interest areas, by initial


class SkillKind(StrEnum):
    """The three checklist groups, in the order they are shown."""

    TECHNICAL = "technical"
    SOFT = "soft"
    TOOL = "tool"

    @property
    def label(self) -> str:
        if self is SkillKind.TECHNICAL:
            return i18n.translate("SkillKind", "Technical skills")
        if self is SkillKind.SOFT:
            return i18n.translate("SkillKind", "Soft skills")
        return i18n.translate("SkillKind", "Tools & technologies")


class SalaryPeriod(StrEnum):
    YEAR = "year"
    MONTH = "month"
    HOUR = "hour"


class SkillStatus(StrEnum):
    HAVE = "have"
    LEARNING = "learning"
    NONE = "none"

    @property
    def label(self) -> str:
        if self is SkillStatus.HAVE:
            return i18n.translate("SkillStatus", "Have")
        if self is SkillStatus.LEARNING:
            return i18n.translate("SkillStatus", "Learning")
        return i18n.translate("SkillStatus", "Not yet")


@lru_cache(maxsize=1 << 16)  # a catalogue build asks it ~140,000 times for a few thousand names
def skill_key(name: str) -> str:
    """The ledger key of a skill name: case and spacing never make two skills."""
    return " ".join(name.split()).casefold()

"""The role profile: what a role is, as pydantic models validated at every boundary.

The JSON form of `RoleProfile` is the public format: `roles show --json`, the bundled
`data/roles/*.json` files and (later) import/export all use it.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from careerdesk.domain import i18n

# The plain names live in kinds.py (the first screen reads roles without pydantic); they
# are imported here so that every existing `from careerdesk.domain.profile import ...` works.
from careerdesk.domain.kinds import (  # noqa: F401
    ONET_CODE_PATTERN,
    RIASEC,
    ROLE_ID_PATTERN,
    SOURCE_LABELS,
    RoleSource,
    SalaryPeriod,
    SkillKind,
    skill_key,
)

ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)]
Money = Annotated[int, Field(ge=0, le=100_000_000)]
Years = Annotated[int, Field(ge=0, le=60)]
Currency = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]


class _Model(BaseModel):
    """Shared config: unknown keys are errors, so typos in data files never pass silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class SkillRef(_Model):
    """A skill as a role lists it. `name` is the ledger key (after alias resolution);
    `detail` qualifies it for this role only, e.g. Python with detail "Django/Flask"."""

    name: ShortText
    kind: SkillKind
    # Left out of the JSON when absent, so profiles without details stay as written.
    detail: ShortText | None = Field(default=None, exclude_if=lambda value: value is None)
    # O*NET's ratings where the role comes from O*NET: importance 1-5 and level 0-7.
    importance: Annotated[float, Field(ge=1, le=5)] | None = Field(default=None, exclude_if=lambda v: v is None)
    level: Annotated[float, Field(ge=0, le=7)] | None = Field(default=None, exclude_if=lambda v: v is None)

    @property
    def label(self) -> str:
        return f"{self.name} ({self.detail})" if self.detail else self.name


class SeniorityLevel(_Model):
    """One rung of the role's ladder: experience, pay and what is expected there."""

    name: ShortText
    years_min: Years
    years_max: Years | None = None
    salary_min: Money
    salary_max: Money
    currency: Currency
    summary: LongText

    @model_validator(mode="after")
    def _ranges_ordered(self) -> SeniorityLevel:
        if self.years_max is not None and self.years_max < self.years_min:
            raise ValueError(i18n.translate("RoleProfile", "years_max must not be below years_min"))
        if self.salary_max < self.salary_min:
            raise ValueError(i18n.translate("RoleProfile", "salary_max must not be below salary_min"))
        return self


class FaqEntry(_Model):
    question: ShortText
    answer: LongText


class SalaryRange(_Model):
    """A pay range with its basis, so a reader knows what the numbers mean."""

    min: Money
    max: Money
    currency: Currency
    period: SalaryPeriod
    region: ShortText
    source: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=1000)]

    @model_validator(mode="after")
    def _ordered(self) -> SalaryRange:
        if self.max < self.min:
            raise ValueError(i18n.translate("RoleProfile", "max must not be below min"))
        return self


class Wages(_Model):
    """US annual wage percentiles of the occupation (BLS OEWS), with their basis."""

    p10: Money | None = None
    median: Money | None = None
    p90: Money | None = None
    employment: int | None = Field(default=None, ge=0)
    year: int = Field(ge=1990, le=2100)
    soc: Annotated[str, StringConstraints(pattern=r"^\d{2}-\d{4}$")]
    soc_title: ShortText


class OccupationFacts(_Model):
    """What O*NET says about an occupation beyond its skills."""

    job_zone: int | None = Field(default=None, ge=1, le=5)
    # the occupation's interest areas, strongest first, as RIASEC initials ("SIC")
    interests: Annotated[str, StringConstraints(pattern=r"^[RIASEC]{0,6}$")] = ""
    wages: Wages | None = None


class CareerStep(_Model):
    """A next role on the path; `role_id` is None when the step is not in the catalogue."""

    title: ShortText
    role_id: Annotated[str, StringConstraints(pattern=ROLE_ID_PATTERN)] | None = None
    # "next": a step up this ladder; "related": a sideways move to a neighbouring role.
    kind: Literal["next", "related"] = Field(default="next", exclude_if=lambda value: value == "next")


class RoleProfile(_Model):
    """Everything CareerDesk knows about one role."""

    id: Annotated[str, StringConstraints(pattern=ROLE_ID_PATTERN, max_length=80)]
    title: ShortText
    aliases: list[ShortText] = Field(default_factory=list, max_length=100)
    family: ShortText
    summary: LongText
    outlook: LongText
    responsibilities: list[LongText] = Field(max_length=200)
    skills: list[SkillRef] = Field(max_length=500)
    seniority_levels: list[SeniorityLevel] = Field(default_factory=list, max_length=20)
    faq: list[FaqEntry] = Field(default_factory=list, max_length=100)
    salary: SalaryRange | None = None
    career_path: list[CareerStep] = Field(default_factory=list, max_length=20)
    # Catalogue facts; left out of the JSON when unset, so user files stay as written.
    onet_code: Annotated[str, StringConstraints(pattern=ONET_CODE_PATTERN)] | None = Field(
        default=None, exclude_if=lambda value: value is None
    )
    top_of_ladder: bool = Field(default=False, exclude_if=lambda value: not value)
    reviewed: date | None = Field(default=None, exclude_if=lambda value: value is None)
    # Where the catalogue got the role from, stamped when the catalogue is built (never
    # read from a file: a curated role exported and imported again is the user's own).
    source: RoleSource | None = Field(default=None, exclude_if=lambda value: value is None)
    # O*NET's facts about the occupation the role is based on (wages, job zone, interests).
    occupation: OccupationFacts | None = Field(default=None, exclude_if=lambda value: value is None)

    @model_validator(mode="after")
    def _no_repeated_skill(self) -> RoleProfile:
        seen: set[str] = set()
        for skill in self.skills:
            key = skill.name.casefold()
            if key in seen:
                raise ValueError(i18n.translate("RoleProfile", "skill {name} is listed twice").format(
                    name=repr(skill.name)))
            seen.add(key)
        return self

    @property
    def paragraphs(self) -> list[str]:
        """The summary split on blank lines."""
        return [p.strip() for p in self.summary.split("\n\n") if p.strip()]

    @property
    def plural_title(self) -> bool:
        """O*NET names occupations in the plural ("Registered Nurses"), curated roles in the
        singular ("Data Scientist"): sentences about the role have to read right for both."""
        return self.source == "onet" or self.id.startswith("onet-")

    def skills_of(self, kind: SkillKind) -> list[SkillRef]:
        return [s for s in self.skills if s.kind is kind]


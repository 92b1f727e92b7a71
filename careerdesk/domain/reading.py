"""Roles as the reader shows them: plain frozen objects with the attributes and helpers of
`RoleProfile`, built from a profile the store validated when it built the catalogue.

Why: the first screen shows one role. Validating it again means importing pydantic and
building every model class (~100 ms of a 0.4 s start), and the catalogue only ever holds
profiles that passed validation on their way in. So the window reads roles through here
and pydantic is imported only when something is written, built or exported.
`tests/domain/test_reading.py` checks that for every bundled role this path gives exactly
what validating the stored profile gives."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import field

from careerdesk.domain.kinds import SalaryPeriod, SkillKind
from careerdesk.domain.records import record


@record
class SkillRef:
    name: str
    kind: SkillKind
    detail: str | None = None
    importance: float | None = None
    level: float | None = None

    @property
    def label(self) -> str:
        return f"{self.name} ({self.detail})" if self.detail else self.name


@record
class SeniorityLevel:
    name: str
    years_min: int
    years_max: int | None
    salary_min: int
    salary_max: int
    currency: str
    summary: str


@record
class FaqEntry:
    question: str
    answer: str


@record
class SalaryRange:
    min: int
    max: int
    currency: str
    period: SalaryPeriod
    region: str
    source: str


@record
class Wages:
    year: int
    soc: str
    soc_title: str
    p10: int | None = None
    median: int | None = None
    p90: int | None = None
    employment: int | None = None


@record
class OccupationFacts:
    job_zone: int | None = None
    interests: str = ""
    wages: Wages | None = None


@record
class CareerStep:
    title: str
    role_id: str | None = None
    kind: str = "next"


@record
class LearnLink:
    """A free, official place to learn a skill, as the catalogue keeps it (validated on its way
    in by `domain.skills.LearnLink`; the gap, the skills tab and every export read it here)."""

    title: str
    url: str


@record
class RoleView:
    """A validated role profile, read without pydantic (see the module docstring)."""

    id: str
    title: str
    family: str
    summary: str
    outlook: str
    responsibilities: list[str]
    skills: list[SkillRef]
    aliases: list[str] = field(default_factory=list)
    seniority_levels: list[SeniorityLevel] = field(default_factory=list)
    faq: list[FaqEntry] = field(default_factory=list)
    salary: SalaryRange | None = None
    career_path: list[CareerStep] = field(default_factory=list)
    onet_code: str | None = None
    top_of_ladder: bool = False
    reviewed: dt.date | None = None
    source: str | None = None
    occupation: OccupationFacts | None = None

    @property
    def paragraphs(self) -> list[str]:
        """The summary split on blank lines."""
        return [p.strip() for p in self.summary.split("\n\n") if p.strip()]

    @property
    def plural_title(self) -> bool:
        """O*NET names occupations in the plural, curated roles in the singular (as RoleProfile)."""
        return self.source == "onet" or self.id.startswith("onet-")

    def skills_of(self, kind: SkillKind) -> list[SkillRef]:
        return [s for s in self.skills if s.kind is kind]


def _number(value: float | None) -> float | None:
    return None if value is None else float(value)


def role_from_data(data: dict) -> RoleView:
    """A role from the JSON form of a profile that has already been validated."""
    salary = data.get("salary")
    facts = data.get("occupation")
    wages = facts.get("wages") if facts else None
    reviewed = data.get("reviewed")
    return RoleView(
        id=data["id"], title=data["title"], family=data["family"], summary=data["summary"],
        outlook=data["outlook"], responsibilities=list(data["responsibilities"]),
        skills=[SkillRef(s["name"], SkillKind(s["kind"]), s.get("detail"), _number(s.get("importance")),
                         _number(s.get("level"))) for s in data["skills"]],
        aliases=list(data.get("aliases", ())),
        seniority_levels=[SeniorityLevel(lv["name"], lv["years_min"], lv.get("years_max"), lv["salary_min"],
                                         lv["salary_max"], lv["currency"], lv["summary"])
                          for lv in data.get("seniority_levels", ())],
        faq=[FaqEntry(f["question"], f["answer"]) for f in data.get("faq", ())],
        salary=SalaryRange(salary["min"], salary["max"], salary["currency"], SalaryPeriod(salary["period"]),
                           salary["region"], salary["source"]) if salary else None,
        career_path=[CareerStep(c["title"], c.get("role_id"), c.get("kind", "next"))
                     for c in data.get("career_path", ())],
        onet_code=data.get("onet_code"),
        top_of_ladder=bool(data.get("top_of_ladder", False)),
        reviewed=dt.date.fromisoformat(reviewed) if reviewed else None,
        source=data.get("source"),
        occupation=OccupationFacts(
            facts.get("job_zone"), facts.get("interests", ""),
            Wages(wages["year"], wages["soc"], wages["soc_title"], wages.get("p10"), wages.get("median"),
                  wages.get("p90"), wages.get("employment")) if wages else None,
        ) if facts else None,
    )


def role_from_json(text: str) -> RoleView:
    """A role from a stored profile (the catalogue's `roles.profile` column)."""
    return role_from_data(json.loads(text))

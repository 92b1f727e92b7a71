"""Completeness and consistency rules for the bundled catalogue, so it cannot silently decay.

Every problem is one line that starts with the file it is about ("<id>.json: ...") or, for a
catalogue-wide problem, with "skills.json:" or "catalogue:".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from careerdesk.domain.profile import RoleProfile, SkillKind, skill_key
from careerdesk.domain.skills import SkillIndex

MIN_PARAGRAPHS = 2
MIN_RESPONSIBILITIES = 8
MIN_SKILLS = {SkillKind.TECHNICAL: 8, SkillKind.SOFT: 5, SkillKind.TOOL: 5}
MIN_LEVELS = 3
MIN_FAQ = 5
MIN_PATH = 3
# An entry role is one a person can start in: its first level asks for at most a year of
# experience. Entry roles need no path into them; every other role does.
ENTRY_MAX_YEARS = 1

SOC_IN_SOURCE = re.compile(r"\bSOC (\d{2}-\d{4})\b")
# A headline that is the whole occupation's spread, not this role's, must say so: in its
# region ("United States (occupation-wide)") or at the start of its source.
OCCUPATION_WIDE = re.compile(r"occupation-wide", re.IGNORECASE)
# People-management titles; "Product Manager" and "Technical Program Manager" manage work,
# not people, so they are individual-contributor roles.
MANAGEMENT_TITLE = re.compile(r"\b(Manager|Director|VP|Vice President|Chief|Head)\b")
NOT_PEOPLE_MANAGER = re.compile(r"^(Technical )?(Product|Program) Manager$")
SENIOR_IC = re.compile(r"\b(Architect|Staff|Principal|Lead|Distinguished|Fellow)\b")


@dataclass(frozen=True)
class Wage:
    """The OEWS 10th and 90th annual percentiles of one SOC code, in US dollars."""

    p10: int
    p90: int


def is_management(title: str) -> bool:
    return bool(MANAGEMENT_TITLE.search(title)) and not NOT_PEOPLE_MANAGER.match(title)


def is_entry(role: RoleProfile) -> bool:
    return bool(role.seniority_levels) and role.seniority_levels[0].years_min <= ENTRY_MAX_YEARS


def _pay_problems(role: RoleProfile, wages: Mapping[str, Wage] | None) -> list[str]:
    where = f"{role.id}.json"
    salary, levels = role.salary, role.seniority_levels
    if salary is None or not levels:
        return []
    problems = []
    same_basis = [lv for lv in levels if lv.currency == salary.currency]
    labelled = OCCUPATION_WIDE.search(salary.region) or OCCUPATION_WIDE.match(salary.source)
    if same_basis and not labelled:
        low, high = min(lv.salary_min for lv in same_basis), max(lv.salary_max for lv in same_basis)
        if salary.min < low or salary.max > high:
            problems.append(
                f"{where}: headline pay {salary.min:,}-{salary.max:,} lies outside its levels' "
                f"{low:,}-{high:,} and is not labelled occupation-wide"
            )
    match = SOC_IN_SOURCE.search(salary.source)
    if wages is None or salary.period.value != "year":
        return problems
    if match is None:
        if salary.currency == "USD":
            problems.append(f"{where}: salary.source names no SOC code (\"SOC 15-1252\")")
        return problems
    wage = wages.get(match.group(1))
    if wage is None:
        problems.append(f"{where}: SOC {match.group(1)} has no OEWS wages (scripts/make_oews_wages.py)")
        return problems
    for level in levels:
        if level.currency != "USD":
            continue
        if level.salary_max > wage.p90 and "90th percentile" not in level.summary:
            problems.append(
                f"{where}: level {level.name!r} reaches {level.salary_max:,}, above the SOC "
                f"{match.group(1)} 90th percentile {wage.p90:,}, and its summary does not say why "
                "(\"90th percentile\")"
            )
        if level.salary_min < wage.p10 and "10th percentile" not in level.summary:
            problems.append(
                f"{where}: level {level.name!r} starts at {level.salary_min:,}, below the SOC "
                f"{match.group(1)} 10th percentile {wage.p10:,}, and its summary does not say why "
                "(\"10th percentile\")"
            )
    return problems


def check_profile(role: RoleProfile, skills: SkillIndex, wages: Mapping[str, Wage] | None = None) -> list[str]:
    """Everything that makes one profile incomplete or inconsistent, one line each."""
    where = f"{role.id}.json"
    problems = []
    if len(role.paragraphs) < MIN_PARAGRAPHS:
        problems.append(f"{where}: summary needs {MIN_PARAGRAPHS}+ paragraphs")
    if len(role.responsibilities) < MIN_RESPONSIBILITIES:
        problems.append(f"{where}: needs {MIN_RESPONSIBILITIES}+ responsibilities")
    for kind, minimum in MIN_SKILLS.items():
        if len(role.skills_of(kind)) < minimum:
            problems.append(f"{where}: needs {minimum}+ {kind.value} skills")
    if len(role.seniority_levels) < MIN_LEVELS:
        problems.append(f"{where}: needs {MIN_LEVELS}+ seniority levels")
    if len(role.faq) < MIN_FAQ:
        problems.append(f"{where}: needs {MIN_FAQ}+ FAQ entries")
    if role.salary is None:
        problems.append(f"{where}: needs a salary range")
    if len(role.career_path) < MIN_PATH and not role.top_of_ladder:
        problems.append(f"{where}: needs {MIN_PATH}+ career-path steps (or \"top_of_ladder\": true)")
    if role.reviewed is None:
        problems.append(f"{where}: needs a \"reviewed\" date")
    if role.onet_code is None:
        problems.append(f"{where}: needs an \"onet_code\"")
    for skill in role.skills:
        canonical = skills.resolve(skill.name)
        if canonical is None:
            problems.append(f"{where}: skill {skill.name!r} is not in skills.json")
        elif canonical.name != skill.name:
            problems.append(f"{where}: skill {skill.name!r} should use its canonical name {canonical.name!r}")
        elif canonical.kind is not skill.kind:
            problems.append(
                f"{where}: skill {skill.name!r} is listed as {skill.kind.value} but skills.json "
                f"makes it {canonical.kind.value}: a skill is one kind only"
            )
    problems.extend(_pay_problems(role, wages))
    return problems


def _reachable(by_id: Mapping[str, RoleProfile], start: str) -> set[str]:
    seen: set[str] = set()
    stack = [start]
    while stack:
        for step in by_id[stack.pop()].career_path:
            if step.role_id in by_id and step.role_id not in seen:
                seen.add(step.role_id)
                stack.append(step.role_id)
    return seen


def _track_problems(roles: list[RoleProfile], by_id: Mapping[str, RoleProfile]) -> list[str]:
    """Entry roles lead to both tracks; every other role is reached by some path."""
    problems = []
    reached = {step.role_id for role in roles for step in role.career_path}
    for role in roles:
        where = f"{role.id}.json"
        if not is_entry(role):
            if role.id not in reached:
                problems.append(f"{where}: no career path leads here, and it is not an entry role")
            continue
        ahead = [by_id[r] for r in _reachable(by_id, role.id)]
        if not any(is_management(r.title) for r in ahead):
            problems.append(f"{where}: entry role with no management track (no manager role on its paths)")
        own_senior_level = any(SENIOR_IC.search(lv.name) for lv in role.seniority_levels)
        if not own_senior_level and not any(
            SENIOR_IC.search(r.title) and not is_management(r.title) for r in ahead
        ):
            problems.append(
                f"{where}: entry role with no individual-contributor track "
                "(no staff, principal, lead or architect role on its paths or its own levels)"
            )
    return problems


def check_catalogue(
    roles: list[RoleProfile], skills: SkillIndex, wages: Mapping[str, Wage] | None = None
) -> list[str]:
    """Per-profile checks plus the rules across profiles: unique ids and titles, live links,
    both tracks from every entry role, every role reached, every skill listed by some role."""
    problems: list[str] = []
    by_id: dict[str, RoleProfile] = {}
    titles: dict[str, str] = {}
    for role in roles:
        if role.id in by_id:
            problems.append(f"duplicate role id {role.id!r}")
        by_id[role.id] = role
        key = role.title.casefold()
        if key in titles:
            problems.append(f"duplicate title {role.title!r} ({titles[key]} and {role.id})")
        titles[key] = role.id
    for role in roles:
        problems.extend(check_profile(role, skills, wages))
        for step in role.career_path:
            target = by_id.get(step.role_id or "")
            if target is None:
                problems.append(
                    f"{role.id}.json: career step {step.title!r} ({step.role_id}) names no catalogue role"
                )
            elif target.title != step.title:
                problems.append(
                    f"{role.id}.json: career step {step.title!r} should read {target.title!r}"
                )
            elif target.id == role.id:
                problems.append(f"{role.id}.json: career path leads to itself")
    problems.extend(_track_problems(roles, by_id))
    listed = {skill_key(s.name) for role in roles for s in role.skills}
    for skill in skills.skills:
        if skill_key(skill.name) not in listed:
            problems.append(f"skills.json: skill {skill.name!r} is listed by no role, so nobody can tick it")
    return problems

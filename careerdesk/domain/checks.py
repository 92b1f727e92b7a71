"""Completeness and consistency rules for the bundled catalogue, so it cannot silently decay."""

from __future__ import annotations

from careerdesk.domain.profile import RoleProfile, SkillKind
from careerdesk.domain.skills import SkillIndex

MIN_PARAGRAPHS = 2
MIN_RESPONSIBILITIES = 8
MIN_SKILLS = {SkillKind.TECHNICAL: 8, SkillKind.SOFT: 5, SkillKind.TOOL: 5}
MIN_LEVELS = 3
MIN_FAQ = 5
MIN_PATH = 3


def check_profile(role: RoleProfile, skills: SkillIndex, top_of_ladder: set[str]) -> list[str]:
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
    if len(role.career_path) < MIN_PATH and role.id not in top_of_ladder:
        problems.append(f"{where}: needs {MIN_PATH}+ career-path steps")
    for skill in role.skills:
        canonical = skills.resolve(skill.name)
        if canonical is None:
            problems.append(f"{where}: skill {skill.name!r} is not in skills.json")
        elif canonical.name != skill.name:
            problems.append(f"{where}: skill {skill.name!r} should use its canonical name {canonical.name!r}")
    return problems


def check_catalogue(roles: list[RoleProfile], skills: SkillIndex, top_of_ladder: set[str]) -> list[str]:
    """Per-profile checks plus the rules across profiles: unique ids and titles, live links."""
    problems: list[str] = []
    by_id = {}
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
        problems.extend(check_profile(role, skills, top_of_ladder))
        for step in role.career_path:
            target = by_id.get(step.role_id or "")
            if target is None:
                problems.append(f"{role.id}.json: career step {step.title!r} names no catalogue role")
            elif target.title != step.title:
                problems.append(
                    f"{role.id}.json: career step {step.title!r} should read {target.title!r}"
                )
            elif target.id == role.id:
                problems.append(f"{role.id}.json: career path leads to itself")
    return problems

"""The bundled catalogue: complete, consistent, connected, sourced. It cannot silently decay."""

from __future__ import annotations

import csv
import json
import re
from collections import deque
from pathlib import Path

import pytest

from careerdesk.catalogue import load_catalogue
from careerdesk.domain.checks import check_catalogue
from careerdesk.domain.profile import RoleProfile, SkillKind, skill_key
from careerdesk.domain.skills import CanonicalSkill, SkillIndex
from careerdesk.store.store import Store
from careerdesk.top_of_ladder import TOP_OF_LADDER
from tests.conftest import BUNDLED_DATA, ROOT

WAGES = ROOT.parent / "shared" / "data" / "wages" / "oews_may2025_national.csv"
REQUIRED_FAMILIES = {
    "Software Engineering", "Data & AI", "Infrastructure & Operations", "Security",
    "Product & Design", "Management & Leadership",
}
TECHNICAL_FAMILIES = REQUIRED_FAMILIES - {"Product & Design", "Management & Leadership"}
MANAGEMENT_TITLES = re.compile(r"Manager|Director|VP|Chief|Head")
SENIOR_IC_TITLES = re.compile(r"Architect|Staff|Principal|Lead")


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue(BUNDLED_DATA)


@pytest.fixture(scope="module")
def roles(catalogue) -> dict[str, RoleProfile]:
    return {r.id: r for r in catalogue.roles}


def test_every_profile_is_complete_and_consistent(catalogue):
    top = set(TOP_OF_LADDER) | {r.id for r in catalogue.roles if r.top_of_ladder}
    # A branch's proposed skills count as canonical until they are merged into skills.json.
    proposed = [CanonicalSkill(**s) for f in sorted(BUNDLED_DATA.glob("proposed-skills-*.json"))
                for s in json.loads(f.read_text(encoding="utf-8"))]
    skills = SkillIndex([*catalogue.skills.skills, *proposed])
    assert check_catalogue(catalogue.roles, skills, top) == []


def test_size_and_families(roles):
    assert len(roles) >= 40
    assert REQUIRED_FAMILIES <= {r.family for r in roles.values()}


@pytest.mark.parametrize(
    "role_id",
    ["backend-engineer", "frontend-engineer", "full-stack-engineer", "mobile-engineer",
     "embedded-software-engineer", "game-developer", "qa-automation-engineer", "data-engineer",
     "data-analyst", "data-scientist", "ml-engineer", "analytics-engineer", "devops-engineer",
     "site-reliability-engineer", "cloud-engineer", "platform-engineer", "database-administrator",
     "network-engineer", "security-engineer", "penetration-tester", "security-analyst",
     "product-manager", "ux-designer", "ui-designer", "technical-writer", "engineering-manager",
     "director-of-engineering", "cto", "tech-lead", "backend-architect", "solutions-architect",
     "staff-engineer", "principal-engineer"],
)
def test_required_role_exists(roles, role_id):
    assert role_id in roles


def test_top_of_ladder_list_names_real_roles(roles):
    assert set(TOP_OF_LADDER) <= set(roles)


def reachable(roles: dict[str, RoleProfile], start: str) -> set[str]:
    seen, queue = set(), deque([start])
    while queue:
        for step in roles[queue.popleft()].career_path:
            if step.role_id and step.role_id not in seen:
                seen.add(step.role_id)
                queue.append(step.role_id)
    return seen


def test_paths_connect_entry_roles_to_both_tracks(roles):
    """From every role that is not itself a leadership role, a person can follow paths to a
    management role and, in the technical families, to a senior IC role (architect, staff,
    principal, lead) as well: both tracks exist."""
    for role in roles.values():
        if role.id in TOP_OF_LADDER or MANAGEMENT_TITLES.search(role.title):
            continue
        ahead = [roles[r].title for r in reachable(roles, role.id)]
        assert any(MANAGEMENT_TITLES.search(t) for t in ahead), f"{role.id}: no management role ahead"
        if role.family in TECHNICAL_FAMILIES and not SENIOR_IC_TITLES.search(role.title):
            assert any(SENIOR_IC_TITLES.search(t) for t in ahead), f"{role.id}: no senior IC role ahead"


def test_paths_have_no_cycles(roles):
    for role in roles.values():
        assert role.id not in reachable(roles, role.id), role.id


def test_no_alias_is_another_roles_title(roles):
    titles = {r.title.casefold(): r.id for r in roles.values()}
    for role in roles.values():
        for alias in role.aliases:
            owner = titles.get(alias.casefold())
            assert owner in (None, role.id), f"{role.id}: alias {alias!r} is the title of {owner}"


def test_skill_list_has_no_near_duplicates(catalogue):
    """Names that differ only in punctuation, spacing or a plural 's' are one skill."""
    def squash(name: str) -> str:
        return re.sub(r"[^a-z0-9+#]", "", name.casefold()).removesuffix("s")

    seen: dict[str, str] = {}
    for skill in catalogue.skills.skills:
        for name in (skill.name, *skill.aliases):
            other = seen.setdefault(squash(name), skill.name)
            assert other == skill.name, f"{name!r} ({skill.name}) looks like {other!r}"


def test_every_canonical_skill_is_used(catalogue):
    used = {skill_key(s.name) for r in catalogue.roles for s in r.skills}
    unused = [s.name for s in catalogue.skills.skills if skill_key(s.name) not in used]
    assert len(unused) <= len(catalogue.skills.skills) // 3, f"many unused skills: {unused}"


def test_backend_engineer_keeps_every_fact_of_the_seed_page(roles):
    role = roles["backend-engineer"]
    assert role.title == "Backend Engineer"
    assert {"Server-Side Engineer", "API Developer", "Software Engineer (Backend)"} <= set(role.aliases)
    assert len(role.responsibilities) == 12
    assert role.responsibilities[0].startswith("Design, develop, and maintain robust, scalable")
    assert len(role.skills_of(SkillKind.TOOL)) == 8
    tools = [s.label for s in role.skills_of(SkillKind.TOOL)]
    assert tools == ["Python (Django/Flask)", "Node.js (Express.js)", "Java (Spring Boot)", "PostgreSQL",
                     "MongoDB", "Docker", "Kubernetes", "AWS"]
    technical = {s.name for s in role.skills_of(SkillKind.TECHNICAL)}
    assert {"SQL", "NoSQL databases", "REST API design", "Microservices architecture",
            "Message queues", "Version control"} <= technical
    soft = {s.name for s in role.skills_of(SkillKind.SOFT)}
    assert {"Problem-solving", "Communication", "Collaboration", "Attention to detail",
            "Adaptability", "Time management"} <= soft
    junior = role.seniority_levels[0]
    assert (junior.years_min, junior.years_max, junior.salary_min, junior.salary_max) == (1, 3, 50000, 80000)
    assert (role.salary.min, role.salary.max, role.salary.currency, role.salary.period.value) == (
        50000, 150000, "USD", "year")
    assert len(role.faq) == 6
    assert role.faq[0].question == "What is the difference between a backend engineer and a full-stack engineer?"
    assert [s.title for s in role.career_path] == [
        "Lead Backend Engineer", "Backend Architect", "Engineering Manager", "Principal Engineer"]


def oews_rows() -> dict[str, dict[str, str]]:
    with WAGES.open(newline="", encoding="utf-8") as handle:
        return {row["soc_code"]: row for row in csv.DictReader(handle)}


@pytest.mark.skipif(not WAGES.exists(), reason="OEWS wage file not present")
def test_us_salaries_are_the_oews_percentiles_of_the_named_soc_code(roles):
    wages = oews_rows()
    checked = 0
    for role in roles.values():
        salary = role.salary
        if salary.region != "United States":
            continue
        match = re.search(r"SOC (\d\d-\d{4})", salary.source)
        assert match, f"{role.id}: US salary must name its SOC code"
        row = wages[match.group(1)]
        assert (salary.min, salary.max) == (int(row["annual_p10"]), int(row["annual_p90"])), role.id
        checked += 1
    assert checked >= 40


def test_levels_climb_in_pay_and_experience(roles):
    for role in roles.values():
        levels = role.seniority_levels
        for lower, higher in zip(levels, levels[1:], strict=False):
            assert higher.years_min >= lower.years_min, role.id
            assert higher.salary_max >= lower.salary_max, role.id


@pytest.mark.parametrize(
    ("typed", "role_id"),
    [("SWE", "software-engineer"), ("Site Reliability", "site-reliability-engineer"),
     ("SRE", "site-reliability-engineer"), ("Scrum", "scrum-master"), ("CTO", "cto"),
     ("CISO", "ciso"), ("pentest", "penetration-tester"), ("DBA", "database-administrator"),
     ("Server-Side Engineer", "backend-engineer"), ("API Developer", "backend-engineer"),
     ("ML Engineer", "ml-engineer"), ("sysadmin", "systems-administrator"),
     ("Product Owner", "product-manager"), ("DevRel", "developer-advocate")],
)
def test_common_alternative_titles_find_their_role(tmp_path: Path, typed, role_id):
    store = Store(tmp_path / "home", BUNDLED_DATA)
    try:
        assert role_id in [r.id for r in store.catalogue.search(typed)[:3]], typed
    finally:
        store.close()

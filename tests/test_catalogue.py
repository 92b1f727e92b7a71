"""The bundled catalogue: complete, consistent, connected, sourced. It cannot silently decay."""

from __future__ import annotations

import csv
import json
import re
from collections import deque
from pathlib import Path

import pytest

from careerdesk.domain.checks import check_catalogue, is_management
from careerdesk.domain.plan import SkillStatus
from careerdesk.domain.profile import RoleProfile, SkillKind, skill_key
from careerdesk.service import Desk
from careerdesk.store.sources import load_catalogue, load_wages
from careerdesk.store.store import Store
from tests.conftest import BUNDLED_DATA, FIXTURE_SKILLS, ROOT, write_catalogue

WAGES = ROOT.parent / "shared" / "data" / "wages" / "oews_may2025_national.csv"
# Function-based families, each holding its own individual-contributor and management tracks.
REQUIRED_FAMILIES = {
    "Software Engineering", "Data & AI", "Infrastructure & Operations", "Security",
    "Product & Program Management", "Design & Content", "Engineering Leadership",
}
TECHNICAL_FAMILIES = {"Software Engineering", "Data & AI", "Infrastructure & Operations", "Security"}
SENIOR_IC_TITLES = re.compile(r"Architect|Staff|Principal|Lead")
LOWER_PERCENTILE = {"10th": "annual_p10", "25th": "annual_p25", "median": "annual_median", "75th": "annual_p75"}


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue(BUNDLED_DATA)


@pytest.fixture(scope="module")
def roles(catalogue) -> dict[str, RoleProfile]:
    return {r.id: r for r in catalogue.roles}


def test_every_profile_is_complete_and_consistent(catalogue):
    problems = check_catalogue(catalogue.roles, catalogue.skills, load_wages(BUNDLED_DATA))
    assert problems == []


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


def test_top_of_ladder_is_data_on_the_leadership_roles(roles):
    top = {r.id for r in roles.values() if r.top_of_ladder}
    assert {"cto", "ciso", "chief-product-officer", "principal-engineer"} <= top
    assert not (top & {"software-engineer", "backend-engineer", "data-analyst"})


def reachable(roles: dict[str, RoleProfile], start: str, next_only: bool = False) -> set[str]:
    seen, queue = set(), deque([start])
    while queue:
        for step in roles[queue.popleft()].career_path:
            if step.role_id in roles and step.role_id not in seen and (step.kind == "next" or not next_only):
                seen.add(step.role_id)
                queue.append(step.role_id)
    return seen


def test_paths_connect_entry_roles_to_both_tracks(roles):
    """From every role that is not itself a leadership role, a person can follow paths to a
    management role and, in the technical families, to a senior IC role (architect, staff,
    principal, lead) as well: both tracks exist."""
    for role in roles.values():
        if role.top_of_ladder or is_management(role.title):
            continue
        ahead = [roles[r].title for r in reachable(roles, role.id)]
        assert any(is_management(t) for t in ahead), f"{role.id}: no management role ahead"
        if role.family in TECHNICAL_FAMILIES and not SENIOR_IC_TITLES.search(role.title):
            assert any(SENIOR_IC_TITLES.search(t) for t in ahead), f"{role.id}: no senior IC role ahead"


def test_next_steps_have_no_cycles(roles):
    """Steps up a ladder never lead back; sideways ("related") moves may go both ways."""
    for role in roles.values():
        assert role.id not in reachable(roles, role.id, next_only=True), role.id


def test_cto_is_not_the_end_of_every_path(roles):
    into_cto = [r.id for r in roles.values() if "cto" in {s.role_id for s in r.career_path}]
    assert len(into_cto) <= 4, into_cto


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
    tools = [s.label for s in role.skills_of(SkillKind.TOOL)]
    assert tools[:8] == ["Python (Django/Flask)", "Node.js (Express.js)", "Java (Spring Boot)", "PostgreSQL",
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
    assert [q.question for q in role.faq[:6]] == [
        "What is the difference between a backend engineer and a full-stack engineer?",
        "What programming languages are most in-demand for backend engineers?",
        "What are the key responsibilities of a backend engineer?",
        "What kind of databases do backend engineers work with?",
        "Is experience with cloud platforms important for a backend engineer?",
        "How important is understanding of microservices architecture?"]
    questions = " ".join(q.question for q in role.faq).casefold()
    for topic in ("interview", "first backend job", "ai ", "progress", "earn"):
        assert topic in questions, topic
    # The seed's global figures, with the US figures beside them.
    assert role.salary.region.startswith("Global")
    assert "$82,460" in role.salary.source and "$214,670" in role.salary.source
    senior = role.seniority_levels[-1]
    assert "$165,000-$214,670" in senior.summary
    assert [s.title for s in role.career_path] == [
        "Lead Backend Engineer", "Backend Architect", "Engineering Manager", "Principal Engineer"]


def oews_rows() -> dict[str, dict[str, str]]:
    with WAGES.open(newline="", encoding="utf-8") as handle:
        return {row["soc_code"]: row for row in csv.DictReader(handle)}


@pytest.mark.skipif(not WAGES.exists(), reason="OEWS wage file not present")
def test_us_salaries_are_oews_percentiles_or_the_roles_own_span(roles):
    """A US headline is either the named SOC's 10th-90th percentile (when the role's ladder spans
    the occupation) or the span of the role's own levels, with the OEWS figures in its source."""
    wages = oews_rows()
    checked = 0
    for role in roles.values():
        salary = role.salary
        if not salary.region.startswith("United States"):
            continue
        match = re.search(r"SOC (\d\d-\d{4})", salary.source)
        assert match, f"{role.id}: US salary must name its SOC code"
        # A senior role may start its headline higher than the 10th percentile, and says so.
        lower = re.search(r"(10th|25th|median|75th)(?:-| to )90th percentile", salary.source)
        row = wages[match.group(1)]
        p10, p90 = int(row["annual_p10"]), int(row["annual_p90"])
        span = (min(lv.salary_min for lv in role.seniority_levels), max(lv.salary_max for lv in role.seniority_levels))
        named = (int(row[LOWER_PERCENTILE[lower.group(1)]]), p90) if lower else None
        if (salary.min, salary.max) != named:
            # a headline that is the role's own span names the occupation-wide figures beside it
            assert (salary.min, salary.max) == span, role.id
            assert f"${p10:,}" in salary.source and f"${p90:,}" in salary.source, role.id
        checked += 1
    assert checked >= 40


@pytest.mark.skipif(not WAGES.exists(), reason="OEWS wage file not present")
def test_shipped_wage_extract_matches_the_oews_file():
    """data/oews-wages.json (scripts/make_oews_wages.py) is a faithful extract of the OEWS file."""
    shipped = json.loads((BUNDLED_DATA / "oews-wages.json").read_text(encoding="utf-8"))["wages"]
    wages = oews_rows()
    for code, row in shipped.items():
        assert (row["annual_p10"], row["annual_median"], row["annual_p90"]) == (
            int(wages[code]["annual_p10"]), int(wages[code]["annual_median"]), int(wages[code]["annual_p90"])), code


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
     ("Product Owner", "product-owner"), ("DevRel", "developer-advocate"),
     ("Help Desk", "it-support-specialist"), ("NOC Technician", "network-support-specialist"),
     ("Business Analyst", "business-analyst"), ("Systems Analyst", "business-analyst"),
     ("TPM", "technical-program-manager"), ("CIO", "it-manager"),
     ("Software Architect", "software-architect")],
)
def test_common_alternative_titles_find_their_role(tmp_path: Path, typed, role_id):
    store = Store(tmp_path / "home", BUNDLED_DATA)
    try:
        assert role_id in [r.id for r in store.catalogue.search(typed)[:3]], typed
    finally:
        store.close()


def test_ticks_follow_merged_skills_to_their_one_name(tmp_path: Path):
    """Issue 16 merged "Stakeholder communication" into "Communication" and "Kubernetes
    operations" into the tool "Kubernetes": a user's ticks on the old names move with them."""
    old = [*FIXTURE_SKILLS, {"name": "Stakeholder communication", "kind": "soft", "aliases": []},
           {"name": "Kubernetes operations", "kind": "technical", "aliases": []}]
    old_data = write_catalogue(tmp_path / "old", skills=old)
    home = tmp_path / "home"
    store = Store(home, old_data)
    Desk(store).set_skill_status(["Stakeholder communication", "Kubernetes operations"], SkillStatus.HAVE)
    store.close()
    store = Store(home, BUNDLED_DATA)
    try:
        entries = store.ledger.entries()
        assert entries["communication"].status is SkillStatus.HAVE
        assert entries["kubernetes"].status is SkillStatus.HAVE
        assert "stakeholder communication" not in entries and "kubernetes operations" not in entries
    finally:
        store.close()

"""Each catalogue check fails on the problem it exists for: one deliberately broken profile per
kind of problem, fed with the real bundled catalogue, and the check must name it."""

from __future__ import annotations

import pytest

from careerdesk.domain.checks import Wage, check_catalogue, is_entry, is_management
from careerdesk.domain.profile import CareerStep, RoleProfile, SkillKind, SkillRef
from careerdesk.domain.skills import CanonicalSkill, SkillIndex
from careerdesk.store.sources import load_catalogue, load_wages
from tests.conftest import BUNDLED_DATA


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue(BUNDLED_DATA)


@pytest.fixture(scope="module")
def wages() -> dict[str, Wage]:
    wages = load_wages(BUNDLED_DATA)
    assert wages is not None
    return wages


def role(catalogue, role_id: str) -> RoleProfile:
    return next(r for r in catalogue.roles if r.id == role_id)


def problems_with(catalogue, wages, *changed: RoleProfile, skills: SkillIndex | None = None) -> list[str]:
    """The problems of the bundled catalogue with some profiles replaced (same id) or added."""
    by_id = {r.id: r for r in catalogue.roles}
    by_id.update({r.id: r for r in changed})
    return check_catalogue(list(by_id.values()), skills or catalogue.skills, wages)


def new_problems(catalogue, wages, *changed: RoleProfile, skills: SkillIndex | None = None) -> list[str]:
    before = set(check_catalogue(catalogue.roles, catalogue.skills, wages))
    return [p for p in problems_with(catalogue, wages, *changed, skills=skills) if p not in before]


def with_levels(profile: RoleProfile, **changes) -> RoleProfile:
    """The profile with its top level changed."""
    levels = list(profile.seniority_levels)
    levels[-1] = levels[-1].model_copy(update=changes)
    return profile.model_copy(update={"seniority_levels": levels})


def test_headline_pay_outside_the_roles_own_levels_is_named(catalogue, wages):
    principal = role(catalogue, "principal-engineer")
    broken = principal.model_copy(update={"salary": principal.salary.model_copy(update={"min": 82460, "max": 214670})})
    found = new_problems(catalogue, wages, broken)
    assert any(p.startswith("principal-engineer.json: headline pay 82,460-214,670 lies outside") for p in found), found


def test_an_occupation_wide_label_excuses_the_headline(catalogue, wages):
    principal = role(catalogue, "principal-engineer")
    labelled = principal.model_copy(update={"salary": principal.salary.model_copy(
        update={"min": 82460, "max": 214670, "region": "United States (occupation-wide)"})})
    assert new_problems(catalogue, wages, labelled) == []


def test_a_level_above_the_90th_percentile_without_a_reason_is_named(catalogue, wages):
    software = role(catalogue, "software-engineer")
    broken = with_levels(software, salary_max=260_000, summary="Leads big projects.")
    found = new_problems(catalogue, wages, broken)
    assert any("'Senior Software Engineer' reaches 260,000, above the SOC 15-1252 90th percentile" in p
               for p in found), found
    excused = with_levels(software, salary_max=260_000,
                          summary="Leads big projects. Above the OEWS 90th percentile: mostly large tech companies.")
    assert new_problems(catalogue, wages, excused) == []


def test_a_level_below_the_10th_percentile_without_a_reason_is_named(catalogue, wages):
    software = role(catalogue, "software-engineer")
    levels = list(software.seniority_levels)
    levels[0] = levels[0].model_copy(update={"salary_min": 40_000, "summary": "Fixes bugs."})
    broken = software.model_copy(update={"seniority_levels": levels})
    found = new_problems(catalogue, wages, broken)
    assert any("'Junior Software Engineer' starts at 40,000, below the SOC 15-1252 10th percentile" in p
               for p in found), found


def test_a_soc_code_without_wages_is_named(catalogue, wages):
    writer = role(catalogue, "technical-writer")
    source = writer.salary.source.replace("SOC 27-3042", "SOC 99-9999")
    broken = writer.model_copy(update={"salary": writer.salary.model_copy(update={"source": source})})
    assert "technical-writer.json: SOC 99-9999 has no OEWS wages (scripts/make_oews_wages.py)" in new_problems(
        catalogue, wages, broken)


def test_an_entry_role_without_a_management_track_is_named(catalogue, wages):
    analyst = role(catalogue, "security-analyst")
    ic_only = [CareerStep(title="Security Engineer", role_id="security-engineer")]
    engineer = role(catalogue, "security-engineer")
    engineer_ic = [CareerStep(title="Security Architect", role_id="security-architect")]
    architect = role(catalogue, "security-architect").model_copy(update={"career_path": []})
    pentester = role(catalogue, "penetration-tester").model_copy(update={"career_path": []})
    found = new_problems(catalogue, wages, analyst.model_copy(update={"career_path": ic_only}),
                         engineer.model_copy(update={"career_path": engineer_ic}), architect, pentester)
    assert "security-analyst.json: entry role with no management track (no manager role on its paths)" in found


def test_an_entry_role_without_an_individual_contributor_track_is_named(catalogue, wages):
    mobile = role(catalogue, "mobile-engineer")
    assert not any("Staff" in lv.name or "Lead" in lv.name for lv in mobile.seniority_levels)
    to_manager = mobile.model_copy(update={"career_path": [
        CareerStep(title="Engineering Manager", role_id="engineering-manager")]})
    # and the manager cannot drift back to a staff role sideways
    manager = role(catalogue, "engineering-manager")
    manager = manager.model_copy(update={"career_path": [s for s in manager.career_path if s.kind == "next"]})
    found = new_problems(catalogue, wages, to_manager, manager)
    assert any(p.startswith("mobile-engineer.json: entry role with no individual-contributor track") for p in found)


def test_a_role_no_path_reaches_is_named(catalogue, wages):
    orphan = role(catalogue, "software-engineer").model_copy(
        update={"id": "orphan-architect", "title": "Orphan Architect"})
    levels = [lv.model_copy(update={"years_min": 8}) for lv in orphan.seniority_levels]
    orphan = orphan.model_copy(update={"seniority_levels": levels})
    assert not is_entry(orphan)
    found = new_problems(catalogue, wages, orphan)
    assert "orphan-architect.json: no career path leads here, and it is not an entry role" in found


def test_an_entry_role_needs_no_path_into_it(catalogue, wages):
    newcomer = role(catalogue, "software-engineer").model_copy(update={"id": "new-grad", "title": "New Grad"})
    assert is_entry(newcomer)
    assert not [p for p in new_problems(catalogue, wages, newcomer) if "no career path leads here" in p]


def test_a_skill_no_role_lists_is_named(catalogue, wages):
    skills = SkillIndex([*catalogue.skills.skills, CanonicalSkill(name="Blender", kind=SkillKind.TOOL)])
    found = new_problems(catalogue, wages, skills=skills)
    assert found == ["skills.json: skill 'Blender' is listed by no role, so nobody can tick it"]


def test_a_skill_of_two_kinds_is_named(catalogue, wages):
    devops = role(catalogue, "devops-engineer")
    skills = [s.model_copy(update={"kind": SkillKind.TECHNICAL}) if s.name == "Kubernetes" else s
              for s in devops.skills]
    found = new_problems(catalogue, wages, devops.model_copy(update={"skills": skills}))
    expected = "devops-engineer.json: skill 'Kubernetes' is listed as technical but skills.json makes it tool"
    assert any(p.startswith(expected) for p in found), found


def test_a_profile_without_reviewed_is_named(catalogue, wages):
    found = new_problems(catalogue, wages, role(catalogue, "cto").model_copy(update={"reviewed": None}))
    assert found == ['cto.json: needs a "reviewed" date']


def test_a_short_path_needs_top_of_ladder(catalogue, wages):
    found = new_problems(catalogue, wages, role(catalogue, "cto").model_copy(update={"top_of_ladder": False}))
    assert found == ['cto.json: needs 3+ career-path steps (or "top_of_ladder": true)']


def test_stakeholder_communication_is_one_skill_with_communication(catalogue):
    assert catalogue.skills.resolve("Stakeholder communication").name == "Communication"
    assert catalogue.skills.resolve("Kubernetes operations").name == "Kubernetes"
    extra = SkillRef(name="Communication", kind=SkillKind.SOFT)
    assert extra.kind is catalogue.skills.resolve("Communication").kind


@pytest.mark.parametrize(
    ("title", "manages"),
    [("Engineering Manager", True), ("Head of Data", True), ("Chief Technology Officer", True),
     ("Product Manager", False), ("Technical Program Manager", False), ("Group Product Manager", True),
     ("Staff Engineer", False)],
)
def test_management_titles(title, manages):
    assert is_management(title) is manages

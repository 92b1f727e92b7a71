import pytest
from pydantic import ValidationError

from careerdesk.domain.errors import describe_validation_error
from careerdesk.domain.money import format_money, format_range, format_years
from careerdesk.domain.profile import RoleProfile, SkillKind, skill_key
from careerdesk.domain.progress import role_progress
from careerdesk.domain.skills import CanonicalSkill, SkillIndex, canonicalize
from tests.conftest import role_dict


def test_profile_round_trips_through_json():
    role = RoleProfile.model_validate(role_dict("qa-lead", "QA Lead", skills=[("SQL", "technical")]))
    again = RoleProfile.model_validate_json(role.model_dump_json())
    assert again == role
    assert role.paragraphs == ["QA Lead first paragraph.", "QA Lead second paragraph."]


def test_validation_error_names_field_in_words():
    data = role_dict("qa-lead", "QA Lead")
    data["seniority_levels"][0]["years_min"] = "three"
    with pytest.raises(ValidationError) as info:
        RoleProfile.model_validate(data)
    lines = describe_validation_error(info.value, "roles.json: profile 3 (`qa-lead`)")
    assert lines == ["roles.json: profile 3 (`qa-lead`): `seniority_levels[0].years_min`: must be a whole number"]


@pytest.mark.parametrize(
    ("field", "value"),
    [("id", "Not A Slug"), ("title", ""), ("unknown", 1), ("skills", [{"name": "X", "kind": "magic"}])],
)
def test_bad_fields_are_rejected(field, value):
    data = role_dict("qa-lead", "QA Lead")
    data[field] = value
    with pytest.raises(ValidationError):
        RoleProfile.model_validate(data)


def test_a_skill_listed_twice_is_rejected_whatever_its_case():
    with pytest.raises(ValidationError, match="listed twice"):
        RoleProfile.model_validate(role_dict("x", "X", skills=[("SQL", "technical"), ("sql ", "tool")]))


def test_salary_range_must_be_ordered():
    data = role_dict("x", "X")
    data["salary"]["min"], data["salary"]["max"] = 90000, 10000
    with pytest.raises(ValidationError, match="max must not be below min"):
        RoleProfile.model_validate(data)


def test_skill_index_resolves_aliases_and_refuses_ambiguity():
    index = SkillIndex([CanonicalSkill(name="PostgreSQL", kind="tool", aliases=["Postgres"])])
    assert index.canonical_name("  postgres ") == "PostgreSQL"
    assert index.canonical_name("Unknown  Thing") == "Unknown Thing"
    with pytest.raises(ValueError, match="names two skills"):
        SkillIndex([CanonicalSkill(name="A", kind="tool", aliases=["B"]), CanonicalSkill(name="B", kind="tool")])


def test_canonicalize_renames_aliases():
    index = SkillIndex([CanonicalSkill(name="PostgreSQL", kind="tool", aliases=["Postgres"])])
    role = RoleProfile.model_validate(role_dict("x", "X", skills=[("Postgres", "tool")]))
    assert [s.name for s in canonicalize(role, index).skills] == ["PostgreSQL"]


def test_progress_counts_overall_and_per_group():
    role = RoleProfile.model_validate(
        role_dict("x", "X", skills=[("SQL", "technical"), ("Python", "tool"), ("Communication", "soft"),
                                    ("Go", "tool")])
    )
    progress = role_progress(role, {skill_key("python"), skill_key("SQL"), "not-in-role"})
    assert (progress.overall.have, progress.overall.total, progress.overall.percent) == (2, 4, 50)
    assert progress.by_kind[SkillKind.TOOL].have == 1
    assert progress.by_kind[SkillKind.SOFT].describe() == "0 of 1 skills, 0%"
    assert role_progress(RoleProfile.model_validate(role_dict("y", "Y")), set()).overall.percent == 0


def test_money_and_years_read_naturally():
    assert format_money(50000, "USD") == "$50,000"
    assert format_range(45000, 90000, "EUR") == "€45,000 – €90,000"
    assert format_money(1000, "CHF") == "1,000 CHF"
    assert format_years(1, 3) == "1–3 years"
    assert format_years(8, None) == "8+ years"

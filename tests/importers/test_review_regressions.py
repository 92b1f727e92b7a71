"""Cases a reviewer broke the importers with; each must now behave."""

from __future__ import annotations

import json

import pytest

from careerdesk.domain.profile import RoleProfile, SkillKind
from careerdesk.domain.skills import CanonicalSkill, SkillIndex
from careerdesk.importers.onet import OnetError, read_onet
from careerdesk.importers.role_files import RoleImportError, read_role_files
from careerdesk.importers.role_page import parse_role_page, salary_of, slug
from careerdesk.store.store import Store
from tests.conftest import role_dict

INDEX = SkillIndex([CanonicalSkill(name=n, kind=k, aliases=a) for n, k, a in (
    ("Python", "tool", []), ("AWS", "tool", ["Amazon Web Services"]), ("Microsoft Azure", "tool", ["Azure"]),
    ("SQL", "technical", []), ("Tableau", "tool", []), ("Looker", "tool", []))])


def page(text: str, kind: str = "txt") -> RoleProfile:
    return RoleProfile.model_validate(parse_role_page(text, INDEX, lambda _t: None, lambda _t: "Imported", kind))


@pytest.mark.parametrize(("line", "expected"), [
    ("€1.200.000 – €1.500.000 per year", (1_200_000, 1_500_000, "EUR", "year")),
    ("€60.000 – €80.000", (60_000, 80_000, "EUR", "year")),
    ("£40,000 - £60,000 per year in the United Kingdom", (40_000, 60_000, "GBP", "year")),
    ("$120k+ /year", (120_000, 120_000, "USD", "year")),
    ("$45/hour - $60/hour", (45, 60, "USD", "hour")),
])
def test_salary_lines(line, expected):
    s = salary_of([line])
    assert (s["min"], s["max"], s["currency"], s["period"]) == expected


def test_years_are_not_a_salary():
    assert salary_of(["From 2 to 3 years of experience."]) is None


def test_required_skills_bullets_and_unknown_sections():
    role = page("QA Engineer\n\nKey Responsibilities\n\n- Test things.\n\nBenefits\n\n- Free lunch\n\n"
                "Required Skills\n\n- Python\n- SQL\n\nTools\n\nAWS, Azure / Tableau\n")
    assert role.responsibilities == ["Test things."]
    assert [s.name for s in role.skills_of(SkillKind.TECHNICAL)] == ["Python", "SQL"]
    assert [s.name for s in role.skills_of(SkillKind.TOOL)] == ["AWS", "Microsoft Azure", "Tableau"]


def test_wrapped_faq_question_and_markdown_emphasis():
    role = page("*Data Person*\n\n*Also known as:* Analyst, Numbers Person\n\nFrequently Asked Questions\n\n"
                "Is it true that analysts\nwork with spreadsheets all day?\nNo, mostly SQL.\n", "md")
    assert role.aliases == ["Analyst", "Numbers Person"]
    assert role.faq[0].question == "Is it true that analysts work with spreadsheets all day?"
    assert role.faq[0].answer == "No, mostly SQL."


def test_ids_from_titles():
    long_id = slug("Principal Software Engineer for Backend Infrastructure and Payments Platform in X UK")
    assert len(long_id) <= 80 and not long_id.endswith("-")
    assert slug("C++ Engineer") != slug("C# Engineer")


def test_a_bad_number_or_deep_nesting_is_a_problem_line_not_a_crash(tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100000 + "]" * 100000)
    with pytest.raises(RoleImportError, match="deep.json: nested too deeply"):
        read_role_files([deep])


def test_same_length_edits_in_the_same_second_reach_the_catalogue(isolated_home, fixture_data):
    store = Store(isolated_home, fixture_data)
    for title in ("Backend Enginaar", "Backend Enginbbr"):
        store.import_roles([RoleProfile.model_validate(role_dict("mine", title))], replace=True)
        assert store.catalogue.title_of("mine") == title
    store.close()


def test_onet_with_wrong_columns_is_a_clear_error(tmp_path):
    (tmp_path / "Occupation Data.txt").write_text("Code\tName\n1\tX\n")
    with pytest.raises(OnetError, match="lacks the column"):
        read_onet(tmp_path)
    assert json.dumps({"ok": True})

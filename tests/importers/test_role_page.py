"""The job-site role page importer: every fact of the seed page, messy pages, HTML and Markdown."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from careerdesk.domain.profile import RoleProfile, SkillKind
from careerdesk.importers.role_files import RoleImportError, read_role_files
from careerdesk.service.desk import Desk
from careerdesk.store.store import Store
from tests.conftest import BUNDLED_DATA

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"
SEED = (PAGES / "backend-engineer.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("home"), BUNDLED_DATA)
    yield Desk(store).page_reader()
    store.close()


def parse(reader, text: str, kind: str = "txt") -> RoleProfile:
    return RoleProfile.model_validate(reader(text, kind))


def check_seed_facts(role: RoleProfile) -> None:
    assert role.title == "Backend Engineer" and role.id == "backend-engineer"
    assert role.aliases == ["Server-Side Engineer", "API Developer", "Software Engineer (Backend)"]
    assert role.family == "Software Engineering"
    assert role.paragraphs[0].startswith("Backend Engineers are the architects and builders")
    assert len(role.paragraphs) == 2 and role.outlook.startswith("The job market for backend engineers is robust")
    assert len(role.responsibilities) == 12
    assert role.responsibilities[0] == ("Design, develop, and maintain robust, scalable, and secure server-side "
                                        "applications and APIs.")
    assert [s.name for s in role.skills_of(SkillKind.TECHNICAL)] == [
        "Backend programming", "Database design", "SQL", "NoSQL databases", "REST API design", "Cloud platforms",
        "Containerization", "Microservices architecture", "Version control", "Software testing",
        "Networking fundamentals", "Message queues"]
    assert [s.name for s in role.skills_of(SkillKind.SOFT)] == [
        "Problem-solving", "Communication", "Collaboration", "Independent working", "Attention to detail",
        "Adaptability", "Time management"]
    assert [s.label for s in role.skills_of(SkillKind.TOOL)] == [
        "Python (Django/Flask)", "Node.js (Express.js)", "Java (Spring Boot)", "PostgreSQL", "MongoDB", "Docker",
        "Kubernetes", "AWS"]
    level = role.seniority_levels[0]
    assert (level.name, level.years_min, level.years_max, level.salary_min, level.salary_max, level.currency) == (
        "Junior Backend Engineer", 1, 3, 50000, 80000, "USD")
    assert len(role.faq) == 6 and all(f.question.endswith("?") and f.answer for f in role.faq)
    assert role.faq[1].question == "What programming languages are most in-demand for backend engineers?"
    assert role.faq[5].answer.startswith("Understanding microservices architecture is increasingly important.")
    s = role.salary
    assert (s.min, s.max, s.currency, s.period.value, s.region) == (50000, 150000, "USD", "year", "Global")
    assert [(c.title, c.role_id) for c in role.career_path] == [
        ("Lead Backend Engineer", "lead-backend-engineer"), ("Backend Architect", "backend-architect"),
        ("Engineering Manager", "engineering-manager"), ("Principal Engineer", "principal-engineer")]
    text = role.model_dump_json()
    for noise in ("See 10 live", "Ready to apply", "positions open", "Find Backend Engineer"):
        assert noise not in text


def test_seed_page_every_fact(reader):
    check_seed_facts(parse(reader, SEED))


def as_html(text: str) -> str:
    out = ["<!DOCTYPE html><html><head><title>x</title><style>p{}</style></head><body><nav>Jobs Home</nav>"]
    for line in text.split("\n"):
        line = line.strip()
        if line in ("Role Overview", "Key Responsibilities", "Required Skills", "Technical Skills", "Soft Skills",
                    "Tools & Technologies", "Seniority Levels", "Frequently Asked Questions", "Salary Range",
                    "Career Path"):
            out.append(f"<h2>{html.escape(line)}</h2>")
        elif line.startswith("•"):
            out.append(f"<ul><li>{html.escape(line[1:].strip())}</li></ul>")
        elif line:
            out.append(f"<p>{html.escape(line)}</p>")
    return "".join(out) + "<footer>© Jobs</footer></body></html>"


def as_markdown(text: str) -> str:
    out = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped in ("Role Overview", "Key Responsibilities", "Frequently Asked Questions", "Career Path"):
            out.append(f"## {stripped}")
        elif stripped.startswith("•"):
            out.append("- " + stripped[1:].strip())
        else:
            out.append(line)
    out[0] = "# " + out[0]
    return "\n".join(out)


def test_same_page_as_html_and_markdown(reader):
    check_seed_facts(parse(reader, as_html(SEED), "html"))
    check_seed_facts(parse(reader, as_markdown(SEED), "md"))


def test_messy_page_with_crlf_gaps_missing_sections_and_euros(reader):
    role = parse(reader, (PAGES / "messy-data-analyst.txt").read_text(encoding="utf-8"))
    assert role.title == "Data Analyst (m/w/d)".replace(" (m/w/d)", "")
    assert role.aliases == ["BI Analyst", "Reporting Analyst"]
    assert role.family == "Data & AI"
    assert role.outlook.startswith("Demand for analysts keeps growing")
    assert role.responsibilities == [
        "Build and maintain dashboards.", "Write SQL to answer questions from the business.",
        "Explain findings to non-technical colleagues."]
    names = [s.name for s in role.skills]
    assert names[:4] == ["SQL", "Data visualization", "Statistics", "Python"]
    assert [s.label for s in role.skills_of(SkillKind.TOOL)][:3] == ["Microsoft Excel", "Power BI", "Tableau"]
    assert "Google Cloud" in names  # a two-word tool stays one item
    s = role.salary
    assert (s.min, s.max, s.currency, s.period.value) == (45000, 90000, "EUR", "year")
    assert "Germany" in s.region
    assert [(c.title, c.role_id) for c in role.career_path] == [
        ("Analytics Engineer", "analytics-engineer"), ("Data Scientist", "data-scientist"),
        ("Chief Data Wizard", None)]
    assert role.seniority_levels == [] and role.faq == []  # missing sections are simply empty


def test_cli_imports_a_page_and_ticks_count(tmp_path, isolated_home):
    page = tmp_path / "analyst page.txt"
    page.write_bytes((PAGES / "messy-data-analyst.txt").read_bytes())
    store = Store(isolated_home, BUNDLED_DATA)
    desk = Desk(store)
    desk.set_have("sql", "SQL", True)
    profiles = read_role_files([page], desk.page_reader())
    assert [p.id for p in profiles] == ["data-analyst"]
    imported = profiles[0].model_copy(update={"id": "acme-data-analyst", "title": "Data Analyst (Acme)"})
    store.import_roles([imported])
    assert desk.progress(desk.role("acme-data-analyst")).overall.have == 1  # the existing tick counts
    store.close()


def test_a_page_without_a_title_line_is_reported(tmp_path, reader):
    page = tmp_path / "blank.txt"
    page.write_text("\n\n\nSee 3 live jobs\n")
    with pytest.raises(RoleImportError, match=r"blank.txt \(`imported-role`\): `title`: must not be empty"):
        read_role_files([page], reader)


def test_a_saved_page_with_its_skills_in_a_table_keeps_each_cell_apart(reader):
    # Job sites lay tools out in tables: the cells ran together into one "tool" called
    # "KubernetesTerraform", matched to nothing, so ticks never counted for it
    raw = ("<html><body><h1>Platform Engineer</h1><h2>Tools &amp; Technologies</h2>"
           "<table><tr><th>Kubernetes</th><td>Terraform</td></tr><tr><td>Python</td><td>Go</td></tr></table>"
           "<h2>Key Responsibilities</h2><ul><li>Run the platform for every team</li></ul></body></html>")
    role = parse(reader, raw, "html")
    assert [s.label for s in role.skills_of(SkillKind.TOOL)] == ["Kubernetes", "Terraform", "Python", "Go"]

"""`careerdesk plan ...` and `skills set/note`, as real processes over the bundled catalogue."""

import json
import os
import subprocess
import sys

import pytest
from pypdf import PdfReader


@pytest.fixture
def cli(isolated_home):
    env = {k: v for k, v in os.environ.items() if k != "CAREERDESK_DATA"}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "careerdesk", "--home", str(isolated_home), *args],
                              capture_output=True, text=True, env=env, timeout=120)

    return run


def ok(result):
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_statuses_notes_and_list(cli):
    ok(cli("skills", "set", "have", "postgres", "SQL"))
    ok(cli("skills", "set", "learning", "k8s"))
    ok(cli("skills", "note", "Kubernetes", "--note", "CKA course", "--evidence", "ran the 2025 upgrade"))
    ok(cli("skills", "untick", "SQL"))
    skills = {s["name"]: s for s in json.loads(ok(cli("skills", "list", "--role", "backend-engineer", "--json")))}
    assert skills["PostgreSQL"]["status"] == "have" and skills["PostgreSQL"]["ticked"] is True
    assert skills["SQL"]["status"] == "none"
    assert skills["Kubernetes"] | {} == {**skills["Kubernetes"], "status": "learning", "ticked": False,
                                        "note": "CKA course", "evidence": "ran the 2025 upgrade"}
    # a status change keeps the note
    ok(cli("skills", "tick", "kubernetes"))
    skills = {s["name"]: s for s in json.loads(ok(cli("skills", "list", "--json")))}
    assert skills["Kubernetes"]["status"] == "have" and skills["Kubernetes"]["note"] == "CKA course"


def test_plan_set_show_and_gap(cli):
    ok(cli("plan", "set", "--current", "Backend Engineer", "--target", "backend-architect",
           "--name", "Ada", "--date", "2027-06-30"))
    assert json.loads(ok(cli("plan", "show", "--json"))) == {
        "name": "Ada", "current_role": "backend-engineer", "target_role": "backend-architect",
        "target_date": "2027-06-30"}
    ok(cli("skills", "tick", "System design"))
    ok(cli("skills", "set", "learning", "Kafka"))
    gap = json.loads(ok(cli("plan", "gap", "--json")))
    assert gap["target"] == "backend-architect"
    assert [s["name"] for s in gap["have"]] == ["System design"]
    assert [s["name"] for s in gap["learning"]] == ["Kafka"]
    missing = gap["missing"]
    assert all({"name", "kind", "reason"} <= set(s) for s in missing)
    reasons = [s["reason"] for s in missing]
    assert "needed on the way" in reasons and "new for the target" in reasons
    assert reasons == sorted(reasons, key=["needed on the way", "new for the target",
                                           "expected in your current role"].index)
    other = json.loads(ok(cli("plan", "gap", "--target", "Data Engineer", "--json")))
    assert other["target"] == "data-engineer"


def test_fit_is_ranked_best_first(cli):
    ok(cli("skills", "tick", "Figma", "User research", "Wireframing and prototyping", "Interaction design"))
    fits = json.loads(ok(cli("plan", "fit", "--json")))
    assert len(fits) >= 40
    assert fits[0]["id"] in {"ux-designer", "ui-designer", "design-manager"}
    percents = [f["percent"] for f in fits]
    assert percents == sorted(percents, reverse=True)
    assert all(0 <= p <= 100 for p in percents)
    only = json.loads(ok(cli("plan", "fit", "--family", "Security", "--json")))
    assert only and {f["family"] for f in only} == {"Security"}


def test_compare(cli):
    c = json.loads(ok(cli("plan", "compare", "backend-engineer", "Backend Architect", "--json")))
    assert c["a"] == "backend-engineer" and c["b"] == "backend-architect"
    assert "System design" in c["only_b"] and c["steps_from_a_to_b"] == 2
    assert not set(c["both"]) & set(c["only_b"])


def test_export_pdf_and_markdown(cli, tmp_path):
    ok(cli("plan", "set", "--current", "backend-engineer", "--target", "backend-architect", "--name", "Zoë Smith"))
    ok(cli("skills", "tick", "System design"))
    pdf = tmp_path / "my plan ü.pdf"
    assert "pages" in ok(cli("plan", "export", "--out", str(pdf)))
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Zoë Smith" in text and "Backend Architect" in text
    md = tmp_path / "plan.md"
    ok(cli("plan", "export", "--out", str(md)))
    assert md.read_text(encoding="utf-8").startswith("# Career plan: Zoë Smith")
    forced = tmp_path / "notes.txt"
    ok(cli("plan", "export", "--out", str(forced), "--format", "md"))
    assert "## What to learn next" in forced.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("plan", "gap"), "no target role"),
        (("plan", "gap", "--target", "astronaut"), "no role called 'astronaut'"),
        (("plan", "set", "--target", "astronaut"), "no role called 'astronaut'"),
        (("plan", "set"), "give at least one of"),
        (("plan", "set", "--date", "30/06/2027"), "is not a date like"),
        (("skills", "set", "maybe", "SQL"), "invalid choice"),
        (("plan", "export", "--out", "x.docx", "--target", "cto"), "use a .pdf name"),
        (("plan", "set", "--name", "x" * 200), "`name`"),
        (("skills", "note", "SQL", "--note", "n" * 2500), "`note`"),
    ],
)
def test_plan_errors_are_one_line_exit_2(cli, args, message):
    result = cli(*args)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_export_to_unwritable_place_leaves_nothing(cli, tmp_path):
    ok(cli("plan", "set", "--target", "cto"))
    blocked = tmp_path / "locked"
    blocked.mkdir()
    blocked.chmod(0o500)
    try:
        result = cli("plan", "export", "--out", str(blocked / "plan.pdf"))
        if os.geteuid() != 0:  # root ignores permission bits; the missing-folder case below still applies
            assert result.returncode == 2 and "cannot write" in result.stderr
            assert list(blocked.iterdir()) == []
    finally:
        blocked.chmod(0o700)
    result = cli("plan", "export", "--out", str(tmp_path / "no such folder" / "plan.pdf"))
    assert result.returncode == 2 and "cannot write" in result.stderr
    assert not (tmp_path / "no such folder").exists()


def test_plan_set_name_keeps_one_clean_line(cli):
    ok(cli("plan", "set", "--name", "Ada\nLovelace\x07"))
    assert json.loads(ok(cli("plan", "show", "--json")))["name"] == "Ada Lovelace"

"""`careerdesk match` and `careerdesk skills scan`, run as real processes on a real data folder."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from tests.conftest import ROOT

AD = """Senior Platform Engineer

About the role
We run Python services on k8s with Postgres. Strong communication matters. R&D budget too.

What you'll do
- Keep the Kubernetes clusters healthy
- Write SQL reports
"""


@pytest.fixture
def cli(isolated_home, fixture_data):
    return lambda *args, stdin=None: _run(*args, home=isolated_home, data=fixture_data, stdin=stdin)


def _run(*args, home, data, stdin=None):
    env = {k: v for k, v in os.environ.items() if k != "CAREERDESK_DATA"}
    env["CAREERDESK_DATA"] = str(data)
    return subprocess.run([sys.executable, "-m", "careerdesk", "--home", str(home), *args], input=stdin,
                          capture_output=True, text=True, env=env, timeout=60)


def ledger(home) -> dict[str, tuple[str, str, str]]:
    db = sqlite3.connect(home / "careerdesk.sqlite")
    try:
        return {k: (s, n, e) for k, s, n, e in db.execute("SELECT skill_key, status, note, evidence FROM skill_status")}
    finally:
        db.close()


def test_match_json_has_the_issue_shape(cli, tmp_path):
    (tmp_path / "ad.txt").write_text(AD, encoding="utf-8")
    assert cli("skills", "tick", "Python").returncode == 0
    result = cli("match", str(tmp_path / "ad.txt"), "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert set(out) == {"skills", "have", "total", "percent", "missing", "closest"}
    assert out["skills"][0] == {"name": "Python", "kind": "tool", "found": ["Python"], "status": "have"}
    by_name = {s["name"]: s for s in out["skills"]}
    assert set(by_name) == {"Python", "Kubernetes", "PostgreSQL", "Communication", "SQL"}
    assert by_name["Kubernetes"]["found"] == ["k8s", "Kubernetes"]
    assert (out["have"], out["total"], out["percent"]) == (1, 5, 20)
    assert out["missing"][0] == "SQL"  # technical before tools before soft
    assert out["missing"][-1] == "Communication"
    assert [set(c) for c in out["closest"]] == [{"id", "title", "percent"}] * len(out["closest"])
    assert out["closest"][0]["id"] in ("backend-engineer", "data-engineer")
    assert len(out["closest"]) <= 3


def test_match_text_reads_standard_input_and_changes_nothing(cli, isolated_home):
    cli("skills", "tick", "SQL")
    before = ledger(isolated_home)
    result = cli("match", "-", stdin=AD)
    assert result.returncode == 0, result.stderr
    assert "[x] SQL (technical)" in result.stdout and '"k8s", "Kubernetes"' in result.stdout
    assert "You have 1 of 5 (20%)." in result.stdout
    assert ledger(isolated_home) == before


def test_save_as_role_makes_a_plannable_role(cli, tmp_path):
    (tmp_path / "ad.md").write_text("# " + AD, encoding="utf-8")
    out = json.loads(cli("match", str(tmp_path / "ad.md"), "--json", "--save-as-role").stdout)
    assert out["saved_as"] == "senior-platform-engineer"
    role = json.loads(cli("roles", "show", "senior-platform-engineer", "--json").stdout)
    assert role["title"] == "Senior Platform Engineer" and role["family"] == "My job ads"
    assert [s["name"] for s in role["skills"]] == ["Python", "Kubernetes", "PostgreSQL", "Communication", "SQL"]
    assert role["responsibilities"] == ["Keep the Kubernetes clusters healthy", "Write SQL reports"]
    assert cli("plan", "set", "--target", "senior-platform-engineer").returncode == 0
    # saving again never replaces the first one; --title names it
    again = json.loads(cli("match", str(tmp_path / "ad.md"), "--json", "--save-as-role").stdout)
    assert again["saved_as"] == "senior-platform-engineer-2"
    titled = cli("match", str(tmp_path / "ad.md"), "--save-as-role", "--title", "Platform @ Acme")
    assert "Saved as your role `platform-acme`" in titled.stdout


def test_scan_suggests_with_evidence_and_applies_only_when_asked(cli, isolated_home, tmp_path):
    cv = tmp_path / "cv.txt"
    cv.write_text("Jo Bloggs\n- Built Python services on Kubernetes.\n- Wrote SQL every day\n", encoding="utf-8")
    cli("skills", "note", "SQL", "--evidence", "My own words")
    before = ledger(isolated_home)
    out = json.loads(cli("skills", "scan", str(cv), "--json").stdout)
    assert out == {"suggestions": [
        {"name": "Python", "kind": "tool", "evidence": "Built Python services on Kubernetes.", "status": "none"},
        {"name": "Kubernetes", "kind": "tool", "evidence": "Built Python services on Kubernetes.", "status": "none"},
        {"name": "SQL", "kind": "technical", "evidence": "Wrote SQL every day", "status": "none"},
    ]}
    assert ledger(isolated_home) == before  # nothing without --apply
    applied = cli("skills", "scan", str(cv), "--apply")
    assert applied.returncode == 0 and "Marked 3 skills as had." in applied.stdout
    after = ledger(isolated_home)
    assert after["python"] == ("have", "", "Built Python services on Kubernetes.")
    assert after["sql"] == ("have", "", "My own words")  # the user's evidence is kept
    assert "Marked 0 skills" in cli("skills", "scan", str(cv), "--apply").stdout


@pytest.mark.parametrize(("content", "name", "message"), [
    (b"", "empty.txt", "is empty"),
    (b"\x7fELF\x00\x00\x00" * 50, "tool.txt", "is a binary file"),
    (b"%PDF-1.4 broken", "ad.pdf", "is not a readable PDF"),
    (b"<p>x</p>", "cv.html", "cannot read this kind of file"),
])
def test_bad_input_is_one_line_and_exit_2(cli, tmp_path, content, name, message):
    (tmp_path / name).write_bytes(content)
    command = ("skills", "scan") if name.startswith("cv") else ("match",)
    result = cli(*command, str(tmp_path / name))
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_scanned_pdf_and_special_files_exit_2(cli, tmp_path, qapp):
    from PySide6.QtGui import QColor, QPainter, QPdfWriter

    pdf = tmp_path / "scan.pdf"
    writer = QPdfWriter(str(pdf))
    painter = QPainter(writer)
    painter.fillRect(100, 100, 2000, 3000, QColor("gray"))  # a page that is only a picture
    painter.end()
    result = cli("match", str(pdf))
    assert result.returncode == 2
    assert result.stderr.strip() == f"careerdesk: no text found in {pdf} (is it a scanned image?)"
    assert cli("match", str(tmp_path)).returncode == 2
    assert cli("match", str(tmp_path / "nope.txt")).returncode == 2


def test_fixture_cv_in_every_format_scans(cli):
    for name in ("cv-accountant.pdf", "cv-nurse.docx", "cv-data-scientist.md", "cv-software-engineer.txt"):
        result = cli("skills", "scan", str(ROOT / "tests" / "fixtures" / "documents" / name), "--json")
        assert result.returncode == 0, (name, result.stderr)


def test_an_ad_without_known_skills_is_not_saved(cli, tmp_path):
    (tmp_path / "ad.txt").write_text("Barista\n\nMake great coffee with a smile.\n", encoding="utf-8")
    assert "No skills from the vocabulary found" in cli("match", str(tmp_path / "ad.txt")).stdout
    result = cli("match", str(tmp_path / "ad.txt"), "--save-as-role")
    assert result.returncode == 2 and "nothing to plan against" in result.stderr
    listed = json.loads(cli("roles", "list", "--json").stdout)
    assert not any(r["mine"] for r in listed)


def test_a_job_description_sent_as_a_word_file_is_checked(cli, tmp_path):
    # Recruiters send job descriptions as .docx; the reader reads .docx (for CVs), but an ad
    # in one was "cannot read this kind of file (use .txt, .md, .html, .pdf)"
    import docx

    ad = docx.Document()
    for line in AD.splitlines():
        ad.add_paragraph(line)
    ad.save(tmp_path / "Job Description.docx")
    result = cli("match", str(tmp_path / "Job Description.docx"), "--json")
    assert result.returncode == 0, result.stderr
    assert {s["name"] for s in json.loads(result.stdout)["skills"]} == {
        "Python", "Kubernetes", "PostgreSQL", "Communication", "SQL"}

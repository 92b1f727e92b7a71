"""Plan > Check a job ad… and File > Scan my CV…, driven as a person would (only the OS file
and name prompts are answered for them), on a real data folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from careerdesk.domain.plan import SkillStatus
from careerdesk.ui import job_ad
from careerdesk.ui.cv_scan import CvScanDialog
from careerdesk.ui.job_ad import JobAdDialog
from careerdesk.ui.start import build_window
from tests.conftest import ROOT

AD = """Payments Engineer 🚀

Our go-to-market team (ex-Google) needs an engineer.
- Services in Go on k8s, data in Postgres
- React front end, not reactive templates
"""


@pytest.fixture
def window(qtbot, isolated_home, monkeypatch):
    errors = []
    for module in ("careerdesk.ui.job_ad", "careerdesk.ui.cv_scan"):
        monkeypatch.setattr(f"{module}.show_error", lambda *a: errors.append(a[1:]))
    w = build_window(isolated_home)
    qtbot.addWidget(w)
    w.show()
    w.errors = errors
    return w


def ad_dialog(window, qtbot) -> JobAdDialog:
    dialog = JobAdDialog(window.desk.matching, window)
    qtbot.addWidget(dialog)
    dialog.targetChosen.connect(lambda role_id: job_ad._make_target(window, role_id))
    return dialog


def test_menus_offer_both(window):
    assert window.actions_["check_ad"] in window.menuBar().actions()[-2].menu().actions()  # Plan menu
    file_menu = window.menuBar().actions()[0].menu()
    assert window.actions_["scan_cv"] in file_menu.actions()


def test_pasted_ad_is_highlighted_as_plain_text_and_becomes_the_target(window, qtbot, monkeypatch):
    window.desk.set_have("go", "Go", True)
    dialog = ad_dialog(window, qtbot)
    dialog.ad.setPlainText(AD)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.highlighted() == ["Go", "k8s", "Postgres", "React"]  # emoji before them shifts nothing
    assert dialog.ad.isReadOnly()
    assert dialog.fit.text() == "You have 1 of the 4 skills this ad asks for (25%)."
    rows = [dialog.skills.topLevelItem(i).text(0) for i in range(dialog.skills.topLevelItemCount())]
    assert rows == ["Go", "Kubernetes", "PostgreSQL", "React"]
    assert dialog.skills.topLevelItem(0).text(2) == "Have"
    assert dialog.gap.text().startswith("Missing, most important first: ")
    assert dialog.closest.text().startswith("Closest roles: ")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Acme Payments Engineer", True))
    qtbot.mouseClick(dialog.target_button, Qt.MouseButton.LeftButton)
    assert window.desk.plan().target_role == "acme-payments-engineer"
    assert window.current_role.id == "acme-payments-engineer" and window.desk.is_mine("acme-payments-engineer")
    assert [s.name for s in window.current_role.skills] == ["Go", "Kubernetes", "PostgreSQL", "React"]


def test_html_file_is_shown_as_text_never_rendered(window, qtbot, tmp_path):
    page = tmp_path / "ad.html"
    page.write_text("<h1>Data Engineer</h1><script>alert('Kubernetes')</script>"
                    "<p>Spark and <b>Airflow</b> <img src=x onerror=alert(1)></p>", encoding="utf-8")
    dialog = ad_dialog(window, qtbot)
    assert dialog.load_file(page)
    assert dialog.ad.toPlainText() == "Data Engineer\n\nSpark and Airflow"
    assert dialog.highlighted() == ["Spark", "Airflow"]
    qtbot.mouseClick(dialog.again_button, Qt.MouseButton.LeftButton)
    assert not dialog.ad.isReadOnly() and dialog.ad.toPlainText() == "" and not dialog.target_button.isEnabled()


def test_unreadable_ad_says_why_and_changes_nothing(window, qtbot, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    dialog = ad_dialog(window, qtbot)
    assert not dialog.load_file(tmp_path / "empty.txt")
    assert window.errors and "is empty" in window.errors[0][1]
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)  # nothing pasted
    assert dialog.fit.text() == "Paste a job ad first, or open a file."


def test_cv_suggestions_are_confirmed_before_anything_is_saved(window, qtbot, tmp_path):
    cv = tmp_path / "cv.md"
    cv.write_text("# Sam\n- Built Python services on Kubernetes.\n- Wrote SQL daily.\n- Mentored two juniors\n",
                  encoding="utf-8")
    window.desk.set_note("sql", "SQL", "", "My own words")
    version = window.desk.data_version()
    dialog = CvScanDialog(window.desk.matching, window.editor, window)
    qtbot.addWidget(dialog)
    assert dialog.load_file(cv)
    names = [dialog.list.topLevelItem(i).text(0) for i in range(dialog.list.topLevelItemCount())]
    assert names == ["Python", "Kubernetes", "SQL"]
    assert window.desk.data_version() == version  # reading saved nothing
    dialog.list.topLevelItem(1).setCheckState(0, Qt.CheckState.Unchecked)  # not Kubernetes
    assert "3 skills. 2 are ticked" in dialog.intro.text()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert window.desk.entry("python").status is SkillStatus.HAVE
    assert window.desk.entry("python").evidence == "Built Python services on Kubernetes."
    assert window.desk.entry("sql").evidence == "My own words"
    assert window.desk.entry("kubernetes").status is SkillStatus.NONE
    window.editor.stack.undo()  # one step takes the batch back
    assert window.desk.entry("python").status is SkillStatus.NONE and window.desk.entry("python").evidence == ""
    assert window.desk.entry("sql").evidence == "My own words"
    window.editor.stack.redo()
    assert window.desk.entry("sql").status is SkillStatus.HAVE


def test_cancelled_scan_and_unreadable_cv_save_nothing(window, qtbot, monkeypatch, tmp_path):
    version = window.desk.data_version()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    window.actions_["scan_cv"].trigger()  # the person closed the file dialog
    dialog = CvScanDialog(window.desk.matching, window.editor, window)
    qtbot.addWidget(dialog)
    assert dialog.load_file(ROOT / "tests" / "fixtures" / "documents" / "cv-nurse.docx")
    dialog.reject()
    (tmp_path / "cv.pdf").write_bytes(b"%PDF-1.4 broken")
    assert not dialog.load_file(tmp_path / "cv.pdf")
    assert window.errors and "not a readable PDF" in window.errors[-1][1]
    assert window.desk.data_version() == version


def test_a_job_ad_in_a_word_file_opens(window, qtbot, tmp_path):
    import docx

    ad = docx.Document()
    for line in AD.splitlines():
        ad.add_paragraph(line)
    ad.save(tmp_path / "ad.docx")
    dialog = ad_dialog(window, qtbot)
    assert dialog.load_file(tmp_path / "ad.docx"), window.errors
    assert dialog.highlighted() == ["Go", "k8s", "Postgres", "React"]

"""My plan in the real window: choosing roles, statuses and notes, gap, fit, compare, export."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QListView

from careerdesk.domain.plan import SkillStatus
from careerdesk.export.pdf import render
from careerdesk.ui.skill_actions import NoteDialog, edit_notes, skill_menu


def choose(combo, role_id: str) -> None:
    combo.setCurrentIndex(combo.findData(role_id))


def set_up_plan(qtbot, window) -> None:
    qtbot.keyClick(window.tabs, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.plan_view
    view = window.plan_view
    qtbot.keyClicks(view.name, "Ada Lovelace")
    qtbot.keyClick(view.name, Qt.Key.Key_Return)
    choose(view.current, "backend-engineer")
    choose(view.target, "backend-architect")


def test_choosing_roles_saves_the_plan_and_shows_the_gap(qtbot, window):
    set_up_plan(qtbot, window)
    plan = window.desk.plan()
    assert (plan.name, plan.current_role, plan.target_role) == ("Ada Lovelace", "backend-engineer",
                                                                "backend-architect")
    gap = window.desk.gap()
    model = window.plan_view.gap_view.model()
    missing = model.item(0)
    assert missing.text() == f"To learn, most important first ({len(gap.missing)})"
    assert [missing.child(r).text() for r in range(missing.rowCount())] == [i.skill.label for i in gap.missing]
    assert "0 of the" in window.plan_view.headline.text()
    window.plan_view.has_date.setChecked(True)
    assert window.desk.plan().target_date is not None


def test_set_target_from_the_role_being_read(qtbot, window):
    window.open_role("data-engineer")
    window.actions_["set_target"].trigger()
    assert window.desk.plan().target_role == "data-engineer"
    assert window.pages.currentWidget() is window.plan_view


def test_learning_and_notes_show_in_checklist_gap_and_pdf(qtbot, window, tmp_path):
    set_up_plan(qtbot, window)
    # the status menu, as the checklist and the gap view open it
    menu = skill_menu(window, window.editor, "kubernetes", "Kubernetes")
    learning = [a for a in menu.actions() if a.text() == "I am &learning this"][0]
    learning.trigger()
    assert window.desk.entry("kubernetes").status is SkillStatus.LEARNING

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NoteDialog)
        qtbot.keyClicks(dialog.note, "Confluent course, done by March")
        qtbot.keyClicks(dialog.evidence, "Led the <b>order-events</b> migration")
        dialog.accept()

    QTimer.singleShot(0, fill)
    edit_notes(window, window.editor, "kubernetes", "Kubernetes")
    entry = window.desk.entry("kubernetes")
    assert (entry.status, entry.note) == (SkillStatus.LEARNING, "Confluent course, done by March")
    learning_group = window.plan_view.gap_view.model().item(1)
    assert learning_group.text() == "Learning (1)"
    assert "Led the <b>order-events</b> migration" in learning_group.child(0, 3).text()

    window.open_role("backend-engineer")
    window.show_mode(0)
    window.show_tab_named("skills")
    view = window.findChild(QListView, "skillChecklist")
    names = [view.model().index(r, 0).data() for r in range(view.model().rowCount())]
    index = view.model().index(names.index("Kubernetes"), 0)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.PartiallyChecked
    assert "learning" in window.skills.list.itemDelegate()._tags(index)

    out = tmp_path / "plan.pdf"
    from careerdesk.ui.plan_output import write_plan

    assert write_plan(window, window.desk, out, markdown=False) == out
    text = "".join("".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "AdaLovelace" in text and "Confluentcourse,donebyMarch" in text
    assert "<b>order-events</b>migration" in text


def test_ctrl_e_exports_where_the_user_chooses(qtbot, window, tmp_path, monkeypatch):
    set_up_plan(qtbot, window)
    target = tmp_path / "folder with space" / "my plan"
    target.parent.mkdir()
    # the native save dialog is the one thing we answer for the user
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF document (*.pdf)"))
    qtbot.keyClick(window.plan_view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    written = target.with_name("my plan.pdf")
    assert written.exists()
    assert "Backend Architect" in " ".join(PdfReader(written).pages[0].extract_text().split())
    md = tmp_path / "plan.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(md), "Markdown (*.md)"))
    window.actions_["export"].trigger()
    assert md.read_text(encoding="utf-8").startswith("# Career plan: Ada Lovelace")


def test_best_fit_ranks_and_opens_roles(qtbot, window):
    window.desk.set_status("figma", "Figma", SkillStatus.HAVE)
    window.desk.set_status("user research", "User research", SkillStatus.HAVE)
    window.show_mode(1)
    window.plan_view.tabs.setCurrentWidget(window.plan_view.fit_page)  # filled when shown
    table = window.plan_view.fit_table
    model = table.model()
    assert model.rowCount() == window.desk.role_count()
    top = model.index(0, 0).data()
    assert top in {"UX Designer", "UI Designer", "Design Manager"}
    # ranked by evidence-weighted score (domain.fit), not the bare share in the Match column
    fits = window.desk.best_fit()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [f.title for f in fits]
    assert [f.score for f in fits] == sorted((f.score for f in fits), reverse=True)
    window.plan_view.fit_family.setCurrentIndex(window.plan_view.fit_family.findData("Security"))
    assert {model.index(r, 1).data() for r in range(model.rowCount())} == {"Security"}
    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.reader
    assert window.current_role.family == "Security"


def test_compare_two_roles(qtbot, window):
    window.show_mode(1)
    window.plan_view.tabs.setCurrentIndex(2)
    compare = window.plan_view.compare
    compare.choose("backend-engineer", "backend-architect")
    text = compare.result.plain_text()
    assert "Backend Engineer → Backend Architect" in text
    assert "Backend Architect is 2 steps along Backend Engineer's career path" in text
    assert "New in Backend Architect" in text and "Pay and seniority" in text


def test_print_path_renders_on_a_printer(window, tmp_path, qtbot):
    set_up_plan(qtbot, window)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    pages = render(window.desk.plan_report(), printer)
    del printer
    assert len(PdfReader(out).pages) == pages
    assert "Career plan: Ada Lovelace" in " ".join(PdfReader(out).pages[0].extract_text().split())


def test_export_without_target_explains_instead_of_failing(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr("careerdesk.ui.plan_output.show_error", lambda *args: shown.append(args[1]))
    window.actions_["export"].trigger()  # disabled without a target: nothing happens
    assert not window.actions_["export"].isEnabled()
    from careerdesk.ui.plan_output import export_plan

    export_plan(window, window.desk)  # reached anyway: it explains
    assert shown == ["Nothing to export yet"]
    assert not list(Path(window.desk.store.home).glob("*.pdf"))


def test_a_note_over_the_limit_is_never_cut_silently(qtbot, window):
    """Pasting 2,500 characters and pressing OK used to keep the first 2,000 without a word;
    and a note or evidence already stored longer (a restored backup) lost its end when the
    dialog was only opened to change the status."""
    from PySide6.QtWidgets import QDialogButtonBox

    from careerdesk.domain.plan import SkillEntry

    dialog = NoteDialog("Kafka", SkillEntry(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.note.setPlainText("n" * 2500)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert dialog.problem.isVisible() and "2,500" in dialog.problem.text() and "2,000" in dialog.problem.text()
    assert dialog.note.toPlainText() == "n" * 2500  # nothing typed is thrown away
    dialog.note.setPlainText("n" * 2000)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.note_text() == "n" * 2000

    stored = SkillEntry(note="s" * 2600, evidence="e" * 2300)
    again = NoteDialog("Kafka", stored, window)
    qtbot.addWidget(again)
    again.buttons.buttons()[0].setChecked(True)
    again.accept()
    assert again.result() == again.DialogCode.Accepted
    assert (again.note_text(), again.evidence.text()) == (stored.note, stored.evidence)

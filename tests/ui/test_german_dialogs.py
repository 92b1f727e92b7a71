"""The role editor, the import prompts, the job-ad and CV dialogs, the note dialog and the
skill menu in German: every word they show themselves is German (no English source string
left on screen), the controls' German fits, and role content stays as it was written."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from careerdesk.domain.plan import Plan, SkillStatus
from careerdesk.ui import plan_output
from careerdesk.ui.cv_scan import CvScanDialog
from careerdesk.ui.job_ad import JobAdDialog
from careerdesk.ui.page_import import ask_about_clashes
from careerdesk.ui.role_editor import RoleEditorDialog, personal_copy
from careerdesk.ui.skill_actions import NoteDialog, skill_menu
from tests.german_qm import catalogue, german
from tests.ui.conftest import open_window

# English words that read the same in German, and so may stay on screen.
SAME = {e["source"] for e in catalogue() if e["source"] == e["translation"]}
ENGLISH = {e["source"].replace("&", "") for e in catalogue()} - SAME


def shown_words(root: QWidget) -> list[str]:
    """What a person reads in `root`: labels, buttons, tabs, headers, placeholders, accessible names."""
    out = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        if isinstance(w, QLineEdit | QPlainTextEdit):
            out.append(w.placeholderText())
        if isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QTreeWidget):
            out += [w.headerItem().text(i) for i in range(w.columnCount())]
        if isinstance(w, QTableWidget):
            out += [w.horizontalHeaderItem(i).text() for i in range(w.columnCount())]
        out.append(w.accessibleName())
    return [t.replace("&", "") for t in out if t]


def english_left(root: QWidget) -> list[str]:
    return [t for t in shown_words(root) if t in ENGLISH]


def fits(root: QWidget) -> list[str]:
    """Buttons and tabs whose German is wider than the room they were given."""
    cut = [b.text() for b in root.findChildren(QAbstractButton)
           if b.isVisible() and b.text() and b.width() < b.sizeHint().width()]
    for tabs in root.findChildren(QTabWidget):
        bar = tabs.tabBar()
        cut += [tabs.tabText(i) for i in range(tabs.count()) if bar.tabRect(i).width() < bar.tabSizeHint(i).width()]
    return cut


@pytest.fixture
def window(qtbot, isolated_home, tmp_path, qapp):
    with german():
        yield open_window(qtbot, isolated_home)


def test_role_editor_in_german(qtbot, window):
    desk = window.desk
    dialog = RoleEditorDialog(personal_copy(desk.role("backend-engineer"), set()), desk.families(), [], [],
                              desk.find_role_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert english_left(dialog) == []
    tabs = dialog.findChild(QTabWidget)
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Grunddaten", "Aufgaben", "Kompetenzen", "Stufen && Gehalt", "FAQ", "Karriereweg"]
    assert dialog.title_edit.text() == "Backend Engineer (meine Version)"
    assert dialog.status.text() == "Bereit zum Speichern: Backend Engineer (meine Version)"
    assert dialog.skills.table.item(0, 0).text() == "Backend programming"  # role content as written
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        assert fits(dialog) == [], tabs.tabText(index)


def test_import_clash_prompt_in_german(qtbot, window):
    seen = {}

    def look() -> None:
        box = QApplication.activeModalWidget()
        seen.update(english=english_left(box), text=box.text(), fits=fits(box))
        box.reject()

    QTimer.singleShot(0, look)
    assert ask_about_clashes(window, [("Backend Engineer", "Backend Engineer"), ("Data Engineer", "Data (Acme)")]) \
        == "cancel"
    assert seen["english"] == [] and seen["fits"] == []
    assert seen["text"] == ("Diese Rollen gibt es schon:\n• Backend Engineer\n"
                            "• Data Engineer (importiert als „Data (Acme)“)")


def test_job_ad_and_cv_dialogs_in_german(qtbot, window, tmp_path):
    window.desk.set_have("go", "Go", True)
    ad = JobAdDialog(window.desk.matching, window)
    qtbot.addWidget(ad)
    ad.show()
    assert english_left(ad) == [] and fits(ad) == []
    ad.ad.setPlainText("Backend engineer: Go services on Kubernetes, data in PostgreSQL.")
    ad.check()
    assert ad.fit.text() == "Sie haben 1 der 3 Kompetenzen, die diese Anzeige verlangt (33 %)."
    assert [ad.skills.topLevelItem(0).text(i) for i in range(3)] == ["Go", "Tool", "Vorhanden"]
    assert ad.gap.text().startswith("Es fehlen, die wichtigsten zuerst: ")
    assert english_left(ad) == [] and fits(ad) == []

    cv = tmp_path / "cv.md"
    cv.write_text("- Built Python services on Kubernetes.\n- Wrote SQL daily.\n", encoding="utf-8")
    dialog = CvScanDialog(window.desk.matching, window.editor, window)
    qtbot.addWidget(dialog)
    assert dialog.load_file(cv)
    dialog.show()
    assert dialog.intro.text().startswith("cv.md zeigt 3 Kompetenzen. 3 davon sind angehakt")
    assert dialog.list.topLevelItem(0).text(2) == "Noch nicht"
    assert english_left(dialog) == [] and fits(dialog) == []


def test_note_dialog_skill_menu_and_output_tooltips_in_german(qtbot, window):
    window.desk.set_status("kafka", "Kafka", SkillStatus.LEARNING)
    note = NoteDialog("Kafka", window.desk.entry("kafka"), window)
    qtbot.addWidget(note)
    note.show()
    assert english_left(note) == [] and fits(note) == []
    assert note.windowTitle().startswith("Kafka: Status und Notizen")
    menu = skill_menu(window, window.editor, "kafka", "Kafka")
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[:4] == ["Ich &habe das", "Ich &lerne das gerade", "&Noch nicht", "Notiz und Nach&weis…"]
    mnemonics = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(mnemonics) == len(set(mnemonics))
    window.desk.save_plan(Plan())
    assert plan_output.not_ready_reason(window, window.desk).startswith("Wählen Sie die Rolle, die Sie anstreben")

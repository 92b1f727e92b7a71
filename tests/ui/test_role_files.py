"""Import, export and remove the user's own roles from the window (only the OS file and
question dialogs are answered for the user)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from careerdesk.ui.models.roles import MineRole
from careerdesk.ui.start import build_window
from tests.conftest import role_dict


@pytest.fixture
def window(qtbot, isolated_home, monkeypatch):
    errors = []
    monkeypatch.setattr("careerdesk.ui.role_import.show_error", lambda *a: errors.append((a[1], a[3])))
    w = build_window(isolated_home)
    qtbot.addWidget(w)
    w.show()
    w.errors = errors
    return w


def answer_open(monkeypatch, paths):
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], ""))


def test_import_a_role_then_find_it_marked_as_yours(window, monkeypatch, tmp_path):
    role = role_dict("acme-platform", "Acme Platform Engineer", "Infrastructure & Operations",
                     skills=[("Kubernetes", "tool"), ("SQL", "technical")])
    path = tmp_path / "acme.json"
    path.write_text(json.dumps(role))
    answer_open(monkeypatch, [path])
    window.actions_["import_roles"].trigger()
    assert window.current_role.id == "acme-platform"
    assert window.subtitle.text().startswith("Your role")
    window.search.setText("acme")
    index = window.roles.index(0)
    assert index.data() == "Acme Platform Engineer" and index.data(MineRole) is True
    assert window.actions_["remove_role"].isEnabled()
    monkeypatch.setattr("careerdesk.ui.role_import.ask", lambda *a, **k: True)
    window.actions_["remove_role"].trigger()
    assert window.desk.role("acme-platform") is None


def test_a_bad_file_imports_nothing_and_says_why(window, monkeypatch, tmp_path):
    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    good.write_text(json.dumps(role_dict("fine", "Fine Role")))
    bad.write_text('[{"id": "broken", "title": 5}]')
    count = window.desk.role_count()
    answer_open(monkeypatch, [good, bad])
    window.actions_["import_roles"].trigger()
    assert window.desk.role_count() == count and window.desk.role("fine") is None
    title, details = window.errors[0]
    assert title == "Nothing was imported" and "bad.json: profile 1 (`broken`): `title`" in details


def answer_clash(qtbot, button: str, seen: dict | None = None) -> None:
    """Click Replace / Keep both / Cancel in the clash prompt once it is up, as a person would."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPushButton

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None and box.objectName() == "importClash"
        if seen is not None:
            seen["text"] = box.text()
        if button == "cancel":
            box.reject()
            return
        qtbot.mouseClick(box.findChild(QPushButton, button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def test_replacing_a_catalogue_role_asks_first_by_title(qtbot, window, monkeypatch, tmp_path):
    path = tmp_path / "tech-lead.json"
    path.write_text(json.dumps(role_dict("tech-lead", "Tech Lead (Acme)")))
    answer_open(monkeypatch, [path])
    seen = {}
    answer_clash(qtbot, "cancel", seen)
    window.actions_["import_roles"].trigger()
    assert window.desk.role("tech-lead").title == "Tech Lead"
    assert "Tech Lead" in seen["text"] and "tech-lead" not in seen["text"]
    answer_clash(qtbot, "replaceButton")
    window.actions_["import_roles"].trigger()
    assert window.desk.role("tech-lead").title == "Tech Lead (Acme)"


def test_keep_both_saves_the_import_beside_the_catalogue_role(qtbot, window, monkeypatch, tmp_path):
    path = tmp_path / "backend.json"
    path.write_text(json.dumps(role_dict("backend-engineer", "Backend Engineer")))
    answer_open(monkeypatch, [path])
    answer_clash(qtbot, "keepBothButton")
    window.actions_["import_roles"].trigger()
    assert window.desk.role("backend-engineer").title == "Backend Engineer"
    assert not window.desk.is_mine("backend-engineer")  # the curated profile is untouched
    kept = window.desk.role("backend-engineer-2")
    assert kept.title == "Backend Engineer (imported)" and window.desk.is_mine(kept.id)
    assert window.current_role.id == "backend-engineer-2"
    answer_clash(qtbot, "keepBothButton")
    window.actions_["import_roles"].trigger()
    assert window.desk.role("backend-engineer-3").title == "Backend Engineer (imported)"


def test_export_the_open_role(window, monkeypatch, tmp_path):
    out = tmp_path / "exported"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.open_role("data-engineer")
    window.actions_["export_role"].trigger()
    data = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert data["id"] == "data-engineer" and len(data["skills"]) == len(window.current_role.skills)


def test_a_role_page_is_previewed_in_the_form_corrected_and_saved(qtbot, window, monkeypatch, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPlainTextEdit

    from careerdesk.ui.role_editor import RoleEditorDialog
    from tests.importers.test_role_page import PAGES

    page = tmp_path / "analyst.txt"
    page.write_bytes((PAGES / "messy-data-analyst.txt").read_bytes())
    seen = {}

    def correct() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RoleEditorDialog):  # the page is still being read off the main thread
            QTimer.singleShot(20, correct)
            return
        assert not [e for e in dialog.findChildren(QPlainTextEdit) if e.toPlainText().lstrip().startswith("{")]
        seen["intro"] = dialog.intro.text()
        seen["title"] = dialog.title_edit.text()
        seen["skills"] = len(dialog.skills.rows())
        dialog.id_edit.setText("broken id")
        seen["invalid"] = dialog.status.text()
        seen["save_enabled"] = dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
        dialog.id_edit.setText("acme-analyst")
        dialog.title_edit.setText("Analyst (Acme)")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, correct)
    answer_open(monkeypatch, [page])
    window.actions_["import_roles"].trigger()
    assert "responsibilities" in seen["intro"] and "matched to skills the catalogue already knows" in seen["intro"]
    assert seen["title"] == "Data Analyst" and seen["skills"] > 3
    assert seen["invalid"].startswith("Id: may use only lowercase") and seen["save_enabled"] is False
    assert window.current_role.id == "acme-analyst" and window.current_role.title == "Analyst (Acme)"
    assert window.desk.is_mine("acme-analyst")


def test_onet_import_from_the_window_shows_progress_and_adds_occupations(window, tmp_path):
    from careerdesk.ui.role_import import import_onet_from
    from tests.importers.test_onet import write_release

    count = import_onet_from(window, write_release(tmp_path / "onet"))
    assert count == 3
    window.search.setText("puzzle")
    assert {window.roles.index(r).data() for r in range(window.roles.rowCount())} == {
        "Puzzle Engineers", "Puzzle Testers"}
    assert "Computer & Mathematical" in [window.family.itemText(i) for i in range(window.family.count())]


def test_onet_import_of_a_wrong_folder_explains(window, tmp_path):
    from careerdesk.ui.role_import import import_onet_from

    assert import_onet_from(window, tmp_path) == 0
    assert window.errors[0][0] == "O*NET was not imported" and "Occupation Data.txt" in window.errors[0][1]


def test_keep_both_stays_valid_for_the_longest_id_and_title():
    from careerdesk.domain.profile import RoleProfile
    from careerdesk.ui.page_import import kept_copy

    long_id, long_title = "r" * 80, "T" * 200
    profile = RoleProfile.model_validate(role_dict(long_id, long_title))
    kept = kept_copy(profile, lambda role_id: role_id.endswith("-2"))
    assert kept.id == "r" * 70 + "-3" and len(kept.title) == 200 and kept.title.endswith(" (imported)")

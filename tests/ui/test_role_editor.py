"""The role editor: a copy of a catalogue role, a role from scratch, validation as you type."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from careerdesk.ui.role_editor import RoleEditorDialog, form_to_profile


def with_dialog(action) -> dict:
    """Run `action(dialog)` on the editor once it is open; returns what it recorded."""
    seen: dict = {}

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RoleEditorDialog)
        action(dialog, seen)

    QTimer.singleShot(0, run)
    return seen


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_editing_a_catalogue_role_saves_a_personal_copy(qtbot, window):
    window.open_role("backend-engineer")

    def edit(dialog, seen):
        seen["id"] = dialog.id_edit.text()
        dialog.title_edit.setText("Backend Engineer at Acme")
        dialog.responsibilities.list.setCurrentRow(11)
        dialog.responsibilities.move(-11)  # the last responsibility moves to the top
        dialog.skills.add(["Rust", "tool", "for the payments service"])
        seen["valid"] = save_button(dialog).isEnabled()
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    seen = with_dialog(edit)
    window.actions_["edit_role"].trigger()
    assert seen == {"id": "backend-engineer-mine", "valid": True}
    mine = window.desk.role("backend-engineer-mine")
    assert mine.title == "Backend Engineer at Acme" and window.desk.is_mine(mine.id)
    assert mine.responsibilities[0].startswith("Stay up-to-date with emerging technologies")
    assert mine.skills[-1].label == "Rust (for the payments service)"
    assert window.desk.role("backend-engineer").title == "Backend Engineer"  # the catalogue role is untouched
    assert window.current_role.id == "backend-engineer-mine"


def test_a_new_role_is_checked_as_you_type(qtbot, window, monkeypatch):
    def build(dialog, seen):
        seen["blank_valid"] = save_button(dialog).isEnabled()
        dialog.title_edit.setText("Prompt Engineer")
        dialog.id_edit.setText("Prompt Engineer")  # not a valid id
        dialog.summary.setPlainText("Writes and tests prompts.\n\nWorks with product teams.")
        dialog.outlook.setPlainText("Young and changing fast.")
        seen["bad_id"] = dialog.status.text()
        dialog.id_edit.setText("prompt-engineer")
        dialog.levels.add(["Junior", "x", "", "50000", "70000", "usd", "Learns the craft."])
        seen["bad_years"] = dialog.status.text()
        dialog.levels.table.item(0, 1).setText("0")
        dialog.skills.add(["Postgres", "tool", ""])
        dialog.path.add()
        dialog.path.list.item(0).setText("AI Engineer")
        seen["valid"] = save_button(dialog).isEnabled()
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    seen = with_dialog(build)
    window.actions_["new_role"].trigger()
    assert seen["blank_valid"] is False
    # Problems are named by the form's own labels, in words
    assert seen["bad_id"].startswith("Id: may use only lowercase letters, digits and single hyphens")
    assert "Seniority levels, row 1, Years from: must be a whole number" in seen["bad_years"]
    assert seen["valid"] is True
    role = window.desk.role("prompt-engineer")
    assert role.skills[0].name == "PostgreSQL"  # the alias became the canonical skill: ticks count
    assert role.seniority_levels[0].currency == "USD"
    assert [(s.title, s.role_id) for s in role.career_path] == [("AI Engineer", "ai-engineer")]
    monkeypatch.setattr("careerdesk.ui.role_import.ask", lambda *a, **k: True)
    window.actions_["remove_role"].trigger()
    assert window.desk.role("prompt-engineer") is None


def test_form_to_profile_keeps_numbers_as_text_for_validation_to_name():
    data = form_to_profile({"id": "x", "title": "X", "family": "F", "summary": "s", "outlook": "o"}, [], [],
                           [["SQL", "", ""]], [["L", "2", "", "1", "2", "", "s"]], [], None, ["Nowhere"],
                           lambda _t: None)
    assert data["skills"] == [{"name": "SQL", "kind": "technical"}]
    assert data["seniority_levels"][0]["years_max"] is None and data["seniority_levels"][0]["currency"] == "USD"
    assert data["career_path"] == [{"title": "Nowhere", "role_id": None}]


def test_changing_the_id_of_your_own_role_renames_it_and_keeps_the_plan(qtbot, window):
    from careerdesk.domain.plan import Plan

    window.desk.import_roles([window.desk.role("tech-lead").model_copy(update={"id": "mine-a", "title": "A"})])
    window.desk.save_plan(Plan(target_role="mine-a"))
    window.open_role("mine-a")

    def rename(dialog, seen):
        dialog.id_edit.setText("mine-b")
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    with_dialog(rename)
    window.actions_["edit_role"].trigger()
    assert window.desk.role("mine-a") is None and window.desk.role("mine-b").title == "A"
    assert window.desk.plan().target_role == "mine-b"


def test_saving_over_another_existing_id_asks_first(qtbot, window, monkeypatch):
    window.desk.import_roles([window.desk.role("tech-lead").model_copy(update={"id": "mine-a", "title": "A"}),
                              window.desk.role("tech-lead").model_copy(update={"id": "mine-b", "title": "B"})])
    window.open_role("mine-a")
    asked = []
    monkeypatch.setattr("careerdesk.ui.role_import.ask", lambda *a, **k: asked.append(1) or False)

    def clash(dialog, seen):
        dialog.id_edit.setText("mine-b")
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    with_dialog(clash)
    window.actions_["edit_role"].trigger()
    assert asked and window.desk.role("mine-b").title == "B" and window.desk.role("mine-a").title == "A"


def test_roles_imported_by_the_cli_appear_in_the_open_window(qtbot, window, isolated_home):
    from careerdesk.store.store import Store
    from tests.conftest import BUNDLED_DATA

    other = Store(isolated_home, BUNDLED_DATA)
    other.import_roles([window.desk.role("tech-lead").model_copy(update={"id": "from-cli", "title": "From CLI"})])
    other.close()
    window.pick_up_outside_changes()
    window.search.setText("from cli")
    assert window.roles.index(0).data() == "From CLI"

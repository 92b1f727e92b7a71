"""The family filter keeps the family chosen when the catalogue changes (a role imported here or
by another program): it was set back to "All families" and the list showed every role."""

from __future__ import annotations

from careerdesk.domain.profile import RoleProfile
from careerdesk.service.desk import Desk
from tests.conftest import role_dict, write_catalogue
from tests.ui.conftest import open_window

ROLES = [role_dict("a1", "Alpha One", "Alpha"), role_dict("a2", "Alpha Two", "Alpha"),
         role_dict("b1", "Beta One", "Beta"), role_dict("c1", "Gamma One", "Gamma")]


def shown(window) -> list[str]:
    return [window.roles.index(i).data() for i in range(window.roles.rowCount())]


def test_the_family_chosen_stays_chosen_when_another_program_adds_a_role(qtbot, isolated_home, tmp_path, monkeypatch):
    data = write_catalogue(tmp_path / "data", ROLES, [])
    monkeypatch.setenv("CAREERDESK_DATA", str(data))
    window = open_window(qtbot, isolated_home)
    window.family.setCurrentIndex(window.family.findText("Beta"))
    assert shown(window) == ["Beta One"]
    other = Desk.open(isolated_home, data)  # (the CLI)
    try:
        other.import_roles([RoleProfile.model_validate(role_dict("b2", "Beta Two", "Beta")),
                            RoleProfile.model_validate(role_dict("d1", "Delta One", "Delta"))])
    finally:
        other.close()
    window.pick_up_outside_changes()
    assert window.family.currentText() == "Beta"
    assert shown(window) == ["Beta One", "Beta Two"]
    assert window.family.findText("Delta") > 0  # (the new family is offered)


def test_a_family_left_with_no_role_falls_back_to_every_family(qtbot, isolated_home, tmp_path, monkeypatch):
    data = write_catalogue(tmp_path / "data", ROLES, [])
    monkeypatch.setenv("CAREERDESK_DATA", str(data))
    window = open_window(qtbot, isolated_home)
    other = Desk.open(isolated_home, data)
    try:
        other.import_roles([RoleProfile.model_validate(role_dict("d1", "Delta One", "Delta"))])
    finally:
        other.close()
    window.pick_up_outside_changes()
    window.family.setCurrentIndex(window.family.findText("Delta"))
    assert shown(window) == ["Delta One"]
    other = Desk.open(isolated_home, data)
    try:
        other.remove_role("d1")
    finally:
        other.close()
    window.pick_up_outside_changes()
    assert window.family.currentIndex() == 0 and len(shown(window)) == 4


def test_a_new_role_opened_after_the_change_is_shown_in_the_list_whatever_was_filtered(
        qtbot, isolated_home, tmp_path, monkeypatch):
    data = write_catalogue(tmp_path / "data", ROLES, [])
    monkeypatch.setenv("CAREERDESK_DATA", str(data))
    window = open_window(qtbot, isolated_home)
    window.family.setCurrentIndex(window.family.findText("Beta"))
    window.desk.import_roles([RoleProfile.model_validate(role_dict("d1", "Delta One", "Delta"))])
    window.catalogue_changed(open_id="d1")  # (as a job ad's "Make this my target" opens its new role)
    assert window.current_role.id == "d1"
    assert window.family.currentIndex() == 0  # the filter gave way, to show the role opened
    assert window.role_list.currentIndex().data() == "Delta One"

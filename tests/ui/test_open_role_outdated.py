"""Opening a role (a link in the reader, My plan) while the list shown is of a catalogue another
program has changed since it was listed, found by that very look-up (the window's poll has not
relisted yet). The list does not know the role's row then; that is not "the role is not in this
result", and what the person typed must not be cleared for it. Real files, a real second Desk."""

from __future__ import annotations

import pytest

from careerdesk.domain.listing import RoleListing
from careerdesk.domain.profile import RoleProfile
from careerdesk.service.desk import Desk
from careerdesk.store.search import SEARCH_LIMIT
from careerdesk.ui.models.roles import RoleIdRole
from tests.conftest import role_dict, write_catalogue
from tests.ui.conftest import open_window

ALPHAS = SEARCH_LIMIT + 30  # more "a" titles than a search lists: the one-letter result is paged


@pytest.fixture
def window(qtbot, isolated_home, tmp_path, monkeypatch):
    roles = [role_dict(f"alpha{i:03}", f"Alpha {i:03}") for i in range(ALPHAS)]
    data = write_catalogue(tmp_path / "data", roles, [])
    monkeypatch.setenv("CAREERDESK_DATA", str(data))
    window = open_window(qtbot, isolated_home)
    window.resize(1100, 700)
    window.outside._timer.stop()  # (no poll: the change is found by the look-up itself)
    window.data = data
    return window


def test_a_role_opened_after_another_programs_change_keeps_what_was_typed(qtbot, window):
    qtbot.keyClicks(window.search, "a")
    qtbot.wait(20)
    assert isinstance(window.roles._rows, RoleListing) and len(window.roles._rows) == SEARCH_LIMIT
    other = Desk.open(window.desk.store.home, window.data)  # (the CLI, a second window)
    try:
        other.import_roles([RoleProfile.model_validate(role_dict("zeta", "Zeta"))])  # (not an "a" title)
    finally:
        other.close()
    far = f"alpha{SEARCH_LIMIT - 10:03}"  # (in the result, on a page not read yet)
    window.open_role(far)  # as a link to it in the reader would
    assert window.search.text() == "a"  # what the person typed stays
    assert window.current_role.id == far and window.role_list.currentIndex().data(RoleIdRole) == far
    qtbot.wait(50)  # (the window's look at the change it was told of)
    assert window.search.text() == "a" and window.role_list.currentIndex().data(RoleIdRole) == far

"""The list of every role when another program removes enough roles that a page not read yet
holds none now (tests/store/test_listing_shrunk.py): blank for a moment, and listed again at
once, not at the next poll (which is stopped here). Real files, a real second Desk."""

from __future__ import annotations

from careerdesk.domain.listing import RoleListing
from careerdesk.domain.profile import RoleProfile
from careerdesk.service.desk import Desk
from tests.conftest import role_dict, write_catalogue
from tests.store.test_listing_shrunk import OWN


def test_rows_shrunk_away_under_the_list_are_listed_again_at_once(qtbot, tmp_path, isolated_home, monkeypatch):
    from careerdesk.ui.models.roles import RoleIdRole
    from tests.ui.conftest import open_window

    data = write_catalogue(tmp_path / "data", [role_dict("a-bundled", "A Bundled")], [])
    monkeypatch.setenv("CAREERDESK_DATA", str(data))
    mine = [RoleProfile.model_validate(role_dict(f"own{i:03}", f"Own {i:03}")) for i in range(OWN)]
    first = Desk.open(isolated_home, data)
    try:
        first.import_roles(mine)
    finally:
        first.close()
    window = open_window(qtbot, isolated_home)
    window.resize(1100, 700)
    window.outside._timer.stop()  # (no poll: only the list's own finding can relist it in time)
    qtbot.wait(20)
    old = window.roles._rows
    assert isinstance(old, RoleListing) and len(old) == OWN + 1 and old.materialised() == RoleListing.PAGE
    other = Desk.open(isolated_home, data)
    try:
        for i in range(OWN - RoleListing.PAGE + 2):  # (the second page of the list holds nothing now)
            other.remove_role(f"own{i:03}")
    finally:
        other.close()
    window.role_list.scrollToBottom()  # (the last rows, not read yet, are painted now)
    qtbot.waitUntil(lambda: window.roles._rows is not old, timeout=1000)
    shown = [window.roles.index(i).data(RoleIdRole) for i in range(window.roles.rowCount())]
    assert len(shown) == RoleListing.PAGE - 1 and None not in shown

"""A one-letter result read as painted (search9: a RoleListing of the letter's titles) while
another program changes the catalogue before the window has looked again (its poll, ~1.5 s;
longer while a dialog is open): the pages read after the change are of the new catalogue, the
page read before of the old one, so one role is listed twice and another not at all until
the window relists. A search result typed as a list stays what it was in that time
(tests/ui/test_search_result_held.py). Known, not fixed in round 9 (attack9b's report): the
mark is strict, so a fix that makes this pass must remove it."""

from __future__ import annotations

import pytest

from careerdesk.domain.listing import RoleListing
from careerdesk.domain.profile import RoleProfile
from careerdesk.service.desk import Desk
from careerdesk.store.search import SEARCH_LIMIT
from careerdesk.ui.models.roles import RoleIdRole
from tests.conftest import role_dict, write_catalogue
from tests.ui.conftest import open_window


def listed(window) -> list[str | None]:
    return [window.roles.index(i).data(RoleIdRole) for i in range(window.roles.rowCount())]


@pytest.mark.xfail(strict=True, reason="a paged one-letter result mixes rows read before and after an outside change")
def test_a_role_added_by_another_program_does_not_list_a_role_twice(qtbot, isolated_home, tmp_path, monkeypatch):
    data = write_catalogue(tmp_path / "data", [role_dict(f"q{i:03}", f"Quill Maker {i:03}")
                                               for i in range(SEARCH_LIMIT + 30)], [])
    monkeypatch.setenv("CAREERDESK_DATA", str(data))
    window = open_window(qtbot, isolated_home)
    window.resize(1100, 700)
    qtbot.keyClicks(window.search, "q")
    qtbot.wait(20)  # (painted: the first page read)
    assert isinstance(window.roles._rows, RoleListing)
    other = Desk.open(isolated_home, data)  # (the CLI, a second window: the same service door)
    try:
        other.import_roles([RoleProfile.model_validate(role_dict("qa", "Qa"))])  # (ranks first: the shortest)
    finally:
        other.close()
    shown = [role_id for role_id in listed(window) if role_id is not None]  # (scrolled through)
    assert len(shown) == len(set(shown))

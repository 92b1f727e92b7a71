"""The list of every role, scrolled far down (pages of 16 read, many kept), while own roles are
added and removed in the window and by another program: no duplicate, missing or blank row."""

from __future__ import annotations

from careerdesk.domain.profile import RoleProfile
from careerdesk.service.desk import Desk
from careerdesk.ui.models.roles import RoleIdRole
from tests.conftest import BUNDLED_DATA, role_dict
from tests.ui.conftest import open_window


def _shown(window) -> list[str]:
    return [window.roles.index(i).data(RoleIdRole) for i in range(window.roles.rowCount())]


def test_the_list_scrolled_far_stays_whole_as_own_roles_come_and_go(qtbot, isolated_home):
    window = open_window(qtbot, isolated_home)
    window.resize(1100, 700)
    qtbot.wait(50)
    view = window.role_list
    titles = ["Aaa First", "Zzzz Last", "Mmm Middle", "Zzzz Last", "Ω Omega", "!!!"]
    for n, title in enumerate(titles):
        view.scrollToBottom()
        qtbot.wait(10)
        view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() * (n % 3) // 2)
        qtbot.wait(10)
        window.desk.import_roles([RoleProfile.model_validate(role_dict(f"my-{n}", title))])
        qtbot.wait(50)
        other = Desk.open(isolated_home, BUNDLED_DATA)
        try:
            if n % 2:
                other.remove_role(f"my-{n - 1}")
            else:
                other.import_roles([RoleProfile.model_validate(role_dict(f"cli-{n}", title + " Cli"))])
        finally:
            other.close()
        expected = [row.id for row in window.desk.list_roles()]
        qtbot.waitUntil(lambda expected=expected: _shown(window) == expected, timeout=5000)
        assert len(set(expected)) == len(expected)


def test_a_search_scrolled_far_stays_whole_as_another_program_adds_and_removes_own_roles(qtbot, isolated_home):
    window = open_window(qtbot, isolated_home)
    window.resize(1100, 700)
    qtbot.wait(50)
    view = window.role_list
    for n, (text, title) in enumerate([("s", "Sss Own"), ("an", "Zq Anvil"), ("s", "Ssss Own Two"), ("é", "École")]):
        window.search.setText(text)
        qtbot.waitUntil(lambda text=text: _shown(window) == [r.id for r in window.desk.find_roles(text)], timeout=5000)
        view.scrollToBottom()
        qtbot.wait(10)
        other = Desk.open(isolated_home, BUNDLED_DATA)
        try:
            other.import_roles([RoleProfile.model_validate(role_dict(f"cli-{n}", title))])
            if n:
                other.remove_role(f"cli-{n - 1}")
        finally:
            other.close()
        qtbot.waitUntil(lambda n=n, text=text: f"cli-{n}" in [r.id for r in window.desk.find_roles(text)], timeout=8000)
        qtbot.waitUntil(lambda text=text: _shown(window) == [r.id for r in window.desk.find_roles(text)], timeout=8000)

"""After this process reopened the catalogue itself (a rebuild for one of the person's own roles, a
restore), the watcher's next tick must not take it for another program's change: that announced it
a second time and listed the roles again, scrolling the list back to the open role under the
person reading further down. Another program's change right after is still picked up. Real files."""

from __future__ import annotations

from careerdesk.domain.profile import RoleProfile
from tests.conftest import role_dict
from tests.store.test_own_reopen_version import another_program_ticks
from tests.ui.test_one_letter_outside_change import window  # noqa: F401 (a fixture)


def test_the_window_s_own_rebuild_is_not_announced_again_as_an_outside_change(qtbot, window, monkeypatch):  # noqa: F811
    desk = window.desk
    desk.import_roles([RoleProfile.model_validate(role_dict("q100", "Mine"))], replace=True)
    desk.remove_role("q100")  # (the bundled role comes back: a rebuild, a new connection)
    window.open_role("q000")
    qtbot.wait(20)
    window.role_list.scrollToBottom()  # (the person reads further down the list)
    bar = window.role_list.verticalScrollBar()
    where = bar.value()
    assert where > 0
    noticed = []
    monkeypatch.setattr(desk, "notice_outside_changes", lambda: noticed.append(True))
    window.outside._poll()  # (the watcher's next tick)
    assert noticed == [] and bar.value() == where
    desk.data = window.data
    another_program_ticks(desk)
    window.outside._poll()
    assert noticed == [True]


def test_a_restore_made_in_the_window_is_not_announced_again_at_the_next_tick(qtbot, window, monkeypatch):  # noqa: F811
    desk = window.desk
    desk.restore(desk.back_up())
    noticed = []
    monkeypatch.setattr(desk, "notice_outside_changes", lambda: noticed.append(True))
    window.outside._poll()
    assert noticed == []

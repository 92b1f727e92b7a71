"""Another program ticks a skill, and the window's look at it is held up: a second program holds
the catalogue locked just then (re-reading what changed fails, said by no one). The change is
still to be picked up: the first tick after the lock ends shows it, instead of the window having
taken it as seen. Real files, a real second Desk, a real lock."""

from __future__ import annotations

from careerdesk.domain.kinds import SkillStatus
from careerdesk.service.desk import Desk
from tests.conftest import BUNDLED_DATA
from tests.ui.conftest import open_window
from tests.ui.test_role_list_locked import Lock


def test_an_outside_change_whose_look_met_a_lock_is_picked_up_at_the_next_tick(qtbot, isolated_home):
    window = open_window(qtbot, isolated_home)
    window.outside._timer.stop()  # (its ticks are made by the test)
    window.desk.store.db.execute("PRAGMA busy_timeout = 50")  # (the window's wait on the lock, shortened)
    other = Desk.open(isolated_home, BUNDLED_DATA)  # (the CLI)
    try:
        key = other.set_skill_status(["Python"], SkillStatus.HAVE)[0][0]
    finally:
        other.close()
    assert key not in window.desk.had
    told = []
    window.desk.changes.subscribe(told.append)  # (what the window's views are told)
    held = Lock(isolated_home)  # (a second program, holding the catalogue)
    try:
        window.outside._poll()  # (the look fails on the lock: nothing said)
    finally:
        held.release()
    window.outside._poll()  # the next tick
    assert key in window.desk.had and [change.outside for change in told] == [True]

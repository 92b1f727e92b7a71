"""The list found its rows of a catalogue another program changed, and the look the window makes
at once is held up: the other program holds the catalogue locked again (a second import), so
re-reading what changed fails (said by no one: a tick's failure). The look is still due, and the
first tick after the lock ends lists the roles again; the rows not read stay blank only until
then. Real files, a real second Desk, a real lock."""

from __future__ import annotations

from careerdesk.domain.listing import RoleListing
from careerdesk.domain.profile import RoleProfile
from careerdesk.service.desk import Desk
from careerdesk.ui.models.roles import RoleIdRole
from tests.ui.test_one_letter_outside_change import listed, window  # noqa: F401 (a fixture)
from tests.ui.test_role_list_locked import Lock


def test_a_relist_held_up_by_a_lock_is_made_at_the_first_tick_after_it(qtbot, window):  # noqa: F811
    window.desk.store.db.execute("PRAGMA busy_timeout = 50")  # (the window's wait on the lock, shortened)
    old = window.roles._rows
    assert isinstance(old, RoleListing)
    other = Desk.open(window.desk.store.home, window.data)  # (the CLI, a second window)
    try:
        other.import_roles([RoleProfile.model_validate({**_role("qa", "Qa")})])
    finally:
        other.close()
    window.role_list.scrollToBottom()
    window.role_list.viewport().repaint()  # (a page read after the change: the list knows)
    assert old.outdated
    held = Lock(window.desk.store.home)  # (before the window's look, asked for at once, is made)
    try:
        qtbot.wait(100)  # (that look, failing on the lock)
    finally:
        held.release()
    window.outside._poll()  # (the watcher's next tick, the lock ended)
    assert window.roles._rows is not old and window.roles.index(0).data(RoleIdRole) == "qa"
    assert None not in listed(window)


def _role(role_id: str, title: str) -> dict:
    from tests.conftest import role_dict

    return role_dict(role_id, title)

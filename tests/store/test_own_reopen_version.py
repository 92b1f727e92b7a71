"""The version of the user's data the window's watcher compares tick by tick (Store.user_data_version)
across this process's own reopen of the catalogue: a rebuild for one of the person's own roles, a
restore, an O*NET import on a worker thread. Its own change is announced by this process, so the
version stays; another program's commit, before or after the reopen, still moves it. And a reopen
on a worker thread leaves the old connection open for the window's thread until its next look.
Real files, a real second Desk."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from careerdesk.domain.kinds import SkillStatus
from careerdesk.domain.profile import RoleProfile
from careerdesk.service.desk import Desk
from tests.conftest import role_dict, write_catalogue


@pytest.fixture
def desk(tmp_path: Path):
    data = write_catalogue(tmp_path / "data", [role_dict(f"b{i}", f"B {i}") for i in range(5)])
    desk = Desk.open(tmp_path / "home", data)
    desk.data = data
    yield desk
    desk.close()


def rebuild(desk: Desk) -> None:
    """A reopen of this process's own: the removal brings back the bundled role it hid."""
    desk.import_roles([RoleProfile.model_validate(role_dict("b1", "Mine"))], replace=True)
    built = desk.store._catalogue_file
    desk.remove_role("b1")
    assert desk.store._catalogue_file != built  # (a new file, a new connection)


def another_program_ticks(desk: Desk) -> None:
    other = Desk.open(desk.store.home, desk.data)  # (the CLI, a second window)
    try:
        other.store.ledger.set_status([("python", "Python")], SkillStatus.HAVE)
    finally:
        other.close()


def test_this_process_s_own_rebuild_leaves_the_version_as_it_was(desk):
    seen = desk.data_version()
    rebuild(desk)
    assert desk.data_version() == seen
    another_program_ticks(desk)  # (after the reopen: on the new connection)
    assert desk.data_version() != seen


def test_another_program_s_commit_before_the_reopen_is_not_swallowed_by_it(desk):
    seen = desk.data_version()  # (the watcher's last look)
    another_program_ticks(desk)
    rebuild(desk)
    assert desk.data_version() != seen


def test_a_restore_leaves_the_version_as_it_was_and_what_follows_moves_it(desk):
    backup = desk.back_up()
    seen = desk.data_version()
    desk.restore(backup)  # (written into the live file through a connection of its own)
    assert desk.data_version() == seen
    another_program_ticks(desk)
    assert desk.data_version() != seen


def test_a_reopen_on_a_worker_thread_keeps_the_old_connection_for_the_window_s_thread(desk):
    seen = desk.data_version()
    old = desk.store.db
    worker = threading.Thread(target=desk.remove_onet)  # (as the O*NET import's worker reopens)
    worker.start()
    worker.join()
    assert desk.store.db is not old
    # the window's thread, mid-read of a page of the role list through the old connection
    assert old.execute("SELECT count(*) FROM roles").fetchone()[0] == 5
    assert desk.data_version() == seen  # (the window's next look) ...
    with pytest.raises(sqlite3.ProgrammingError):  # ... closes it: no file held open for nothing
        old.execute("SELECT 1")

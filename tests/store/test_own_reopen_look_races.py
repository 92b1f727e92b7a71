"""The window's thread looks at the version of the user's data (Store.user_data_version) while an
O*NET import's worker switches to the new catalogue connection. The watcher's ticks wait for the
import, but a look on the window's activation does not (MainWindow.changeEvent). A look in the
middle of the switch must see one connection with its own count, never half of each, nor have
the connection it reads closed under it. The worker is held at the exact point with an event;
real files, a real second Desk."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from careerdesk.store.connections import Connections
from tests.store.test_own_reopen_version import another_program_ticks, desk  # noqa: F401 (desk: a fixture)

WAIT = 10  # seconds at most for the other thread: never reached unless the test is broken


@pytest.mark.parametrize("held", ["before", "after"])
def test_a_look_in_the_middle_of_the_switch_sees_the_version_it_saw_before(desk, monkeypatch, held):  # noqa: F811
    """The worker held as it hands the new connection to Connections.replaced, and as that returns
    (the store's own attributes are switched on one side of it or the other)."""
    another_program_ticks(desk)  # (the old connection has counted one outside commit, the new one none)
    seen = desk.data_version()
    switching, go_on = threading.Event(), threading.Event()
    replaced = Connections.replaced

    def hold() -> None:
        switching.set()
        go_on.wait(WAIT)

    def holding(self, *args, **kwargs):
        if held == "before":
            hold()
        replaced(self, *args, **kwargs)
        if held == "after":
            hold()

    monkeypatch.setattr(Connections, "replaced", holding)
    worker = threading.Thread(target=desk.remove_onet)  # (a reopen on a worker, as an import's)
    worker.start()
    try:
        assert switching.wait(WAIT)
        during = desk.data_version()  # was the new connection's count against the old one's: an outside change
    finally:
        go_on.set()
        worker.join()
    assert during == seen
    assert desk.data_version() == seen  # (and not a second "change" back)


def test_a_look_begun_before_the_switch_is_not_closed_under(desk, monkeypatch):  # noqa: F811
    seen = desk.data_version()
    looking, switched = threading.Event(), threading.Event()
    version = Connections.user_data_version

    def slow(self, *args, **kwargs):
        if threading.current_thread() is threading.main_thread() and not looking.is_set():
            looking.set()
            switched.wait(WAIT)  # (the worker's whole reopen happens here)
        return version(self, *args, **kwargs)

    def reopen() -> None:
        looking.wait(WAIT)
        try:
            desk.remove_onet()
        finally:
            switched.set()

    monkeypatch.setattr(Connections, "user_data_version", slow)
    worker = threading.Thread(target=reopen)
    worker.start()
    try:
        assert desk.data_version() == seen  # raised "Cannot operate on a closed database"
    finally:
        worker.join()
    assert desk.data_version() == seen


def test_close_closes_the_connection_a_worker_s_reopen_left_and_the_one_in_use(desk):  # noqa: F811
    from careerdesk.domain.profile import RoleProfile
    from tests.conftest import role_dict

    onet = [RoleProfile.model_validate(role_dict("onet-1", "Onet One"))]
    worker = threading.Thread(target=lambda: desk.import_onet(onet, announce=False))  # (a rebuild: a new file)
    worker.start()
    worker.join()
    old_file = desk.store.catalogue_path.stat().st_ino
    assert deleted_files_held()  # (the old connection, left for the window's thread)
    desk.close()
    assert not deleted_files_held()
    assert desk.store.catalogue_path.stat().st_ino == old_file


def deleted_files_held() -> list[str]:
    held = []
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:  # (the listing's own descriptor, gone)
            continue
        if target.endswith("(deleted)") and "catalogue.sqlite" in target:
            held.append(target)
    return held

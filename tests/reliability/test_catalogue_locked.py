"""A role catalogue another program holds locked (a `sqlite3` shell, a backup tool, anything in
`BEGIN EXCLUSIVE` on catalogue.sqlite) is in use, not damaged: a start waits for it as reads do,
then says it is in use, and never builds the catalogue again over the other program's file.
Damage (garbage bytes) is still rebuilt. Real files, a real second connection holding the lock;
the busy timeout is made short so the waiting takes a fraction of a second."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from careerdesk.service.desk import Desk
from careerdesk.store import db as dbmod
from careerdesk.store.catalogue_build import open_with_meta, read_stamp
from careerdesk.store.errors import DataInUse, NotQuick
from careerdesk.store.store import Store
from tests.conftest import FIXTURE_ROLES, ROOT, role_dict, write_catalogue

SHORT_WAIT_MS = 200
IN_USE = "in use by another program"


@pytest.fixture
def short_wait(monkeypatch):
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", SHORT_WAIT_MS)


def file_id(path: Path) -> tuple[int, int, str | None]:
    """What changes when the catalogue is built again: its inode (a build swaps in a new file),
    its modification time and its stamp."""
    info = path.stat()
    return info.st_ino, info.st_mtime_ns, read_stamp(path)


class Holder:
    """Another program holding the catalogue file locked, as `BEGIN EXCLUSIVE` in a sqlite3 shell does."""

    def __init__(self, path: Path):
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)  # (let go by a timer)
        self.conn.execute("BEGIN EXCLUSIVE")
        self._guard, self._held = threading.Lock(), True

    def release(self) -> None:
        with self._guard:  # (once, whoever lets go first: a timer or the test)
            if self._held:
                self._held = False
                self.conn.execute("ROLLBACK")
                self.conn.close()


@pytest.fixture
def home_with_catalogue(isolated_home, fixture_data):
    Store(isolated_home, fixture_data).close()  # a current catalogue, built once
    return isolated_home


@pytest.fixture
def held(home_with_catalogue):
    catalogue = home_with_catalogue / dbmod.CATALOGUE_DB
    before = file_id(catalogue)
    holder = Holder(catalogue)
    yield catalogue
    holder.release()
    assert file_id(catalogue) == before  # never built again, never written


def test_a_locked_catalogue_at_start_is_in_use_not_rebuilt(held, fixture_data, short_wait):
    with pytest.raises(DataInUse, match=IN_USE) as raised:
        Desk.open(held.parent, fixture_data)
    assert str(held) in str(raised.value)  # the file the other program holds is named
    assert not (held.parent / "damaged").exists()


def test_a_window_start_on_a_locked_catalogue_is_in_use_not_rebuilt(held, fixture_data, short_wait):
    with pytest.raises(DataInUse, match=IN_USE):
        Desk.open(held.parent, fixture_data, check_sources_later=True)


def test_a_quick_start_on_a_locked_catalogue_hands_over_at_once(home_with_catalogue, fixture_data, monkeypatch):
    """The window's first, main-thread look neither waits on the lock (the open behind the progress
    dialog does that) nor takes it for damage. The other program lets go after seconds: a look that
    waited would then find the catalogue current and say "quick"."""
    catalogue = home_with_catalogue / dbmod.CATALOGUE_DB
    before = file_id(catalogue)
    holder = Holder(catalogue)
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 60_000)
    letting_go = threading.Timer(5, holder.release)
    letting_go.start()
    try:
        with pytest.raises(NotQuick):
            Desk.open(home_with_catalogue, fixture_data, check_sources_later=True, quick_only=True)
    finally:
        letting_go.cancel()
        holder.release()
    assert file_id(catalogue) == before


def test_a_lock_that_ends_while_waited_for_opens_the_catalogue_as_it_is(home_with_catalogue, fixture_data,
                                                                       monkeypatch):
    catalogue = home_with_catalogue / dbmod.CATALOGUE_DB
    before = file_id(catalogue)
    holder = Holder(catalogue)
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 60_000)
    threading.Timer(0.3, holder.release).start()  # the other program finishes while the start waits
    desk = Desk.open(home_with_catalogue, fixture_data)
    try:
        assert desk.store.catalogue.title_of("backend-engineer") == "Backend Engineer"
        assert not desk.store._rebuilt
    finally:
        desk.close()
    assert file_id(catalogue) == before


@pytest.mark.parametrize("window", [False, True])
def test_a_lock_taken_just_after_the_start_looked_is_in_use_too(home_with_catalogue, fixture_data, short_wait,
                                                                monkeypatch, window):
    """The other program locks the catalogue between the start's look at its stamp and its first
    query (here: right after the look): the same "in use" error, never SQLite's own and never a
    rebuild. (It names the user's data file: attaching that file is the statement that meets the
    lock, and which of the two files held it is not told apart there.) A window's start keeps the
    connection the stamp was read on (`window`): its attach meets the lock the same way."""
    from careerdesk.store import store as store_module

    catalogue = home_with_catalogue / dbmod.CATALOGUE_DB
    holders: list[Holder] = []

    def look_then_lock(*args, **kwargs):
        opened = open_with_meta(*args, **kwargs)
        holders.append(Holder(catalogue))
        return opened

    monkeypatch.setattr(store_module, "open_with_meta", look_then_lock)
    try:
        before = file_id(catalogue)
        with pytest.raises(DataInUse, match=IN_USE):
            Desk.open(home_with_catalogue, fixture_data, check_sources_later=window)
    finally:
        for holder in holders:
            holder.release()
    assert file_id(catalogue) == before


def test_a_damaged_catalogue_is_still_rebuilt(home_with_catalogue, fixture_data):
    catalogue = home_with_catalogue / dbmod.CATALOGUE_DB
    stamp = read_stamp(catalogue)
    catalogue.write_bytes(b"this is not a database, it was overwritten " * 100)
    desk = Desk.open(home_with_catalogue, fixture_data)
    try:
        assert desk.store._rebuilt
        assert desk.store.catalogue.title_of("backend-engineer") == "Backend Engineer"
    finally:
        desk.close()
    assert read_stamp(catalogue) == stamp


def test_a_catalogue_without_its_meta_table_is_still_rebuilt(home_with_catalogue, fixture_data):
    catalogue = home_with_catalogue / dbmod.CATALOGUE_DB
    conn = sqlite3.connect(catalogue)
    conn.execute("DROP TABLE meta")
    conn.commit()
    conn.close()
    desk = Desk.open(home_with_catalogue, fixture_data)
    try:
        assert desk.store._rebuilt
    finally:
        desk.close()
    assert read_stamp(catalogue)


def test_a_catalogue_rebuilt_elsewhere_and_then_locked_is_not_rebuilt_again(isolated_home, fixture_data,
                                                                           short_wait):
    """An open window notices another process rebuilt the catalogue; the new file is locked when
    it looks: that is in use (an error that passes: the window looks again later), not damage."""
    first = Store(isolated_home, fixture_data)
    try:
        write_catalogue(fixture_data, [*FIXTURE_ROLES, role_dict("qa-engineer", "QA Engineer")])
        Store(isolated_home, fixture_data).close()  # another process: a new file swapped in
        catalogue = isolated_home / dbmod.CATALOGUE_DB
        before = file_id(catalogue)
        holder = Holder(catalogue)
        try:
            with pytest.raises(DataInUse) as raised:
                first.refresh_catalogue()
            assert raised.value.passing
        finally:
            holder.release()
        assert file_id(catalogue) == before
        assert first.refresh_catalogue() is True  # the lock gone: the new catalogue is opened
        assert first.catalogue.title_of("qa-engineer") == "QA Engineer"
    finally:
        first.close()


# The real front ends, in their own process: the lock is another program's (this test's)

FRONT_END = """
import json, sys
from careerdesk.store import db
db.BUSY_TIMEOUT_MS = {wait}
if sys.argv[2] == "window":
    from careerdesk.app import load_headless_layers
    load_headless_layers()
    from PySide6.QtCore import qInstallMessageHandler
    qInstallMessageHandler(lambda *_: None)
    import careerdesk.ui.start as start
    shown = []
    start.show_error = lambda parent, title, message, details="": shown.append([title, message])
    started = start.start_gui(__import__("pathlib").Path(sys.argv[1]))
    print(json.dumps({{"code": started if isinstance(started, int) else "window", "shown": shown}}))
else:
    from careerdesk.app import main
    sys.exit(main(["--home", sys.argv[1], "roles", "list"]))
"""


def front_end(home: Path, data: Path, which: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "CAREERDESK_DATA": str(data)}
    return subprocess.run([sys.executable, "-c", FRONT_END.format(wait=SHORT_WAIT_MS), str(home), which],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


def test_the_command_line_says_a_locked_catalogue_is_in_use(held, fixture_data):
    result = front_end(held.parent, fixture_data, "cli")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert IN_USE in result.stderr and str(held) in result.stderr
    assert "Backend Engineer" not in result.stdout


def test_the_window_says_a_locked_catalogue_is_in_use(held, fixture_data):
    result = front_end(held.parent, fixture_data, "window")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["code"] == 2  # no window: the start's error said why
    [(title, message)] = seen["shown"]
    assert title == "CareerDesk cannot start"
    assert IN_USE in message and str(held) in message

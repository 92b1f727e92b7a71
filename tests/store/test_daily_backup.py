"""The day's backup on its worker thread (store/daily_backup.py): one copy in flight at a time, and
the folder lock it holds is its own, so work on the window's thread that needs the folder (Back up
now, a restore) waits its turn instead of walking in beside the copy."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import threading

import pytest

from careerdesk.domain.errors import CareerDeskError
from careerdesk.store import health
from careerdesk.store.store import Store

needs_root = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                                reason="needs root to mount a tmpfs")


class CountedCopy:
    """The real health.copy_database, held back until `released`, counting the copies under way."""

    def __init__(self, monkeypatch):
        self.started = threading.Event()
        self.released = threading.Event()
        self.calls = 0
        self.under_way = 0
        self.most_at_once = 0
        copy = health.copy_database
        guard = threading.Lock()

        def counted(source, target):
            with guard:
                self.calls += 1
                self.under_way += 1
                self.most_at_once = max(self.most_at_once, self.under_way)
            self.started.set()
            self.released.wait(10)
            try:
                copy(source, target)
            finally:
                with guard:
                    self.under_way -= 1

        monkeypatch.setattr(health, "copy_database", counted)


def window_store(home, data) -> Store:
    Store(home, data).close()  # an earlier start built it; no backup made today
    return Store(home, data, check_sources_later=True)


def test_one_copy_in_flight_however_often_it_is_asked_for(isolated_home, fixture_data, monkeypatch):
    store = window_store(isolated_home, fixture_data)
    copy = CountedCopy(monkeypatch)
    assert store.start_backup_if_due()
    assert copy.started.wait(10)
    assert store.start_backup_if_due() and store.start_backup_if_due()  # (under way: no second)
    copy.released.set()
    store.close()  # waits for it
    assert not store.daily.in_flight() and copy.calls == 1 and len(health.backups(isolated_home)) == 1
    assert sqlite3.connect(health.backups(isolated_home)[0]).execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_work_on_the_folder_from_another_thread_waits_for_the_copy(isolated_home, fixture_data, monkeypatch):
    store = window_store(isolated_home, fixture_data)
    copy = CountedCopy(monkeypatch)
    store.start_backup_if_due()
    assert copy.started.wait(10)
    threading.Timer(0.2, copy.released.set).start()
    made = store.back_up()  # Back up now, on the window's thread, while the day's copy holds the folder
    assert copy.most_at_once == 1  # one after the other, not side by side under one lock
    store.close()
    assert copy.calls == 2 and made in health.backups(isolated_home) and len(health.backups(isolated_home)) == 2
    assert store.back_up_if_due() is None  # (made once today)


@needs_root
def test_the_days_copy_onto_a_full_disk_leaves_nothing_half_written_behind(isolated_home, fixture_data, caplog):
    """The backups folder on a disk too small for the copy: the worker logs it, and neither the
    copy nor its journal stays in the folder taking the space it ran out of, start after start."""
    store = window_store(isolated_home, fixture_data)
    conn = sqlite3.connect(isolated_home / "careerdesk.sqlite")  # ~6 MB of the user's own
    with conn:
        conn.execute("CREATE TABLE filler (x BLOB)")
        conn.executemany("INSERT INTO filler VALUES (randomblob(4000))", [()] * 1500)
    conn.close()
    folder = isolated_home / "backups"
    folder.mkdir(exist_ok=True)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)]).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        assert store.start_backup_if_due()
        store.close()  # (waits for the copy)
        assert any("the day's backup failed" in r.getMessage() for r in caplog.records)
        assert list(folder.iterdir()) == []  # no half-written copy, no journal of one
        with pytest.raises(CareerDeskError):
            store.back_up()  # Back up now, onto the same full disk
        assert list(folder.iterdir()) == []
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
    assert store.back_up() in health.backups(isolated_home)  # room again: a whole backup

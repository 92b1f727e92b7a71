"""The day's backup on its worker thread (store/daily_backup.py): one copy in flight at a time, and
the folder lock it holds is its own, so work on the window's thread that needs the folder (Back up
now, a restore) waits its turn instead of walking in beside the copy."""

from __future__ import annotations

import sqlite3
import threading

from careerdesk.store import health
from careerdesk.store.store import Store


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

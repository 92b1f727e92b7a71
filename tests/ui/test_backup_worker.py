"""The day's backup that a window's start puts off is copied on a worker thread (store/daily_backup.py):
the window's thread only starts it, so a large data file never holds the window still. A window
closed while the copy is under way waits for it to end (a whole backup, never a half-written one,
never a copy cut off), and a backup that cannot be written is logged, not shown: the app carries on."""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading

import pytest
from PySide6.QtCore import QTimer

from careerdesk.store import health
from careerdesk.store.store import Store
from careerdesk.ui.start import build_window_with_progress


@pytest.fixture
def data(isolated_home, fixture_data, monkeypatch):
    monkeypatch.setenv("CAREERDESK_DATA", str(fixture_data))
    Store(isolated_home, fixture_data).close()  # built by an earlier start; no backup today
    return fixture_data


class HeldCopy:
    """health.copy_database, the real one, held back until `release` (and noting its thread)."""

    def __init__(self, monkeypatch):
        self.threads: list[int] = []
        self.started = threading.Event()
        self.released = threading.Event()
        copy = health.copy_database

        def held(source, target):
            self.threads.append(threading.get_ident())
            self.started.set()
            self.released.wait(10)  # (a copy made on the window's thread would hold it this long)
            copy(source, target)

        monkeypatch.setattr(health, "copy_database", held)


def open_window(qapp, qtbot, home):
    window = build_window_with_progress(qapp, home)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def backups_whole(home) -> bool:
    found = health.backups(home)
    partial = list((home / "backups").glob(".*.partial"))
    return len(found) == 1 and not partial and sqlite3.connect(found[0]).execute(
        "PRAGMA integrity_check").fetchone() == ("ok",)


def test_the_days_backup_is_copied_off_the_windows_thread_which_stays_live(qapp, qtbot, isolated_home, data,
                                                                           monkeypatch):
    copy = HeldCopy(monkeypatch)
    window = open_window(qapp, qtbot, isolated_home)
    qtbot.waitUntil(copy.started.is_set, timeout=8000)  # the first housekeeping tick started it
    assert copy.threads and copy.threads[0] != threading.main_thread().ident
    fired = []
    QTimer.singleShot(0, lambda: fired.append(True))  # the window's events go on while it copies
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)
    assert window.desk.store.daily.in_flight() and health.backups(isolated_home) == []
    copy.released.set()
    qtbot.waitUntil(lambda: not window.desk.store.daily.in_flight(), timeout=8000)
    assert backups_whole(isolated_home) and len(copy.threads) == 1
    window.close()
    assert len(copy.threads) == 1 and len(health.backups(isolated_home)) == 1  # once a day


def test_a_window_closed_while_the_copy_is_under_way_waits_for_a_whole_backup(qapp, qtbot, isolated_home, data,
                                                                              monkeypatch):
    copy = HeldCopy(monkeypatch)
    window = open_window(qapp, qtbot, isolated_home)
    qtbot.waitUntil(copy.started.is_set, timeout=8000)
    daily = window.desk.store.daily
    assert daily.in_flight()
    threading.Timer(0.2, copy.released.set).start()  # (the copy ends while the window is closing)
    window.close()
    assert not daily.in_flight()  # waited for, not cut off, nor left to the process's end
    assert backups_whole(isolated_home) and len(copy.threads) == 1  # not copied a second time at the close


def test_a_backup_folder_that_cannot_be_written_is_logged_and_the_app_carries_on(qapp, qtbot, isolated_home, data,
                                                                                 caplog, monkeypatch):
    from careerdesk.ui import errors

    shown: list[tuple] = []
    monkeypatch.setattr(errors, "show_error", lambda *args: shown.append(args[1:]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # (restored after the test)
    errors.install_excepthook()
    (isolated_home / "backups").write_text("a file where the backups folder goes")
    caplog.set_level(logging.INFO)

    def failures():
        return [r for r in caplog.records if "the day's backup failed" in r.getMessage()]

    window = open_window(qapp, qtbot, isolated_home)
    qtbot.waitUntil(lambda: bool(failures()), timeout=8000)
    (failed,) = failures()
    assert failed.levelno == logging.WARNING and failed.exc_info is None  # a sentence, not a traceback
    assert failed.threadName == "careerdesk-backup"
    qtbot.waitUntil(lambda: not window.desk.store.daily.in_flight(), timeout=8000)
    first, second = (row.id for row in window.desk.store.catalogue.list_roles()[:2])
    window.open_role(second)  # the window carries on
    window.outside._poll()  # and so does its housekeeping, saying nothing more
    window.open_role(first)
    assert window.current_role.id == first
    window.close()
    assert len(failures()) == 1 and not shown  # logged once; no dialog
    assert (isolated_home / "backups").is_file()



def switched(qapp, qtbot, home):
    """A window (not handed to qtbot: the switch deletes it) and the one View > Language builds
    in its place over the same desk."""
    from careerdesk.ui.language import rebuild

    window = build_window_with_progress(qapp, home)
    window.show()
    qtbot.waitExposed(window)
    return window, lambda: rebuild(window)


def test_a_language_switch_while_the_copy_is_under_way_leaves_it_running_and_the_window_live(
        qapp, qtbot, isolated_home, data, monkeypatch):
    copy = HeldCopy(monkeypatch)
    window, switch = switched(qapp, qtbot, isolated_home)
    qtbot.waitUntil(copy.started.is_set, timeout=8000)
    daily = window.desk.store.daily
    successor = switch()
    assert daily.in_flight()  # the switch did not sit out the copy on the window's thread
    copy.released.set()
    qtbot.waitUntil(lambda: not daily.in_flight(), timeout=8000)
    successor.close()
    successor.deleteLater()
    assert backups_whole(isolated_home) and len(copy.threads) == 1


def test_a_language_switch_before_the_first_tick_leaves_the_copy_to_the_new_windows_worker(
        qapp, qtbot, isolated_home, data, monkeypatch):
    copy = HeldCopy(monkeypatch)
    copy.released.set()
    window, switch = switched(qapp, qtbot, isolated_home)
    assert not copy.started.is_set()  # (within the first second: not started yet)
    successor = switch()
    assert not copy.started.is_set()  # not copied on the window's thread by the window closing
    qtbot.waitUntil(copy.started.is_set, timeout=8000)  # the successor's first tick starts it
    qtbot.waitUntil(lambda: not successor.desk.store.daily.in_flight(), timeout=8000)
    assert copy.threads[0] != threading.main_thread().ident
    successor.close()
    successor.deleteLater()
    assert backups_whole(isolated_home) and len(copy.threads) == 1

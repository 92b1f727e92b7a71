"""The role list reads its rows a page at a time as they are shown (domain/listing.py): a catalogue
locked by another program (a CLI import) while someone scrolls gives one message, not one per row
painted, each after the lock's full wait; and the rows it left blank fill in by themselves once the
lock ends (ui/models/roles.RowRetry), on a timer that waits longer each time, each retry failing at
once while the lock lasts, never with a second message."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QWidget

from careerdesk.domain.listing import Backoff, RoleListing
from tests.conftest import role_dict
from tests.ui.conftest import activate
from tests.ui.test_search_result_held import damage_pages
from tests.ui.test_tab_switch import settle

pytestmark = pytest.mark.qt_no_exception_capture  # the app's own hook shows what escapes a paint


@pytest.fixture
def window(window_telling_errors, qtbot):
    """The window once it has built My plan (400 ms on: a read of its own, which a lock held then
    holds up too), with a short wait for its reads on a lock (the first read, said once)."""
    qtbot.waitUntil(lambda: window_telling_errors.plan_view_if_built is not None, timeout=10000)
    window_telling_errors.desk.store.db.execute("PRAGMA busy_timeout = 100")
    return window_telling_errors


@pytest.fixture
def quick_retries(monkeypatch):
    """Retries every 20 ms, then 40 and 80 at most: the same back-off, in a test's time."""
    monkeypatch.setattr(Backoff, "FIRST_MS", 20)
    monkeypatch.setattr(Backoff, "LONGEST_MS", 80)


class Lock:
    """Another program holding the catalogue locked, as a CLI import or a backup tool does."""

    def __init__(self, home):
        self.conn = sqlite3.connect(home / "catalogue.sqlite", isolation_level=None)
        self.conn.execute("BEGIN EXCLUSIVE")

    def release(self) -> None:
        if self.conn is not None:
            self.conn.execute("ROLLBACK")  # (nothing changed)
            self.conn.close()
            self.conn = None


@pytest.fixture
def lock(isolated_home):
    held = []
    yield lambda: held.append(Lock(isolated_home)) or held[-1]
    for each in held:
        each.release()


def scroll_to_bottom_under(window, lock) -> Lock:
    """The list scrolled to its end (rows not read yet) while another program holds the lock."""
    settle()
    held = lock()
    window.role_list.scrollToBottom()
    settle()
    window.role_list.viewport().repaint()
    settle()
    return held


def last_row(window):
    return window.roles.index(window.roles.rowCount() - 1)


def said_in_use_once(window) -> bool:
    return len(window.shown_errors) == 1 and "in use by another program" in window.shown_errors[0][1]


def waits_of_page_reads(statements: list[str], timeout: int) -> list[int]:
    """The busy timeout each page read ran with (SQLite's own trace of the window's connection,
    whose timeout was `timeout` when the trace began)."""
    waits = []
    for statement in statements:
        if statement.startswith("PRAGMA busy_timeout = "):
            timeout = int(statement.rsplit(" ", 1)[1])
        elif statement.startswith("SELECT") and "LIMIT" in statement and "OFFSET" in statement:
            waits.append(timeout)
    return waits


def test_scrolling_over_a_locked_catalogue_says_so_once_and_reads_again_when_relisted(window, lock):
    settle()
    reads = []
    listing = window.roles._rows
    fetch = listing._fetch
    listing._fetch = lambda offset, limit: reads.append(offset) or fetch(offset, limit)
    held = scroll_to_bottom_under(window, lock)
    assert said_in_use_once(window)
    title, message, _details = window.shown_errors[0]
    assert "Traceback" not in message
    assert len(reads) == 1  # (each row painted after it waited out the lock again)
    held.release()
    window.refresh_roles()  # (what the window does once the catalogue changed, or the search is typed)
    window.role_list.scrollToBottom()
    settle()
    assert last_row(window).data()  # read again once the lock is gone
    assert len(window.shown_errors) == 1


def test_rows_left_blank_by_a_lock_fill_in_by_themselves_once_it_ends(window, lock, quick_retries, qtbot):
    listing = window.roles._rows
    statements = []
    window.desk.store.db.conn.set_trace_callback(statements.append)
    held = scroll_to_bottom_under(window, lock)
    assert said_in_use_once(window)
    assert last_row(window).data() is None  # blank
    retry = window.roles.retry
    assert retry.timer.isActive()
    ticks = []
    retry.timer.timeout.connect(lambda: ticks.append(len(ticks)))
    qtbot.waitUntil(lambda: len(ticks) >= 2, timeout=5000)  # retries while the lock lasts ...
    assert last_row(window).data() is None and said_in_use_once(window)
    # ... each without waiting on the lock (the wait that froze the window: 5 s a read)
    first, *retried = waits_of_page_reads(statements, 100)
    assert first == 100 and len(retried) >= len(ticks) and set(retried) == {0}  # (a tick may come before `ticks`)
    window.desk.store.db.conn.set_trace_callback(None)
    painted = []
    window.roles.dataChanged.connect(lambda first, last: painted.append((first.row(), last.row())))
    held.release()  # no change to the data
    qtbot.waitUntil(lambda: last_row(window).data() is not None, timeout=5000)  # no keystroke, no click
    assert len(ticks) <= 8  # (20 + 40 + 80 ... ms: a few ticks once the lock has gone)
    assert window.roles._rows is listing  # read by the retry, not relisted
    n = window.roles.rowCount()
    assert last_row(window).data() == window.desk.store.catalogue.list_page(None, None, n - 1, 1)[0].title
    assert painted and all(last - first < RoleListing.PAGE for first, last in painted)  # just those rows
    assert any(last == n - 1 for _first, last in painted)
    assert not retry.timer.isActive() and not listing.waiting()
    assert len(window.shown_errors) == 1
    assert window.desk.store.db.execute("PRAGMA busy_timeout").fetchone()[0] == 100  # its own wait back


def test_a_lock_held_long_is_retried_less_and_less_often_and_said_once(window, lock, quick_retries, qtbot):
    held = scroll_to_bottom_under(window, lock)
    retry = window.roles.retry
    waits = []
    retry.timer.timeout.connect(lambda: waits.append(retry.timer.interval()))  # (after the retry: the next wait)
    qtbot.waitUntil(lambda: len(waits) >= 6, timeout=10000)
    # backing off to the longest wait (the 20 ms wait's tick may come before `waits` listens)
    assert waits == sorted(waits) and set(waits) <= {40, 80} and waits[-4:] == [80] * 4
    assert retry.timer.isActive() and last_row(window).data() is None
    assert said_in_use_once(window)  # one message over the whole outage
    held.release()
    qtbot.waitUntil(lambda: last_row(window).data() is not None, timeout=5000)
    assert len(window.shown_errors) == 1


def test_the_window_activated_again_reads_the_blank_rows_at_once(window, lock, qtbot, monkeypatch):
    monkeypatch.setattr(Backoff, "FIRST_MS", 600_000)  # (no timer tick in this test)
    held = scroll_to_bottom_under(window, lock)
    assert said_in_use_once(window) and last_row(window).data() is None
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    activate(other)  # the person goes to another program, which finishes ...
    held.release()
    activate(window)  # ... and comes back
    assert last_row(window).data() is not None
    assert not window.roles.retry.timer.isActive() and len(window.shown_errors) == 1


def test_a_catalogue_changed_while_locked_is_listed_again_as_any_outside_change(window, lock, isolated_home,
                                                                               tmp_path, qtbot, monkeypatch):
    monkeypatch.setattr(Backoff, "FIRST_MS", 600_000)  # (the relist, not a retry, reads the rows)
    listing = window.roles._rows
    held = scroll_to_bottom_under(window, lock)
    assert said_in_use_once(window) and window.roles.retry.timer.isActive()
    held.release()
    role = role_dict("zz-from-cli", "Zz Last From CLI", family="Zz Family")  # (listed last)
    (tmp_path / "role.json").write_text(json.dumps(role), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CAREERDESK_DATA"}
    done = subprocess.run([sys.executable, "-m", "careerdesk", "--home", str(isolated_home), "roles", "import",
                           str(tmp_path / "role.json")], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: window.roles._rows is not listing, timeout=10000)  # the window's own poll
    assert not window.roles.retry.timer.isActive()  # (the old listing's retry ended with it)
    window.role_list.scrollToBottom()
    settle()
    assert last_row(window).data() == "Zz Last From CLI"
    assert len(window.shown_errors) == 1


def test_closing_the_window_while_a_retry_is_due_stops_it(window, lock, quick_retries, qtbot):
    held = scroll_to_bottom_under(window, lock)
    retry = window.roles.retry
    assert retry.timer.isActive()
    window.close()
    assert not retry.timer.isActive()
    held.release()
    qtbot.wait(200)  # (ten first waits)
    assert not retry.timer.isActive() and len(window.shown_errors) == 1


def test_a_damaged_catalogue_is_said_once_and_not_retried(window, isolated_home, quick_retries, qtbot):
    settle()
    damage_pages(isolated_home / "catalogue.sqlite", "roles", "roles_listing")
    window.role_list.scrollToBottom()
    settle()
    window.role_list.viewport().repaint()
    settle()
    assert len(window.shown_errors) == 1
    _title, message, _details = window.shown_errors[0]
    assert "is damaged" in message and "restart CareerDesk" in message and "Traceback" not in message
    assert window.roles.retry is None  # no retry mends damage
    qtbot.wait(200)
    assert len(window.shown_errors) == 1 and last_row(window).data() is None


def test_damage_found_while_a_retry_is_due_is_said_once(window, lock, isolated_home, quick_retries, qtbot):
    held = scroll_to_bottom_under(window, lock)
    assert said_in_use_once(window) and window.roles.retry.timer.isActive()
    held.release()
    damage_pages(isolated_home / "catalogue.sqlite", "roles", "roles_listing")  # damaged, not merely locked
    qtbot.waitUntil(lambda: len(window.shown_errors) == 2, timeout=5000)  # the retry's tick finds it
    _title, message, _details = window.shown_errors[1]
    assert "is damaged" in message and "restart CareerDesk" in message and "Traceback" not in message
    assert not window.roles.retry.timer.isActive() and not window.roles._rows.waiting()
    qtbot.wait(200)  # (ten first waits)
    window.roles.retry_now()  # (the window activated again)
    window.role_list.viewport().repaint()
    settle()
    assert len(window.shown_errors) == 2 and last_row(window).data() is None

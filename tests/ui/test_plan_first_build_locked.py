"""My plan's first build is made unasked, once the window is idle (ui/plan_page.load_when_idle): over data
another program holds locked (a CLI import, a second window writing) it neither freezes the window for
the lock's wait nor says anything; it tries again later, each try failing at once (the role list's
Backoff), and fills in by itself once the lock ends. Opening My plan while the lock lasts says so once,
in the app's words; damage found meanwhile is said once. Real files, a real second connection."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer

from careerdesk.domain.errors import CareerDeskError
from careerdesk.domain.listing import Backoff
from tests.ui.test_role_list_locked import Lock, scroll_to_bottom_under
from tests.ui.test_search_result_held import damage_pages
from tests.ui.test_tab_switch import settle

pytestmark = pytest.mark.qt_no_exception_capture  # the app's own hook shows what escapes a slot

WAIT_MS = 100  # the window's own wait on a lock, short for the test (5 s in the app)


@pytest.fixture
def held_back(monkeypatch, qtbot):
    """My plan's first build held back until `let_go(window)`, which makes it as its timer would."""
    from careerdesk.ui import plan_page

    real = plan_page.load_when_idle
    due: list = []
    monkeypatch.setattr(plan_page, "load_when_idle", due.append)

    def let_go(window) -> None:
        qtbot.waitUntil(lambda: bool(due), timeout=10000)  # (its 400 ms timer has fired)
        monkeypatch.setattr(plan_page, "load_when_idle", real)
        real(window)

    return let_go


@pytest.fixture
def window(held_back, window_telling_errors):
    settle()
    window_telling_errors.desk.store.db.execute(f"PRAGMA busy_timeout = {WAIT_MS}")
    return window_telling_errors


@pytest.fixture
def quick_retries(monkeypatch):
    monkeypatch.setattr(Backoff, "FIRST_MS", 20)
    monkeypatch.setattr(Backoff, "LONGEST_MS", 80)


@pytest.fixture
def lock(isolated_home):
    held: list[Lock] = []
    yield lambda: held.append(Lock(isolated_home)) or held[-1]
    for each in held:
        each.release()


def busy_timeouts_of_reads(window) -> list[int]:
    """The busy timeout each statement of the window's connection ran with, from now on."""
    timeouts: list[int] = []
    current = [WAIT_MS]

    def seen(statement: str) -> None:
        if statement.startswith("PRAGMA busy_timeout = "):
            current[0] = int(statement.rsplit(" ", 1)[1])
        elif statement.lstrip().upper().startswith(("SELECT", "WITH")):
            timeouts.append(current[0])

    window.desk.store.db.conn.set_trace_callback(seen)
    return timeouts


def plan_read(window) -> bool:
    view = window.plan_view_if_built
    return view is not None and view._roles is not None and view.choices.rowCount() > 1


def test_a_lock_at_the_first_build_neither_freezes_nor_speaks_and_the_plan_fills_in_after(
        window, held_back, lock, quick_retries, qtbot):
    held = lock()
    reads = busy_timeouts_of_reads(window)
    held_back(window)  # returns: no dialog, no exception, no wait
    assert window.shown_errors == []
    retry = window.plan_retry
    assert retry.waiting and retry.timer.isActive() and not plan_read(window)
    assert reads and set(reads) == {0}  # each read failed at once: never the lock's wait
    ticks = []
    retry.timer.timeout.connect(lambda: ticks.append(1))
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=5000)  # tried again, quietly, while the lock lasts
    assert window.shown_errors == [] and not plan_read(window) and set(reads) == {0}
    held.release()
    qtbot.waitUntil(lambda: plan_read(window), timeout=5000)  # by itself: no click
    window.desk.store.db.conn.set_trace_callback(None)
    assert not retry.waiting and not retry.timer.isActive() and window.shown_errors == []
    assert window.desk.store.db.execute("PRAGMA busy_timeout").fetchone()[0] == WAIT_MS  # its own wait back
    window.actions_["plan"].trigger()
    assert window.pages.currentIndex() == 1 and window.shown_errors == []


def test_opening_my_plan_while_the_lock_lasts_says_so_once_and_the_retries_stay_quiet(
        window, held_back, lock, quick_retries, qtbot):
    held = lock()
    held_back(window)
    retry = window.plan_retry
    reads = busy_timeouts_of_reads(window)
    window.actions_["plan"].trigger()  # the person asks for it
    assert len(window.shown_errors) == 1
    title, message, _details = window.shown_errors[0]
    assert title == "CareerDesk could not do that" and "in use by another program" in message
    assert "Traceback" not in message
    assert reads and set(reads) == {0}  # said at once, not after the lock's wait
    assert window.pages.currentIndex() == 0 and window.actions_["roles"].isChecked()  # as it was
    ticks = []
    retry.timer.timeout.connect(lambda: ticks.append(1))
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=5000)
    assert len(window.shown_errors) == 1  # no message per retry
    held.release()
    qtbot.waitUntil(lambda: plan_read(window), timeout=5000)
    window.desk.store.db.conn.set_trace_callback(None)
    window.actions_["plan"].trigger()
    assert window.pages.currentIndex() == 1 and window.actions_["plan"].isChecked()
    assert len(window.shown_errors) == 1


def test_damage_found_while_the_first_build_waits_is_said_once(window, held_back, lock, isolated_home,
                                                              quick_retries, qtbot):
    held = lock()
    held_back(window)
    assert window.plan_retry.waiting and window.shown_errors == []
    held.release()
    damage_pages(isolated_home / "catalogue.sqlite", "roles", "roles_listing")  # damaged, not merely locked
    qtbot.waitUntil(lambda: len(window.shown_errors) == 1, timeout=5000)
    _title, message, _details = window.shown_errors[0]
    assert "is damaged" in message and "restart CareerDesk" in message and "Traceback" not in message
    assert not window.plan_retry.waiting and not window.plan_retry.timer.isActive()
    qtbot.wait(200)  # (ten first waits)
    assert len(window.shown_errors) == 1


def both_retries_waiting(window, held_back, lock):
    """Rows a lock left blank in the role list, and My plan's first build, both retrying quietly."""
    held = scroll_to_bottom_under(window, lock)
    assert len(window.shown_errors) == 1  # (the scroll's own read: said once, as ever)
    held_back(window)
    assert window.plan_retry.waiting and window.roles.retry.timer.isActive()
    return held


def test_damage_found_while_the_role_list_and_my_plan_both_retry_is_said_once(
        window, held_back, lock, isolated_home, quick_retries, qtbot):
    held = both_retries_waiting(window, held_back, lock)
    held.release()
    damage_pages(isolated_home / "catalogue.sqlite", "roles", "roles_listing")
    qtbot.waitUntil(lambda: len(window.shown_errors) == 2, timeout=5000)
    assert "is damaged" in window.shown_errors[1][1]
    qtbot.wait(200)  # (both retries' next ticks)
    QTimer.singleShot(0, window.roles.retry_now)  # the window activated again
    qtbot.wait(50)
    assert len(window.shown_errors) == 2  # one lock, one damage: each said once
    assert not window.plan_retry.timer.isActive() and not window.roles.retry.timer.isActive()


def test_damage_my_plans_retry_finds_first_is_not_said_again_by_the_role_lists(
        window, held_back, lock, isolated_home, quick_retries, qtbot):
    held = both_retries_waiting(window, held_back, lock)
    window.roles.stop_retrying()  # (My plan's retry is the first to read again)
    held.release()
    damage_pages(isolated_home / "catalogue.sqlite", "roles", "roles_listing")
    qtbot.waitUntil(lambda: len(window.shown_errors) == 2, timeout=5000)
    QTimer.singleShot(0, window.roles.retry_now)  # the window activated after the message
    qtbot.wait(50)
    assert len(window.shown_errors) == 2 and "is damaged" in window.shown_errors[1][1]


def test_damage_said_on_opening_my_plan_is_not_said_again_by_the_role_lists_retry(
        window, held_back, lock, isolated_home, quick_retries, qtbot):
    held = both_retries_waiting(window, held_back, lock)
    window.roles.stop_retrying()  # (the person is quicker than the role list's next tick)
    window.plan_retry.stop()
    held.release()
    damage_pages(isolated_home / "catalogue.sqlite", "roles", "roles_listing")
    QTimer.singleShot(0, window.actions_["plan"].trigger)  # My plan, asked for: the damage is said
    qtbot.waitUntil(lambda: len(window.shown_errors) == 2, timeout=5000)
    QTimer.singleShot(0, window.roles.retry_now)  # the window activated after the message
    qtbot.wait(50)
    assert len(window.shown_errors) == 2 and "is damaged" in window.shown_errors[1][1]


def test_closing_the_window_while_the_first_build_waits_stops_the_retries(window, held_back, lock,
                                                                         quick_retries, qtbot):
    held = lock()
    held_back(window)
    retry = window.plan_retry
    assert retry.timer.isActive()
    window.close()
    assert not retry.timer.isActive()
    held.release()
    qtbot.wait(200)
    assert not retry.timer.isActive() and window.shown_errors == []


def test_a_lock_met_by_the_gaps_read_is_raised_by_a_load_not_taken_for_a_role_gone(window, held_back, lock):
    from careerdesk.domain.plan import Plan
    from careerdesk.store.errors import DataInUse

    held_back(window)  # (built and read, no lock)
    view = window.plan_view_if_built
    target = window.desk.role_titles()[0][0]
    window.desk.save_plan(Plan(target_role=target))
    view.load()
    shown = view.headline.text()
    assert target not in shown and "no longer in the catalogue" not in shown
    held = lock()
    with pytest.raises(DataInUse), window.desk.not_waiting():  # (the role pickers' titles are read already)
        view.load(strict=True)
    assert "no longer in the catalogue" not in view.headline.text()  # what it said before, not a false alarm
    held.release()


def test_damage_the_role_list_said_before_my_plans_first_build_is_not_said_again(
        window, held_back, isolated_home, qtbot):
    damage_pages(isolated_home / "catalogue.sqlite", "roles", "roles_listing")
    window.role_list.scrollToBottom()  # (rows not read yet: read now, from the damaged file)
    settle()
    window.role_list.viewport().repaint()
    settle()
    assert len(window.shown_errors) == 1 and "is damaged" in window.shown_errors[0][1]
    try:
        held_back(window)  # My plan's first build, unasked, finds the same damage
    except CareerDeskError as exc:  # (as from its timer: to the app's hook)
        sys.excepthook(type(exc), exc, exc.__traceback__)
    qtbot.wait(100)
    assert len(window.shown_errors) == 1  # said once
    assert window.plan_retry is None or not window.plan_retry.waiting
    window.actions_["plan"].trigger()  # asked for: said again, since the person asked
    assert len(window.shown_errors) == 2 and "is damaged" in window.shown_errors[1][1]
    assert window.pages.currentIndex() == 0


def test_damage_my_plans_first_build_said_is_not_said_again_by_rows_read_later(
        window, held_back, isolated_home, qtbot):
    damage_pages(isolated_home / "catalogue.sqlite", "roles", "roles_listing")
    try:
        held_back(window)  # My plan's first build, unasked, finds the damage first
    except CareerDeskError as exc:  # (as from its timer: to the app's hook)
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert len(window.shown_errors) == 1 and "is damaged" in window.shown_errors[0][1]
    window.role_list.scrollToBottom()  # rows not read yet, read now from the damaged file
    settle()
    window.role_list.viewport().repaint()
    settle()
    assert len(window.shown_errors) == 1  # said once
    assert window.roles.index(window.roles.rowCount() - 1).data() is None  # (blank, as any unread row)

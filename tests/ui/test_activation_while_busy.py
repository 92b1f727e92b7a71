"""The window comes to the front while slow work runs on a worker (an O*NET import rebuilding the
catalogue): it must not look at other programs' changes then. That look re-reads and may reopen the
catalogue on the window's thread, waiting on the folder lock the worker holds (the window froze
until the import ended). The watcher's first tick after the work looks instead. Real files."""

from __future__ import annotations

from PySide6.QtCore import QEvent

from careerdesk.ui import background
from tests.store.test_own_reopen_version import another_program_ticks
from tests.ui.test_one_letter_outside_change import window  # noqa: F401 (a fixture)


def test_coming_to_the_front_during_slow_work_leaves_the_look_to_the_first_tick_after(
        qtbot, window, monkeypatch):  # noqa: F811
    desk = window.desk
    desk.data = window.data
    noticed = []
    real = desk.notice_outside_changes
    monkeypatch.setattr(desk, "notice_outside_changes", lambda: noticed.append(real()))
    monkeypatch.setattr(window, "isActiveWindow", lambda: True)
    another_program_ticks(desk)
    monkeypatch.setattr(background, "_under_way", 1)  # (a worker's slow work under way)
    window.changeEvent(QEvent(QEvent.Type.ActivationChange))
    assert noticed == []
    monkeypatch.setattr(background, "_under_way", 0)  # (the work ended)
    window.outside._poll()
    assert len(noticed) == 1
    window.changeEvent(QEvent(QEvent.Type.ActivationChange))  # (nothing new since)
    assert len(noticed) == 1

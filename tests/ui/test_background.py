"""Slow work runs on a worker thread behind a window-modal dialog: the window keeps
painting, errors arrive where they were asked for, Cancel drops the result."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QProgressDialog, QPushButton

from careerdesk.ui.background import Cancelled, run_with_progress


@pytest.fixture
def parent(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_event_loop_keeps_running_while_the_work_runs(parent):
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    seen = {}

    def work():
        seen["thread"] = threading.current_thread()
        time.sleep(0.6)
        return 42

    assert run_with_progress("Working…", work, parent) == 42
    timer.stop()
    assert seen["thread"] is not threading.main_thread()
    assert len(ticks) >= 10  # a frozen loop would have ticked once, after the work


def test_the_dialog_is_window_modal_and_appears_only_after_a_while(parent):
    shown = []

    def look():
        dialog = QApplication.activeModalWidget()
        shown.append((isinstance(dialog, QProgressDialog), dialog.windowModality() if dialog else None))

    QTimer.singleShot(400, look)
    run_with_progress("Working…", lambda: time.sleep(0.8), parent, show_after=0.1)
    assert shown == [(True, Qt.WindowModality.WindowModal)]
    quick = []
    QTimer.singleShot(50, lambda: quick.append(QApplication.activeModalWidget()))
    run_with_progress("Quick", lambda: time.sleep(0.2), parent, show_after=1.0)
    assert quick == [None]  # a short job never flashes a dialog


def test_an_error_in_the_work_is_raised_to_the_caller(parent):
    def work():
        raise ValueError("bad file")

    with pytest.raises(ValueError, match="bad file"):
        run_with_progress("Working…", work, parent)


def test_cancel_returns_at_once_and_drops_the_result(parent, qtbot):
    finished = threading.Event()

    def work():
        time.sleep(1.0)
        finished.set()
        return "late"

    def press_cancel():
        dialog = QApplication.activeModalWidget()
        dialog.findChild(QPushButton).click()  # what a person does

    QTimer.singleShot(150, press_cancel)
    start = time.monotonic()
    with pytest.raises(Cancelled):
        run_with_progress("Reading…", work, parent, cancellable=True)
    assert time.monotonic() - start < 0.9 and not finished.is_set()
    qtbot.waitUntil(finished.is_set, timeout=3000)  # the abandoned work ends by itself


def test_the_windows_own_deferred_reads_wait_for_work_under_way(qtbot, isolated_home):
    """An O*NET import begun just after the window opened reopens the catalogue on its thread;
    My plan's first build (400 ms on) and the outside-change poll used to read it meanwhile
    ("disk I/O error", once a MemoryError, seen under load)."""
    from tests.ui.conftest import open_window

    window = open_window(qtbot, isolated_home)
    seen = {}

    def work() -> str:
        time.sleep(0.9)  # past My plan's 400 ms, and the nested event loop keeps running timers
        seen["plan built meanwhile"] = window.plan_view_if_built is not None
        return "done"

    assert run_with_progress("Working…", work, window) == "done"
    assert seen["plan built meanwhile"] is False
    qtbot.waitUntil(lambda: window.plan_view_if_built is not None, timeout=3000)


@pytest.mark.parametrize("owned", [True, False], ids=["in a window", "before any window"])
def test_closing_the_dialog_of_work_that_cannot_stop_waits_for_its_result(owned, parent):
    """The title bar's close button emits `canceled` too. For work offered no Cancel it raised
    Cancelled, which no such caller expects: closing a first launch's "Preparing the role
    catalogue…" ended the start in an unexpected error and an abort, the catalogue build still running."""
    def close_dialog():
        QApplication.activeModalWidget().close()  # what the title bar's close button does

    QTimer.singleShot(150, close_dialog)
    assert run_with_progress("Preparing…", lambda: (time.sleep(0.6), "done")[1], parent if owned else None) == "done"

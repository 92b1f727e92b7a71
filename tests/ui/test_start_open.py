"""A start opens its data on the main thread when a quick look says no catalogue is to be
built (the worker thread, its event loop and their Qt classes cost more than the opening);
a first launch still builds on a worker thread, behind the progress dialog, and paints whole."""

from __future__ import annotations

import threading

import pytest

import careerdesk.ui.background as background
from careerdesk.store import health
from careerdesk.store.store import Store
from careerdesk.ui.start import build_window_with_progress


@pytest.fixture
def data(fixture_data, monkeypatch):
    monkeypatch.setenv("CAREERDESK_DATA", str(fixture_data))
    return fixture_data


def opened_on(monkeypatch) -> dict[str, str]:
    """Which thread opened the store, and which built the catalogue."""
    seen: dict[str, str] = {}
    init, build = Store.__init__, Store._build

    def spy_init(self, *args, **kwargs):
        seen.setdefault("open", threading.current_thread().name)
        init(self, *args, **kwargs)

    def spy_build(self, *args, **kwargs):
        seen["build"] = threading.current_thread().name
        build(self, *args, **kwargs)

    monkeypatch.setattr(Store, "__init__", spy_init)
    monkeypatch.setattr(Store, "_build", spy_build)
    return seen


def test_a_first_launch_builds_on_a_worker_thread(qapp, qtbot, isolated_home, data, monkeypatch):
    seen = opened_on(monkeypatch)
    window = build_window_with_progress(qapp, isolated_home)
    qtbot.addWidget(window)
    assert seen["build"] != threading.main_thread().name
    assert window.title.text()  # the first role, as on every start


def test_a_current_catalogue_opens_on_the_main_thread(qapp, qtbot, isolated_home, data, monkeypatch):
    Store(isolated_home, data).close()  # built by an earlier start
    seen = opened_on(monkeypatch)
    monkeypatch.setattr(background, "run_with_progress", lambda *a, **k: pytest.fail("a worker thread for nothing"))
    window = build_window_with_progress(qapp, isolated_home)
    qtbot.addWidget(window)
    assert seen == {"open": threading.main_thread().name}  # opened here, nothing built
    assert window.title.text() and window.roles.rowCount() == 3


def test_the_window_makes_the_days_backup_once_it_is_up(qapp, qtbot, isolated_home, data):
    Store(isolated_home, data).close()  # built by an earlier start; no backup made today
    window = build_window_with_progress(qapp, isolated_home)
    qtbot.addWidget(window)
    assert health.backups(isolated_home) == []  # the window did not wait for the copy
    window.show()
    qtbot.waitUntil(lambda: len(health.backups(isolated_home)) == 1, timeout=8000)


def test_a_window_closed_before_its_first_tick_still_makes_the_days_backup(qapp, qtbot, isolated_home, data):
    Store(isolated_home, data).close()
    window = build_window_with_progress(qapp, isolated_home)
    qtbot.addWidget(window)
    window.show()
    window.close()  # within its first second, before the housekeeping tick
    assert len(health.backups(isolated_home)) == 1

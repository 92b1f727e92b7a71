"""The garbage collector is paused for start-up (careerdesk/app.py run_gui): off up to the first
paint, on again right after it, and on again however start-up ends."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import careerdesk.ui.start as start
from careerdesk import app
from careerdesk.service import Desk
from tests.conftest import BUNDLED_DATA, ROOT


@pytest.fixture
def gc_on():
    gc.enable()
    gc.unfreeze()  # as a process starts (an earlier test's My plan froze what it had made)
    yield
    gc.enable()


@pytest.mark.parametrize("ending", [RuntimeError("not ours"), KeyboardInterrupt(), 0, 2])
def test_the_collector_is_on_again_however_start_up_ends(monkeypatch, tmp_path, gc_on, ending):
    during = []

    def run(home, resume):
        during.append(gc.isenabled())
        if isinstance(ending, BaseException):
            raise ending
        return ending

    monkeypatch.setattr(start, "run_gui", run)
    if isinstance(ending, BaseException):
        with pytest.raises(type(ending)):
            app.run_gui(tmp_path)
    else:
        assert app.run_gui(tmp_path) == ending
    assert during == [False]  # paused while starting
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0  # nothing left frozen: collected like any object once garbage


def test_a_collector_already_off_is_left_off(monkeypatch, tmp_path, gc_on):
    monkeypatch.setattr(start, "run_gui", lambda home, resume: resume() or 0)
    gc.disable()
    app.run_gui(tmp_path)
    assert not gc.isenabled()


def test_a_long_catalogue_build_runs_with_the_collector_on(qapp, qtbot, isolated_home, fixture_data, monkeypatch):
    monkeypatch.setenv("CAREERDESK_DATA", str(fixture_data))
    resumed = []
    window = start.build_window_with_progress(qapp, isolated_home, lambda: resumed.append(True))
    qtbot.addWidget(window)
    assert resumed == [True]  # a first launch: the catalogue was built behind the progress dialog
    window.close()
    window = start.build_window_with_progress(qapp, isolated_home, lambda: resumed.append(True))
    qtbot.addWidget(window)
    assert resumed == [True]  # a current catalogue: opened at once, nothing resumed before the paint


PROBE = """
import gc, json, sys, time
from careerdesk.app import load_headless_layers, main
load_headless_layers()
import careerdesk.ui.start as start
from PySide6.QtCore import QEvent, QObject, qInstallMessageHandler
from PySide6.QtWidgets import QApplication
qInstallMessageHandler(lambda *_: None)
seen = {}


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            seen.setdefault("at_first_paint", gc.isenabled())
        return False


def run(home, resume):
    seen["before_start"] = gc.isenabled()
    window = start.start_gui(home, resume)
    seen["at_show"] = gc.isenabled()
    watch = FirstPaint(window)
    window.installEventFilter(watch)
    app = QApplication.instance()
    deadline = time.monotonic() + 5
    while not gc.isenabled() and time.monotonic() < deadline:
        app.processEvents()
    seen.update(after_paint=gc.isenabled(), title=window.title.text(), frozen=gc.get_freeze_count())
    return 0


start.run_gui = run
code = main(["--home", sys.argv[1]])
seen.update(code=code, at_exit=gc.isenabled())
print(json.dumps(seen))
"""


def test_a_real_start_paints_with_the_collector_paused_and_resumes_it_after(isolated_home: Path):
    Desk.open(isolated_home, BUNDLED_DATA).close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "CAREERDESK_DATA": str(BUNDLED_DATA)}
    result = subprocess.run([sys.executable, "-c", PROBE, str(isolated_home)], capture_output=True, text=True,
                            env=env, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {"before_start": False, "at_show": False, "at_first_paint": False, "after_paint": True,
                    "title": seen["title"], "frozen": 0, "code": 0, "at_exit": True}
    assert seen["title"]


def test_a_start_on_my_plan_keeps_the_start_up_objects_frozen(isolated_home: Path):
    # My plan, built while the window is (the last page was My plan), freezes start-up's objects
    # for good (ui/plan_page.py settle_start_up_objects); resuming the collector after the first
    # paint must not thaw them again (every full collection would walk them all).
    Desk.open(isolated_home, BUNDLED_DATA).close()
    (isolated_home / "settings.ini").write_text("[session]\nlast_mode=1\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "CAREERDESK_DATA": str(BUNDLED_DATA)}
    result = subprocess.run([sys.executable, "-c", PROBE, str(isolated_home)], capture_output=True, text=True,
                            env=env, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["after_paint"] and seen["at_exit"]
    assert seen["frozen"] > 0

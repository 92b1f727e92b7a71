"""What building My plan leaves in memory (issue 15), checked in a fresh process: this test
session's own imports would hide it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from careerdesk.service import Desk
from tests.conftest import BUNDLED_DATA, ROOT

PROBE = """
import gc, json, linecache, sys, time
from pathlib import Path
from careerdesk.app import load_headless_layers
load_headless_layers()
from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtWidgets import QApplication
qInstallMessageHandler(lambda *_: None)
from careerdesk.ui.start import build_window
app = QApplication([])
window = build_window(Path(sys.argv[1]))
window.show()
deadline = time.perf_counter() + 1.0  # past the warm-up (250 ms) and My plan's build (400 ms)
while time.perf_counter() < deadline:
    app.processEvents()
    time.sleep(0.01)
kept = [name for name in linecache.cache if "pydantic" in name or "careerdesk" in name]
ahead = window.desk._fit_ahead is not None or window.desk._fit is not None
print(json.dumps({"built": window.plan_view_if_built is not None, "kept": kept, "fit_ahead": ahead,
                  "frozen": gc.get_freeze_count(), "tracked": len(gc.get_objects())}))
"""


def test_building_my_plan_keeps_no_module_sources_and_reads_best_fit_ahead(isolated_home: Path):
    # PySide6's import hook reads the source of every module imported after it (shibokensupport
    # feature.py) and linecache would keep every line, ~8 MiB: emptied once the plan is built.
    Desk.open(isolated_home, BUNDLED_DATA).close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "CAREERDESK_DATA": str(BUNDLED_DATA)}
    result = subprocess.run([sys.executable, "-c", PROBE, str(isolated_home)], capture_output=True, text=True,
                            env=env, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["built"]
    assert seen["kept"] == []
    assert seen["fit_ahead"]  # best fit's facts are being (or were) read on a worker thread
    # the start's objects are out of the garbage collector's walks (a full one paused a switch)
    assert seen["frozen"] > 10 * seen["tracked"]


READ_PROBE = """
import json, sys, tempfile, threading, time
from pathlib import Path
from careerdesk.app import load_headless_layers
load_headless_layers()
from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtWidgets import QApplication
qInstallMessageHandler(lambda *_: None)
from careerdesk.domain.plan import Plan
from careerdesk.export.pdf import export_pdf
from careerdesk.ui.start import build_window
app = QApplication([])
window = build_window(Path(sys.argv[1]))
window.show()
desk = window.desk
desk.save_plan(Plan(name="Ada", current_role="backend-engineer", target_role="backend-architect"))
window.show_mode(1)
app.processEvents()
for index in range(window.plan_view.tabs.count()):  # gap, best fit, compare, ... as a person looks
    window.plan_view.tabs.setCurrentIndex(index)
    app.processEvents()
gap, fit = desk.gap(), desk.best_fit()
desk.compare("backend-engineer", "backend-architect")
with tempfile.TemporaryDirectory() as tmp:
    pages = export_pdf(desk.plan_report(), Path(tmp) / "plan.pdf")
    desk.export_plan(Path(tmp) / "plan.md", markdown=True)
seen = {"read": "pydantic" in sys.modules, "gap": gap.total, "fit": len(fit)}
menu = next(a.menu() for a in window.menuBar().actions() if a.menu() is not None)  # File
menu.aboutToShow.emit()  # a menu that leads to an edit warms pydantic up, off the main thread
for thread in threading.enumerate():
    if thread.name == "warm-up":
        thread.join(30)
seen["warm"] = "careerdesk.domain.profile" in sys.modules and "careerdesk.domain.skills" in sys.modules
print(json.dumps(seen))
"""


def test_reading_the_plan_gap_fit_and_exports_needs_no_pydantic(isolated_home: Path):
    """pydantic and the validated models are ~12 MiB (issue 15): My plan, the gap, best fit,
    compare and the exports read the validated catalogue as plain records; pydantic comes
    only for what writes from outside (edits, imports), warmed up as their menus open."""
    Desk.open(isolated_home, BUNDLED_DATA).close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "CAREERDESK_DATA": str(BUNDLED_DATA)}
    result = subprocess.run([sys.executable, "-c", READ_PROBE, str(isolated_home)], capture_output=True, text=True,
                            env=env, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["gap"] > 0 and seen["fit"] > 0
    assert not seen["read"]
    assert seen["warm"]

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

"""A window on a small screen keeps the width it first painted at: My plan, built out of sight
just after the first paint (ui/main_window.py), lives in the same stack as the role pages, and a
stack is as wide as its widest page needs. Its role pickers asked for 22 characters, and 400 ms
into every start on a screen under ~860 px the window jumped from 727 to 774 px wide."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from careerdesk.service import Desk
from tests.conftest import BUNDLED_DATA, ROOT

PROBE = """
import json, sys
from pathlib import Path
from careerdesk.app import load_headless_layers
load_headless_layers()
import careerdesk.ui  # noqa: F401 (first, as the app's own start imports it)
from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtWidgets import QApplication
qInstallMessageHandler(lambda *_: None)
from careerdesk.ui import start
window = start.start_gui(Path(sys.argv[1]))
app = QApplication.instance()
app.processEvents()  # the first paint
painted = list(window.size().toTuple())
window._load_plan_when_idle()  # (what the start does 400 ms on)
for _ in range(5):
    app.processEvents()
print(json.dumps({"painted": painted, "after": list(window.size().toTuple()),
                  "screen": window.screen().availableGeometry().width()}))
"""


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_window_fits_a_small_screen_and_building_my_plan_does_not_widen_it(isolated_home: Path, language: str):
    Desk.open(isolated_home, BUNDLED_DATA).close()
    (isolated_home / "settings.ini").write_text(f"[appearance]\nsystem_scheme=light\nlanguage={language}\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "CAREERDESK_DATA": str(BUNDLED_DATA)}
    result = subprocess.run([sys.executable, "-c", PROBE, str(isolated_home)], capture_output=True, text=True,
                            env=env, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["screen"] == 800  # (the offscreen screen: a small one, where the window is fitted)
    assert seen["after"] == seen["painted"]
    # ...and fits the screen: in German the header's tally ("Sie haben 0 von 31 Kompetenzen dieser
    # Rolle (0 %)", 312 px beside its 220 px bar) held the window at 812 px on this 800 px one
    assert seen["painted"][0] <= seen["screen"]

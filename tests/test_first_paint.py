"""The window paints its first screen without pydantic or sqlite-utils (issue 15): they cost
~150 ms of a start and the first screen needs neither. Checked in a fresh process, since
this test session has imported both long ago."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from careerdesk.service import Desk
from careerdesk.store.prebuilt import PREBUILT
from tests.conftest import BUNDLED_DATA, ROOT

HEAVY = ("pydantic", "pydantic_core", "sqlite_utils", "click", "pluggy", "careerdesk.domain.profile",
         "careerdesk.domain.plan", "careerdesk.domain.skills", "careerdesk.importers.onet")

PROBE = """
import json, sys
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
app.processEvents()
heavy = json.loads(sys.argv[2])
painted = {"title": window.title.text(), "tabs": window.tabs.count(), "filled": [
    name for name in window.views if window.filler.is_filled(name)]}
for index in range(window.tabs.count()):  # every tab, as a person looks at each
    window.tabs.setCurrentIndex(index)
    app.processEvents()
painted.update(loaded=[m for m in heavy if m in sys.modules], skills=window.skills.model.rowCount())
window.plan_view.load()  # My plan needs the validated models: they come when asked for
app.processEvents()
painted["plan_built"] = window.plan_view_if_built is not None and "pydantic" in sys.modules
print(json.dumps(painted))
"""


def first_paint(home: Path, data: Path = BUNDLED_DATA) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "CAREERDESK_DATA": str(data)}
    result = subprocess.run([sys.executable, "-c", PROBE, str(home), json.dumps(HEAVY)], capture_output=True,
                            text=True, env=env, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_first_screen_paints_without_pydantic_or_sqlite_utils(isolated_home: Path):
    Desk.open(isolated_home, BUNDLED_DATA).close()  # the catalogue built, as on every start but the first
    painted = first_paint(isolated_home)
    assert painted["loaded"] == []  # nor does showing each role tab
    # and it is the whole first screen, not a half-filled one: the tab on screen is filled
    assert painted["title"] and painted["skills"] > 0 and painted["tabs"] == 5
    assert painted["filled"] == ["overview"]  # (the others are filled when shown)
    assert painted["plan_built"]


def test_a_first_launch_that_builds_imports_pydantic_and_still_paints(isolated_home: Path, tmp_path: Path):
    """Without a catalogue built with the package (store/prebuilt.py), a first launch
    validates every source: pydantic is imported then, and the window is as complete."""
    data = tmp_path / "data"
    shutil.copytree(BUNDLED_DATA, data, ignore=shutil.ignore_patterns(PREBUILT))
    painted = first_paint(isolated_home, data)
    assert "pydantic" in painted["loaded"]
    assert painted["title"] and painted["skills"] > 0

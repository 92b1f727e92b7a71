"""The application paints its fills on the window's thread (ui/style.py NO_FILL_THREADS): Qt's
raster engine would hand a tall fill that is not one plain colour (Fusion's scroll bars, the style
sheet's rounded frames) to a pool of threads and wait for them, which cost a role switch more than
the fill. The pixels are the same. Fresh processes: Qt reads the setting once per process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

PROBE = """
import json, os, sys
from PySide6.QtWidgets import QApplication, QListWidget
from careerdesk.ui.style import STYLE_SHEET, new_application
app = new_application("careerdesk") if sys.argv[1] == "ours" else QApplication(["careerdesk", "-style", "Fusion"])
app.setStyleSheet(STYLE_SHEET)
roles = QListWidget()
roles.setObjectName("roleList")
roles.addItems([f"Role {n}" for n in range(400)])  # a scroll bar the height of the list
roles.resize(260, 600)
roles.show()
app.processEvents()
roles.grab().save(sys.argv[2])
names = [open(f"/proc/self/task/{t}/comm").read().strip() for t in os.listdir("/proc/self/task")]
print(json.dumps({"pool_threads": names.count("Thread (pooled)")}))
"""


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="threads counted from /proc")
def test_fills_are_painted_on_the_windows_thread_with_the_same_pixels(tmp_path):
    from PySide6.QtGui import QImage

    env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    env.update({"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"})

    def paint(made_by: str) -> tuple[dict, QImage]:
        png = tmp_path / f"{made_by}.png"
        result = subprocess.run([sys.executable, "-c", PROBE, made_by, str(png)], capture_output=True, text=True,
                                env=env, cwd=ROOT, timeout=60)
        assert result.returncode == 0, result.stderr[-2000:]
        return json.loads(result.stdout.strip().splitlines()[-1]), QImage(str(png))

    qt_default, by_threads = paint("qt")
    ours, by_ours = paint("ours")
    assert qt_default["pool_threads"] > 0  # (the probe paints a fill Qt would hand to its threads)
    assert ours["pool_threads"] == 0
    assert not by_ours.isNull() and by_ours == by_threads

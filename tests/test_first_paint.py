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
         "careerdesk.domain.plan_model", "careerdesk.domain.skills", "careerdesk.importers.onet")

PROBE = """
import json, sys, threading
from pathlib import Path
heavy = json.loads(sys.argv[2])
by_thread = {}  # which thread first imported each heavy module: the warm-up may, 250 ms on


class Watch:
    def find_spec(self, name, path=None, target=None):
        if name in heavy and name not in sys.modules:
            by_thread.setdefault(name, threading.current_thread().name)
        return None


sys.meta_path.insert(0, Watch())
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
painted = {"title": window.title.text(), "tabs": window.tabs.count(), "filled": [
    name for name in window.views if window.filler.is_filled(name)]}
for index in range(window.tabs.count()):  # every tab, as a person looks at each
    window.tabs.setCurrentIndex(index)
    app.processEvents()
# On a loaded machine the window's warm-up thread may already have imported pydantic: on purpose,
# off the main thread. What counts is that painting and showing the tabs did not need it.
painted.update(loaded=[m for m in heavy if m in sys.modules and by_thread.get(m) != "warm-up"],
               skills=window.skills.model.rowCount())
window.plan_view.load()  # nor does My plan (it reads roles and the plan as plain records)
app.processEvents()
painted["plan_built"] = window.plan_view_if_built is not None and "pydantic" not in sys.modules
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


# What the first paint of a real start (ui/start.py start_gui) must not wait for: the dialogs
# behind the menus, and the single-instance server's QtNetwork (it listens right after). Each
# Qt class imported creates its Python enums, which is most of what these cost (issue 15).
# With no other window over the folder, the running-window check takes the folder's window
# lock and asks nobody: no socket, hashlib (OpenSSL) or getpass either.
NOT_BEFORE_PAINT = ("PySide6.QtNetwork", "socket", "hashlib", "getpass",
                    "careerdesk.ui.about", "careerdesk.ui.help", "careerdesk.ui.explore",
                    "careerdesk.ui.role_import", "careerdesk.ui.page_import", "careerdesk.ui.role_editor",
                    "careerdesk.ui.data_actions", "careerdesk.ui.job_ad", "careerdesk.ui.cv_scan",
                    "careerdesk.ui.folders", "careerdesk.ui.views.plan", "careerdesk.ui.skill_actions")
QT_CLASSES_NOT_BEFORE_PAINT = ("QMessageBox", "QFileDialog", "QProgressDialog", "QInputDialog", "QWizard",
                               "QFormLayout", "QColorDialog", "QFontDialog", "QCalendarWidget", "QGraphicsView")

START_PROBE = """
import json, sys, time
from pathlib import Path
from careerdesk.app import load_headless_layers
load_headless_layers()
import careerdesk.ui  # first, as run_gui's import does: PySide6, and its import hook taken out
from PySide6.QtCore import QDir, qInstallMessageHandler
from PySide6.QtWidgets import QApplication
qInstallMessageHandler(lambda *_: None)
import shibokensupport.feature as feature
read, read_source = [], feature._mod_uses_pyside
feature._mod_uses_pyside = lambda module: read.append(module.__name__) or read_source(module)
from careerdesk.ui.single_instance import server_name
from careerdesk.ui.start import start_gui
home, modules, classes = Path(sys.argv[1]), json.loads(sys.argv[2]), json.loads(sys.argv[3])
window = start_gui(home)
app = QApplication.instance()
app.processEvents()  # the first paint
import PySide6.QtWidgets as widgets
loaded = [m for m in modules if m in sys.modules]  # (before server_name, which imports hashlib)
served = Path(QDir.tempPath()) / server_name(home)
painted = {"title": window.title.text(), "modules": loaded,
           "classes": [c for c in classes if c in vars(widgets)], "serving_at_paint": served.exists(),
           "sources_read": read}
for _ in range(100):
    app.processEvents()
    if served.exists():
        break
    time.sleep(0.02)
painted["shortcuts"] = sorted(a.shortcut().toString() for a in window.actions_.values() if not a.shortcut().isEmpty())
painted["serving_after_paint"] = served.exists()
painted["network"] = "PySide6.QtNetwork" in sys.modules
painted["openssl"] = "_hashlib" in sys.modules
print(json.dumps(painted))
"""


def test_a_real_start_paints_before_importing_dialogs_or_the_instance_server(isolated_home: Path):
    # Built, and no backup yet: the day's first start, whose backup (and its log record, the
    # first of the session, which imports logging.handlers and socket) waits for the paint.
    Desk.open(isolated_home, BUNDLED_DATA).close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "CAREERDESK_DATA": str(BUNDLED_DATA)}
    result = subprocess.run([sys.executable, "-c", START_PROBE, str(isolated_home), json.dumps(NOT_BEFORE_PAINT),
                             json.dumps(QT_CLASSES_NOT_BEFORE_PAINT)], capture_output=True, text=True, env=env,
                            timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    painted = json.loads(result.stdout.strip().splitlines()[-1])
    assert painted["modules"] == [] and painted["classes"] == []
    assert painted["title"]  # the whole first screen, as before
    # every shortcut is live once the window has painted (the dialogs behind them load when
    # triggered; a key before then finds its shortcut too: tests/ui/test_polish.py)
    assert {"Ctrl+E", "Ctrl+N", "Ctrl+I", "Ctrl+Q", "Ctrl+T", "Ctrl+1", "Ctrl+2", "Ctrl+Shift+E"} <= set(
        painted["shortcuts"])
    assert not painted["serving_at_paint"] and painted["serving_after_paint"]  # second launches find it
    # served without QtNetwork where a plain socket does (~7 MiB of the window's memory; a named pipe on Windows)
    assert painted["network"] is (sys.platform == "win32")
    assert not painted["openssl"]  # the server's name hashed without OpenSSL (~3.5 MiB: domain/digest.py)
    # PySide's `__feature__` import hook is out (careerdesk/ui/__init__.py): it reads no
    # module's source looking for `__feature__` switches, ours, Python's or pydantic's
    assert painted["sources_read"] == []

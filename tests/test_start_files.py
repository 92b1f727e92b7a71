"""What a real start asks of the kernel before its first paint (issue 15): each SQLite connection
opens its file, reads its schema again, and the user's file, in WAL mode, has its -wal and -shm
files made, sized and written and, when the process's last connection to it closes, checkpointed
and deleted. Counted in a fresh process through Python's audit hooks ("sqlite3.connect"), on the
start's own path (ui/start.py start_gui) over a data folder that opens quickly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from careerdesk.service import Desk
from tests.conftest import BUNDLED_DATA, ROOT

CONNECTIONS_PROBE = """
import json, sys
from pathlib import Path

connected, wal = [], []
WAL = Path(sys.argv[1]) / "careerdesk.sqlite-wal"


def audit(event, args):
    if event == "sqlite3.connect":
        connected.append(Path(str(args[0]).split("?")[0].removeprefix("file:")).name)
        wal.append(WAL.exists())


sys.addaudithook(audit)
from careerdesk.app import load_headless_layers
load_headless_layers()
import careerdesk.ui  # noqa: F401 (first, as the app's own start imports it)
from PySide6.QtCore import QEventLoop, qInstallMessageHandler
from PySide6.QtWidgets import QApplication
qInstallMessageHandler(lambda *_: None)
from careerdesk.ui.start import start_gui

window = start_gui(Path(sys.argv[1]))
QApplication.instance().processEvents(QEventLoop.ProcessEventsFlag.X11ExcludeTimers)  # the first paint
wal.append(WAL.exists())
print(json.dumps({"title": window.title.text(), "connected": connected, "wal": wal}))
"""


def start_probe(home: Path, probe: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "CAREERDESK_DATA": str(BUNDLED_DATA)}
    result = subprocess.run([sys.executable, "-c", probe, str(home)], capture_output=True, text=True, env=env,
                            timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_quick_start_opens_each_database_file_once_beside_the_health_check(isolated_home: Path):
    """Main opened seven connections before the first paint: a quick look (the user's roles, the
    catalogue's stamp), then the opening itself, which looked again and opened the catalogue a
    third time to keep. Now: the health check's read-only look at the user's file, the user's file
    (checked for upgrades, its own roles read), and the catalogue kept open from its stamp on."""
    Desk.open(isolated_home, BUNDLED_DATA).close()
    seen = start_probe(isolated_home, CONNECTIONS_PROBE)
    assert seen["title"]
    assert sorted(seen["connected"]) == ["careerdesk.sqlite", "careerdesk.sqlite", "catalogue.sqlite"], seen


def test_a_start_makes_the_user_files_wal_once(isolated_home: Path):
    """SQLite deletes a WAL database's -wal and -shm files when the process's last connection to it
    closes, and the next connection makes them again (opened, chowned, sized, eight pages written):
    main did that four times before the first paint. The user's file now stays open on one
    connection until the catalogue's has attached it: once made, the -wal file is there at every
    later connection and at the paint. (Looked at as each connection is made, and at the paint.)"""
    Desk.open(isolated_home, BUNDLED_DATA).close()
    assert not (isolated_home / "careerdesk.sqlite-wal").exists()  # (a closed folder has none)
    seen = start_probe(isolated_home, CONNECTIONS_PROBE)
    made = seen["wal"].index(True)
    assert all(seen["wal"][made:]), seen

"""What a window start does below the window (issue 15): the headless layers and the desk's
first answers import nothing that only writes, builds, rotates logs or reads the O*NET pack,
and look at no role file. Checked in a fresh process, since this session imported it all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from careerdesk.service import Desk
from tests.conftest import BUNDLED_DATA, ROOT

NOT_ON_A_START = (
    "logging.handlers",  # the log file is made on the first record (careerdesk/logs.py)
    "secrets", "gzip", "hashlib",  # nested writes; the O*NET pack; the digest of own roles (none here)
    "careerdesk.store.prebuilt", "careerdesk.store.catalogue_update", "careerdesk.store.history",
    "careerdesk.service.schedule", "careerdesk.service.matching", "careerdesk.importers",
)

PROBE = """
import json, os, sys
from pathlib import Path
roles = os.path.join(os.environ["CAREERDESK_DATA"], "roles")
looked = []
real_stat, real_scandir = os.stat, os.scandir
def stat(path, *a, **k):
    looked.append(os.fspath(path)) if os.fspath(path).startswith(roles + os.sep) else None
    return real_stat(path, *a, **k)
def scandir(path=".", *a, **k):
    looked.append(os.fspath(path)) if os.fspath(path).startswith(roles) else None
    return real_scandir(path, *a, **k)
os.stat, os.scandir = stat, scandir
from careerdesk.app import load_headless_layers
load_headless_layers()
from careerdesk.logs import setup_logging
from careerdesk.paths import bundled_data_dir
from careerdesk.service import Desk
home = Path(sys.argv[1])
setup_logging(home)
desk = Desk.open(home, bundled_data_dir(), check_sources_later=True)
role = desk.role_to_read(desk.find_roles("")[0].id)  # what the first screen asks, in its order
desk.data_version(); desk.families(); desk.linked_roles(role); desk.onet_about(); desk.progress(role)
desk.role_count(); desk.is_mine(role.id); desk.plan_target()
print(json.dumps({"modules": sorted(sys.modules), "looked": looked}))
"""


def start(home: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CAREERDESK_DATA": str(BUNDLED_DATA)}
    result = subprocess.run([sys.executable, "-c", PROBE, str(home)], capture_output=True, text=True, env=env,
                            timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_normal_start_imports_and_stats_only_what_the_first_screen_needs(isolated_home: Path):
    for _ in range(2):  # built, and the day's backup made (and logged): as on most starts
        Desk.open(isolated_home, BUNDLED_DATA).close()
    started = start(isolated_home)
    assert [m for m in NOT_ON_A_START if any(n == m or n.startswith(m + ".") for n in started["modules"])] == []
    assert started["looked"] == []  # no role file, and not the roles folder's listing

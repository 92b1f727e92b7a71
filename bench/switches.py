"""Instructions per role switch, with each role tab on screen, as `child.py interact` switches.

Usage: valgrind --tool=callgrind --collect-atstart=no python bench/switches.py HOME [--count N]
HOME is a data folder whose catalogue is already built (set CAREERDESK_DATA as run.py does for a
synthetic one). For each of the five role tabs in turn (the order `switch_per_tab` takes them) it
switches to the roles `switch_per_tab` switches to (its first N: 120 by default, all of them) and
counts only from `open_role` to the tab painted (`settle`), through callgrind's client requests
(bench/keystrokes.py builds them); each tab is dumped on its own (callgrind.out.PID.1 .. .5):
`callgrind_annotate --inclusive=yes FILE`, divided by N. The first switch on a tab is a warm-up,
not counted (the tab's view is built when first shown). Compare runs of this probe with each
other only (timers fire inside the counted span more often under valgrind than outside it).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from child import SWITCH_SAMPLES, quiet_qt, settle, settled_window, switch_roles  # noqa: E402 (after the paths it needs)
from keystrokes import callgrind, counted  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("home", type=Path)
    parser.add_argument("--count", type=int, default=SWITCH_SAMPLES, help="switches a tab (default: the bench's 120)")
    parser.add_argument("--tabs", default="", help="comma-separated tab names (default: all)")
    args = parser.parse_args()
    quiet_qt()
    with tempfile.TemporaryDirectory() as folder:
        requests = callgrind(Path(folder))
        app, window, rows, _words = settled_window(args.home)
        ids = switch_roles(rows, args.count)
        wanted = [t for t in args.tabs.split(",") if t]
        for name, view in window.views.items():
            if wanted and name not in wanted:
                continue
            window.tabs.setCurrentWidget(view)
            settle(app)
            window.open_role(rows[0].id)  # warm-up: not counted
            settle(app)
            requests.zero()
            for role_id in ids:
                counted(requests, app, lambda role_id=role_id: window.open_role(role_id))
            requests.dump(f"{name}, {args.count} switches".encode())
            print(f"{name}: {args.count} switches counted", flush=True)
    os._exit(0)  # (as child.py: the window's teardown is not what is measured)


if __name__ == "__main__":
    main()

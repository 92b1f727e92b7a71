"""Instructions per finder keystroke, as `child.py interact` types them, counted by callgrind.

Usage: valgrind --tool=callgrind --collect-atstart=no python bench/keystrokes.py HOME [--count N]
HOME is a data folder whose catalogue is already built (set CAREERDESK_DATA as run.py does for a
synthetic one). For 1, 3 and 8 letters it types N words' last letter into the real window, the
rest set beforehand, and counts only from the keystroke to the list painted (callgrind's client
requests, from a three-line C helper built with `cc`); each length is dumped on its own
(callgrind.out.PID.1, .2, .3): `callgrind_annotate --inclusive=yes FILE`, divided by N.
Instructions, unlike wall or CPU time, hardly move with a busy machine. Under valgrind the window
runs ~50x slower, so timers (the search box's clear button fading in, ~160 ms) fire inside the
counted span more often than they would: compare runs of this probe with each other only.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from child import quiet_qt, settle, settled_window  # noqa: E402 (after the paths it needs)

HELPER = """#include <valgrind/callgrind.h>
void toggle(void) { CALLGRIND_TOGGLE_COLLECT; }
void dump(const char *name) { CALLGRIND_DUMP_STATS_AT(name); }
void zero(void) { CALLGRIND_ZERO_STATS; }
"""


def callgrind(folder: Path) -> ctypes.CDLL:
    """The client requests (no-ops outside valgrind), built with the system's C compiler."""
    source, library = folder / "requests.c", folder / "requests.so"
    source.write_text(HELPER)
    subprocess.run(["cc", "-O1", "-shared", "-fPIC", "-o", str(library), str(source)], check=True)
    return ctypes.CDLL(str(library))


def counted(requests: ctypes.CDLL, app, action: Callable[[], object], count: bool = True) -> None:
    """`action`, then the window settled (its list or tab painted), counted by callgrind only
    for that span when `count`."""
    if count:
        requests.toggle()
    action()
    settle(app)
    if count:
        requests.toggle()


def main() -> None:
    from PySide6.QtTest import QTest

    parser = argparse.ArgumentParser()
    parser.add_argument("home", type=Path)
    parser.add_argument("--count", type=int, default=20, help="keystrokes a length (default 20)")
    args = parser.parse_args()
    quiet_qt()
    with tempfile.TemporaryDirectory() as folder:
        requests = callgrind(Path(folder))
        app, window, _rows, words = settled_window(args.home)
        rng = random.Random(7)
        for length in (1, 3, 8):
            typed = [rng.choice(words).lower()[:length] for _ in range(args.count + 1)]
            for n, word in enumerate(typed):  # (the first keystroke of a length is not counted)
                window.search.setText(word[:-1])
                settle(app)
                if n == 1:
                    requests.zero()
                counted(requests, app, lambda word=word: QTest.keyClick(window.search, word[-1]), count=bool(n))
            requests.dump(f"{length} letters, {args.count} keystrokes".encode())
            print(f"{length} letters: {args.count} keystrokes counted", flush=True)
    os._exit(0)  # (as child.py: the window's teardown is not what is measured)


if __name__ == "__main__":
    main()

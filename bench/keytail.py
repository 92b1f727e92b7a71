"""Instructions of each finder keystroke `child.py interact` times, and the slowest of them.

Usage: valgrind --tool=callgrind --collect-atstart=no --callgrind-out-file=DIR/cg.%p \
           python bench/keytail.py HOME
       python bench/keytail.py --summary DIR
HOME is a data folder whose catalogue is already built (CAREERDESK_DATA as run.py sets it). The
first form types the very words `interact` types (its 120 a length, from the same generators:
the search p95 the bench reports is the 7th slowest of them) into the real window, the rest of
each word set beforehand, and dumps each keystroke on its own (callgrind.out.PID.N, named
"LENGTH:query"), counted from the key press to the list painted. The second reads such a
folder and prints, per length, the mean, median, p95 and the ten dearest keystrokes with
their words: the tail, which a mean over keystrokes (bench/keystrokes.py) hides. Compare runs
of this probe with each other only (see keystrokes.py on timers under valgrind).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

def run(home: Path) -> None:
    from child import quiet_qt, search_queries, settle, settled_window
    from keystrokes import callgrind
    from PySide6.QtTest import QTest

    quiet_qt()
    with tempfile.TemporaryDirectory() as folder:
        requests = callgrind(Path(folder))
        app, window, _rows, words = settled_window(home)
        for length, queries in search_queries(words, random.Random(7)).items():  # (interact's rng)
            for query in queries:
                window.search.setText(query[:-1])
                settle(app)
                requests.zero()
                requests.toggle()
                QTest.keyClick(window.search, query[-1])
                settle(app)
                requests.toggle()
                requests.dump(f"{length}:{query}".encode())
            print(f"{length} letters: {len(queries)} keystrokes dumped", flush=True)
    os._exit(0)  # (as child.py: the window's teardown is not what is measured)


_NAME = re.compile(r"^desc: Trigger: Client Request: (\d+):(.*)$", re.M)
_TOTAL = re.compile(r"^(?:summary|totals): (\d+)", re.M)


def read_dumps(folder: Path) -> dict[int, list[tuple[float, str]]]:
    """(M instructions, query) of every keystroke dumped in `folder`, per length."""
    found: dict[int, list[tuple[float, str]]] = {}
    for path in folder.iterdir():
        text = path.read_text(errors="replace")
        name, total = _NAME.search(text), _TOTAL.search(text)
        if name and total:
            found.setdefault(int(name.group(1)), []).append((int(total.group(1)) / 1e6, name.group(2)))
    return found


def summary(found: dict[int, list[tuple[float, str]]]) -> str:
    from child import pct

    lines = []
    for length in sorted(found):
        counts = sorted(found[length], reverse=True)
        values = sorted(count for count, _ in counts)
        p95 = pct(values, 0.95)
        top = counts[:10]
        lines.append(f"{length} letters, {len(values)} keystrokes: mean {statistics.mean(values):.2f} M, "
                     f"median {statistics.median(values):.2f} M, p95 {p95:.2f} M, "
                     f"ten dearest {statistics.mean(c for c, _ in top):.2f} M on average")
        lines.append("  " + ", ".join(f"{query} {count:.1f}" for count, query in top))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("home", type=Path, nargs="?")
    parser.add_argument("--summary", type=Path, metavar="DIR", help="summarise the dumps in DIR")
    args = parser.parse_args()
    if args.summary:
        print(summary(read_dumps(args.summary)))
    elif args.home:
        run(args.home)
    else:
        parser.error("HOME or --summary DIR")


if __name__ == "__main__":
    main()

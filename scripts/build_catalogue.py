"""Build the catalogue database of data/ ahead of time, as a package build does, so a first
launch copies it instead of building it (careerdesk/store/prebuilt.py says when it is used).

Usage: python scripts/build_catalogue.py [--check] [DATA_DIR]
Writes DATA_DIR/catalogue.sqlite (default data/; not committed: a generated 10 MB file that
every edit of data/ would make stale). `--check` only says whether the file there is current.
The PyInstaller spec and bench/run.py run this; a checkout without the file builds on first
launch, as it always did.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from careerdesk.store.prebuilt import PREBUILT, is_current, write_prebuilt  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", nargs="?", type=Path, default=ROOT / "data")
    parser.add_argument("--check", action="store_true", help="exit 1 when the prebuilt catalogue is missing or stale")
    args = parser.parse_args()
    if args.check:
        current = is_current(args.data_dir)
        print(f"{args.data_dir / PREBUILT}: {'current' if current else 'missing or stale'}")
        return 0 if current else 1
    start = time.perf_counter()
    out = write_prebuilt(args.data_dir)
    print(f"{out}: built in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

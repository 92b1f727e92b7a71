"""Leftovers of interrupted writes: `.NAME.partial` files that a killed backup left behind.

A backup is written to `.careerdesk-<time>.sqlite.partial` and renamed when complete; a
kill in between leaves the partial file, and as every backup has a new name, nothing
ever overwrote it. They are never listed as backups (their names do not match), and the
next backup removes them. Only old ones: another process may be writing its own partial
backup at this moment, and a backup of a user's data file takes seconds, not minutes.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

log = logging.getLogger(__name__)

STALE_AFTER_SECONDS = 10 * 60


def remove_stale_partials(folder: Path, now: float | None = None) -> list[Path]:
    """Delete the `.*.partial` files in `folder` last written over STALE_AFTER_SECONDS ago;
    returns what was removed. A missing folder or a file that cannot go is no error."""
    now = time.time() if now is None else now
    removed = []
    try:
        candidates = list(folder.glob(".*.partial"))
    except OSError:
        return removed
    for path in candidates:
        try:
            if path.is_file() and not path.is_symlink() and now - path.stat().st_mtime > STALE_AFTER_SECONDS:
                path.unlink()
                removed.append(path)
        except OSError as exc:
            log.warning("cannot remove the leftover %s: %s", path, exc)
    if removed:
        log.info("removed %d leftover partial file(s) from %s", len(removed), folder)
    return removed

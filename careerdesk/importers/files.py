"""Files the user names as input (a backup, an O*NET folder or zip, a wage file)."""

from __future__ import annotations

import stat
from pathlib import Path

from careerdesk.domain import i18n
from careerdesk.domain.errors import CareerDeskError


def refuse_special_file(path: Path, wanted: str) -> None:
    """Refuse a FIFO, device or socket before anything opens it: reading a FIFO waits
    forever for a writer, and a device such as /dev/zero never ends. A missing or
    unreadable path is left to the reader, which says so in its own words."""
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):
        return
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise CareerDeskError(i18n.translate(
            "ImportFiles", "{path}: this is a pipe or a device, not a file; choose {wanted}").format(
            path=path, wanted=wanted))

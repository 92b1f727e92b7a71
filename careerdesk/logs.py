"""Logging to a rotating file in the data folder, so problems can be diagnosed afterwards."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "careerdesk.log"


def setup_logging(home: Path, level: int = logging.INFO) -> Path | None:
    """Log to home/logs/careerdesk.log (1 MB, 3 old files kept); None when the folder
    cannot be written, in which case only warnings reach stderr."""
    root = logging.getLogger("careerdesk")
    root.setLevel(level)
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return None
    try:
        folder = home / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(folder / LOG_FILE, maxBytes=1_000_000, backupCount=3,
                                                       encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return folder / LOG_FILE

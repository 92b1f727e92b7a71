"""Logging to a rotating file in the data folder, so problems can be diagnosed afterwards.

The log is a help, never a reason to fail or to clutter the terminal: when it cannot be
written (the logs folder is a file, the log file is a folder, the disk is full), the app
carries on without it, and says so at most once, in one line.
"""

from __future__ import annotations

import logging
import stat
import sys
from functools import cache
from pathlib import Path

LOG_FILE = "careerdesk.log"
MAX_BYTES, BACKUPS = 1_000_000, 3


class _LogFile(logging.Handler):
    """The log file's handler as installed: it makes the rotating file handler on the first
    record. Most starts log nothing, and `logging.handlers` (sockets, pickle, queues: ~10 ms)
    is then never imported."""

    def __init__(self, path: Path):
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            self._file = _quiet_file_handler()(self.path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                               encoding="utf-8", delay=True)
            self._file.setFormatter(self.formatter)
        self._file.handle(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


@cache
def _quiet_file_handler() -> type[logging.Handler]:
    import logging.handlers

    class QuietFileHandler(_Quiet, logging.handlers.RotatingFileHandler):
        pass

    return QuietFileHandler


class _Quiet:
    """For a rotating file handler: when a write fails, warn once in one line and stop
    logging to the file, instead of printing "--- Logging error ---" and a traceback for
    every message."""

    broken = False

    def emit(self, record: logging.LogRecord) -> None:
        if not self.broken:
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        if self.broken:
            return
        self.broken = True
        error = sys.exc_info()[1]
        reason = getattr(error, "strerror", None) or error
        try:
            self.close()
        except OSError:
            pass
        try:
            print(f"careerdesk: cannot write the log file {self.baseFilename} ({reason}); "
                  "carrying on without it", file=sys.stderr)
        except (OSError, ValueError):
            pass  # no usable stderr either (a GUI start without a console)


def _usable(log_file: Path) -> bool:
    """True when `log_file` is missing or a regular file: never append to a folder, and
    never open a FIFO or a device, which could block or write somewhere unexpected."""
    try:
        return stat.S_ISREG(log_file.stat().st_mode)
    except FileNotFoundError:
        return True
    except OSError:
        return False


def setup_logging(home: Path, level: int = logging.INFO) -> Path | None:
    """Log to home/logs/careerdesk.log (1 MB, 3 old files kept); None, quietly, when it
    cannot be written, in which case only warnings reach stderr."""
    root = logging.getLogger("careerdesk")
    root.setLevel(level)
    if any(isinstance(h, _LogFile) for h in root.handlers):
        return None
    folder = home / "logs"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not _usable(folder / LOG_FILE):
            return None
        handler = _LogFile(folder / LOG_FILE)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return folder / LOG_FILE

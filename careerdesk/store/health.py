"""Keeping the user's own data safe: health checks, backups, quarantine and restore.

Backups use SQLite's online backup API, so they are consistent even while another process
writes. A damaged file is never repaired in place or deleted: it is moved aside, untouched,
into `damaged/`, and the newest backup that passes the same health check takes its place.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from careerdesk.store.schema import known_user_migrations, user_migrations

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUP_DIR = "backups"
DAMAGED_DIR = "damaged"
KEEP_BACKUPS = 10
BACKUP_EVERY = timedelta(days=1)
_STAMP = "%Y%m%d-%H%M%S-%f"  # sorts by time as text


def problem_with(path: Path) -> str | None:
    """Why `path` is not a usable CareerDesk data file, in words; None when it is fine
    (a missing file is fine: it will be created)."""
    if not path.exists():
        return None
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        return f"it cannot be read ({exc.strerror or exc})"
    if not header:
        return "the file is empty"
    if header != SQLITE_HEADER:
        return "it is not a database file (it may have been overwritten)"
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                return f"the database is damaged ({result})"
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "_sqlite_migrations" not in tables:
                return "it is not a CareerDesk data file"
            applied = {r[0] for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [user_migrations.name])}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return f"the database is damaged ({exc})"
    newer = applied - known_user_migrations()
    if newer:
        return ("it was written by a newer version of CareerDesk "
                f"(changes this version does not know: {', '.join(sorted(newer))})")
    return None


@dataclass(frozen=True)
class Recovery:
    """What happened when a damaged data file was found on opening."""

    problem: str
    kept_as: Path
    restored_from: Path | None

    def message(self) -> str:
        where = f"It was kept, untouched, as {self.kept_as}."
        if self.restored_from is not None:
            return (f"Your data file could not be used: {self.problem}. {where} "
                    f"Your data was restored from the backup {self.restored_from.name}.")
        return (f"Your data file could not be used: {self.problem}. {where} "
                "There was no usable backup, so CareerDesk started with empty data.")


def _timestamped(folder: Path, stem: str, suffix: str) -> Path:
    """A new file name in `folder` that sorts by time and is not taken yet."""
    folder.mkdir(exist_ok=True)
    target = folder / f"{stem}-{datetime.now().strftime(_STAMP)}{suffix}"
    n = 1
    while target.exists():
        target = folder / f"{stem}-{datetime.now().strftime(_STAMP)}-{n}{suffix}"
        n += 1
    return target


def quarantine(path: Path) -> Path:
    """Move `path` (and its -wal/-shm companions) into damaged/, unchanged."""
    target = _timestamped(path.parent / DAMAGED_DIR, path.stem, path.suffix)
    for suffix in ("", "-wal", "-shm"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            shutil.move(str(companion), f"{target}{suffix}")
    return target


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy through the online backup API, swapped in only when complete."""
    tmp = target.with_name(f".{target.name}.partial")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dst.close()
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    os.replace(tmp, target)
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)


def backups(home: Path) -> list[Path]:
    """Backup files, newest first."""
    folder = home / BACKUP_DIR
    return sorted(folder.glob("careerdesk-*.sqlite"), reverse=True) if folder.is_dir() else []


def back_up(user_db: Path, home: Path, keep: int = KEEP_BACKUPS) -> Path:
    target = _timestamped(home / BACKUP_DIR, "careerdesk", ".sqlite")
    copy_database(user_db, target)
    for old in backups(home)[keep:]:
        old.unlink(missing_ok=True)
    log.info("backed up %s to %s", user_db, target)
    return target


def backup_due(home: Path, now: datetime | None = None) -> bool:
    newest = backups(home)
    if not newest:
        return True
    age = (now or datetime.now()) - datetime.fromtimestamp(newest[0].stat().st_mtime)
    return age >= BACKUP_EVERY


def latest_good_backup(home: Path) -> Path | None:
    for candidate in backups(home):
        if problem_with(candidate) is None:
            return candidate
    return None


def recover(user_db: Path, home: Path, problem: str) -> Recovery:
    """Move the damaged file aside and put the newest good backup in its place."""
    kept = quarantine(user_db)
    source = latest_good_backup(home)
    if source is not None:
        copy_database(source, user_db)
    log.warning("recovered from damaged data file (%s); kept as %s; restored from %s", problem, kept, source)
    return Recovery(problem, kept, source)

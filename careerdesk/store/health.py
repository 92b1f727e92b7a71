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
import stat
from datetime import datetime, timedelta
from pathlib import Path

from careerdesk.domain import i18n
from careerdesk.domain.records import record
from careerdesk.store import db as dbmod
from careerdesk.store import errors
from careerdesk.store.schema import known_user_migrations, user_migrations

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUP_DIR = "backups"
DAMAGED_DIR = "damaged"
KEEP_BACKUPS = 10
BACKUP_EVERY = timedelta(days=1)
_STAMP = "%Y%m%d-%H%M%S-%f"  # sorts by time as text
# How long a check waits for another program's lock before saying the file is in use.
BUSY_WAIT_SECONDS = 3.0


def problem_with(path: Path, leave_no_trace: bool = False) -> str | None:
    """Why `path` is damaged, in words; None when it is fine (a missing file is fine: it
    will be created). Only real damage is a problem: a file that is not a database, is
    corrupt or truncated, or comes from a newer CareerDesk. A file that is locked, may not
    be read, or sits on a failing or full disk raises a StoreError instead, because
    setting such a file aside would roll a healthy file back.

    `leave_no_trace` checks without creating the -wal/-shm files a reader normally makes
    (for `data check`, which must change nothing)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise errors.translate(exc, path) from exc
    if not stat.S_ISREG(info.st_mode):
        raise errors.DataUnreadable(i18n.translate(
            "DataHealth", "{path} is not a file; move it out of the way and try again").format(path=path))
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)  # the SQLite file header
    except PermissionError as exc:
        raise errors.DataUnreadable(i18n.translate(
            "DataHealth", "Your data file cannot be read ({path}): it belongs to another user or its "
            "permissions forbid reading. Fix its permissions (or run CareerDesk as its owner); nothing was "
            "changed.").format(path=path)) from exc
    except OSError as exc:
        raise errors.translate(exc, path) from exc
    if not header:
        return i18n.translate("DataHealth", "the file is empty")
    if not header.startswith(SQLITE_HEADER):
        return i18n.translate("DataHealth", "it is not a database file (it may have been overwritten)")
    if len(header) < 100:
        return i18n.translate("DataHealth", "the file is truncated")
    try:
        conn = _read_only(path, leave_no_trace)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
            if rows != ["ok"]:
                return _damaged("; ".join(rows[:3]))
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "_sqlite_migrations" not in tables:
                return i18n.translate("DataHealth", "it is not a CareerDesk data file")
            applied = {r[0] for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [user_migrations.name])}
        finally:
            conn.close()
    except sqlite3.Error as exc:
        error = errors.translate(exc, path)
        # A record claiming more bytes than SQLite ever writes ("string or blob too big") is a
        # damaged page too; any other error (locked, unreadable, a failing disk) is no reason
        # to set a file aside and roll it back.
        if isinstance(error, errors.DataDamaged) or errors.sqlite_code(exc) == errors.SQLITE_TOOBIG:
            return _damaged(str(exc))
        raise error from exc
    except UnicodeDecodeError as exc:  # SQLite's own message quoted garbage from a damaged schema
        return _damaged(str(exc))
    newer = applied - known_user_migrations()
    if newer:
        return i18n.translate(
            "DataHealth", "it was written by a newer version of CareerDesk (changes this version does not "
            "know: {changes})").format(changes=", ".join(sorted(newer)))
    return None


def _damaged(detail: str) -> str:
    return i18n.translate("DataHealth", "the database is damaged ({detail})").format(detail=detail)


def _read_only(path: Path, leave_no_trace: bool) -> sqlite3.Connection:
    """A read-only connection that waits a while for a writer. Without a -wal file no
    writer is mid-change, so `immutable` can read the file alone and create nothing."""
    immutable = leave_no_trace and not Path(f"{path}-wal").exists()
    uri = f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_WAIT_SECONDS)
    # A damaged file's names are garbage, and quick_check quotes them: never let a byte that is
    # not UTF-8 turn "this file is damaged" into a crash.
    conn.text_factory = lambda data: data.decode("utf-8", "replace")
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_WAIT_SECONDS * 1000)}")
    return conn


@record
class Recovery:
    """What happened when a damaged data file was found on opening."""

    problem: str
    kept_as: Path
    restored_from: Path | None

    def message(self) -> str:
        if self.restored_from is not None:
            return i18n.translate(
                "DataHealth", "Your data file could not be used: {problem}. It was kept, untouched, as "
                "{kept_as}. Your data was restored from the backup {backup}.").format(
                problem=self.problem, kept_as=self.kept_as, backup=self.restored_from.name)
        return i18n.translate(
            "DataHealth", "Your data file could not be used: {problem}. It was kept, untouched, as {kept_as}. "
            "There was no usable backup, so CareerDesk started with empty data.").format(
            problem=self.problem, kept_as=self.kept_as)


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
    """Move `path` (and its -wal/-shm companions) into damaged/, unchanged. The folder is
    made first and the main file moved first, so a failure moves nothing."""
    target = _timestamped(path.parent / DAMAGED_DIR, path.stem, path.suffix)
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            shutil.move(str(companion), f"{target}{suffix}")
    return target


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy through the online backup API, swapped in only when complete."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.partial")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_WAIT_SECONDS)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dst.close()
    except BaseException:
        for leftover in (tmp, *(Path(f"{tmp}{s}") for s in ("-journal", "-wal", "-shm"))):
            leftover.unlink(missing_ok=True)  # (a full disk leaves the copy's journal too)
        raise
    finally:
        src.close()
    os.replace(tmp, target)
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)


def copy_failed(exc: OSError | sqlite3.Error, source: Path, folder: Path) -> errors.StoreError:
    """A failed copy as the CareerDesk error that names where it failed: a write (a full disk,
    a read-only or forbidden folder, a disk error) names the `folder` written to, which may be
    on another disk than the data; anything else, the `source` file copied."""
    written = errors.translate(exc, folder)
    return written if isinstance(written, errors.DataUnwritable) else errors.translate(exc, source)


def restore_into(source: Path, live: Path) -> None:
    """Write `source` into the live data file through the online backup API: the file
    stays the same file, so a window or CLI that has it open keeps writing to the data
    everyone sees (a swapped-in file would leave them writing to an unlinked one), and
    SQLite's locking makes them wait for, then notice, the new content."""
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_WAIT_SECONDS)
    try:
        dst = sqlite3.connect(live, timeout=BUSY_WAIT_SECONDS)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def backups(home: Path) -> list[Path]:
    """Backup files, newest first."""
    folder = home / BACKUP_DIR
    return sorted(folder.glob("careerdesk-*.sqlite"), reverse=True) if folder.is_dir() else []


def prepare_user_db(user_db: Path, home: Path, auto_backup: bool, quick_only: bool = False,
                    keep_open: bool = False) -> dbmod.Database | None:
    """Back up before any upgrade (and at most daily otherwise), then migrate. `quick_only`:
    raise NotQuick, having changed nothing, for a new file or an upgrade. `keep_open`: return
    the connection, for the caller to read on and close (a start's, see Store)."""
    db = dbmod.connect(user_db)
    try:
        dbmod.use_wal(db, durable=True)
        existing = user_db.stat().st_size > 0 and user_migrations.applied(db)
        upgrading = bool(existing) and bool(user_migrations.pending(db))
        if quick_only and (upgrading or not existing):
            raise errors.NotQuick("an upgrade")
        if existing and (upgrading or (auto_backup and backup_due(home))):
            back_up(user_db, home)
        user_migrations.apply(db)
    except BaseException:
        db.conn.close()
        raise
    if keep_open:
        return db
    db.conn.close()
    return None


def daily_backup(user_db: Path, home: Path) -> Path | None:
    """The day's backup, if none was made today; None when one was. Call with the folder lock
    held."""
    return back_up(user_db, home) if user_db.exists() and backup_due(home) else None


def back_up(user_db: Path, home: Path, keep: int = KEEP_BACKUPS) -> Path:
    """A new backup, keeping the newest `keep`. Call with the folder lock held: any
    half-written copy still lying around is then from a backup that was interrupted."""
    target = _timestamped(home / BACKUP_DIR, "careerdesk", ".sqlite")
    for stale in target.parent.glob(".*.partial*"):  # (and its journal)
        stale.unlink(missing_ok=True)
    try:
        copy_database(user_db, target)
    except (OSError, sqlite3.Error) as exc:
        raise copy_failed(exc, user_db, target.parent) from exc
    for old in backups(home)[keep:]:
        old.unlink(missing_ok=True)
    log.info("backed up %s to %s", user_db, target)
    return target


def restore_from(source: Path, user_db: Path, home: Path) -> Path:
    """Replace `user_db`'s data with `source`'s, after a backup of what is there now (returned).
    Call with the folder lock held."""
    # Copy the source first: the safety backup below may rotate the oldest backup away, and
    # that may be the very file being restored.
    staged = home / f".restore-staging-{os.getpid()}.sqlite"
    copy_database(source, staged)
    try:
        safety = back_up(user_db, home)
        restore_into(staged, user_db)
        prepare_user_db(user_db, home, auto_backup=False)  # an older backup is upgraded here
    finally:
        staged.unlink(missing_ok=True)
    return safety


def backup_due(home: Path, now: datetime | None = None) -> bool:
    newest = backups(home)
    if not newest:
        return True
    age = (now or datetime.now()) - datetime.fromtimestamp(newest[0].stat().st_mtime)
    return age >= BACKUP_EVERY


def usable(backup: Path) -> bool:
    """A backup that passes the health check (one that cannot even be read is not usable)."""
    try:
        return problem_with(backup, leave_no_trace=True) is None
    except errors.StoreError:
        return False


def latest_good_backup(home: Path) -> Path | None:
    return next((b for b in backups(home) if usable(b)), None)


def recover(user_db: Path, home: Path, problem: str) -> Recovery:
    """Set the damaged file aside and put the newest good backup in its place. The backup
    is copied next to the data file before anything moves, so a full disk or a read-only
    folder stops the recovery with the damaged file still where it was."""
    source = latest_good_backup(home)
    staged = home / f".recovery-{os.getpid()}.sqlite"
    if source is not None:
        copy_database(source, staged)
    try:
        kept = quarantine(user_db)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    if source is not None:
        os.replace(staged, user_db)
    log.warning("recovered from damaged data file (%s); kept as %s; restored from %s", problem, kept, source)
    return Recovery(problem, kept, source)

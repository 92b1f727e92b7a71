"""`careerdesk data ...`: backups, restore and a health check of the user's data."""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from careerdesk.desk import Desk
from careerdesk.store import db as dbmod
from careerdesk.store import health
from careerdesk.store.store import Store


def data_backup(store: Store, _args: argparse.Namespace) -> int:
    print(f"backed up to {store.back_up()}")
    return 0


def data_restore(store: Store, args: argparse.Namespace) -> int:
    safety = Desk(store).restore(args.file.expanduser().resolve())
    print(f"restored from {args.file}; your data as it was is kept in {safety}")
    return 0


def data_backups(store: Store, _args: argparse.Namespace) -> int:
    for path in health.backups(store.home):
        print(path)
    return 0


def data_check(home: Path) -> int:
    """Report without changing anything; exit 1 when the data file needs recovery."""
    user = home / dbmod.USER_DB
    problem = problem_without_writing(user)
    found = health.backups(home)
    if not user.exists():
        print(f"no data file yet in {home} (it is created on first use)")
    elif problem is None:
        print(f"data file: ok ({user})")
    else:
        print(f"data file: DAMAGED: {problem} ({user})")
        print("the next careerdesk command will keep it aside and restore the newest good backup")
    good = [b for b in found if problem_without_writing(b) is None]
    print(f"backups: {len(found)} ({len(good)} usable)" + (f", newest {found[0].name}" if found else ""))
    return 0 if problem is None else 1


def _in_wal_mode(path: Path) -> bool:
    """The SQLite header's read/write versions (bytes 18 and 19) are 2 in WAL mode."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(20)
    except OSError:
        return False
    return len(header) == 20 and header[18:20] == b"\x02\x02"


def _state(path: Path) -> tuple:
    """What changes when a program opens or writes `path`: the file itself and whether its
    WAL companions exist."""
    st = path.stat()
    return st.st_ino, st.st_size, st.st_mtime_ns, *(Path(f"{path}{s}").exists() for s in ("-wal", "-shm"))


def problem_without_writing(path: Path, attempts: int = 3) -> str | None:
    """health.problem_with(path), leaving nothing behind next to `path`.

    SQLite opening a WAL-mode file, even read-only, creates its -wal and -shm files when
    they are missing, and a read-only connection can never remove them. They exist
    whenever a program has the file open, so when both are there it is read in place
    (nothing new is created, and a live writer is respected). When they are missing, no
    program has it open and the file alone holds every committed change: a copy in a
    temporary folder is checked instead, trusted only if the file did not change meanwhile.
    """
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    if not path.is_file() or (wal.exists() and shm.exists()) or not _in_wal_mode(path):
        return health.problem_with(path)
    for _ in range(attempts):
        try:
            before = _state(path)
            with tempfile.TemporaryDirectory(prefix="careerdesk-check-") as folder:
                copy = Path(folder) / path.name
                shutil.copyfile(path, copy)
                if _state(path) == before:
                    return health.problem_with(copy)
        except OSError:
            break  # unreadable, or no room for a copy: the check in place says why
        if wal.exists() and shm.exists():
            break  # a program opened it meanwhile: read it in place, beside that program
    return health.problem_with(path)

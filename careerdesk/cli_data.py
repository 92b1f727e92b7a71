"""`careerdesk data ...`: backups, restore and a health check of the user's data."""

from __future__ import annotations

import argparse
from pathlib import Path

from careerdesk.store import db as dbmod
from careerdesk.store import health
from careerdesk.store.errors import StoreError
from careerdesk.store.store import Store


def data_backup(store: Store, _args: argparse.Namespace) -> int:
    print(f"backed up to {store.back_up()}")
    return 0


def data_restore(store: Store, args: argparse.Namespace) -> int:
    safety = store.restore(args.file.expanduser().resolve())
    print(f"restored from {args.file}; your data as it was is kept in {safety}")
    return 0


def data_backups(store: Store, _args: argparse.Namespace) -> int:
    for path in health.backups(store.home):
        print(path)
    return 0


def data_check(home: Path) -> int:
    """Report without changing anything (not even -wal/-shm files); exit 1 when the data
    file needs recovery, 2 when it cannot be checked (in use, unreadable, not a folder)."""
    if home.exists() and not home.is_dir():
        raise StoreError(f"{home} is a file, not a data folder")
    user = home / dbmod.USER_DB
    problem = health.problem_with(user, leave_no_trace=True)
    found = health.backups(home)
    if not user.exists():
        print(f"no data file yet in {home} (it is created on first use)")
    elif problem is None:
        print(f"data file: ok ({user})")
    else:
        print(f"data file: DAMAGED: {problem} ({user})")
        print("the next careerdesk command will keep it aside and restore the newest good backup")
    good = [b for b in found if health.usable(b)]
    print(f"backups: {len(found)} ({len(good)} usable)" + (f", newest {found[0].name}" if found else ""))
    return 0 if problem is None else 1

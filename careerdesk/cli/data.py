"""`careerdesk data ...`: backups, restore and a health check of the user's data."""

from __future__ import annotations

import argparse
from pathlib import Path

from careerdesk.service import Desk, check_data


def data_backup(desk: Desk, _args: argparse.Namespace) -> int:
    print(f"backed up to {desk.back_up()}")
    return 0


def data_restore(desk: Desk, args: argparse.Namespace) -> int:
    safety = desk.restore(args.file.expanduser().resolve())
    print(f"restored from {args.file}; your data as it was is kept in {safety}")
    return 0


def data_backups(desk: Desk, _args: argparse.Namespace) -> int:
    for path in desk.backups():
        print(path)
    return 0


def data_check(home: Path) -> int:
    """Report without changing anything (not even -wal/-shm files); exit 1 when the data
    file needs recovery, 2 when it cannot be checked (in use, unreadable, not a folder)."""
    report = check_data(home)
    if not report.exists:
        print(f"no data file yet in {home} (it is created on first use)")
    elif report.problem is None:
        print(f"data file: ok ({report.path})")
    else:
        print(f"data file: DAMAGED: {report.problem} ({report.path})")
        print("the next careerdesk command will keep it aside and restore the newest good backup")
    found = report.backups
    print(f"backups: {len(found)} ({report.usable_backups} usable)" + (f", newest {found[0].name}" if found else ""))
    return 0 if report.problem is None else 1

"""Storage failures as CareerDesk errors: the one place `sqlite3` and `OSError` become
sentences a person can act on, so screens and commands catch one kind of error.

The kinds matter: only `DataDamaged` ever leads to a file being set aside and a backup
restored. A busy, full, read-only or forbidden file is left exactly where it is.
"""

from __future__ import annotations

import errno
import functools
import inspect
import sqlite3
from pathlib import Path

from careerdesk.domain import i18n
from careerdesk.domain.errors import CareerDeskError, os_reason

# Primary SQLite result codes (the low byte of an extended code).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN = 10, 11, 13, 14
SQLITE_NOTADB, SQLITE_AUTH, SQLITE_TOOBIG = 26, 23, 18


class StoreError(CareerDeskError):
    """The data folder or a data file cannot be used right now."""


class NotQuick(Exception):  # noqa: N818 (not an error a person sees: the caller opens again)
    """A quick-only open (`Store(..., quick_only=True)`) found work that can take long: a build,
    a recovery, an upgrade, or another process holding the folder. Raised before anything was
    changed, so the caller opens again where waiting is fine (behind a progress dialog)."""


class DataInUse(StoreError):
    """Another program holds the data file locked."""

    passing = True


class DataUnwritable(StoreError):
    """The disk is full, read-only, or the file or folder may not be written."""


class DataUnreadable(StoreError):
    """The file may not be read (permissions), so it is neither checked nor moved."""


class DataDamaged(StoreError):
    """The file is not a usable database: corrupt, truncated, overwritten, or newer."""


def sqlite_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def translate(exc: BaseException, path: Path | str | None = None) -> CareerDeskError:
    """The CareerDesk error for a storage failure; `path` names the file for the person.
    `{where}` in the sentences is " (the file)" or nothing: a parenthesis reads the same in
    every language, so each sentence stays whole for its translator."""
    if isinstance(exc, CareerDeskError):
        return exc
    where = f" ({path})" if path else ""
    code = sqlite_code(exc)
    text = str(exc)
    if isinstance(exc, OSError):
        name = exc.filename or path
        where = f" ({name})" if name else ""
        if exc.errno == errno.ENOSPC:
            return DataUnwritable(_disk_full(where))
        if exc.errno in (errno.EACCES, errno.EPERM):
            return DataUnwritable(i18n.translate(
                "StoreError", "Permission denied{where}. Check who owns the folder and that you may write to it; "
                "nothing was changed.").format(where=where))
        if exc.errno == errno.EROFS:
            return DataUnwritable(i18n.translate(
                "StoreError", "The disk is read-only{where}; nothing was changed.").format(where=where))
        return StoreError(f"{os_reason(exc)}{where}")
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in text:
        return DataInUse(i18n.translate(
            "StoreError", "Your data file is in use by another program{where}. Close the other program (or "
            "wait for it to finish) and try again; nothing was changed.").format(where=where))
    if code == SQLITE_FULL or "disk is full" in text:
        return DataUnwritable(_disk_full(where))
    if code in (SQLITE_READONLY, SQLITE_PERM, SQLITE_AUTH) or "readonly" in text:
        return DataUnwritable(i18n.translate(
            "StoreError", "Your data cannot be written{where}: the file or its folder is read-only or belongs "
            "to another user. Fix its permissions and try again; nothing was changed.").format(where=where))
    if code == SQLITE_CANTOPEN or "unable to open" in text:
        return DataUnreadable(i18n.translate(
            "StoreError", "Your data file cannot be opened{where}: check that its folder exists and that you "
            "may read and write it; nothing was changed.").format(where=where))
    if code == SQLITE_IOERR or "disk I/O error" in text:
        return DataUnwritable(i18n.translate(
            "StoreError", "The disk reported an error{where}; it may be full, removed or failing. Free some "
            "space or check the disk and try again; nothing was changed.").format(where=where))
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DataDamaged(i18n.translate("StoreError", "The data file is damaged{where} ({detail}).").format(
            where=where, detail=text))
    return StoreError(f"{text}{where}")


def _disk_full(where: str) -> str:
    return i18n.translate("StoreError", "The disk is full{where}. Free some space and try again; nothing was "
                          "lost.").format(where=where)


def translated(cls: type) -> type:
    """Class decorator: every public method raises CareerDesk errors instead of sqlite3's."""
    for name, member in list(vars(cls).items()):
        if name.startswith("_") or not inspect.isfunction(member):
            continue
        setattr(cls, name, _translating(member))
    return cls


def _translating(method):
    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        try:
            return method(*args, **kwargs)
        except (sqlite3.Error, OSError) as exc:
            # `error_path` on the instance names the file for the person reading the error;
            # `on_damage`, where set, says what damage to that file means and what to do.
            owner = args[0] if args else None
            error = translate(exc, getattr(owner, "error_path", None))
            on_damage = getattr(owner, "on_damage", None)
            if isinstance(error, DataDamaged) and on_damage is not None:
                error = on_damage(error)
            raise error from exc

    return wrapper

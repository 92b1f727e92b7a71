"""Writing an output file the user named (plan PDF or Markdown, role JSON) safely.

Every export goes through `atomic_output`, so all of them behave the same:
- The path is checked first: an empty name, a folder, a device, a FIFO or a socket is
  refused with one sentence naming the path, and such a path is never opened for writing.
- A symlink is written through, to the file it points at, as most editors do: the link
  stays a link (a user who keeps `~/plan.pdf -> ~/Dropbox/plan.pdf` expects Dropbox's
  copy to change, not the link to turn into a file).
- The content goes to a new temporary file next to the target, is flushed to disk, and
  only then replaces the target in one rename, so a failure never leaves a half-written or
  truncated file; an existing file keeps its permissions.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from careerdesk.domain import i18n
from careerdesk.domain.errors import CareerDeskError, os_reason


class ExportError(CareerDeskError):
    """An export could not be written where the user asked."""


def _not_a_file(mode: int) -> str:
    """Why a path of this (non-regular) kind cannot take an export, in the reader's words."""
    if stat.S_ISDIR(mode):
        return i18n.translate("ExportError", "it is a folder, not a file")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return i18n.translate("ExportError", "it is a device, not a file")
    if stat.S_ISFIFO(mode):
        return i18n.translate("ExportError", "it is a pipe (FIFO), not a file")
    if stat.S_ISSOCK(mode):
        return i18n.translate("ExportError", "it is a socket, not a file")
    return i18n.translate("ExportError", "it is not a regular file")


def _refuse(out: Path, why: str) -> ExportError:
    return ExportError(i18n.translate("ExportError", "cannot write {path}: {why}").format(path=out, why=why))


def output_target(out: Path) -> Path:
    """The regular file an export to `out` will create or replace: `out` itself, or the
    file a symlink at `out` points to. ExportError when there is no such file to write."""
    if not out.name:  # "", ".", "/" and "dir/.." name no file
        raise _refuse(out, i18n.translate("ExportError", "give a file name, not a folder"))
    try:
        target = Path(os.path.realpath(out)) if out.is_symlink() else out
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:  # a symlink loop, a name too long, no permission on the way
        raise _refuse(out, os_reason(exc)) from exc
    if mode is not None and not stat.S_ISREG(mode):
        raise _refuse(out, _not_a_file(mode))
    if not target.parent.is_dir():
        raise _refuse(out, i18n.translate("ExportError", "there is no folder {folder}").format(folder=target.parent))
    return target


def _new_temp(target: Path) -> tuple[Path, int]:
    """A temporary file of our own next to `target` (O_EXCL: never an existing file or a
    link someone placed there); the name is short enough even for a 255-byte target name."""
    while True:
        # (os.urandom, not secrets: that imports hashlib, ~3 ms of a start that writes the PySide cache)
        tmp = target.with_name(f".{target.name[:100]}.{os.urandom(4).hex()}.partial")
        try:
            return tmp, os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue


@contextmanager
def atomic_output(out: Path) -> Iterator[Path]:
    """Yield a temporary path to write the whole output to; on a clean exit it replaces
    the target in one step, on any error it is removed and the target is left as it was.

    OSError from checking, creating or renaming becomes ExportError naming `out`."""
    target = output_target(out)
    try:
        tmp, fd = _new_temp(target)
    except OSError as exc:
        raise _refuse(out, os_reason(exc)) from exc
    try:
        os.close(fd)
        yield tmp
        with open(tmp, "rb+") as handle:  # the writer may have closed it without syncing
            os.fsync(handle.fileno())
        try:
            os.chmod(tmp, stat.S_IMODE(target.stat().st_mode))
        except FileNotFoundError:
            pass  # a new file keeps the mode the umask gave it
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _refuse(out, os_reason(exc)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text_output(out: Path, text: str) -> None:
    """Write `text` as UTF-8 to `out` through `atomic_output`."""
    with atomic_output(out) as tmp:
        tmp.write_text(text, encoding="utf-8")

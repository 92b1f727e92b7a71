"""Role files in: JSON files holding one profile or a list of them, checked all or nothing.

Every problem in every file is collected before anything is written, so a batch either
imports whole or not at all, and the person sees every mistake at once, each naming the
file, the profile and the field.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from careerdesk.domain import i18n
from careerdesk.domain.errors import CareerDeskError, describe_json_error, describe_validation_error, os_reason

if TYPE_CHECKING:  # the window's File menu names PAGE_KINDS at start; reading files validates
    from careerdesk.domain.profile import RoleProfile

MAX_FILE_BYTES = 5 * 1024 * 1024  # far above any real role file (the bundled ones are ~15 KB)
MAX_PROFILES = 5000


class RoleImportError(CareerDeskError):
    """Role files that cannot be imported; the message has one line per problem."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


class UnreadableFile(CareerDeskError):
    """A file that is not a readable, reasonably sized UTF-8 text file; one line says why."""


def _not_a_file(mode: int) -> str | None:
    """What a special file is, said plainly; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return i18n.translate("RoleFiles", "a folder")
    if stat.S_ISFIFO(mode):
        return i18n.translate("RoleFiles", "a named pipe")
    if stat.S_ISSOCK(mode):
        return i18n.translate("RoleFiles", "a socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return i18n.translate("RoleFiles", "a device")
    return i18n.translate("RoleFiles", "not a regular file")


def read_role_text(path: Path, expected: str | None = None) -> str:
    """The text of a role file or page, for the window and the command line alike: at most
    MAX_FILE_BYTES, UTF-8, no NUL bytes. FIFOs and devices are refused from `stat` before
    they are opened (reading /dev/zero never ends; opening a FIFO waits for a writer)."""
    name = path.name or str(path)
    try:
        kind = _not_a_file(os.stat(path).st_mode)
        if kind is not None:
            raise UnreadableFile(i18n.translate(
                "RoleFiles", "{name}: {kind}, not a file; choose a saved role file or page").format(
                name=name, kind=kind))
        # O_NONBLOCK: had the path been swapped for a FIFO since the stat, opening it cannot hang
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if _not_a_file(info.st_mode) is not None:
                raise UnreadableFile(i18n.translate(
                    "RoleFiles", "{name}: not a file; choose a saved role file or page").format(name=name))
            data = b"" if info.st_size > MAX_FILE_BYTES else handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise UnreadableFile(i18n.translate("RoleFiles", "{name}: cannot be read ({reason})").format(
            name=name, reason=os_reason(exc))) from exc
    size = max(info.st_size, len(data))
    if size > MAX_FILE_BYTES:
        mb = size / 1024 / 1024
        # whole megabytes from 10 up (no thousands separator, as before); one decimal below
        shown = f"{mb:.0f}" if mb >= 10 else i18n.number(mb, 1)
        raise UnreadableFile(i18n.translate(
            "RoleFiles", "{name}: too large ({size} MB; role files are at most {most} MB)").format(
            name=name, size=shown, most=MAX_FILE_BYTES // 1024 // 1024))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = "\0"
    if "\0" in text:
        raise UnreadableFile(i18n.translate("RoleFiles", "{name}: not a text file (expected {expected})").format(
            name=name, expected=expected or i18n.translate("RoleFiles", "UTF-8 text")))
    return text


PAGE_KINDS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
PageReader = Callable[[str, str], dict]  # (page text, "txt" | "md" | "html") -> profile data


def read_page_file(path: Path, page_reader: PageReader) -> dict:
    """A role page (.txt, .md, .html) -> profile data, with the checks of every role file;
    UnreadableFile (one line) when it cannot be read."""
    text = read_role_text(path)
    try:
        return page_reader(text, PAGE_KINDS.get(path.suffix.lower(), "txt"))
    except Exception as exc:  # a page we cannot read is one problem line, never a crash
        raise UnreadableFile(i18n.translate("RoleFiles", "{name}: could not be read as a role page ({error})").format(
            name=path.name, error=exc)) from exc


def _profiles_in(path: Path, problems: list[str], page_reader: PageReader | None) -> list[tuple[str, object]]:
    name = path.name
    try:
        if path.suffix.lower() in PAGE_KINDS and page_reader is not None:
            return [(name, read_page_file(path, page_reader))]
        text = read_role_text(path, i18n.translate("RoleFiles", "UTF-8 JSON"))
    except UnreadableFile as exc:
        problems.append(str(exc))
        return []
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        problems.append(i18n.translate("RoleFiles", "{name}: not valid JSON: {error}").format(
            name=name, error=describe_json_error(exc)))
        return []
    except RecursionError:
        problems.append(i18n.translate("RoleFiles", "{name}: nested too deeply to be a role profile").format(name=name))
        return []
    if isinstance(data, dict):
        return [(f"{name}", data)]
    if isinstance(data, list):
        if not data:
            problems.append(i18n.translate("RoleFiles", "{name}: holds no role profiles (an empty list)").format(
                name=name))
            return []
        if len(data) > MAX_PROFILES:
            problems.append(i18n.translate("RoleFiles", "{name}: {count} profiles in one file; at most {most}").format(
                name=name, count=len(data), most=MAX_PROFILES))
            return []
        where = i18n.translate("RoleFiles", "{name}: profile {number}")
        return [(where.format(name=name, number=i), item) for i, item in enumerate(data, 1)]
    problems.append(i18n.translate(
        "RoleFiles", "{name}: expected a role profile (a JSON object) or a list of them").format(name=name))
    return []


def read_role_files(paths: list[Path], page_reader: PageReader | None = None) -> list[RoleProfile]:
    """Validate every profile in every file (JSON, or role pages as .txt/.md/.html when a
    `page_reader` is given); raise RoleImportError listing all problems."""
    from pydantic import ValidationError

    from careerdesk.domain.profile import RoleProfile

    problems: list[str] = []
    profiles: list[RoleProfile] = []
    seen: dict[str, str] = {}
    for path in paths:
        for where, data in _profiles_in(path, problems, page_reader):
            role_id = data.get("id") if isinstance(data, dict) else None
            label = f"{where} (`{role_id}`)" if isinstance(role_id, str) and role_id else where
            if not isinstance(data, dict):
                problems.append(i18n.translate("RoleFiles", "{where}: expected a role profile (a JSON object)").format(
                    where=label))
                continue
            try:
                profile = RoleProfile.model_validate(data)
            except ValidationError as exc:
                problems.extend(describe_validation_error(exc, label))
                continue
            if profile.id in seen:
                problems.append(i18n.translate("RoleFiles", "{where}: id `{id}` is also used by {other}").format(
                    where=label, id=profile.id, other=seen[profile.id]))
                continue
            seen[profile.id] = where
            profiles.append(profile)
    if not profiles and not problems:
        problems.append(i18n.translate("RoleFiles", "no role profiles found"))
    if problems:
        raise RoleImportError(problems)
    return profiles


def profile_json(profile: RoleProfile) -> str:
    """The public JSON form, as `roles show --json` prints it and import reads it."""
    return json.dumps(profile.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"

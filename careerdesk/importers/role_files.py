"""Role files in: JSON files holding one profile or a list of them, checked all or nothing.

Every problem in every file is collected before anything is written, so a batch either
imports whole or not at all, and the person sees every mistake at once, each naming the
file, the profile and the field.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from pydantic import ValidationError

from careerdesk.domain.errors import CareerDeskError, describe_json_error, describe_validation_error
from careerdesk.domain.profile import RoleProfile

MAX_FILE_BYTES = 5 * 1024 * 1024  # far above any real role file (the bundled ones are ~15 KB)
MAX_PROFILES = 5000


class RoleImportError(CareerDeskError):
    """Role files that cannot be imported; the message has one line per problem."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


PAGE_KINDS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
PageReader = Callable[[str, str], dict]  # (page text, "txt" | "md" | "html") -> profile data


def _profiles_in(path: Path, problems: list[str], page_reader: PageReader | None) -> list[tuple[str, object]]:
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            problems.append(f"{name}: too large ({size // 1024 // 1024} MB; role files are at most "
                            f"{MAX_FILE_BYTES // 1024 // 1024} MB)")
            return []
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        problems.append(f"{name}: cannot be read ({exc.strerror or exc})")
        return []
    except UnicodeDecodeError:
        problems.append(f"{name}: not a text file (expected UTF-8 JSON)")
        return []
    kind = PAGE_KINDS.get(path.suffix.lower())
    if kind is not None and page_reader is not None:
        try:
            return [(name, page_reader(text, kind))]
        except Exception as exc:  # a page we cannot read is one problem line, never a crash
            problems.append(f"{name}: could not be read as a role page ({exc})")
            return []
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        problems.append(f"{name}: not valid JSON: {describe_json_error(exc)}")
        return []
    except RecursionError:
        problems.append(f"{name}: nested too deeply to be a role profile")
        return []
    if isinstance(data, dict):
        return [(f"{name}", data)]
    if isinstance(data, list):
        if not data:
            problems.append(f"{name}: holds no role profiles (an empty list)")
            return []
        if len(data) > MAX_PROFILES:
            problems.append(f"{name}: {len(data)} profiles in one file; at most {MAX_PROFILES}")
            return []
        return [(f"{name}: profile {i}", item) for i, item in enumerate(data, 1)]
    problems.append(f"{name}: expected a role profile (a JSON object) or a list of them")
    return []


def read_role_files(paths: list[Path], page_reader: PageReader | None = None) -> list[RoleProfile]:
    """Validate every profile in every file (JSON, or role pages as .txt/.md/.html when a
    `page_reader` is given); raise RoleImportError listing all problems."""
    problems: list[str] = []
    profiles: list[RoleProfile] = []
    seen: dict[str, str] = {}
    for path in paths:
        for where, data in _profiles_in(path, problems, page_reader):
            role_id = data.get("id") if isinstance(data, dict) else None
            label = f"{where} (`{role_id}`)" if isinstance(role_id, str) and role_id else where
            if not isinstance(data, dict):
                problems.append(f"{label}: expected a role profile (a JSON object)")
                continue
            try:
                profile = RoleProfile.model_validate(data)
            except ValidationError as exc:
                problems.extend(describe_validation_error(exc, label))
                continue
            if profile.id in seen:
                problems.append(f"{label}: id `{profile.id}` is also used by {seen[profile.id]}")
                continue
            seen[profile.id] = where
            profiles.append(profile)
    if not profiles and not problems:
        problems.append("no role profiles found")
    if problems:
        raise RoleImportError(problems)
    return profiles


def profile_json(profile: RoleProfile) -> str:
    """The public JSON form, as `roles show --json` prints it and import reads it."""
    return json.dumps(profile.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"

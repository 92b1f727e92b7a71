"""Reads the bundled role catalogue from its human-readable source files in `data/`.

Layout: `data/skills.json` (the canonical skill list with aliases) and one
`data/roles/<id>.json` per role, each in the public RoleProfile JSON form.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from careerdesk.domain.checks import Wage
from careerdesk.domain.errors import CatalogueError, describe_validation_error
from careerdesk.domain.profile import RoleProfile
from careerdesk.domain.skills import CanonicalSkill, SkillIndex

_SKILLS = TypeAdapter(list[CanonicalSkill])


@dataclass(frozen=True)
class Catalogue:
    """The validated contents of a catalogue folder."""

    skills: SkillIndex
    roles: list[RoleProfile]


def role_files(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "roles").glob("*.json"))


def fingerprint(data_dir: Path) -> str:
    """Name, size and modification time of every catalogue source file: it changes when
    any file is added, removed or edited. Stat, not read: start-up at 10,000 roles would
    otherwise spend most of its time hashing files that have not changed."""
    digest = hashlib.sha256()
    entries = [(e.name, e.stat()) for e in os.scandir(data_dir / "roles") if e.name.endswith(".json")]
    skills = (data_dir / "skills.json").stat()
    for name, stat in [("skills.json", skills), *sorted(entries, key=lambda pair: pair[0])]:
        digest.update(f"{name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def _read_json(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(f"{path.name}: cannot be read ({exc})") from exc
    except json.JSONDecodeError as exc:
        from careerdesk.domain.errors import describe_json_error

        raise CatalogueError(f"{path.name}: not valid JSON: {describe_json_error(exc)}") from exc


def load_catalogue(data_dir: Path) -> Catalogue:
    """Validate every file in `data_dir`; errors name the file and the field."""
    problems: list[str] = []
    try:
        skills = SkillIndex(_SKILLS.validate_python(_read_json(data_dir / "skills.json")))
    except ValidationError as exc:
        raise CatalogueError("\n".join(describe_validation_error(exc, "skills.json"))) from exc
    except ValueError as exc:
        raise CatalogueError(f"skills.json: {exc}") from exc
    roles: list[RoleProfile] = []
    for path in role_files(data_dir):
        try:
            role = RoleProfile.model_validate(_read_json(path))
        except ValidationError as exc:
            problems.extend(describe_validation_error(exc, path.name))
            continue
        except CatalogueError as exc:
            problems.append(str(exc))
            continue
        if path.stem != role.id:
            problems.append(f"{path.name}: `id`: must match the file name ({path.stem!r})")
        names = [skills.canonical_name(s.name) for s in role.skills]
        for twice in sorted({n for n in names if names.count(n) > 1}):
            problems.append(f"{path.name}: `skills`: {twice!r} is listed twice (under two of its names)")
        roles.append(role)
    if problems:
        raise CatalogueError("\n".join(problems))
    return Catalogue(skills=skills, roles=roles)


WAGES_FILE = "oews-wages.json"


def load_wages(data_dir: Path) -> dict[str, Wage] | None:
    """The OEWS percentiles the catalogue checks test pay against (data/oews-wages.json, made
    by scripts/make_oews_wages.py), or None when the folder has none (a user's own folder)."""
    path = data_dir / WAGES_FILE
    if not path.exists():
        return None
    data = _read_json(path)
    try:
        return {code: Wage(p10=w["annual_p10"], p90=w["annual_p90"]) for code, w in data["wages"].items()}
    except (TypeError, KeyError) as exc:
        raise CatalogueError(f"{WAGES_FILE}: not in the expected form ({exc})") from exc

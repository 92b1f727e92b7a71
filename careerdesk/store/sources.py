"""Reads the bundled role catalogue from its human-readable source files in `data/`.

Layout: `data/skills.json` (the canonical skill list with aliases), one
`data/roles/<id>.json` per role, each in the public RoleProfile JSON form, and the built-in
O*NET pack in `data/onet/` (made by scripts/build_onet_pack.py: every occupation as one
profile per line, gzipped, plus about.json with the release, its attribution, job zones and
interest areas, and skill-map.json, the O*NET-to-canonical vocabulary).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from careerdesk.domain.errors import CatalogueError, describe_validation_error

if TYPE_CHECKING:
    # Validation needs pydantic, imported by the functions that validate: the window reads
    # about.json from here on every start, and starts without pydantic (domain/reading.py).
    from pydantic import TypeAdapter

    from careerdesk.domain.checks import Wage
    from careerdesk.domain.profile import RoleProfile
    from careerdesk.domain.skills import SkillIndex
    from careerdesk.domain.vocabulary import Vocabulary


@cache
def _skills_adapter() -> TypeAdapter:
    from pydantic import TypeAdapter

    from careerdesk.domain.skills import CanonicalSkill

    return TypeAdapter(list[CanonicalSkill])


class Catalogue(NamedTuple):
    """The validated contents of a catalogue folder. (A NamedTuple: the window imports this
    module on every start, for onet_about, and a dataclass costs ~1 ms to define.)"""

    skills: SkillIndex
    roles: list[RoleProfile]


def role_files(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "roles").glob("*.json"))


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
    from pydantic import ValidationError

    from careerdesk.domain.profile import RoleProfile
    from careerdesk.domain.skills import SkillIndex

    problems: list[str] = []
    try:
        skills = SkillIndex(_skills_adapter().validate_python(_read_json(data_dir / "skills.json")))
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
    from careerdesk.domain.checks import Wage

    path = data_dir / WAGES_FILE
    if not path.exists():
        return None
    data = _read_json(path)
    try:
        return {code: Wage(p10=w["annual_p10"], p90=w["annual_p90"]) for code, w in data["wages"].items()}
    except (TypeError, KeyError) as exc:
        raise CatalogueError(f"{WAGES_FILE}: not in the expected form ({exc})") from exc


PACK = Path("onet") / "occupations.jsonl.gz"


def read_profiles(path: Path) -> list[RoleProfile]:
    """Profiles stored one JSON object per line (the O*NET pack, gzipped, or an import)."""
    import gzip

    from pydantic import ValidationError

    from careerdesk.domain.profile import RoleProfile

    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as handle:
            return [RoleProfile.model_validate_json(line) for line in handle if line.strip()]
    except ValidationError as exc:
        raise CatalogueError("\n".join(describe_validation_error(exc, path.name)[:10])) from exc
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise CatalogueError(f"{path.name}: cannot be read ({exc})") from exc


class LazyProfiles(Sequence):
    """Profiles read from their file on first use: a catalogue build that finds an identical
    earlier build to copy (store.catalogue.CACHE_ENV) never spends half a second parsing them."""

    def __init__(self, path: Path):
        self.path = path
        self._items: list[RoleProfile] | None = None

    def _load(self) -> list[RoleProfile]:
        if self._items is None:
            self._items = read_profiles(self.path)
        return self._items

    def __len__(self) -> int:
        return len(self._load())

    def __getitem__(self, index):
        return self._load()[index]

    def __iter__(self):
        return iter(self._load())


def onet_source(imported: Path, data_dir: Path) -> Sequence[RoleProfile]:
    """The O*NET occupations: the user's own import of a newer release when there is one,
    else the pack that ships in `data/` (none in a catalogue folder without one)."""
    if imported.exists():
        return LazyProfiles(imported)
    pack = data_dir / PACK
    return LazyProfiles(pack) if pack.exists() else []


def replace_onet_source(path: Path, profiles: list[RoleProfile], rebuild: Callable[[], object]) -> int:
    """Make `profiles` the user's O*NET import at `path` (written whole, then swapped in) and
    `rebuild` the catalogue from it; when that fails, the previous import is put back and
    built again, so the app keeps working, and the failure is raised."""
    path.parent.mkdir(exist_ok=True)
    tmp = path.with_name(".onet.jsonl.partial")
    previous = path.with_name(".onet.jsonl.previous")
    with tmp.open("w", encoding="utf-8") as handle:
        for profile in profiles:
            handle.write(profile.model_dump_json() + "\n")
    had_previous = path.exists()
    if had_previous:
        path.replace(previous)
    tmp.replace(path)
    try:
        rebuild()
    except Exception:
        path.unlink(missing_ok=True)
        if had_previous:
            previous.replace(path)
        rebuild()
        raise
    previous.unlink(missing_ok=True)
    return len(profiles)


def onet_about(data_dir: Path) -> dict:
    """The pack's about.json: release, attribution, job zones, interest areas ({} if absent)."""
    path = data_dir / "onet" / "about.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def technology_names(data_dir: Path) -> list[str]:
    """O*NET's multi-word technology names ("Spring Boot"), [] when the pack is absent."""
    import gzip

    path = data_dir / "onet" / "technology-names.txt.gz"
    if not path.exists():
        return []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [line.strip() for line in handle if line.strip()]


def onet_vocabulary(data_dir: Path) -> Vocabulary:
    """The mapping from O*NET names to this catalogue's canonical skills."""
    from careerdesk.domain.skills import SkillIndex
    from careerdesk.domain.vocabulary import Vocabulary

    skills = SkillIndex(_skills_adapter().validate_python(_read_json(data_dir / "skills.json")))
    path = data_dir / "onet" / "skill-map.json"
    return Vocabulary(skills, json.loads(path.read_text(encoding="utf-8")) if path.exists() else {})

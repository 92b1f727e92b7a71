"""Building the catalogue database from validated profiles (the queries are in catalogue.py).

Also what tells whether a built catalogue is current: its stamp, from the sources' fingerprint."""

from __future__ import annotations

import json
import logging
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from careerdesk.domain.kinds import skill_key
from careerdesk.store import db as dbmod
from careerdesk.store import errors
from careerdesk.store.db import Database
from careerdesk.store.rank_positions import order_of, spaced
from careerdesk.store.schema import CATALOGUE_SCHEMA, create_catalogue_tables
from careerdesk.store.search import _norm, word_line

if TYPE_CHECKING:
    # Building needs pydantic's validated profiles; reading does not (domain/reading.py).
    from careerdesk.domain.profile import RoleProfile
    from careerdesk.domain.skills import SkillIndex
log = logging.getLogger(__name__)


def catalogue_stamp(data_fingerprint: str) -> str:
    """What the catalogue file must record to be current: source files plus table layout."""
    return f"{CATALOGUE_SCHEMA}:{data_fingerprint}"


def _fixed_files(data_dir: Path) -> list[tuple[str, os.stat_result]]:
    """skills.json and the O*NET pack's files: a handful, whatever the catalogue's size."""
    onet = data_dir / "onet"
    pack = [(f"onet/{e.name}", e.stat()) for e in os.scandir(onet)] if onet.is_dir() else []
    return [("skills.json", (data_dir / "skills.json").stat()), *sorted(pack)]


def fingerprint(data_dir: Path) -> str:
    """Name, size and modification time of every catalogue source file: it changes when
    any file is added, removed or edited. Stat, not read: start-up at 10,000 roles would
    otherwise spend most of its time hashing files that have not changed. Still one stat
    per role file (~0.1 s at 10,000): a window start asks `quick_fingerprint` instead and
    this only after its first paint. (Here, not in sources.py: sources.py needs pydantic.)"""
    from careerdesk.domain.digest import sha256  # (not hashlib's: OpenSSL in every window, domain/digest.py)

    digest = sha256()
    entries = [(e.name, e.stat()) for e in os.scandir(data_dir / "roles") if e.name.endswith(".json")]
    for name, stat in [*_fixed_files(data_dir), *sorted(entries, key=lambda pair: pair[0])]:
        digest.update(f"{name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def quick_fingerprint(data_dir: Path) -> str:
    """What can be told about the sources without a stat per role file: the roles folder's
    own times (adding, removing or renaming a file, or saving one by replacing it, changes
    them) and the few fixed files. A role file edited in place changes only `fingerprint`,
    so whoever trusts this must look at that too, later (Store.sources_stale)."""
    roles = (data_dir / "roles").stat()
    parts = [f"roles/\0{roles.st_ino}\0{roles.st_mtime_ns}\0{roles.st_ctime_ns}"]
    parts += [f"{name}\0{stat.st_size}\0{stat.st_mtime_ns}" for name, stat in _fixed_files(data_dir)]
    return "\n".join(parts)


def data_part(stamp: str | None) -> str | None:
    """The sources' fingerprint a catalogue stamp records (None: not a stamp of this layout)."""
    prefix = catalogue_stamp("")
    if stamp is None or not stamp.startswith(prefix):
        return None
    return stamp[len(prefix):].split(":", 1)[0]


def read_meta(path: Path, wait: bool = True) -> dict[str, str]:
    """The meta rows (stamp, sources) of an existing catalogue file; {} when it is missing
    or damaged (not a database, malformed, no meta table), which means "rebuild".

    A file another program holds locked is not damaged: rebuilding it would write over a file
    someone is using, and take seconds at 10,000 roles. That waits as reads do (the busy
    timeout; not at all without `wait`), then raises DataInUse."""
    db, meta = open_with_meta(path, wait)
    if db is not None:
        db.conn.close()
    return meta


def open_with_meta(path: Path, wait: bool = True) -> tuple[Database | None, dict[str, str]]:
    """`read_meta`'s answer and the connection it was read on, left open with its usual busy
    timeout: a window start keeps it as the catalogue's connection when the stamp says current,
    instead of opening the file and reading its schema a second time. (None, {}): missing or
    damaged."""
    if not path.exists():
        return None, {}
    db = None
    try:
        db = dbmod.connect(path)
        if not wait:
            db.execute("PRAGMA busy_timeout = 0")
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        if not wait:
            db.execute(f"PRAGMA busy_timeout = {dbmod.BUSY_TIMEOUT_MS}")
        return db, meta
    except Exception as exc:  # any damage means "rebuild", never "crash"
        if db is not None:
            db.conn.close()
        error = errors.translate(exc, path)
        if isinstance(error, errors.DataInUse):
            raise error from exc
        log.warning("catalogue %s unreadable, will rebuild: %s", path, exc)
        return None, {}


def record_sources(path: Path, quick: str) -> None:
    """Remember with the catalogue the quick look at the sources it was built from (or
    found current with), so the next window start can trust it. Only a saving: a full disk
    or a busy file leaves the next start to look at every file, never fails this one."""
    try:
        db = dbmod.connect(path)
        try:
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('sources', ?)", [quick])
        finally:
            db.conn.close()
    except Exception as exc:  # noqa: BLE001 - see above
        log.info("could not note the sources' quick look in %s: %s", path, exc)


def read_stamp(path: Path) -> str | None:
    """The stamp of an existing catalogue file, or None when it is missing or damaged
    (DataInUse when another program holds it locked: see read_meta)."""
    return read_meta(path).get("stamp")


# A folder of finished catalogues by stamp, reused instead of building again. Set by the test
# suite, where hundreds of fresh homes would otherwise each spend seconds building the same
# 1,000-role catalogue; unset in normal use.
CACHE_ENV = "CAREERDESK_CATALOGUE_CACHE"
_CACHE_MIN_ROLES = 200  # small catalogues build faster than a cache lookup is worth


def build_catalogue(path: Path, roles: list[RoleProfile], skills: SkillIndex, stamp: str,
                    user_roles: list[RoleProfile] = (), imported: list[RoleProfile] = ()) -> None:
    """Build (or, with CACHE_ENV set, copy an identical earlier build of) the catalogue."""
    import hashlib

    cache_dir = os.environ.get(CACHE_ENV)
    cached = Path(cache_dir) / (hashlib.sha256(stamp.encode()).hexdigest() + ".sqlite") if cache_dir else None
    if cached is not None and cached.exists():
        tmp = path.with_name(path.name + ".copying")
        try:
            shutil.copyfile(cached, tmp)
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)  # (a copy cut short by a full disk holds the space it took)
            raise
        for stale in (Path(f"{path}-wal"), Path(f"{path}-shm")):
            stale.unlink(missing_ok=True)
        return
    _build(path, roles, skills, stamp, user_roles, imported)
    if cached is not None and len(roles) + len(user_roles) + len(imported) >= _CACHE_MIN_ROLES:
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_name(f"{cached.name}.{os.getpid()}.partial")
        shutil.copyfile(path, partial)
        os.replace(partial, cached)


def _build(path: Path, roles: list[RoleProfile], skills: SkillIndex, stamp: str,
           user_roles: list[RoleProfile] = (), imported: list[RoleProfile] = ()) -> None:
    """Write a complete catalogue to a temporary file, then swap it in, so a crash
    mid-build leaves the previous catalogue (or none), never half of one. Sources in order
    of precedence: the user's own roles, then the curated catalogue, then the O*NET
    occupations (built in, or a newer release the user imported); an id appears once.
    Each role is stamped with its source, and a role naming an O*NET code gets that
    occupation's facts (wages, job zone, interests) when it has none of its own."""
    # Builders take turns under the folder lock, so any other half-built file is left
    # from a build that died; the name is still this process's own, never shared.
    from careerdesk.domain.skills import canonicalize

    for stale in path.parent.glob(f"{path.name}.*building*"):
        stale.unlink(missing_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.building")
    try:
        db = dbmod.connect(tmp)
        try:
            # Every row is derived from validated profiles and written once, into a file no one
            # reads until it is swapped in: checking each reference on insert only costs time.
            db.execute("PRAGMA foreign_keys = OFF")
            with db.atomic():
                create_catalogue_tables(db)
                _insert_skills(db, skills)
                fill_alias_keys(db)
                placed: dict[str, RoleProfile] = {}
                facts = {r.onet_code: r.occupation for r in imported if r.onet_code and r.occupation}
                for source, group in (("mine", user_roles), ("curated", roles), ("onet", imported)):
                    for role in group:
                        if role.id not in placed:
                            update: dict = {"source": source}
                            if role.occupation is None and role.onet_code in facts:
                                update["occupation"] = facts[role.onet_code]
                            placed[role.id] = role.model_copy(update=update)  # (shallow: cheap)
                # every role's place in the search order first (canonical skill names do not move it)
                positions = spaced([order_of(role) for role in placed.values()])
                for role in placed.values():
                    _insert_role(db, canonicalize(role, skills), skills, positions[role.id])
                db.execute("INSERT INTO skill_demand SELECT skill_key, count(*) FROM role_skills GROUP BY skill_key")
                db.execute("INSERT INTO meta (key, value) VALUES ('stamp', ?)", [stamp])
        finally:
            db.conn.close()
    except BaseException:
        dbmod.discard_unfinished(tmp)
        raise
    os.replace(tmp, path)
    for stale in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)


ALIAS_KEYS = "skill_alias_keys"


def fill_alias_keys(db: Database) -> None:
    """Which skill each alias key names, from the `skills` table (written only by a full build,
    so this stays current with it). Changing one of the user's roles looks its skill names up
    here (catalogue_update.skills_named_in): reading every skill's aliases instead took ~35 ms
    at 12,500 skills (50,000 roles). A catalogue built before the table gets it at its first
    such change, in that change's transaction."""
    db.execute(f"CREATE TABLE {ALIAS_KEYS} (alias_key TEXT NOT NULL, skill_key TEXT NOT NULL, "
               "PRIMARY KEY (alias_key, skill_key)) WITHOUT ROWID")
    rows = {(skill_key(alias), key) for key, aliases in db.execute("SELECT skill_key, aliases FROM skills")
            for alias in json.loads(aliases)}
    db.conn.executemany(f"INSERT INTO {ALIAS_KEYS} (alias_key, skill_key) VALUES (?, ?)", sorted(rows))


def letter_tiers(names: dict[str, int]) -> dict[str, int]:
    """The first letters a role's names (name -> is_title, as role_names holds them) start
    with, and the tier a one-letter search gives the role for each (search._LETTER_ORDER): 3
    when its title starts with it, else 4. An alias counts as the alias step of a longer search
    took it (a name below the letter followed by U+10FFFF: every name but one going on with
    that very character)."""
    tiers: dict[str, int] = {}
    for name, is_title in names.items():
        if name and (is_title or name < name[0] + "\U0010ffff"):
            tiers[name[0]] = min(tiers.get(name[0], 4), 3 if is_title else 4)
    return tiers


def _insert_skills(db: Database, skills: SkillIndex) -> None:
    db.conn.executemany(
        "INSERT INTO skills (skill_key, name, kind, aliases, learn) VALUES (?, ?, ?, ?, ?)",
        [(skill_key(s.name), s.name, s.kind.value, json.dumps(s.aliases),
          json.dumps([link.model_dump() for link in s.learn])) for s in skills.skills],
    )


def _insert_role(db: Database, role: RoleProfile, skills: SkillIndex, position: int, rowid: int | None = None) -> None:
    """A role's rows in every catalogue table; `position`: its rank_pos (store/rank_positions.py);
    `rowid`: its row in roles and the full-text tables (the next one when None)."""
    from careerdesk.domain.fit import skill_weight

    weights = [skill_weight(s.kind.value, s.importance) for s in role.skills]
    facts = role.occupation
    wages = facts.wages if facts else None
    db.execute(
        "INSERT INTO roles (rowid, id, title, family, source, skill_count, skill_weight, profile, onet_code, "
        "employment, median_pay, job_zone, interests) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [rowid, role.id, role.title, role.family, role.source, len(role.skills), sum(weights), role.model_dump_json(),
         role.onet_code, wages.employment if wages else None, wages.median if wages else None,
         facts.job_zone if facts else None, facts.interests if facts else ""],
    )
    names = {_norm(role.title): 1}
    for alias in role.aliases:
        names.setdefault(_norm(alias), 0)
    db.conn.executemany(
        "INSERT INTO role_names (name, role_id, is_title, title, family, source, rank_pos) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(name, role.id, is_title, role.title, role.family, role.source, position) for name, is_title in names.items()])
    db.conn.executemany(
        "INSERT INTO role_initials (initial, tier, rank_pos, role_id, title, family, source) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(initial, tier, position, role.id, role.title, role.family, role.source)
         for initial, tier in letter_tiers(names).items()])
    db.conn.executemany(
        "INSERT INTO role_skills (role_id, position, skill_key, name, kind, weight) VALUES (?, ?, ?, ?, ?, ?)",
        [(role.id, i, skill_key(s.name), s.name, s.kind.value, w)
         for i, (s, w) in enumerate(zip(role.skills, weights, strict=True))],
    )
    db.conn.executemany(
        "INSERT INTO career_steps (role_id, position, title, target_id, kind) VALUES (?, ?, ?, ?, ?)",
        [(role.id, i, step.title, step.role_id, step.kind) for i, step in enumerate(role.career_path)],
    )
    skill_words = []
    for s in role.skills:
        known = skills.resolve(s.name)
        skill_words.extend([s.name, *(known.aliases if known else [])])
        if s.detail:
            skill_words.append(s.detail)
    rowid = db.execute("SELECT rowid FROM roles WHERE id = ?", [role.id]).fetchone()[0]
    aliases = " | ".join(role.aliases)
    db.execute("INSERT INTO roles_fts (rowid, title, aliases, skills) VALUES (?, ?, ?, ?)",
               [rowid, role.title, aliases, " | ".join(skill_words)])
    db.execute("INSERT INTO role_name_text (rowid, title, aliases) VALUES (?, ?, ?)", [rowid, role.title, aliases])
    # (the search order's columns too: where an own role added goes, rank_positions.place)
    db.execute("INSERT INTO role_rank (fts_row, rank_pos, id, title, family, source, onet, specialised, employment, "
               "title_key, title_words, alias_words) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
               [rowid, position, role.id, role.title, role.family, role.source, *order_of(role)[:3],
                role.title.casefold(), title_words := word_line(role.title), alias_words := word_line(aliases)])
    db.execute("INSERT INTO role_alias_words (rowid, alias_words) VALUES (?, ?)", [rowid, alias_words])
    db.execute("INSERT INTO role_title_words (rowid, title_words) VALUES (?, ?)", [rowid, title_words])

"""The catalogue built when the package is built, so a first launch copies it instead of
validating and indexing ~1,080 profiles (about a second) while the person waits.

`scripts/build_catalogue.py` writes `data/catalogue.sqlite` (the PyInstaller spec and the
benchmark run it; a checkout without it simply builds on first launch, as before). The file
records a digest of the *contents* of the sources it was built from: modification times
change when a package is installed, contents do not. A first launch uses it only when the
user has no roles of their own and no imported O*NET release, and the digest still matches;
anything else builds as always, so a stale or damaged file can cost time, never correctness.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import shutil
from pathlib import Path

from careerdesk.store import db as dbmod
from careerdesk.store.schema import CATALOGUE_SCHEMA

log = logging.getLogger(__name__)

PREBUILT = "catalogue.sqlite"  # in the data folder, beside skills.json


def source_files(data_dir: Path) -> list[Path]:
    """Every file a catalogue is built from (what `catalogue.fingerprint` stats)."""
    onet = data_dir / "onet"
    return [data_dir / "skills.json", *sorted(p for p in (onet.iterdir() if onet.is_dir() else []) if p.is_file()),
            *sorted((data_dir / "roles").glob("*.json"))]


def content_digest(data_dir: Path) -> str:
    """The table layout and the bytes of every source file (~2 MB: a few milliseconds)."""
    digest = hashlib.sha256(f"{CATALOGUE_SCHEMA}\n".encode())
    for path in source_files(data_dir):
        digest.update(f"{path.relative_to(data_dir).as_posix()}\0{path.stat().st_size}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _recorded(path: Path) -> str | None:
    try:
        db = dbmod.connect(path)
        try:
            row = db.execute("SELECT value FROM meta WHERE key = 'content'").fetchone()
        finally:
            db.conn.close()
    except Exception as exc:  # a damaged file means "build instead", never a failed start
        log.warning("prebuilt catalogue %s unreadable, building instead: %s", path, exc)
        return None
    return row[0] if row else None


def is_current(data_dir: Path) -> bool:
    """True when data_dir holds a prebuilt catalogue built from exactly its sources."""
    source = data_dir / PREBUILT
    return source.is_file() and _recorded(source) == content_digest(data_dir)


def _damage(db) -> str | None:
    """What `PRAGMA quick_check` found wrong with `db` (None: nothing)."""
    try:
        rows = db.execute("PRAGMA quick_check").fetchall()
    except Exception as exc:  # so damaged it cannot even be checked
        return str(exc)
    return None if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows)


def _copy(source: Path, tmp: Path, target: Path) -> None:
    """shutil.copyfile, but a disk that fills up is named as the one being written: the error
    names the file being *read* (the data folder's catalogue), which sends a person to free
    space on the wrong disk."""
    try:
        shutil.copyfile(source, tmp)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise OSError(exc.errno, exc.strerror, str(target)) from exc
        raise


def install_prebuilt(data_dir: Path, target: Path, stamp: str) -> bool:
    """Copy the prebuilt catalogue to `target` stamped `stamp`, if it matches the sources
    in `data_dir`; False (nothing changed) when there is none or it does not match."""
    if not is_current(data_dir):
        return False
    source = data_dir / PREBUILT
    tmp = target.with_name(f"{target.name}.{os.getpid()}.building")
    try:
        _copy(source, tmp, target)
        db = dbmod.connect(tmp)
        try:
            # The digest sits on one page: pages spoilt elsewhere (a bad download or disk) would
            # make every start fail, so the copy is checked (~25 ms, on a first launch only).
            problem = _damage(db)
            if problem is None:
                with db.atomic():  # then it holds exactly what a build here would have written
                    db.execute("UPDATE meta SET value = ? WHERE key = 'stamp'", [stamp])
                    db.execute("DELETE FROM meta WHERE key = 'content'")
        finally:
            db.conn.close()
    except BaseException:
        dbmod.discard_unfinished(tmp)
        raise
    if problem is not None:
        log.warning("prebuilt catalogue %s is damaged, building instead: %s", source, problem[:200])
        tmp.unlink(missing_ok=True)
        return False
    os.replace(tmp, target)
    for stale in (Path(f"{target}-wal"), Path(f"{target}-shm")):
        stale.unlink(missing_ok=True)
    return True


def write_prebuilt(data_dir: Path, out: Path | None = None) -> Path:
    """Build the catalogue of `data_dir` alone (no user roles, the bundled O*NET pack) into
    `out` (default: data_dir/catalogue.sqlite), recording the digest of its sources."""
    from careerdesk.store.catalogue_build import _build
    from careerdesk.store.catalogue_update import record_shadows
    from careerdesk.store.sources import PACK, load_catalogue, read_profiles

    out = out or data_dir / PREBUILT
    out.unlink(missing_ok=True)  # a build into the data folder must not find an old one
    digest = content_digest(data_dir)
    catalogue = load_catalogue(data_dir)
    pack = data_dir / PACK
    onet = read_profiles(pack) if pack.exists() else []
    _build(out, catalogue.roles, catalogue.skills, "prebuilt", [], onet)
    record_shadows(out, [])
    db = dbmod.connect(out)
    try:
        # (no VACUUM: it may renumber the rowids that tie roles_fts to roles)
        db.execute("INSERT INTO meta (key, value) VALUES ('content', ?)", [digest])
    finally:
        db.conn.close()
    return out

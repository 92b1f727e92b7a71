"""Opening a CareerDesk home folder: user data migrated, catalogue current, one connection."""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from careerdesk.catalogue import fingerprint, load_catalogue, onet_source
from careerdesk.domain.errors import CareerDeskError, NotFoundError
from careerdesk.domain.profile import RoleProfile
from careerdesk.store import db as dbmod
from careerdesk.store import health
from careerdesk.store.catalogue import CatalogueQueries, build_catalogue, catalogue_stamp, read_stamp
from careerdesk.store.ledger import Ledger, PlanStore, SkillStatus
from careerdesk.store.schema import user_migrations

log = logging.getLogger(__name__)


class StoreError(CareerDeskError):
    """The data folder cannot be used (unwritable, damaged, locked)."""


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror} ({exc.filename})" if exc.filename else exc.strerror
    return str(exc)


class Store:
    """The one object the app and the CLI talk to for data."""

    def __init__(self, home: Path, data_dir: Path, auto_backup: bool = True):
        self.home = home
        self.data_dir = data_dir
        self.recovery: health.Recovery | None = None
        try:
            home.mkdir(parents=True, exist_ok=True)
            self.user_path = home / dbmod.USER_DB
            self.catalogue_path = home / dbmod.CATALOGUE_DB
            problem = health.problem_with(self.user_path)
            if problem is not None:
                self.recovery = health.recover(self.user_path, home, problem)
            self._prepare_user_db(auto_backup)
            self._ensure_catalogue()
            self.db = dbmod.connect(self.catalogue_path)
            self._attach_user()
        except (OSError, sqlite3.Error, dbmod.DatabaseError) as exc:
            raise StoreError(f"Cannot use the data folder {home}: {_reason(exc)}") from exc
        self.catalogue = CatalogueQueries(self.db)
        self.ledger = Ledger(self.db)
        self.plan = PlanStore(self.db)
        if self._rebuilt:
            self.ledger.follow_renames(self.catalogue.alias_map())

    def _prepare_user_db(self, auto_backup: bool) -> None:
        """Back up before any upgrade (and at most daily otherwise), then migrate."""
        db = dbmod.connect(self.user_path)
        try:
            dbmod.use_wal(db, durable=True)
            existing = self.user_path.stat().st_size > 0 and user_migrations.applied(db)
            upgrading = bool(existing) and bool(user_migrations.pending(db))
            if existing and (upgrading or (auto_backup and health.backup_due(self.home))):
                health.back_up(self.user_path, self.home)
            user_migrations.apply(db)
        finally:
            db.conn.close()

    def _attach_user(self) -> None:
        dbmod.attach(self.db, "user", self.user_path)
        dbmod.use_wal(self.db, "user", durable=True)

    def user_data_version(self) -> int:
        """Changes whenever another connection (the CLI, a second window) commits."""
        return self.db.execute("PRAGMA user.data_version").fetchone()[0]

    # Backups

    def back_up(self) -> Path:
        return health.back_up(self.user_path, self.home)

    def restore(self, source: Path) -> Path:
        """Replace the user's data with `source` (a backup), after backing up what is there
        now; returns that safety backup. The source is checked first and never changed."""
        problem = health.problem_with(source) if source.exists() else "the file does not exist"
        if problem is not None:
            raise StoreError(f"{source.name} cannot be restored: {problem}")
        # Copy the source first: the safety backup below may rotate the oldest backup away,
        # and that may be the very file being restored.
        staged = self.home / ".restore-staging.sqlite"
        health.copy_database(source, staged)
        try:
            safety = self.back_up()
            self.db.execute("DETACH DATABASE user")
            try:
                health.copy_database(staged, self.user_path)
                self._prepare_user_db(auto_backup=False)  # an older backup is upgraded here
            finally:
                self._attach_user()
        finally:
            staged.unlink(missing_ok=True)
        self._reopen_catalogue()  # the backup may hold other roles of the user's own
        return safety

    def _user_role_rows(self) -> list[tuple[str, str]]:
        """(id, profile JSON) of the user's own roles."""
        conn = sqlite3.connect(self.user_path)
        try:
            return conn.execute("SELECT id, profile FROM user_roles ORDER BY id").fetchall()
        finally:
            conn.close()

    def _wanted_stamp(self, user_rows: list[tuple[str, str]]) -> str:
        """What the catalogue must record to be current: bundled files, the user's roles
        (their content), the imported O*NET source, and the table layout."""
        user_digest = hashlib.sha256("".join(f"{i}\0{p}\n" for i, p in user_rows).encode()).hexdigest()
        onet = self.onet_path
        onet_stamp = f"{onet.stat().st_size}:{onet.stat().st_mtime_ns}" if onet.exists() else "-"
        return catalogue_stamp(f"{fingerprint(self.data_dir)}:{user_digest}:{onet_stamp}")

    def _ensure_catalogue(self) -> None:
        """Rebuild the catalogue file when any of its sources, or its layout, changed."""
        user_rows = self._user_role_rows()
        stamp = self._wanted_stamp(user_rows)
        self._rebuilt = read_stamp(self.catalogue_path) != stamp
        if not self._rebuilt:
            return
        log.info("building catalogue from %s", self.data_dir)
        catalogue = load_catalogue(self.data_dir)
        user_roles = [RoleProfile.model_validate_json(p) for _, p in user_rows]
        imported = onet_source(self.onet_path, self.data_dir)  # an import, else the built-in pack
        build_catalogue(self.catalogue_path, catalogue.roles, catalogue.skills, stamp, user_roles, imported)

    # Imported databases

    @property
    def onet_path(self) -> Path:
        return self.home / "sources" / "onet.jsonl"

    def import_onet(self, profiles: list[RoleProfile]) -> int:
        """Replace the O*NET source with `profiles` (written whole, then swapped in)."""
        self.onet_path.parent.mkdir(exist_ok=True)
        tmp = self.onet_path.with_name(".onet.jsonl.partial")
        previous = self.onet_path.with_name(".onet.jsonl.previous")
        with tmp.open("w", encoding="utf-8") as handle:
            for profile in profiles:
                handle.write(profile.model_dump_json() + "\n")
        had_previous = self.onet_path.exists()
        if had_previous:
            self.onet_path.replace(previous)
        tmp.replace(self.onet_path)
        try:
            self._reopen_catalogue()
        except Exception:
            # the new source does not build: put the old one back, so the app keeps working
            self.onet_path.unlink(missing_ok=True)
            if had_previous:
                previous.replace(self.onet_path)
            self._reopen_catalogue()
            raise
        previous.unlink(missing_ok=True)
        return len(profiles)

    def remove_onet(self) -> None:
        self.onet_path.unlink(missing_ok=True)
        self._reopen_catalogue()

    def _reopen_catalogue(self) -> None:
        self.db.conn.close()
        self._ensure_catalogue()
        self.db = dbmod.connect(self.catalogue_path)
        self._attach_user()
        self.catalogue.db = self.db
        self.ledger.db = self.db
        self.plan.db = self.db

    def refresh_catalogue(self) -> bool:
        """Reopen the catalogue if another process rebuilt it (after an import, say)."""
        current = self.db.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
        on_disk = read_stamp(self.catalogue_path)
        wanted = self._wanted_stamp(self._user_role_rows())
        if current and current[0] == wanted == on_disk:
            return False
        self._reopen_catalogue()
        return True

    # The user's own roles

    def import_roles(self, profiles: list[RoleProfile], replace: bool = False) -> list[str]:
        """Add the user's roles in one transaction; an id already in the catalogue needs
        `replace`. Returns the ids added."""
        taken = [p.id for p in profiles if self.catalogue.title_of(p.id) is not None]
        if taken and not replace:
            raise StoreError("already in the catalogue: " + ", ".join(f"`{i}`" for i in taken)
                             + " (use --replace to replace them with yours)")
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.db.atomic():
            self.db.conn.executemany(
                "INSERT OR REPLACE INTO user.user_roles (id, profile, added_at) VALUES (?, ?, ?)",
                [(p.id, p.model_dump_json(), now) for p in profiles],
            )
        self._reopen_catalogue()
        return [p.id for p in profiles]

    def remove_role(self, role_id: str) -> None:
        """Remove one of the user's own roles (a bundled role it replaced comes back)."""
        if not self.db.execute("SELECT 1 FROM user.user_roles WHERE id = ?", [role_id]).fetchone():
            raise NotFoundError(f"`{role_id}` is not one of your own roles; only those can be removed")
        self.db.execute("DELETE FROM user.user_roles WHERE id = ?", [role_id])
        self._reopen_catalogue()

    def close(self) -> None:
        self.db.conn.close()

    # Convenience used by both the GUI and the CLI.

    def require_role(self, id_or_title: str) -> RoleProfile:
        role_id = self.catalogue.find_role_id(id_or_title)
        role = self.catalogue.role(role_id) if role_id else None
        if role is None:
            raise NotFoundError(f"no role called {id_or_title!r} (try `careerdesk roles search`)")
        return role

    def resolve_skills(self, names: list[str]) -> list[tuple[str, str]]:
        """Skill names or aliases -> (key, canonical name); unknown names are an error
        naming all of them, before anything is written."""
        resolved, unknown = [], []
        for name in names:
            hit = self.catalogue.resolve_skill(name)
            if hit is None:
                unknown.append(name)
            else:
                resolved.append(hit)
        if unknown:
            raise NotFoundError("unknown skill: " + ", ".join(repr(n) for n in unknown))
        return resolved

    def set_skill_status(self, names: list[str], status: SkillStatus) -> list[tuple[str, str]]:
        """Resolve every name first, then write all in one transaction."""
        resolved = self.resolve_skills(names)
        self.ledger.set_status(resolved, status)
        return resolved

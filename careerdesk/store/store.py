"""Opening a CareerDesk home folder: user data migrated, catalogue current, one connection."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from careerdesk.catalogue import fingerprint, load_catalogue
from careerdesk.domain.errors import CareerDeskError, NotFoundError
from careerdesk.domain.profile import RoleProfile
from careerdesk.store import db as dbmod
from careerdesk.store.catalogue import CatalogueQueries, build_catalogue, catalogue_stamp, read_stamp
from careerdesk.store.ledger import Ledger, PlanStore, SkillStatus
from careerdesk.store.schema import user_migrations

log = logging.getLogger(__name__)


class StoreError(CareerDeskError):
    """The data folder cannot be used (unwritable, damaged, locked)."""


class Store:
    """The one object the app and the CLI talk to for data."""

    def __init__(self, home: Path, data_dir: Path):
        self.home = home
        self.data_dir = data_dir
        try:
            home.mkdir(parents=True, exist_ok=True)
            self.user_path = home / dbmod.USER_DB
            self.catalogue_path = home / dbmod.CATALOGUE_DB
            self._migrate_user_db()
            self._ensure_catalogue()
            self.db = dbmod.connect(self.catalogue_path)
            dbmod.attach(self.db, "user", self.user_path)
            dbmod.use_wal(self.db, "user", durable=True)
        except (OSError, sqlite3.Error, dbmod.DatabaseError) as exc:
            raise StoreError(f"Cannot use the data folder {home}: {exc}") from exc
        self.catalogue = CatalogueQueries(self.db)
        self.ledger = Ledger(self.db)
        self.plan = PlanStore(self.db)

    def _migrate_user_db(self) -> None:
        db = dbmod.connect(self.user_path)
        try:
            dbmod.use_wal(db, durable=True)
            user_migrations.apply(db)
        finally:
            db.conn.close()

    def _ensure_catalogue(self) -> None:
        """Rebuild the catalogue file when the bundled sources (or its layout) changed."""
        stamp = catalogue_stamp(fingerprint(self.data_dir))
        if read_stamp(self.catalogue_path) == stamp:
            return
        log.info("building catalogue from %s", self.data_dir)
        catalogue = load_catalogue(self.data_dir)
        build_catalogue(self.catalogue_path, catalogue.roles, catalogue.skills, stamp)

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

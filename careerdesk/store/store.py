"""Opening a CareerDesk home folder: user data migrated, catalogue current, one connection."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from careerdesk.domain import i18n
from careerdesk.store import db as dbmod
from careerdesk.store import errors, health, own_role_rows
from careerdesk.store.catalogue import CatalogueQueries
from careerdesk.store.catalogue_build import (
    build_catalogue,
    catalogue_stamp,
    data_part,
    fingerprint,
    open_with_meta,
    quick_fingerprint,
    read_stamp,
    record_sources,
)
from careerdesk.store.connections import Connections
from careerdesk.store.daily_backup import DailyBackup
from careerdesk.store.db import Database
from careerdesk.store.errors import StoreError
from careerdesk.store.filelock import FolderBusy, folder_lock
from careerdesk.store.freshness import DAMAGE_MARK, SourcesLook, catalogue_damaged, digest
from careerdesk.store.ledger import Ledger, PlanStore

if TYPE_CHECKING:
    from careerdesk.domain.profile import RoleProfile

log = logging.getLogger(__name__)


def _not_restored(source: Path, why: object) -> str:
    return i18n.translate("Store", "{name} cannot be restored: {why}").format(name=source.name, why=why)


@errors.translated
class Store:
    """The one object the app and the CLI talk to for data."""

    def __init__(self, home: Path, data_dir: Path, auto_backup: bool = True, check_sources_later: bool = False,
                 quick_only: bool = False):
        """`check_sources_later`: take the catalogue as built from the current sources when a
        quick look at them (no stat per role file) finds them as they were; the caller then
        asks `sources_stale()` once the window is up. Without it every file is looked at now.
        `quick_only` (a window start on its main thread): raise `errors.NotQuick`, having changed
        nothing, rather than wait for the folder, recover, upgrade or build."""
        self.home = home
        self.data_dir = data_dir
        # A window's start puts the day's backup off until it has painted (`start_backup_if_due`);
        # an upgrade still backs up first, whoever opens.
        self.daily = DailyBackup(home / dbmod.USER_DB, home, auto_backup and check_sources_later)
        self.recovery: health.Recovery | None = None
        self._sources_look: SourcesLook | None = None
        self.user_path = home / dbmod.USER_DB
        self.catalogue_path = home / dbmod.CATALOGUE_DB
        try:
            if home.exists() and not home.is_dir():
                raise errors.DataUnreadable(i18n.translate("Store", "{path} is a file, not a folder").format(
                    path=home))
            if quick_only and not self.user_path.is_file():  # a first launch: made behind the progress dialog
                raise errors.NotQuick("no data yet")
            home.mkdir(parents=True, exist_ok=True)
            # One process at a time checks, recovers, migrates and builds; the others wait
            # and then find the work done.
            kept = None
            try:
                with folder_lock(home, **({"wait": 0} if quick_only else {})):
                    problem = health.problem_with(self.user_path)
                    if problem is not None:
                        if quick_only:
                            raise errors.NotQuick(problem)
                        self.recovery = health.recover(self.user_path, home, problem)
                    # Open until the catalogue's connection has attached the file: SQLite deletes the
                    # -wal and -shm as the last connection closes, and the next made them again.
                    user = health.prepare_user_db(self.user_path, home, auto_backup and not self.daily.pending,
                                                  quick_only, keep_open=True)
                    try:
                        kept = self._ensure_catalogue(trust_quick=check_sources_later, quick_only=quick_only,
                                                      user=user)
                        if kept is not None:
                            self.db = self._open_catalogue(kept)
                    finally:
                        user.conn.close()
            except FolderBusy as exc:  # (a CLI import or rebuild under way: wait where the window can paint)
                if quick_only:
                    raise errors.NotQuick(exc) from exc
                raise
            if kept is None:
                self.db = self._open_catalogue()
            try:  # (the first read of a kept connection: a lock another program took since the look meets it here)
                self._note_stamp()  # outside catalogue changes are told apart from this one
            except BaseException:
                self.db.conn.close()
                raise
        except (OSError, sqlite3.Error, errors.StoreError) as exc:
            error = errors.translate(exc, self.user_path)
            raise type(error)(i18n.translate("Store", "Cannot use the data folder {path}: {error}").format(
                path=home, error=error)) from exc
        self.connections = Connections(self.db)
        self.catalogue = CatalogueQueries(self.db)
        self.ledger = Ledger(self.db)
        self.plan = PlanStore(self.db)
        self.error_path = self.ledger.error_path = self.plan.error_path = self.user_path
        self.catalogue.error_path = self.catalogue_path
        self.catalogue.on_damage = lambda error: catalogue_damaged(self.home, self.catalogue_path, error)
        if self._rebuilt:
            self.ledger.follow_renames(self.catalogue.alias_map())

    def _open_catalogue(self, db: Database | None = None) -> Database:
        """The catalogue's connection, the user's file attached: `db` (opened under the folder lock) or a new one."""
        db = db or dbmod.connect(self.catalogue_path)
        # which file this connection reads: another process's rebuild swaps in a new one
        self._catalogue_file = os.stat(self.catalogue_path).st_ino
        try:
            dbmod.attach(db, "user", self.user_path)
            dbmod.use_wal(db, "user", durable=True)
        except BaseException:
            db.conn.close()
            raise
        return db

    def user_data_version(self) -> int:
        """Changes whenever another connection (the CLI, a second window) commits; not when
        this process reopens the catalogue itself (see Connections)."""
        return self.connections.user_data_version()

    # Backups

    def back_up(self) -> Path:
        with self._locked():
            return health.back_up(self.user_path, self.home)

    def back_up_if_due(self) -> Path | None:
        """The day's backup that a window's start put off, made now on this thread, after any copy
        in flight has ended (None: made already, not due, or the folder busy: still pending)."""
        self.daily.finish()
        return self.daily.make()

    def start_backup_if_due(self) -> bool:
        """The same on a worker thread (store/daily_backup.py); True while one is under way."""
        return self.daily.start()

    def restore(self, source: Path) -> Path:
        """Replace the user's data with `source` (a backup), after backing up what is there
        now; returns that safety backup. The source is checked first and never changed.
        The data is written into the live file, so other open windows keep working on it."""
        try:
            problem = health.problem_with(source, leave_no_trace=True) if source.is_file() else (
                i18n.translate("Store", "the file does not exist"))
        except errors.StoreError as exc:
            raise errors.StoreError(_not_restored(source, exc)) from exc
        if problem is not None:
            raise errors.StoreError(_not_restored(source, problem))
        with self._locked():
            before = self.user_data_version()  # (the restore writes through a connection of its own)
            safety = health.restore_from(source, self.user_path, self.home)
            written = self.user_data_version()
        self._reopen_catalogue(own_write=(before, written))  # the backup may hold other roles of the user's own
        return safety

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """The folder lock, with storage failures as CareerDesk errors."""
        try:
            with folder_lock(self.home):
                yield
        except (OSError, sqlite3.Error) as exc:
            raise errors.translate(exc, self.user_path) from exc

    def _wanted_stamp(self, user_rows: list[tuple[str, str]], data_fingerprint: str | None = None) -> str:
        """What the catalogue must record to be current: bundled files, the user's roles
        (their content), the imported O*NET source, and the table layout."""
        user_digest = digest("".join(f"{i}\0{p}\n" for i, p in user_rows))
        onet = self.onet_path
        onet_stamp = f"{onet.stat().st_size}:{onet.stat().st_mtime_ns}" if onet.exists() else "-"
        data = data_fingerprint or fingerprint(self.data_dir)
        return catalogue_stamp(f"{data}:{user_digest}:{onet_stamp}")

    def _ensure_catalogue(self, trust_quick: bool = False, quick_only: bool = False,
                          user: Database | None = None) -> Database | None:
        """Rebuild the catalogue file when any of its sources, or its layout, changed.

        `trust_quick` (a window start): when the quick look at the sources is what was
        recorded with the catalogue, and the user's roles and O*NET import match, it is
        taken as current now and every file is stat-ed after the first paint
        (`sources_stale`); at 50,000 roles that stat alone took 0.4 s of the start. Then the
        connection its stamp was read on is returned open, to keep (else None). `user`: the
        connection to the user's file their roles are read on."""
        user_rows = own_role_rows.all_in(self.user_path, user)
        quick = quick_fingerprint(self.data_dir)  # before the full look, so a change meanwhile shows next time
        damage_mark = self.home / DAMAGE_MARK
        # A catalogue found damaged while in use is built again, whatever its stamp says. One
        # another program holds locked is in use, not damaged: never built again (read_meta).
        kept, recorded = None, {}
        try:
            if not damage_mark.exists():
                kept, recorded = open_with_meta(self.catalogue_path, wait=not quick_only)
        except errors.DataInUse as exc:
            if quick_only:  # (waited for behind the progress dialog, not on the main thread)
                raise errors.NotQuick(exc) from exc
            raise
        try:
            if trust_quick and self._current_at_a_quick_look(user_rows, quick, recorded):
                self._rebuilt = False
                self._sources_look = SourcesLook(self.data_dir, data_part(recorded["stamp"]))
                kept, current = None, kept
                return current  # (not opened a second time)
        finally:  # (closed before any build: a build replaces the file)
            if kept is not None:
                kept.conn.close()
        if quick_only:  # (even the full look at the sources is 0.4 s at 50,000 roles)
            raise errors.NotQuick("a build")
        stamp = self._wanted_stamp(user_rows)
        self._rebuilt = recorded.get("stamp") != stamp
        if self._rebuilt:
            self._build(stamp, user_rows)
        if self._rebuilt or recorded.get("sources") != quick:
            record_sources(self.catalogue_path, quick)
        damage_mark.unlink(missing_ok=True)
        return None

    def _current_at_a_quick_look(self, user_rows: list[tuple[str, str]], quick: str, recorded: dict) -> bool:
        built_from = data_part(recorded.get("stamp")) if recorded.get("sources") == quick else None
        return built_from is not None and self._wanted_stamp(user_rows, built_from) == recorded["stamp"]

    def _build(self, stamp: str, user_rows: list[tuple[str, str]]) -> None:
        if not user_rows and not self.onet_path.exists():
            from careerdesk.store.prebuilt import install_prebuilt

            if install_prebuilt(self.data_dir, self.catalogue_path, stamp):  # built with the package
                log.info("catalogue copied from the one built with %s", self.data_dir)
                return
        log.info("building catalogue from %s", self.data_dir)
        # A build validates every source with pydantic: imported here, never on a normal start.
        from careerdesk.domain.profile import RoleProfile
        from careerdesk.store.catalogue_update import record_shadows
        from careerdesk.store.sources import load_catalogue, onet_source

        catalogue = load_catalogue(self.data_dir)
        user_roles = [RoleProfile.model_validate_json(p) for _, p in user_rows]
        imported = onet_source(self.onet_path, self.data_dir)  # an import, else the built-in pack
        build_catalogue(self.catalogue_path, catalogue.roles, catalogue.skills, stamp, user_roles, imported)
        hidden = {r.id for r in catalogue.roles} | {r.id for r in imported}
        record_shadows(self.catalogue_path, {r.id for r in user_roles} & hidden)

    def sources_stale(self, wait: bool = False) -> bool:
        """After an open with `check_sources_later`: True when every source file has been
        stat-ed and the catalogue turns out not to be built from them (`refresh_catalogue`
        then rebuilds it). The first call starts that look on a thread, so the window never
        waits for it; until it is done (or `wait`) the answer is False, and after one True
        or False answer always False."""
        look = self._sources_look
        if look is None:
            return False
        look.start()
        if wait:
            look.thread.join()
        if look.thread.is_alive():
            return False
        self._sources_look = None
        return look.found != look.built_from

    # Imported databases

    @property
    def onet_path(self) -> Path:
        return self.home / "sources" / "onet.jsonl"

    def import_onet(self, profiles: list[RoleProfile]) -> int:
        """Replace the O*NET source with `profiles` (written whole, then swapped in)."""
        from careerdesk.store.sources import replace_onet_source

        with self._locked():
            return replace_onet_source(self.onet_path, profiles, self._reopen_catalogue)

    def remove_onet(self) -> None:
        self.onet_path.unlink(missing_ok=True)
        self._reopen_catalogue()

    def _reopen_catalogue(self, own_write: tuple[int, int] | None = None) -> None:
        """Bring the catalogue up to date and switch to it. The old connection is closed
        only once the new one works, so a failed rebuild leaves this process working
        (`own_write`: see Connections.replaced)."""
        with self._locked():
            self._ensure_catalogue()
        try:
            fresh = self._open_catalogue()
        except (OSError, sqlite3.Error) as exc:
            raise errors.translate(exc, self.catalogue_path) from exc
        try:
            self.connections.replaced(fresh, own_write)
        except BaseException:
            fresh.conn.close()  # (this process goes on with the old one)
            raise
        self.db = self.catalogue.db = self.ledger.db = self.plan.db = fresh

    def refresh_catalogue(self) -> bool:
        """True when another process changed the catalogue since this one last looked: it
        rebuilt it (then it is reopened here) or updated one role in place (the same file,
        so only the stamp tells). Every source file is looked at, so a later look is not needed.
        A file built anew with the stamp of the one open (after damage) is reopened too."""
        self._sources_look = None
        current = self.db.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
        on_disk = read_stamp(self.catalogue_path)
        wanted = self._wanted_stamp(own_role_rows.all_in(self.user_path))
        replaced = self.catalogue_replaced_elsewhere()
        if replaced or not (current and current[0] == wanted == on_disk):
            self._reopen_catalogue()
        return self._note_stamp() or replaced

    def catalogue_replaced_elsewhere(self) -> bool:
        """True when the catalogue file on disk is not the one this process reads: another program
        built a new one (the CLI's O*NET import or removal) and wrote none of the user's data, so
        no version tells (`refresh_catalogue` then reopens it). One stat."""
        try:
            return os.stat(self.catalogue_path).st_ino != self._catalogue_file
        except OSError:  # (gone for a moment: looked at again at the next tick)
            return False

    def _note_stamp(self) -> bool:
        """Remember the catalogue's stamp; True when it differs from the one remembered."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
        stamp = row[0] if row else None
        changed, self._seen_stamp = stamp != getattr(self, "_seen_stamp", None), stamp
        return changed

    # The user's own roles

    def import_roles(self, profiles: list[RoleProfile], replace: bool = False, removing: list[str] = ()) -> list[str]:
        """Add the user's roles in one transaction, taking out their own roles `removing` in it
        (an edit that changed a role's id); an id already in the catalogue needs `replace`.
        Returns the ids added."""
        taken = [p.id for p in profiles if self.catalogue.title_of(p.id) is not None]
        if taken and not replace:
            raise StoreError(i18n.translate(
                "Store", "already in the catalogue: {ids} (use --replace to replace them with yours)").format(
                ids=", ".join(f"`{i}`" for i in taken)))
        now = datetime.now(UTC).isoformat(timespec="seconds")
        rows = [(p.id, p.model_dump_json(), now) for p in profiles]
        self._change_own_roles(lambda: own_role_rows.write(self.db, rows, removing),
                               upserts=profiles, removals=list(removing))
        return [p.id for p in profiles]

    def remove_role(self, role_id: str) -> None:
        """Remove one of the user's own roles (a bundled role it replaced comes back); another
        role is refused (own_role_rows.write)."""
        self._change_own_roles(lambda: own_role_rows.write(self.db, [], [role_id]), upserts=[], removals=[role_id])

    def _change_own_roles(self, write, upserts: list[RoleProfile], removals: list[str]) -> None:
        """Write the user's roles and update the catalogue to match in one transaction, in
        place when it is current and nothing hidden must come back; else rebuild it."""
        from careerdesk.store.catalogue_update import update_roles

        with self._locked():
            data = self._in_place_data(removals)
            ids = [p.id for p in upserts] + removals
            before = own_role_rows.rows_of(self.db, ids) if data is None else []
            with self.db.atomic():
                write()
                if data is not None:
                    rows = self.db.execute("SELECT id, profile FROM user.user_roles ORDER BY id").fetchall()
                    update_roles(self.db, upserts, removals, self._wanted_stamp(rows, data))
        if data is None:
            try:
                self._reopen_catalogue()
            except (errors.StoreError, OSError, sqlite3.Error):  # (a full disk: undone, so nothing was changed)
                own_role_rows.put_back(self.db, self._locked(), ids, before)
                raise
        self._note_stamp()  # this process's own change: the window announces it itself

    def _in_place_data(self, removals: list[str]) -> str | None:
        """The data fingerprint the open catalogue was built from, when it can be changed in
        place: it is the file on disk, current with the user's roles and O*NET, and no removal
        needs a hidden role back. None: rebuild instead.

        The bundled files are not stat-ed again (10,000 of them take longer than the whole
        update): the new stamp keeps the fingerprint the catalogue was built from, so if they
        changed meanwhile the next start still sees it and rebuilds."""
        try:
            if os.stat(self.catalogue_path).st_ino != self._catalogue_file:
                return None
        except OSError:
            return None
        stamp = self.db.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
        data = data_part(stamp[0] if stamp else None)
        if data is None or stamp[0] != self._wanted_stamp(own_role_rows.all_in(self.user_path), data):
            return None
        from careerdesk.store.catalogue_update import shadow_ids

        shadows = shadow_ids(self.db)
        return data if shadows is not None and not shadows.intersection(removals) else None

    def fit_base_apart(self, family: str | None = None) -> tuple[str | None, list[tuple]]:
        """The catalogue's stamp and its `fit_base` rows, read in one transaction on a
        connection of their own: safe on a worker thread while the window keeps using `db`
        (a connection serves one statement at a time: sharing it would make the window wait)."""
        db = dbmod.connect(self.catalogue_path)
        try:
            # One pass over the roles table: a page cache would only be filled, never reused, and
            # on a worker thread what it takes (up to 2 MiB) stays with the process after the close.
            db.execute("PRAGMA cache_size = -64")
            db.execute("BEGIN")  # the stamp is the one of the rows read
            queries = CatalogueQueries(db)
            return queries.stamp(), queries.fit_base(family)
        finally:
            db.conn.close()

    def close(self) -> None:
        self.daily.finish()  # (a copy is never cut off)
        self.connections.close()

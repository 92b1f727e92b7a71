"""Use cases for the data file itself: backups, restore, and noticing outside changes."""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from careerdesk.domain import i18n
from careerdesk.domain.records import record
from careerdesk.service.changes import CATALOGUE, EVERYTHING, Changes

if TYPE_CHECKING:
    from careerdesk.service.changes import Broadcast
    from careerdesk.store.store import Store


class DataFile:
    """Part of Desk: backups, restore, and changes made by other processes."""

    store: Store
    changes: Broadcast

    def reload(self) -> None: ...  # provided by Desk

    def data_version(self) -> int:
        return self.store.user_data_version()

    def back_up(self) -> Path:
        return self.store.back_up()

    def back_up_if_due(self) -> Path | None:
        """The day's backup, once the window is up, made now (a closing window: after the copy in
        flight, if one is; see Store.back_up_if_due)."""
        return self.store.back_up_if_due()

    def start_backup_if_due(self) -> bool:
        """The day's backup on a worker thread, which logs how it went (Store.start_backup_if_due)."""
        return self.store.start_backup_if_due()

    def not_waiting(self) -> AbstractContextManager:
        """Reads inside fail at once (DataInUse, an error that passes) while another program holds
        the data locked, instead of waiting out the busy timeout: for the window's reads made
        unasked (My plan's first build), which try again later rather than freeze the window."""
        return self.store.db.not_waiting()

    def backups(self) -> list[Path]:
        from careerdesk.store.health import backups

        return backups(self.store.home)

    @property
    def backups_folder(self) -> Path:
        return self.store.home / "backups"

    def restore(self, source: Path) -> Path:
        """Replace the user's data with a backup; returns the backup of what was there."""
        from careerdesk.importers.files import refuse_special_file

        refuse_special_file(source, i18n.translate("DataFile", "a backup file"))
        safety = self.store.restore(source)
        self.reload()
        self.changes.announce(EVERYTHING)
        return safety

    def catalogue_changed_elsewhere(self) -> bool:
        """True (and the catalogue reopened) when another process rebuilt it meanwhile."""
        return self.store.refresh_catalogue()

    def check_sources(self, wait: bool = False) -> bool:
        """Finish the look at the catalogue's source files that an open with
        `check_sources_later` put off: the first call starts it on a thread, a later one
        (or this one, with `wait`) acts on it. When a file changed since the catalogue was
        built, the catalogue is rebuilt and announced like any other change (True); so is one
        another program built anew without writing the user's data (the CLI's O*NET import)."""
        if not self.store.sources_stale(wait) and not self.store.catalogue_replaced_elsewhere():
            return False
        self.store.refresh_catalogue()
        self.changes.announce(CATALOGUE)
        return True

    def notice_outside_changes(self) -> Changes:
        """After another process wrote (the CLI, a second window, a restore): re-read what
        is cached, reopen a rebuilt catalogue, and announce it like any other change."""
        self.reload()
        changes = Changes(skills=True, plan=True, outside=True)
        if self.catalogue_changed_elsewhere():
            changes = changes | CATALOGUE
        self.changes.announce(changes)
        return changes


@record
class DataCheck:
    """What `check_data` found, without opening (which would recover) or changing anything."""

    path: Path
    exists: bool
    problem: str | None
    backups: list[Path]
    usable_backups: int


def check_data(home: Path) -> DataCheck:
    """Look at the user's data file and backups; StoreError when it cannot even be checked."""
    from careerdesk.store import health
    from careerdesk.store.db import USER_DB
    from careerdesk.store.errors import StoreError

    if home.exists() and not home.is_dir():
        raise StoreError(i18n.translate("DataFile", "{path} is a file, not a data folder").format(path=home))
    user = home / USER_DB
    problem = health.problem_with(user, leave_no_trace=True)
    found = health.backups(home)
    return DataCheck(user, user.exists(), problem, found, sum(health.usable(b) for b in found))

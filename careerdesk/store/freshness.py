"""Whether the catalogue file is what its sources make: the digest of the person's own roles,
the full look at every source file on a thread after a quick start, and the mark a damaged
catalogue leaves for the next start."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from careerdesk.domain import i18n
from careerdesk.domain.digest import sha256_hex
from careerdesk.store import errors
from careerdesk.store.catalogue_build import fingerprint

log = logging.getLogger(__name__)
# Left in the data folder when a query finds the catalogue damaged: the next start rebuilds it.
DAMAGE_MARK = ".catalogue-damaged"


# sha256 of nothing: most people have no roles of their own, and a start need load no digest
# module for a digest that is always this one
_NOTHING_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def digest(text: str) -> str:
    return sha256_hex(text.encode()) if text else _NOTHING_SHA256  # (not hashlib's: domain/digest.py)


def catalogue_damaged(home: Path, path: Path, error: errors.DataDamaged) -> errors.DataDamaged:
    """A query found the catalogue file damaged. It holds nothing of the person's own (it
    is built from the role files and their own roles, which live in the user file), so
    the next start builds it again; the mark says so to that start."""
    try:
        (home / DAMAGE_MARK).touch()
    except OSError:
        log.warning("cannot mark the damaged catalogue for a rebuild", exc_info=True)
    log.error("catalogue damaged: %s", error)
    return errors.DataDamaged(i18n.translate(
        "Store", "The role catalogue ({path}) is damaged. It holds only what CareerDesk builds from its "
        "role files, never your ticks, notes or plan: restart CareerDesk and it is built again.").format(
        path=path))


class SourcesLook:
    """Every catalogue source file stat-ed on a thread (`fingerprint`), after an open that
    took the catalogue as current on a quick look; `built_from` is what it was built from."""

    def __init__(self, data_dir: Path, built_from: str):
        self.data_dir = data_dir
        self.built_from = built_from
        self.found: str | None = None  # None: not looked yet, or the folder could not be read
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        if self.thread is None:
            self.thread = threading.Thread(target=self._look, name="careerdesk-sources", daemon=True)
            self.thread.start()

    def _look(self) -> None:
        try:
            self.found = fingerprint(self.data_dir)
        except OSError as exc:  # a vanished folder: refresh_catalogue says so on the main thread
            log.info("could not look at the catalogue sources: %s", exc)

"""Noticing changes made outside this window (the CLI, a second window, a restore)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from careerdesk.domain.errors import CareerDeskError
from careerdesk.service.desk import Desk
from careerdesk.ui.background import busy

log = logging.getLogger(__name__)

POLL_MS = 1500
# The full look at the catalogue's sources (every role file stat-ed, on a thread) starts at this
# poll, ~4.5 s on, not the first: in the first seconds a person is already clicking through
# roles, and at 10,000 roles the look's thread put 10-25 ms on the role switch's p95 (same-run
# pairs, settled 1 s vs 4 s).
SOURCES_LOOK_FROM_POLL = 3


class OutsideChangeWatcher(QObject):
    """Calls `on_change` within a second or two of another process committing to the
    user's data, not only when the window is next activated. One cheap PRAGMA a tick."""

    def __init__(self, desk: Desk, on_change: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self.desk = desk
        self.on_change = on_change
        self.seen = desk.data_version()
        self._due = False  # a look asked for (look_now) but not made yet
        self._polls = 0
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def changed(self) -> bool:
        """True once per outside change (and remembers having seen it)."""
        version = self.desk.data_version()
        if version == self.seen:
            return False
        self.seen = version
        return True

    def _poll(self) -> None:
        if QApplication.activeModalWidget() is not None or busy():
            return  # slow work or a question is under way; look again afterwards
        try:
            # a window start looked at the catalogue's sources only quickly: a tick a few
            # seconds on starts the full look (on a thread), a later one rebuilds if a file changed
            self._polls += 1
            self.desk.start_backup_if_due()  # (a copy on a thread of its own; it logs a failure)
            if self._polls >= SOURCES_LOOK_FROM_POLL:
                self.desk.check_sources()
        except CareerDeskError as exc:  # a locked or vanished file: say nothing, try again later
            log.info("could not look for outside changes: %s", exc)
            return
        self._look()

    def look_now(self) -> None:
        """Look at once, not at the next tick: the role list found the catalogue changed under it.
        While a dialog or slow work is under way, the first tick afterwards looks."""
        self._due = True
        QTimer.singleShot(0, self._look_if_due)

    def _look_if_due(self) -> None:
        if self._due and QApplication.activeModalWidget() is None and not busy():
            self._look()

    def _look(self) -> None:
        """`on_change`, when another program committed or the role list asked (look_now). A lock or
        a vanished file is said by no one, and looked at again at the next tick; damage met while
        listing again the rows the list found outdated is raised, to be said as their reads' is."""
        asked, seen = self._due, self.seen
        try:
            if asked or self.desk.data_version() != seen:
                self._due = False  # (before: a look asked for meanwhile stays due)
                self.on_change()
        except CareerDeskError as exc:
            if asked and not exc.passing:
                raise
            if exc.passing:  # (a lock: what changed is picked up, and the rows listed, at the next tick)
                self.seen, self._due = seen, self._due or asked
            log.info("could not look for outside changes: %s", exc)

    def back_up_if_due(self) -> None:
        """The day's backup, put off by the start so that the first paint does not wait for it:
        started on a worker thread at the first tick; made here when the window closes, once the
        copy in flight (if any) has ended, when it was not made before."""
        try:
            self.desk.back_up_if_due()
        except CareerDeskError as exc:  # a full disk: the next start tries again
            log.warning("the day's backup failed: %s", exc)

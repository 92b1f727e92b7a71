"""The role list: search results as a Qt list model (display = title)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import itemgetter

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    QTimer,
    Signal,
)

from careerdesk.domain.errors import CareerDeskError
from careerdesk.domain.listing import Backoff, RoleListing, RoleRow
from careerdesk.ui.literal import plain_tip
from careerdesk.ui.qt_int import ACCESSIBLE_DESCRIPTION_ROLE, DISPLAY_ROLE, EDIT_ROLE, TOOLTIP_ROLE, USER_ROLE

RoleIdRole = USER_ROLE + 1
FamilyRole = USER_ROLE + 2
MineRole = USER_ROLE + 3
SourceRole = USER_ROLE + 4
SOURCE_NAMES = {"curated": QT_TRANSLATE_NOOP("RoleListModel", "Curated"), "onet": "O*NET",
                "mine": QT_TRANSLATE_NOOP("RoleListModel", "Yours")}


def source_name(source: str) -> str:
    return QCoreApplication.translate("RoleListModel", SOURCE_NAMES.get(source, source))

_Index = QModelIndex | QPersistentModelIndex
_ROLE_ID = itemgetter(0)  # RoleRow.id


class RoleListModel(QStringListModel):
    """Holds only the rows of the current search; the catalogue stays in SQLite. With nothing
    typed the rows are a RoleListing, which reads the rows on screen a page at a time.

    A QStringListModel of empty strings underneath, one a row, only so that Qt counts the rows
    itself: a list view lays every row out, asking the model for each row's index, and a
    Python rowCount() behind each of those asks cost 40 ms at 10,000 roles and 150 ms at
    50,000, on every start and every time the search was cleared. Everything shown comes
    from data(). The strings are never read, nor written: a string list's rows say they are
    editable, so the list's view opens no editor (finder.py) and setData() refuses. (A flags()
    of our own, saying so, made every painted row ask Python twice, and its Qt.ItemFlag
    answer cost each start the `Qt` namespace's Python enums: ui/qt_int.py.)"""

    damage_found = Signal()  # a retry of rows a lock left blank found the catalogue damaged (and said so)
    # Rows being read found the catalogue changed by another program since they were listed: the
    # rest stay blank until the window lists the roles again (domain/listing.py, `outdated`).
    rows_outdated = Signal()

    GROW_AT_END = 256  # rows added at the end at most (see set_rows); more go in at the front

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: Sequence[RoleRow] = []
        self._rows_by_id: dict[str, int] | None = None
        self.retry: RowRetry | None = None  # made at the first rows a lock leaves blank (not on a start)
        # What damage the rows' reads found and raised (to be said), so that a read made unasked
        # (My plan's first build) does not say the same again
        self.damage_said: str | None = None

    def set_rows(self, rows: Sequence[RoleRow]) -> None:
        """Show `rows`, telling the view only what changed: rows that stay the same are not
        repainted (one more letter often leaves the best matches as they were), and the
        selection and scroll position live on instead of being reset. A listing is compared
        only as far as its rows were read (reading every role to compare would cost more than
        the repaint); the rest are all "changed", which repaints only those on screen."""
        old = self._rows
        same = 0
        shared = min(len(old), len(rows))
        if isinstance(old, list) and isinstance(rows, list):
            while same < shared and old[same] == rows[same]:
                same += 1
        else:  # (a listing's rows as far as read: one method each, not an isinstance a row)
            old_at, new_at = _known(old), _known(rows)
            while same < shared and (row := old_at(same)) is not None and row == new_at(same):
                same += 1
        if same == len(old) == len(rows) and not isinstance(rows, RoleListing):  # (a new listing: read nothing)
            return
        self._rows_by_id = None  # made when first asked for
        self._rows = rows
        if isinstance(rows, RoleListing):
            rows.on_outdated = self.rows_outdated.emit
        self.stop_retrying()  # (rows a lock left blank are read afresh, if they are still listed)
        grow = len(rows) - len(old)
        if grow > self.GROW_AT_END:
            # Many rows more (a search cleared: 200 results -> 10,000 roles): QStringListModel
            # inserts rows one at a time where it is told to, so each row added at the end
            # moved every row added before it (n²/2 moves: 23 ms of clearing a search at 10,000
            # roles, 0.6 s at 50,000). At the front, Qt's list keeps room before its first row:
            # n steps. The rows there before move down, and show other roles now (a listing's
            # rows are all "changed"); the window selects the open role's row again after this.
            self.insertRows(0, grow)
            if old:
                self.dataChanged.emit(self.index(grow), self.index(len(rows) - 1))
            return
        if len(rows) < len(old):
            self.removeRows(len(rows), len(old) - len(rows))
        elif len(rows) > len(old):
            self.insertRows(len(old), len(rows) - len(old))
        last = min(len(old), len(rows)) - 1
        if same <= last:
            self.dataChanged.emit(self.index(same), self.index(last))

    def setData(self, index: _Index, value: object, role: int = EDIT_ROLE) -> bool:  # noqa: N802 (Qt override)
        return False  # (a title is changed in the catalogue, never in the list: see the class)

    def row_at(self, row: int) -> RoleRow | None:
        """The role shown in `row` (None: no such row), for the delegate, which paints rows
        without a data() call per field."""
        try:
            return self._rows[row]
        except IndexError:  # (a listing whose catalogue shrank: the window relists it; or locked)
            return None
        except CareerDeskError as exc:  # (said by the caller; a lock's blank rows are read again later)
            if isinstance(self._rows, RoleListing) and self._rows.waiting():
                if self.retry is None:
                    self.retry = RowRetry(self)
                self.retry.start()
            elif not self.to_say(exc):  # (said already, by My plan's first build: blank)
                return None
            raise

    def to_say(self, exc: CareerDeskError) -> bool:
        """Whether `exc`, met reading the rows, is still to be said: damage is said once, whichever
        read meets it first (remembered here as said)."""
        if exc.passing:
            return True
        said, self.damage_said = self.damage_said, str(exc)
        return said != self.damage_said

    def outdated(self) -> bool:
        """Whether the rows shown were listed from a catalogue that has changed since (and the
        window should list them again)."""
        return isinstance(self._rows, RoleListing) and self._rows.outdated

    def retry_now(self) -> None:
        """Read rows a lock left blank now, if any wait (the window activated again)."""
        if self.retry is not None:
            self.retry.now()

    def stop_retrying(self) -> None:
        if self.retry is not None:
            self.retry.stop()

    def give_up_retrying(self) -> None:
        """Damage found by another read (said there): the rows left blank are not read again, so
        neither a tick nor the window's activation says it a second time."""
        self.stop_retrying()
        if isinstance(self._rows, RoleListing):
            self._rows.give_up()

    def data(self, index: _Index, role: int = DISPLAY_ROLE):
        if not index.isValid() or (row := self.row_at(index.row())) is None:
            return None
        if role == DISPLAY_ROLE:
            return row.title
        if role == RoleIdRole:
            return row.id
        if role == FamilyRole:
            return row.family
        if role == MineRole:
            return row.mine
        if role == SourceRole:
            return row.source
        if role == TOOLTIP_ROLE:
            return plain_tip(f"{row.title} · {source_name(row.source)} · {row.family}")
        if role == ACCESSIBLE_DESCRIPTION_ROLE:
            return f"{source_name(row.source)}, {row.family}"
        return None

    def row_of(self, role_id: str) -> int:
        """The row showing `role_id` (-1: not in this result); a listing of every role asks
        the store, a search result keeps a dict, since opening a role asks this every time."""
        if isinstance(self._rows, RoleListing):
            return self._rows.index_of(role_id)
        if self._rows_by_id is None:  # (made in C, each id's first row winning: read backwards)
            rows = self._rows
            self._rows_by_id = dict(zip(map(_ROLE_ID, reversed(rows)), range(len(rows) - 1, -1, -1), strict=True))
        return self._rows_by_id.get(role_id, -1)


def _known(rows: Sequence[RoleRow]) -> Callable[[int], RoleRow | None]:
    """Row i of a list; of a listing, row i if read already (None: not read)."""
    return rows.kept if isinstance(rows, RoleListing) else rows.__getitem__


class RowRetry(QObject):
    """Reads again the rows of the list that a catalogue locked by another program (a CLI
    import, a backup) left blank, on a timer that waits longer each time (domain/listing.py's
    Backoff), and has the view repaint just those rows: they fill in by themselves once the
    lock ends. Each retry fails at once while the lock lasts (no wait on the UI thread) and
    says nothing: the first failure was said once; damage a retry finds is said once, and ends
    the retries (no retry mends it). A change made meanwhile relists the roles
    as any outside change does (which stops this); the window also retries when activated."""

    def __init__(self, model: RoleListModel):
        super().__init__(model)
        self._model = model
        self.backoff = Backoff()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.now)

    def start(self) -> None:
        """Retry after the first, short wait (unless a retry is already due)."""
        if not self.timer.isActive():
            self.backoff.reset()
            self.timer.start(self.backoff.next_ms())

    def stop(self) -> None:
        self.timer.stop()

    def now(self) -> None:
        """Retry at once (a timer tick, the window activated); then again later if rows still wait."""
        rows = self._model._rows
        if not isinstance(rows, RoleListing) or not rows.waiting():
            self.timer.stop()
            return
        try:
            read = rows.retry()
        except CareerDeskError as exc:  # damage found by a retry: said once (the app's hook), never retried
            self.timer.stop()
            self._model.damage_found.emit()  # (My plan's own retry stops too: said once, not twice)
            if self._model.to_say(exc):
                raise
        for span in read or ():
            self._model.dataChanged.emit(self._model.index(span.start), self._model.index(span.stop - 1))
        if read:
            self.backoff.reset()  # (some read: the lock has ended, or moved on)
        if rows.waiting():
            self.timer.start(self.backoff.next_ms())
        else:
            self.timer.stop()


class RoleChoiceModel(QAbstractListModel):
    """Roles for choosers (current, target, compare): a "choose" row first, then every
    role; one model shared by every combo box, so 10,000 roles are never copied four times.
    The user data of a row is the role id (None for the "choose" row)."""

    def __init__(self, placeholder: str, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[str | None, str]] = [(None, placeholder)]
        self._row_by_id: dict[str, int] = {}

    def set_roles(self, rows: list[tuple[str, str]], extra: dict[str, str] | None = None) -> None:
        """`rows`: (id, title) in order; `extra`: ids the plan still names but the catalogue
        no longer has, with labels."""
        self.beginResetModel()
        self._rows = [self._rows[0], *rows, *(extra or {}).items()]
        self._row_by_id = {role_id: i for i, (role_id, _title) in enumerate(self._rows) if role_id is not None}
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = DISPLAY_ROLE):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        role_id, title = self._rows[index.row()]
        if role in (DISPLAY_ROLE, EDIT_ROLE):  # (editable pickers show EditRole)
            return title
        if role == USER_ROLE:
            return role_id
        return None

    def row_of(self, role_id: str | None) -> int:
        if role_id is None:
            return 0
        return self._row_by_id.get(role_id, -1)

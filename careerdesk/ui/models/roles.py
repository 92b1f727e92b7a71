"""The role list: search results as a Qt list model (display = title)."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from careerdesk.domain.listing import RoleRow
from careerdesk.ui.literal import plain_tip

RoleIdRole = Qt.ItemDataRole.UserRole + 1
FamilyRole = Qt.ItemDataRole.UserRole + 2
MineRole = Qt.ItemDataRole.UserRole + 3
SourceRole = Qt.ItemDataRole.UserRole + 4
SOURCE_NAMES = {"curated": QT_TRANSLATE_NOOP("RoleListModel", "Curated"), "onet": "O*NET",
                "mine": QT_TRANSLATE_NOOP("RoleListModel", "Yours")}


def source_name(source: str) -> str:
    return QCoreApplication.translate("RoleListModel", SOURCE_NAMES.get(source, source))

_Index = QModelIndex | QPersistentModelIndex


class RoleListModel(QAbstractListModel):
    """Holds only the rows of the current search; the catalogue stays in SQLite."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[RoleRow] = []
        self._rows_by_id: dict[str, int] | None = None

    def set_rows(self, rows: list[RoleRow]) -> None:
        """Show `rows`, telling the view only what changed: rows that stay the same are not
        repainted (one more letter often leaves the best matches as they were), and the
        selection and scroll position live on instead of being reset."""
        old = self._rows
        shared = min(len(old), len(rows))
        same = 0
        while same < shared and old[same] == rows[same]:
            same += 1
        if same == len(old) == len(rows):
            return
        self._rows_by_id = None  # made when first asked for
        if len(rows) < len(old):
            self.beginRemoveRows(QModelIndex(), len(rows), len(old) - 1)
            self._rows = rows
            self.endRemoveRows()
        elif len(rows) > len(old):
            self.beginInsertRows(QModelIndex(), len(old), len(rows) - 1)
            self._rows = rows
            self.endInsertRows()
        else:
            self._rows = rows
        last = min(len(old), len(rows)) - 1
        if same <= last:
            self.dataChanged.emit(self.index(same), self.index(last))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def row_at(self, row: int) -> RoleRow | None:
        """The role shown in `row` (None: no such row), for the delegate, which paints rows
        without a data() call per field."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or (row := self.row_at(index.row())) is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == RoleIdRole:
            return row.id
        if role == FamilyRole:
            return row.family
        if role == MineRole:
            return row.mine
        if role == SourceRole:
            return row.source
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(f"{row.title} · {source_name(row.source)} · {row.family}")
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return f"{source_name(row.source)}, {row.family}"
        return None

    def row_of(self, role_id: str) -> int:
        """The row showing `role_id` (-1: not in this result); a dict, since opening a role
        asks this every time and the list can hold every one of 10,000 roles."""
        if self._rows_by_id is None:
            self._rows_by_id = {}
            for i, row in enumerate(self._rows):
                self._rows_by_id.setdefault(row.id, i)
        return self._rows_by_id.get(role_id, -1)


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

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        role_id, title = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):  # (editable pickers show EditRole)
            return title
        if role == Qt.ItemDataRole.UserRole:
            return role_id
        return None

    def row_of(self, role_id: str | None) -> int:
        if role_id is None:
            return 0
        return self._row_by_id.get(role_id, -1)

"""The role list: search results as a Qt list model (display = title)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from careerdesk.store.catalogue import RoleRow

RoleIdRole = Qt.ItemDataRole.UserRole + 1
FamilyRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class RoleListModel(QAbstractListModel):
    """Holds only the rows of the current search; the catalogue stays in SQLite."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[RoleRow] = []

    def set_rows(self, rows: list[RoleRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == RoleIdRole:
            return row.id
        if role == FamilyRole:
            return row.family
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.title} · {row.family}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return row.family
        return None

    def row_of(self, role_id: str) -> int:
        for i, row in enumerate(self._rows):
            if row.id == role_id:
                return i
        return -1

"""Small editing widgets for the role editor: a reorderable list and a reorderable table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _buttons(name: str, add, remove, up, down) -> QVBoxLayout:
    column = QVBoxLayout()
    for text, slot in ((QCoreApplication.translate("RoleEditor", "Add"), add),
                       (QCoreApplication.translate("RoleEditor", "Remove"), remove),
                       (QCoreApplication.translate("RoleEditor", "Move up"), up),
                       (QCoreApplication.translate("RoleEditor", "Move down"), down)):
        button = QPushButton(text)
        button.setAccessibleName(f"{text}: {name}")  # "Add: Skills", one per list on the page
        button.clicked.connect(slot)
        column.addWidget(button)
    column.addStretch(1)
    return column


class ListEditor(QWidget):
    """Lines of text the person can add, edit in place, remove and reorder."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(name)
        self.list.setWordWrap(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(_buttons(name, self.add, self.remove, lambda: self.move(-1), lambda: self.move(1)))

    def set_values(self, values: list[str]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for value in values:
            self._append(value)
        self.list.blockSignals(False)

    def _append(self, value: str) -> QListWidgetItem:
        item = QListWidgetItem(value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        return item

    def values(self) -> list[str]:
        return [t for i in range(self.list.count()) if (t := self.list.item(i).text().strip())]

    def add(self) -> None:
        item = self._append("")
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.changed.emit()


class _CompletingDelegate(QStyledItemDelegate):
    """Cells of one column edited with a completer (skill names, role titles)."""

    def __init__(self, words: list[str], parent=None):
        super().__init__(parent)
        self.words = words

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt override)
        editor = QLineEdit(parent)
        completer = QCompleter(self.words, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor


class TableEditor(QWidget):
    """Rows of fields the person can add, edit, remove and reorder."""

    changed = Signal()

    def __init__(self, name: str, columns: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, len(columns))
        self.table.setAccessibleName(name)
        self.table.setHorizontalHeaderLabels(columns)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(_buttons(name, self.add, self.remove, lambda: self.move(-1), lambda: self.move(1)))

    def complete_column(self, column: int, words: list[str]) -> None:
        self.table.setItemDelegateForColumn(column, _CompletingDelegate(words, self.table))

    def set_rows(self, rows: list[list[str]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row in rows:
            self._append(row)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()

    def _append(self, values: list[str]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate(values):
            self.table.setItem(row, column, QTableWidgetItem(value))

    def rows(self) -> list[list[str]]:
        out = []
        for r in range(self.table.rowCount()):
            cells = [(self.table.item(r, c).text().strip() if self.table.item(r, c) else "")
                     for c in range(self.table.columnCount())]
            if any(cells):
                out.append(cells)
        return out

    def add(self, values: list[str] | None = None) -> None:
        self._append(values or [""] * self.table.columnCount())
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.changed.emit()

    def remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def move(self, step: int) -> None:
        row, target = self.table.currentRow(), self.table.currentRow() + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        values = [self.table.takeItem(row, c) for c in range(self.table.columnCount())]
        self.table.removeRow(row)
        self.table.insertRow(target)
        for c, item in enumerate(values):
            self.table.setItem(target, c, item)
        self.table.setCurrentCell(target, 0)
        self.changed.emit()

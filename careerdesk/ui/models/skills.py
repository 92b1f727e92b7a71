"""The skill checklist of one role: checkable rows, grouped technical / soft / tools."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from careerdesk.domain import i18n
from careerdesk.domain.kinds import SkillKind, SkillStatus
from careerdesk.domain.reading import RoleView
from careerdesk.service.desk import ChecklistItem, Desk
from careerdesk.ui.literal import plain_tip
from careerdesk.ui.undo import LedgerEditor

KindRole = Qt.ItemDataRole.UserRole + 1
DetailRole = Qt.ItemDataRole.UserRole + 2
GroupStartRole = Qt.ItemDataRole.UserRole + 3
GroupLabelRole = Qt.ItemDataRole.UserRole + 4
SkillKeyRole = Qt.ItemDataRole.UserRole + 5
StatusRole = Qt.ItemDataRole.UserRole + 6
NoteRole = Qt.ItemDataRole.UserRole + 7

_Index = QModelIndex | QPersistentModelIndex
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
# "Learning" shows as a partly ticked box; a click on it completes the tick.
_CHECK = {SkillStatus.HAVE: Qt.CheckState.Checked, SkillStatus.LEARNING: Qt.CheckState.PartiallyChecked,
          SkillStatus.NONE: Qt.CheckState.Unchecked}


class ChecklistRow(NamedTuple):
    """What the checklist draws for one row, read in one call (`SkillChecklistModel.row`)."""

    name: str  # as the list shows it (a line break as Qt's item views show one)
    detail: str
    check: Qt.CheckState
    learning: bool
    note: bool  # a note or evidence
    group_start: bool
    kind: SkillKind


class SkillChecklistModel(QAbstractListModel):
    """Display text is the skill name; the check state is the user's ledger."""

    def __init__(self, desk: Desk, editor: LedgerEditor, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.editor = editor
        self._role: RoleView | None = None
        self._items: list[ChecklistItem] = []
        self._rows: dict[int, ChecklistRow] = {}

    def set_role(self, role: RoleView | None) -> None:
        self.beginResetModel()
        self._role = role
        self._items = self.desk.checklist(role) if role else []
        self._rows = {}
        self.endResetModel()

    def row(self, row: int) -> ChecklistRow:
        """Everything the delegate draws for `row`, kept until the rows or their ticks change: a
        row painted asked the model for seven roles through Qt, each a call into Python."""
        record = self._rows.get(row)
        if record is None:
            item = self._items[row]
            entry, skill = item.entry, item.skill
            record = self._rows[row] = ChecklistRow(
                skill.name.replace("\n", "\u2028"), skill.detail or "", _CHECK[entry.status],
                entry.status is SkillStatus.LEARNING, bool(entry.note or entry.evidence),
                self._group_start(row, item), skill.kind)
        return record

    def refresh(self) -> None:
        """Re-read tick states (the ledger is shared, so another view may have changed it)."""
        if self._role is not None:
            self._items = self.desk.checklist(self._role)
            self._rows = {}
            if self._items:
                self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        # Asked for every row painted: the flags are made once (each `|` of Qt's Python flag
        # members is an enum operation in Python, two a row).
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        # Asked for a dozen roles per row each time a row is measured or painted, most of them
        # roles this model has nothing for: one dictionary look-up on the plain number answers
        # those, where a chain of comparisons with Qt's enum members cost a switch milliseconds.
        answer = _ANSWERS.get(int(role))
        if answer is None or not index.isValid() or index.row() >= len(self._items):
            return None
        return answer(self, index.row(), self._items[index.row()])

    def _tooltip(self, _row: int, item: ChecklistItem) -> str:
        tip = item.skill.label
        if item.entry.note:
            tip += "\n" + item.entry.note
        if item.entry.evidence:
            tip += "\n" + self.tr("Evidence: {e}").format(e=item.entry.evidence)
        return plain_tip(tip)

    def _group_start(self, row: int, item: ChecklistItem) -> bool:
        return row == 0 or self._items[row - 1].skill.kind is not item.skill.kind

    def _description(self, _row: int, item: ChecklistItem) -> str:
        return f"{item.skill.kind.label}, {self.status_name(item.entry.status)}"

    def status_name(self, status: SkillStatus) -> str:
        """Read out with each skill (the domain's label is English, for the command line)."""
        if status is SkillStatus.HAVE:
            return self.tr("Have")
        return self.tr("Learning") if status is SkillStatus.LEARNING else self.tr("Not yet")

    def group_label(self, kind: SkillKind) -> str:
        items = [i for i in self._items if i.skill.kind is kind]
        have = sum(i.have for i in items)
        return self.tr("{group}  ·  {have} of {total}").format(group=kind.label, have=i18n.number(have),
                                                               total=i18n.number(len(items)))

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        item = self._items[index.row()]
        have = (Qt.CheckState(value) == Qt.CheckState.Checked) if not isinstance(value, bool) else value
        # a failed write returns False, so the box never shows a tick that was not saved
        return self.editor.set_status(item.key, item.skill.name, SkillStatus.HAVE if have else SkillStatus.NONE)


_ANSWERS = {
    int(Qt.ItemDataRole.DisplayRole): lambda _m, _r, item: item.skill.name,
    int(Qt.ItemDataRole.AccessibleTextRole): lambda _m, _r, item: item.skill.name,
    int(Qt.ItemDataRole.CheckStateRole): lambda _m, _r, item: _CHECK[item.entry.status],
    int(StatusRole): lambda _m, _r, item: item.entry.status.value,
    int(NoteRole): lambda _m, _r, item: item.entry.note or item.entry.evidence,
    int(Qt.ItemDataRole.ToolTipRole): SkillChecklistModel._tooltip,
    int(DetailRole): lambda _m, _r, item: item.skill.detail or "",
    int(KindRole): lambda _m, _r, item: item.skill.kind.value,
    int(SkillKeyRole): lambda _m, _r, item: item.key,
    int(GroupStartRole): SkillChecklistModel._group_start,
    int(GroupLabelRole): lambda m, _r, item: m.group_label(item.skill.kind),
    int(Qt.ItemDataRole.AccessibleDescriptionRole): SkillChecklistModel._description,
}

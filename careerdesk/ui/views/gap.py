"""The gap for the target role: missing (most important first), learning, have."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from careerdesk.desk import Desk
from careerdesk.domain.plan import Gap, GapItem
from careerdesk.ui.literal import plain_tip
from careerdesk.ui.skill_actions import edit_notes, skill_menu
from careerdesk.ui.undo import LedgerEditor

SkillKeyRole = Qt.ItemDataRole.UserRole + 1
SkillNameRole = Qt.ItemDataRole.UserRole + 2


class GapView(QTreeView):
    def __init__(self, desk: Desk, editor: LedgerEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("gapView")
        self.setAccessibleName(self.tr("Skill gap for the target role"))
        self.setAccessibleDescription(self.tr("Right-click or press the menu key on a skill to change its status"))
        self.desk = desk
        self.editor = editor
        self.model_ = QStandardItemModel(self)
        self.setModel(self.model_)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.doubleClicked.connect(self._notes)

    def show_gap(self, gap: Gap | None) -> None:
        self.model_.clear()
        self.model_.setHorizontalHeaderLabels(
            [self.tr("Skill"), self.tr("Group"), self.tr("Why it matters"), self.tr("Note")])
        if gap is None:
            return
        sections = ((self.tr("To learn, most important first"), gap.missing, True),
                    (self.tr("Learning"), gap.learning, False), (self.tr("Have"), gap.have, False))
        for title, items, with_reason in sections:
            parent = QStandardItem(f"{title} ({len(items)})")
            bold = QFont(parent.font())
            bold.setBold(True)
            parent.setFont(bold)
            parent.setSelectable(False)
            for item in items:
                parent.appendRow(self._row(item, with_reason))
            self.model_.appendRow([parent, QStandardItem(), QStandardItem(), QStandardItem()])
        self.expandAll()
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 300)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def _row(self, item: GapItem, with_reason: bool) -> list[QStandardItem]:
        name = QStandardItem(item.skill.label)
        name.setData(item.key, SkillKeyRole)
        name.setData(item.skill.name, SkillNameRole)
        name.setToolTip(plain_tip(item.skill.label))
        note = item.entry.note
        if item.entry.evidence:
            note = f"{note}  ·  {self.tr('Evidence')}: {item.entry.evidence}" if note else item.entry.evidence
        cells = [name, QStandardItem(item.skill.kind.label), QStandardItem(item.tier.reason if with_reason else ""),
                 QStandardItem(note)]
        cells[3].setToolTip(plain_tip(note))
        return cells

    def _skill_at(self, index) -> tuple[str, str] | None:
        first = index.siblingAtColumn(0)
        key = first.data(SkillKeyRole)
        return (key, first.data(SkillNameRole)) if key else None

    def _menu(self, pos) -> None:
        index = self.indexAt(pos)
        skill = self._skill_at(index) if index.isValid() else None
        if skill is None:
            return
        skill_menu(self, self.editor, *skill).exec(self.viewport().mapToGlobal(pos))

    def _notes(self, index) -> None:
        skill = self._skill_at(index)
        if skill is not None:
            edit_notes(self, self.editor, *skill)

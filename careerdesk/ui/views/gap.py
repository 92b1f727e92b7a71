"""The gap for the target role: missing (most important first), learning, have."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from careerdesk.domain.plan import Gap, GapItem, SkillStatus
from careerdesk.service.desk import Desk
from careerdesk.ui.empty_state import empty_text, paint_empty
from careerdesk.ui.learn import open_link
from careerdesk.ui.literal import plain_tip
from careerdesk.ui.skill_actions import edit_notes, skill_menu
from careerdesk.ui.undo import LedgerEditor

SkillKeyRole = Qt.ItemDataRole.UserRole + 1
SkillNameRole = Qt.ItemDataRole.UserRole + 2
LinkRole = Qt.ItemDataRole.UserRole + 3


class _WrappingNames(QStyledItemDelegate):
    """A skill name too long for its column wraps onto a second line instead of being cut:
    the row is as tall as the name needs at the column's current width."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        view = self.parent()
        if index.column() != 0 or not index.parent().isValid():
            return size
        # A skill sits one level down, after the root's branch indicator: two indents in.
        levels = 2 if view.rootIsDecorated() else 1
        width = view.header().sectionSize(0) - levels * view.indentation() - 12  # minus text margins
        if width <= 0:
            return size
        text = index.data() or ""
        needed = option.fontMetrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(size.width(), max(size.height(), needed.height() + 6))


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
        self.setItemDelegate(_WrappingNames(self))
        self.header().sectionResized.connect(self._relayout_names)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.doubleClicked.connect(self._notes)
        self.clicked.connect(self._open_link)
        self.activated.connect(self._open_link)
        self._links: dict = {}
        self.empty_reason = ""

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if self.model_.rowCount() == 0:
            paint_empty(self, empty_text(self.empty_reason, "gap"))

    def show_gap(self, gap: Gap | None, why: str = "") -> None:
        self.empty_reason = why or self.tr("Choose a target role to see what you have and what is missing.")
        # The painted empty text is not read out, so screen readers get it as the description.
        self.setAccessibleDescription(empty_text(self.empty_reason, "gap") if gap is None else self.tr(
            "Right-click or press the menu key on a skill to change its status"))
        self.model_.clear()
        self.scrollToTop()
        self.model_.setHorizontalHeaderLabels(
            [self.tr("Skill"), self.tr("Group"), self.tr("Why it matters"), self.tr("Note"), self.tr("Where to learn")])
        if gap is None:
            return
        self._links = self.desk.learn_links([i.key for i in (*gap.missing, *gap.learning)])
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
            self.model_.appendRow([parent, QStandardItem(), QStandardItem(), QStandardItem(), QStandardItem()])
            self.setFirstColumnSpanned(self.model_.rowCount() - 1, QModelIndex(), True)
        self.expandAll()
        # The skill name is what people read: it takes the spare width. Group and reason
        # are short and sized to their text; the note column only shows once there is a note.
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # A link title can be long; the column keeps a modest width and elides, the skill name wins.
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        self._size_link_column()
        header.setSectionHidden(3, not any(i.entry.note or i.entry.evidence
                                           for i in (*gap.missing, *gap.learning, *gap.have)))
        self.scrollToTop()

    def _size_link_column(self) -> None:
        """The link column: as wide as its links need, up to a seventh of the view, and wide
        enough for its own header where that fits in the seventh (in a narrow window the
        skill names keep the room). My plan often fills the table before its page is shown
        (a saved plan is, just after the first paint), when the view has no width yet: then
        the header's width is taken, as in a normal window, unless the part of the window
        shown around it (its page's place) is so narrow that the header would not fit in its
        seventh: on an 800 x 600 screen the header's width cut the skill names ("System
        design (decomposi…") where a table filled in sight kept them whole. (Sized here only:
        resizing it again later, on show or resize, crashed QTreeView's next paint in the
        link-click test, a stale row index, and crashes a real window's too.)"""
        header = self.header()
        title = header.sectionSizeHint(4)
        if self.isVisible():
            share = max(60, self.viewport().width() // 7)
        else:
            in_sight = self._width_in_sight()
            share = max(60, title) if not in_sight or title <= in_sight // 7 else max(60, in_sight // 7)
        wanted = min(self.sizeHintForColumn(4), 240, share)
        header.resizeSection(4, max(wanted, title) if title <= share else wanted)

    def _width_in_sight(self) -> int:
        """The width of the nearest ancestor on screen (the place My plan's page will take):
        a little more than the view's own viewport will have. 0 if none is (a window not yet
        shown: then the header's width, as before)."""
        widget = self.parentWidget()
        while widget is not None and not widget.isVisible():
            widget = widget.parentWidget()
        return 0 if widget is None else widget.width()

    def _relayout_names(self, column: int, _old: int, _new: int) -> None:
        """Wrapped names need new row heights when the skill column changes width: one
        relayout of every row, once (a size-hint signal per row laid out every row each time:
        thousands of measurements for a 50-skill gap)."""
        if column == 0:
            self.scheduleDelayedItemsLayout()

    def _row(self, item: GapItem, with_reason: bool) -> list[QStandardItem]:
        name = QStandardItem(item.skill.label)
        name.setData(item.key, SkillKeyRole)
        name.setData(item.skill.name, SkillNameRole)
        name.setToolTip(plain_tip(item.skill.label))
        note = item.entry.note
        if item.entry.evidence:
            evidence = self.tr("{note}  ·  Evidence: {evidence}").format(note=note, evidence=item.entry.evidence)
            note = evidence if note else item.entry.evidence
        cells = [name, QStandardItem(item.skill.kind.label), QStandardItem(item.tier.reason if with_reason else ""),
                 QStandardItem(note)]
        cells[3].setToolTip(plain_tip(note))
        cells.append(QStandardItem())
        links = self._links.get(item.key, []) if item.entry.status is not SkillStatus.HAVE else []
        if links:  # the first link, drawn as a link; a click (or Enter) opens it in the browser
            cells[4].setText(links[0].title)
            cells[4].setData(links[0].url, LinkRole)
            cells[4].setToolTip(plain_tip(links[0].url))
            cells[4].setForeground(self.palette().brush(QPalette.ColorRole.Link))
            font = QFont(cells[4].font())
            font.setUnderline(True)
            cells[4].setFont(font)
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

    def _open_link(self, index) -> None:
        url = index.data(LinkRole)
        if url:
            open_link(url)

    def _notes(self, index) -> None:
        if index.data(LinkRole):
            return  # a double-click on a link opens the link, not the notes
        skill = self._skill_at(index)
        if skill is not None:
            edit_notes(self, self.editor, *skill)

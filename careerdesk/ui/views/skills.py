"""Skills tab: the checklist, three groups in one list, with live progress figures."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QProgressBar, QVBoxLayout, QWidget

from careerdesk.domain.kinds import SkillKind
from careerdesk.domain.reading import RoleView
from careerdesk.service.desk import Desk
from careerdesk.ui.empty_state import EmptyLabel
from careerdesk.ui.learn import LearnLabel
from careerdesk.ui.models.skills import SkillChecklistModel, SkillKeyRole
from careerdesk.ui.style import give_style_sheet
from careerdesk.ui.tabs import show_tally
from careerdesk.ui.undo import LedgerEditor
from careerdesk.ui.views.checklist import ChecklistDelegate
from careerdesk.ui.wrapped import WrappedLabel


class _Figure(WrappedLabel):
    """A group's figures: one line where there is room, as a plain label shows them, but two
    rather than widen the window. Unwrapped, each role's figures set the tab's minimum width,
    and in a narrow window the splitter moved (and the whole window was painted again) on
    switching roles. Its sizes are measured once per text (a switch asks at every layout pass,
    and most roles show a text shown before: "Soft skills: 0 of 8"), until whatever makes a
    WrappedLabel measure again for another reason than a new text."""

    _hint: QSize | None = None
    _least: QSize | None = None
    _texts: dict[str, tuple[QSize, QSize, dict[int, int]]] | None = None  # each text's sizes

    def measure_again(self) -> None:
        self._hint = self._least = self._texts = None
        super().measure_again()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        texts = self._texts or {}
        if self._hint is not None and self._least is not None and len(texts) < 200:
            texts[self.text()] = (self._hint, self._least, dict(self._heights))
        super().setText(text)  # (measures again: the kept sizes are the old text's)
        self._texts = texts
        if text in texts:
            self._hint, self._least, heights = texts[text]
            self._heights.update(heights)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        if self._hint is None:
            # A wrapping label guesses a narrow width and breaks lines even where there is room.
            width = self.fontMetrics().boundingRect(QRect(0, 0, 2000, 2000), int(self.alignment()),
                                                    self.text()).width()
            margins = self.contentsMargins()
            width += margins.left() + margins.right() + 2 * self.margin()
            self._hint = QSize(width, self.heightForWidth(width))
        return QSize(self._hint)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        if self._least is None:
            self._least = QLabel.minimumSizeHint(self)
        return QSize(self._least)


class SkillsView(QWidget):
    """Overall progress, per-group progress and the checklist itself."""

    def __init__(self, desk: Desk, editor: LedgerEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("skillsTab")
        give_style_sheet(self)  # (its bar and checklist are the sheet's)
        self.editor = editor
        self.model = SkillChecklistModel(desk, editor, self)
        self.summary = QLabel()
        self.summary.setObjectName("skillSummary")
        self.summary.setAccessibleName(self.tr("Skill progress"))
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.summary.setFont(font)
        self.bar = QProgressBar()
        self.bar.setObjectName("skillProgress")
        self.bar.setAccessibleName(self.tr("Share of this role's skills you have"))
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.group_labels: dict[SkillKind, QLabel] = {}
        groups = QHBoxLayout()
        groups.setSpacing(24)
        for kind in SkillKind:
            label = _Figure()
            label.setObjectName(f"skillProgress_{kind.value}")
            label.setAccessibleName(kind.label)
            self.group_labels[kind] = label
            groups.addWidget(label)
        groups.addStretch(1)
        self.hint = hint = WrappedLabel(self.tr(
            "Tick what you can already do; right-click a skill to mark it as learning or "
            "add a note. Everything is saved at once and shared by every role."))
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.list = QListView()
        self.list.setObjectName("skillChecklist")
        self.list.setAccessibleName(self.tr("Skill checklist"))
        self.list.setAccessibleDescription(self.tr("Space ticks or unticks the selected skill"))
        self.list.setModel(self.model)
        delegate = ChecklistDelegate(self.list)
        delegate.watch(self.model)
        self.list.setItemDelegate(delegate)
        self.list.setUniformItemSizes(False)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setAlternatingRowColors(False)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.doubleClicked.connect(self._edit_notes)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 12)
        layout.setSpacing(8)
        layout.addWidget(self.summary)
        layout.addWidget(self.bar)
        layout.addLayout(groups)
        layout.addWidget(hint)
        self.empty = EmptyLabel("skills")
        self.empty.hide()
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.list, 1)
        self.learn = LearnLabel()
        layout.addWidget(self.learn)
        self.list.selectionModel().currentChanged.connect(self._show_learn)
        self._desk = desk
        self._role: RoleView | None = None

    def _context_menu(self, pos) -> None:
        index = self.list.indexAt(pos) if pos is not None else self.list.currentIndex()
        if not index.isValid():
            index = self.list.currentIndex()
        if not index.isValid():
            return
        from careerdesk.ui.skill_actions import skill_menu  # (its dialogs are not needed for the first paint)

        menu = skill_menu(self, self.editor, index.data(SkillKeyRole), index.data())
        menu.exec(self.list.viewport().mapToGlobal(self.list.visualRect(index).center()
                                                   if pos is None else pos))

    def _show_learn(self, index) -> None:
        key = index.data(SkillKeyRole) if index.isValid() else None
        self.learn.show_links(index.data() if key else None, self._desk.learn_links([key]).get(key) if key else None)

    def _edit_notes(self, index) -> None:
        from careerdesk.ui.skill_actions import edit_notes

        edit_notes(self, self.editor, index.data(SkillKeyRole), index.data())

    def show_role(self, role: RoleView) -> None:
        self._role = role
        ordered = self.tr(" O*NET's skills and knowledge come most important first, with the level the work "
                          "needs (0-7); in-demand tools first.") if role.source == "onet" else ""
        self.hint.setText(self.tr("Tick what you can already do; right-click a skill to mark it as learning or "
                                  "add a note. Everything is saved at once and shared by every role.") + ordered)
        self.model.set_role(role)
        self.learn.show_links(None, None)
        self.update_progress()
        if not role.skills:
            self.empty.show_why(self.tr("{title} lists no skills yet.").format(title=role.title))
        for widget in (self.list, self.bar, self.hint):
            widget.setVisible(bool(role.skills))
        self.empty.setVisible(not role.skills)
        # Laid out now, the tab and then the checklist's rows (a reset list lays its rows out on a
        # zero timer): else the window paints the list unlaid, then again for each step after.
        self.layout().activate()
        self.list.executeDelayedItemsLayout()

    def show_empty(self, why: str) -> None:
        """No role open: no checklist, a word on what it would be."""
        self._role = None
        self.summary.setText("")
        self.bar.setValue(0)
        for label in self.group_labels.values():
            label.setText("")
        for widget in (self.list, self.bar, self.hint):
            widget.hide()
        self.empty.show_why(why)
        self.empty.show()

    def refresh(self) -> None:
        self.model.refresh()
        self.update_progress()

    def on_changes(self, changes) -> None:
        if changes.skills:
            self.refresh()

    def update_progress(self) -> None:
        if self._role is None:
            return
        progress = self._desk.progress(self._role)
        overall = progress.overall
        if overall.total:
            self.summary.setText(self.tr("{have} of {total} skills, {percent}%").format(
                have=overall.have, total=overall.total, percent=overall.percent))
        else:
            self.summary.setText(self.tr("No skills are recorded for this role yet."))
        show_tally(self.bar, overall.have, overall.total)
        for kind, label in self.group_labels.items():
            tally = progress.by_kind[kind]
            label.setText(self.tr("{group}: {have} of {total}").format(
                group=kind.label, have=tally.have, total=tally.total))
            label.setVisible(tally.total > 0)

"""File > Scan my CV…: the skills a CV shows, as a checklist to confirm or untick. Nothing is
saved until the person confirms, and then only the ticks and the sentences kept as
evidence: the CV itself is never stored. One Undo takes the whole batch back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from careerdesk.domain.errors import CareerDeskError
from careerdesk.domain.plan import SkillEntry, SkillStatus
from careerdesk.service.matching import Matching, Suggestion
from careerdesk.ui.background import run_with_progress
from careerdesk.ui.errors import show_error
from careerdesk.ui.skill_actions import kind_name, status_name
from careerdesk.ui.style import fit_to_screen, give_style_sheet
from careerdesk.ui.undo import LedgerEditor

if TYPE_CHECKING:
    from careerdesk.ui.main_window import MainWindow

CV_KINDS = ("txt", "md", "pdf", "docx")


def scan_cv(window: MainWindow) -> None:
    dialog = CvScanDialog(window.desk.matching, window.editor, window)
    path, _ = QFileDialog.getOpenFileName(window, QCoreApplication.translate("CvScanDialog", "Scan my CV"),
                                          str(Path.home()), QCoreApplication.translate(
                                              "CvScanDialog", "CVs (*.txt *.md *.pdf *.docx);;All files (*)"))
    if path and dialog.load_file(Path(path)):
        dialog.exec()


class _TickFromCv(QUndoCommand):
    """The whole batch as one step of the Edit menu's undo history."""

    def __init__(self, dialog: CvScanDialog, changes: list[tuple[str, str, SkillEntry, SkillEntry]]):
        # (the dialog's context, written out: lupdate would file a bare tr() here under this class)
        if len(changes) == 1:
            text = QCoreApplication.translate("CvScanDialog", "tick 1 skill from your CV")
        else:
            text = QCoreApplication.translate("CvScanDialog", "tick {n} skills from your CV").format(n=len(changes))
        super().__init__(text)
        self.matching, self.editor, self.changes = dialog.matching, dialog.editor, changes
        self._written = True  # written before it was pushed

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        self._write([(k, n, after) for k, n, _, after in self.changes])

    def undo(self) -> None:
        self._write([(k, n, before) for k, n, before, _ in self.changes])

    def _write(self, entries: list[tuple[str, str, SkillEntry]]) -> None:
        try:
            self.matching.write(entries)
        except CareerDeskError as exc:
            self.editor.failed.emit(str(exc))
            return
        self.editor.changed.emit()


class CvScanDialog(QDialog):
    def __init__(self, matching: Matching, editor: LedgerEditor, parent: QWidget | None = None):
        super().__init__(parent)
        give_style_sheet(self)  # (as it had the application's sheet: see give_style_sheet)
        self.matching, self.editor = matching, editor
        self.suggestions: list[Suggestion] = []
        self.source = ""
        self.setWindowTitle(self.tr("Skills from your CV"))
        self.setAccessibleName(self.windowTitle())
        self.intro = QLabel()
        self.intro.setObjectName("cvIntro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QTreeWidget()
        self.list.setObjectName("cvSuggestions")
        self.list.setAccessibleName(self.tr("Skills your CV shows; untick any you do not want marked"))
        self.list.setHeaderLabels([self.tr("Skill"), self.tr("Kind"), self.tr("Now"), self.tr("From your CV")])
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        self.list.itemChanged.connect(self._count)
        all_button, none_button = QPushButton(self.tr("Tick &all")), QPushButton(self.tr("Untick a&ll"))
        all_button.clicked.connect(lambda: self._tick_all(True))
        none_button.clicked.connect(lambda: self._tick_all(False))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("Mark as had"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("cvApply")
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(all_button)
        row.addWidget(none_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        fit_to_screen(self, 900, 600)

    def load_file(self, path: Path) -> bool:
        """Read and scan off the main thread; False (after saying why) when it cannot be read."""
        vocabulary = self.matching.vocabulary()

        def work():
            text = Matching.read(path, CV_KINDS)
            return text, self.matching.matcher(vocabulary).find(text)

        try:
            text, found = run_with_progress(self.tr("Reading your CV…"), work, self, 0.3)
        except CareerDeskError as exc:
            show_error(self, self.tr("Could not read the CV"), str(exc))
            return False
        self.show_suggestions(self.matching.scan_cv(text, found), path.name)
        return True

    def show_suggestions(self, suggestions: list[Suggestion], source: str) -> None:
        self.suggestions = suggestions
        self.list.blockSignals(True)
        self.list.clear()
        for s in suggestions:
            item = QTreeWidgetItem([s.name, kind_name(s.kind), status_name(s.status), s.evidence])
            item.setToolTip(3, s.evidence)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked if s.status is SkillStatus.HAVE else Qt.CheckState.Checked)
            self.list.addTopLevelItem(item)
        self.list.blockSignals(False)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        self.source = source
        self._count()

    def _tick_all(self, on: bool) -> None:
        for i in range(self.list.topLevelItemCount()):
            self.list.topLevelItem(i).setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen(self) -> list[Suggestion]:
        return [s for i, s in enumerate(self.suggestions)
                if self.list.topLevelItem(i).checkState(0) == Qt.CheckState.Checked]

    def _count(self, *_args) -> None:
        n = len(self.chosen())
        if not self.suggestions:
            text = self.tr("No skills the catalogue knows were found in {source}.")
        else:
            text = self.tr("{source} shows {total} skills. {n} are ticked to be marked as had, each with the "
                           "sentence it came from as evidence (evidence you wrote yourself is kept). Nothing is "
                           "saved until you confirm, and the CV itself is never stored.")
        self.intro.setText(text.format(source=self.source, total=len(self.suggestions), n=n))
        self.apply_button.setEnabled(n > 0)

    def apply(self) -> None:
        changes = self.matching.changes_for(self.chosen())
        if changes:
            try:
                self.matching.write([(k, n, after) for k, n, _, after in changes])
            except CareerDeskError as exc:
                show_error(self, self.tr("Nothing was saved"), self.tr("Your skills are as they were."), str(exc))
                return
            self.editor.stack.push(_TickFromCv(self, changes))
            self.editor.changed.emit()
        self.accept()

"""Plan > Check a job ad…: paste or open an ad, see the skills it asks for highlighted in its
own text, how much of it you have, what is missing, and make it your target.

The ad is only ever shown as plain text (a read-only QPlainTextEdit with extra selections for
the highlights): HTML from a web page is never rendered, so it cannot load or run anything.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from careerdesk.domain.errors import CareerDeskError
from careerdesk.domain.plan import SkillStatus
from careerdesk.service.matching import AdMatch, Matching
from careerdesk.ui.background import run_with_progress
from careerdesk.ui.errors import show_error
from careerdesk.ui.plan_page import use_role_in_plan
from careerdesk.ui.skill_actions import kind_name, status_name
from careerdesk.ui.style import fit_to_screen, give_style_sheet

if TYPE_CHECKING:
    from careerdesk.ui.main_window import MainWindow

AD_KINDS = ("txt", "md", "html", "pdf", "docx")  # (recruiters send job descriptions as Word files)
# Translucent, so the text stays readable in the light and the dark theme alike.
HAVE_COLOUR = QColor(46, 160, 67, 90)
MISSING_COLOUR = QColor(230, 160, 0, 110)


def check_job_ad(window: MainWindow) -> None:
    """The menu action: the dialog, and on "Make this my target" the new role as the plan's target."""
    dialog = JobAdDialog(window.desk.matching, window)
    dialog.targetChosen.connect(lambda role_id: _make_target(window, role_id))
    dialog.exec()


def _make_target(window: MainWindow, role_id: str) -> None:
    window.catalogue_changed(open_id=role_id)
    use_role_in_plan(window, "target")


def utf16_offsets(text: str) -> list[int] | None:
    """Python counts code points, Qt counts UTF-16 units: the map between them, or None
    when they agree (no character outside the Basic Multilingual Plane, the usual case)."""
    if all(ord(c) <= 0xFFFF for c in text):
        return None
    out, pos = [], 0
    for c in text:
        out.append(pos)
        pos += 2 if ord(c) > 0xFFFF else 1
    out.append(pos)
    return out


class JobAdDialog(QDialog):
    targetChosen = Signal(str)

    def __init__(self, matching: Matching, parent: QWidget | None = None):
        super().__init__(parent)
        give_style_sheet(self)  # (its bar is the sheet's)
        self.matching = matching
        self.result: AdMatch | None = None
        self.setWindowTitle(self.tr("Check a job ad"))
        self.setAccessibleName(self.windowTitle())
        self.ad = QPlainTextEdit()
        self.ad.setObjectName("jobAdText")
        self.ad.setAccessibleName(self.tr("Job ad text"))
        self.ad.setPlaceholderText(self.tr("Paste the job ad here, or open a file. It stays on this computer."))
        self.open_button = QPushButton(self.tr("&Open file…"))
        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.setDefault(True)
        self.again_button = QPushButton(self.tr("Check &another ad"))
        self.again_button.hide()
        self.open_button.clicked.connect(self.choose_file)
        self.check_button.clicked.connect(self.check)
        self.again_button.clicked.connect(self.start_over)
        self.fit = QLabel(self.tr("The skills the ad asks for will appear here."))
        self.fit.setObjectName("jobAdFit")
        self.fit.setTextFormat(Qt.TextFormat.PlainText)
        self.fit.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Share of the ad's skills you have"))
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.skills = QTreeWidget()
        self.skills.setObjectName("jobAdSkills")
        self.skills.setAccessibleName(self.tr("Skills the ad asks for"))
        self.skills.setHeaderLabels([self.tr("Skill"), self.tr("Kind"), self.tr("You"), self.tr("In the ad")])
        self.skills.setRootIsDecorated(False)
        self.gap = QLabel()
        self.gap.setObjectName("jobAdGap")
        self.closest = QLabel()
        self.closest.setObjectName("jobAdClosest")
        for label in (self.gap, self.closest):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.target_button = QPushButton(self.tr("Make this my &target"))
        self.target_button.setObjectName("jobAdMakeTarget")
        self.target_button.setEnabled(False)
        self.target_button.clicked.connect(self.make_target)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        self._layout(close)
        fit_to_screen(self, 1100, 700)  # (a small screen: its buttons stay on it)

    def _layout(self, close: QPushButton) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.ad, 1)
        row = QHBoxLayout()
        for button in (self.open_button, self.check_button, self.again_button):
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.fit)
        column.addWidget(self.bar)
        column.addWidget(self.skills, 1)
        column.addWidget(self.gap)
        column.addWidget(self.closest)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.target_button)
        row.addWidget(close)
        column.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([560, 540])
        QVBoxLayout(self).addWidget(splitter)

    # Reading

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a job ad"), str(Path.home()),
                                              self.tr("Job ads (*.txt *.md *.html *.htm *.pdf *.docx);;All files (*)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        """Read the file (off the main thread: a long PDF takes a moment), then check it."""
        try:
            text = run_with_progress(self.tr("Reading the ad…"), lambda: Matching.read(path, AD_KINDS), self, 0.3)
        except CareerDeskError as exc:
            show_error(self, self.tr("Could not read the ad"), str(exc))
            return False
        self.start_over()
        self.ad.setPlainText(text)
        self.check()
        return True

    def check(self) -> None:
        text = self.ad.toPlainText()  # what is shown, so offsets line up with the highlights
        if not text.strip():
            self.fit.setText(self.tr("Paste a job ad first, or open a file."))
            return
        vocabulary = self.matching.vocabulary()  # a database read, so here on the main thread
        try:
            found = run_with_progress(self.tr("Finding the skills in the ad…"),
                                      lambda: self.matching.matcher(vocabulary).find(text), self, 0.3)
            self.result = self.matching.match_ad(text, found)
        except CareerDeskError as exc:
            show_error(self, self.tr("Could not check the ad"), str(exc))
            return
        self.show_result(self.result)

    # Showing

    def show_result(self, result: AdMatch) -> None:
        self.ad.setReadOnly(True)
        self.check_button.hide()
        self.again_button.show()
        self._highlight(result)
        if not result.skills:
            self.fit.setText(self.tr("No skills the catalogue knows were found in this ad."))
        else:
            self.fit.setText(self.tr("You have {have} of the {total} skills this ad asks for ({percent}%).").format(
                have=result.have, total=result.total, percent=result.percent))
        self.bar.setRange(0, max(result.total, 1))
        self.bar.setValue(result.have)
        self.skills.clear()
        for s in result.skills:
            item = QTreeWidgetItem([s.name, kind_name(s.kind), status_name(s.status), ", ".join(s.found.words)])
            item.setToolTip(3, ", ".join(s.found.words))
            self.skills.addTopLevelItem(item)
        for column in range(3):
            self.skills.resizeColumnToContents(column)
        self.gap.setText(self.tr("Missing, most important first: {names}").format(names=", ".join(result.missing))
                         if result.missing else "")
        share = self.tr("{title} ({percent}%)")
        self.closest.setText(self.tr("Closest roles: {roles}").format(
            roles=", ".join(share.format(title=c.title, percent=c.percent) for c in result.closest))
            if result.closest else "")
        self.target_button.setEnabled(bool(result.skills))

    def _highlight(self, result: AdMatch) -> None:
        text = self.ad.toPlainText()
        units = utf16_offsets(text)
        selections = []
        for s in result.skills:
            fmt = QTextCharFormat()
            fmt.setBackground(HAVE_COLOUR if s.status is SkillStatus.HAVE else MISSING_COLOUR)
            fmt.setToolTip(self.tr("{skill} ({kind}): {status}").format(skill=s.name, kind=kind_name(s.kind),
                                                                         status=status_name(s.status)))
            for occ in s.found.occurrences:
                start, end = (occ.start, occ.end) if units is None else (units[occ.start], units[occ.end])
                cursor = QTextCursor(self.ad.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
        self.ad.setExtraSelections(selections)

    def highlighted(self) -> list[str]:
        """The highlighted words, in order (for tests and accessibility checks)."""
        return [sel.cursor.selectedText() for sel in self.ad.extraSelections()]

    def start_over(self) -> None:
        self.result = None
        self.ad.setExtraSelections([])
        self.ad.setReadOnly(False)
        self.ad.clear()
        self.skills.clear()
        self.fit.setText(self.tr("The skills the ad asks for will appear here."))
        self.bar.setValue(0)
        self.gap.clear()
        self.closest.clear()
        self.target_button.setEnabled(False)
        self.again_button.hide()
        self.check_button.show()
        self.ad.setFocus()

    def make_target(self) -> None:
        """Save the ad as one of the user's roles (they may rename it), then hand it to the plan."""
        if self.result is None:
            return
        title, ok = QInputDialog.getText(self, self.tr("Make this my target"), self.tr("Name of your target role:"),
                                         text=self.result.title or self.tr("Job ad"))
        if not ok:
            return
        try:
            role_id = self.matching.save_as_role(self.result, title)
        except (CareerDeskError, OSError) as exc:
            show_error(self, self.tr("The ad was not saved"), str(exc))
            return
        self.targetChosen.emit(role_id)
        self.accept()

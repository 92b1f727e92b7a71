"""One way to change a skill's status, note and evidence, wherever the skill is shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from careerdesk.domain import i18n
from careerdesk.domain.entry import NOTE_LIMIT, SkillEntry
from careerdesk.domain.kinds import SkillStatus
from careerdesk.ui.learn import open_link
from careerdesk.ui.literal import plain_label, window_title
from careerdesk.ui.style import give_style_sheet
from careerdesk.ui.undo import LedgerEditor


def status_name(status: SkillStatus) -> str:
    """Have / Learning / Not yet, in the window's language."""
    return {SkillStatus.HAVE: QCoreApplication.translate("SkillNames", "Have"),
            SkillStatus.LEARNING: QCoreApplication.translate("SkillNames", "Learning"),
            SkillStatus.NONE: QCoreApplication.translate("SkillNames", "Not yet")}[status]


def kind_name(kind: str) -> str:
    """A skill's group as one word ("technical", "soft", "tool"), in the window's language."""
    return {"technical": QCoreApplication.translate("SkillNames", "technical"),
            "soft": QCoreApplication.translate("SkillNames", "soft"),
            "tool": QCoreApplication.translate("SkillNames", "tool")}.get(kind, kind)


class NoteDialog(QDialog):
    """Status, a note and evidence ("led the Kafka migration in 2025") for one skill."""

    def __init__(self, name: str, entry: SkillEntry, parent: QWidget | None = None):
        super().__init__(parent)
        give_style_sheet(self)  # (as it had the application's sheet: see give_style_sheet)
        self.setWindowTitle(window_title(self.tr("{skill}: status and notes").format(skill=name)))
        self.setAccessibleName(self.windowTitle())
        heading = plain_label(name)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        self.buttons = QButtonGroup(self)
        row = QHBoxLayout()
        for status in SkillStatus:
            button = QRadioButton(status_name(status))
            button.setAccessibleName(self.tr("Status: {s}").format(s=status_name(status)))
            button.setChecked(status is entry.status)
            self.buttons.addButton(button)
            button.setProperty("status", status.value)
            row.addWidget(button)
        row.addStretch(1)
        self.note = QPlainTextEdit(entry.note)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("What you are doing about it, or anything to remember"))
        self.note.setTabChangesFocus(True)
        self.evidence = QLineEdit(entry.evidence)
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.evidence.setPlaceholderText(self.tr("A link or a short proof, e.g. led the Kafka migration in 2025"))
        self.evidence.setMaxLength(max(NOTE_LIMIT, len(entry.evidence)))  # never cut what is stored
        self._stored_note = entry.note
        self.problem = QLabel()  # why OK did nothing: a note too long to keep
        self.problem.setObjectName("noteProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("Status"), row)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Evidence"), self.evidence)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(box)
        self.resize(520, 320)
        # People open this to write: typing must land in the note, never flip a radio button
        # (a space on a focused "Have" would tick the skill).
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    def status(self) -> SkillStatus:
        checked = self.buttons.checkedButton()
        return SkillStatus(checked.property("status")) if checked else SkillStatus.NONE

    def note_text(self) -> str:
        return self.note.toPlainText()

    def accept(self) -> None:
        """Refuse a typed note over NOTE_LIMIT, saying so, instead of cutting it silently; a
        note stored longer (a restored backup, two notes joined by a rename) stays as it is."""
        length = len(self.note_text())
        if length > NOTE_LIMIT and self.note_text() != self._stored_note:
            self.problem.setText(self.tr("The note is {length} characters long; at most {limit} fit. Shorten it "
                                         "by {over}.").format(length=i18n.number(length),
                                                              limit=i18n.number(NOTE_LIMIT),
                                                              over=i18n.number(length - NOTE_LIMIT)))
            self.problem.show()
            self.note.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()


def edit_notes(parent: QWidget, editor: LedgerEditor, key: str, name: str) -> None:
    dialog = NoteDialog(name, editor.desk.entry(key), parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        editor.set_entry(key, name, dialog.status(), dialog.note_text(), dialog.evidence.text())


def skill_menu(parent: QWidget, editor: LedgerEditor, key: str, name: str) -> QMenu:
    """Have / Learning / Not yet, and the note dialog, for the skill under the cursor."""
    menu = QMenu(parent)
    group = QActionGroup(menu)
    current = editor.desk.entry(key).status
    labels = {SkillStatus.HAVE: QCoreApplication.translate("SkillMenu", "I &have this"),
              SkillStatus.LEARNING: QCoreApplication.translate("SkillMenu", "I am &learning this"),
              SkillStatus.NONE: QCoreApplication.translate("SkillMenu", "&Not yet")}
    for status, label in labels.items():
        action = QAction(label, menu)
        action.setCheckable(True)
        action.setChecked(status is current)
        group.addAction(action)
        action.triggered.connect(lambda _=False, s=status: editor.set_status(key, name, s))
        menu.addAction(action)
    menu.addSeparator()
    notes = QAction(QCoreApplication.translate("SkillMenu", "Note and &evidence…"), menu)
    notes.triggered.connect(lambda: edit_notes(parent, editor, key, name))
    menu.addAction(notes)
    links = editor.desk.learn_links([key]).get(key, [])
    if links:
        menu.addSeparator()
    for link in links:
        learn = QAction(QCoreApplication.translate("SkillMenu", "Learn: {title}").format(title=link.title), menu)
        learn.setObjectName("learnLink")
        learn.triggered.connect(lambda _=False, url=link.url: open_link(url))
        menu.addAction(learn)
    return menu

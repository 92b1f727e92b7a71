"""Undo and redo of skill status and note changes (Ctrl+Z, Ctrl+Shift+Z).

Every change is written first and pushed only once it has been saved, so a failed write
(full disk, locked file) never enters the history. Undo and redo write again, but only
while the skill is still as this window left it: a change made meanwhile by the CLI or
another window is never overwritten. Such a step leaves the history and `failed` says so;
a step whose write failed stays where it was, to be tried again.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from careerdesk.domain.entry import SkillEntry
from careerdesk.domain.errors import CareerDeskError
from careerdesk.domain.kinds import SkillStatus
from careerdesk.service.desk import Desk

translate = QCoreApplication.translate


class _Change(QUndoCommand):
    def __init__(self, editor: LedgerEditor, key: str, name: str, before: SkillEntry, after: SkillEntry):
        super().__init__()
        self.editor, self.key, self.name, self.before, self.after = editor, key, name, before, after
        self.retranslate()
        self._skip = True  # the change was written before it was pushed

    def retranslate(self) -> None:
        """Name the step in the window's language (Edit > Undo shows it)."""
        if self.before.status is self.after.status:
            text = translate("undo", "edit note of {skill}")
        elif self.after.status is SkillStatus.HAVE:
            text = translate("undo", "tick {skill}")
        elif self.after.status is SkillStatus.LEARNING:
            text = translate("undo", "mark {skill} as learning")
        else:
            text = translate("undo", "untick {skill}")
        self.setText(text.format(skill=self.name))

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self._apply(self.before, self.after, back=self.editor.stack.undo)

    def undo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self._apply(self.after, self.before, back=self.editor.stack.redo)

    def _apply(self, expected: SkillEntry, entry: SkillEntry, back) -> None:
        outcome = self.editor.replace(self.key, self.name, expected, entry)
        if outcome is None:
            return
        if outcome == "conflict":
            # QUndoStack drops an obsolete command right after undo()/redo() returns.
            self.setObsolete(True)
            return
        # The write failed: step the index back without writing, so the history stays true.
        self._skip = True
        QTimer.singleShot(0, back)


class LedgerEditor(QObject):
    """The one way the window changes skill statuses and notes."""

    changed = Signal()
    failed = Signal(str)
    conflicted = Signal(str)

    def __init__(self, desk: Desk, parent: QObject | None = None):
        super().__init__(parent)
        self.desk = desk
        self.stack = QUndoStack(self)

    def retranslate(self) -> None:
        """Rename every step in the history after a language switch."""
        for i in range(self.stack.count()):
            step = self.stack.command(i)
            if isinstance(step, _Change):
                step.retranslate()

    def set_status(self, key: str, name: str, status: SkillStatus) -> bool:
        before = self.desk.entry(key)
        return self._change(key, name, before, dataclasses.replace(before, status=status))

    def set_entry(self, key: str, name: str, status: SkillStatus, note: str, evidence: str) -> bool:
        before = self.desk.entry(key)
        return self._change(key, name, before, SkillEntry(status=status, note=note, evidence=evidence))

    def _change(self, key: str, name: str, before: SkillEntry, after: SkillEntry) -> bool:
        if before == after:
            return True
        if not self.write(key, name, after):
            return False
        self.stack.push(_Change(self, key, name, before, after))
        return True

    def write(self, key: str, name: str, entry: SkillEntry) -> bool:
        try:
            self.desk.set_entry(key, name, entry)
        except CareerDeskError as exc:
            self.failed.emit(str(exc))
            return False
        self.changed.emit()
        return True

    def replace(self, key: str, name: str, expected: SkillEntry, entry: SkillEntry) -> str | None:
        """Undo/redo's write: None when done, "conflict" or "failed" when not."""
        try:
            done = self.desk.replace_entry(key, name, expected, entry)
        except CareerDeskError as exc:
            self.failed.emit(str(exc))
            return "failed"
        self.changed.emit()  # either way the window shows what is stored now
        if not done:
            self.conflicted.emit(name)
            return "conflict"
        return None


def conflict_message(skill: str) -> tuple[str, str]:
    """Title and text telling the person why an undo did nothing."""
    return (translate("undo", "Nothing to undo for {skill}").format(skill=skill),
            translate("undo", "{skill} was changed outside this window (in another window or on the command line) "
               "after your change, so undoing it here would overwrite that. Nothing was changed; the step "
               "was removed from the undo history.").format(skill=skill))

"""Undo and redo of skill status and note changes (Ctrl+Z, Ctrl+Shift+Z).

Every change is written first and pushed only once it has been saved, so a failed write
(full disk, locked file) never enters the history. Undo and redo write again; if that
fails the step stays where it was and `failed` explains why.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from careerdesk.desk import Desk
from careerdesk.domain.plan import SkillEntry, SkillStatus


class _Change(QUndoCommand):
    def __init__(self, editor: LedgerEditor, key: str, name: str, before: SkillEntry, after: SkillEntry):
        verb = {SkillStatus.HAVE: "tick", SkillStatus.LEARNING: "mark as learning",
                SkillStatus.NONE: "untick"}[after.status]
        text = f"{verb} {name}" if before.status is not after.status else f"edit note of {name}"
        super().__init__(text)
        self.editor, self.key, self.name, self.before, self.after = editor, key, name, before, after
        self._applied = True  # the change was written before it was pushed

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.editor.write(self.key, self.name, self.after)

    def undo(self) -> None:
        self.editor.write(self.key, self.name, self.before)


class LedgerEditor(QObject):
    """The one way the window changes skill statuses and notes."""

    changed = Signal()
    failed = Signal(str)

    def __init__(self, desk: Desk, parent: QObject | None = None):
        super().__init__(parent)
        self.desk = desk
        self.stack = QUndoStack(self)

    def set_status(self, key: str, name: str, status: SkillStatus) -> bool:
        before = self.desk.entry(key)
        return self._change(key, name, before, before.model_copy(update={"status": status}))

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
        except (sqlite3.Error, OSError) as exc:
            self.failed.emit(str(exc))
            return False
        self.changed.emit()
        return True

"""Issue 18's rough edges, each driven the way the new user hit it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from careerdesk.domain.plan import SkillEntry, SkillStatus
from careerdesk.ui.skill_actions import NoteDialog
from tests.ui.conftest import activate


def test_note_dialog_starts_in_the_note_field_so_typing_never_changes_status(qtbot):
    dialog = NoteDialog("Kafka", SkillEntry(status=SkillStatus.NONE))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(dialog)
    target = QApplication.focusWidget()
    assert target is dialog.note
    qtbot.keyClicks(target, "reading the book ")
    assert dialog.note_text() == "reading the book "
    assert dialog.status() is SkillStatus.NONE

"""Ctrl+Z / Ctrl+Shift+Z undo and redo ticks, statuses and notes; a failed write is not history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from careerdesk.domain.plan import SkillStatus
from careerdesk.store.errors import DataUnwritable
from careerdesk.store.store import Store
from careerdesk.ui.start import build_window
from tests.ui.conftest import activate


@pytest.fixture
def window(qtbot, isolated_home):
    w = build_window(isolated_home)
    qtbot.addWidget(w)
    w.show()
    w.show_tab_named("skills")  # where ticks are made and read
    activate(w)
    return w


def state(window, name: str):
    model = window.skills.model
    for r in range(model.rowCount()):
        if model.index(r).data() == name:
            return model.index(r).data(Qt.ItemDataRole.CheckStateRole)
    raise AssertionError(name)


def tick(window, name: str) -> None:
    model = window.skills.model
    row = next(r for r in range(model.rowCount()) if model.index(r).data() == name)
    assert model.setData(model.index(row), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)


def press(qtbot, window, key, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    qtbot.keyClick(window.role_list, key, modifiers)


def test_undo_and_redo_ticks_with_the_keyboard(qtbot, window, isolated_home):
    tick(window, "SQL")
    tick(window, "PostgreSQL")
    assert window.actions_["undo"].text() == "&Undo tick PostgreSQL"
    press(qtbot, window, Qt.Key.Key_Z)
    assert state(window, "PostgreSQL") == Qt.CheckState.Unchecked and state(window, "SQL") == Qt.CheckState.Checked
    press(qtbot, window, Qt.Key.Key_Z)
    assert state(window, "SQL") == Qt.CheckState.Unchecked
    assert "0 of" in window.header_progress_text.text()
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert state(window, "SQL") == Qt.CheckState.Checked
    # undo and redo are saved like any change
    other = Store(isolated_home, window.desk.store.data_dir)
    assert other.ledger.had() == {"sql"}
    other.close()


def test_undo_restores_status_note_and_evidence_together(window):
    editor = window.editor
    editor.set_entry("kafka", "Kafka", SkillStatus.LEARNING, "course", "migration")
    editor.set_entry("kafka", "Kafka", SkillStatus.HAVE, "done", "migration, shipped")
    editor.stack.undo()
    entry = window.desk.entry("kafka")
    assert (entry.status, entry.note, entry.evidence) == (SkillStatus.LEARNING, "course", "migration")
    editor.stack.undo()
    assert window.desk.entry("kafka").status is SkillStatus.NONE and window.desk.entry("kafka").note == ""
    editor.stack.redo()
    assert window.desk.entry("kafka").note == "course"


def test_a_failed_write_is_not_added_to_the_history(window, monkeypatch, qtbot):
    errors = []
    monkeypatch.setattr("careerdesk.ui.main_window.show_error", lambda *a: errors.append(a[1]))

    def full(*_args):
        raise DataUnwritable("The disk is full. Free some space and try again; nothing was lost.")

    monkeypatch.setattr(window.desk, "set_entry", full)
    before = window.editor.stack.count()
    assert not window.editor.set_status("sql", "SQL", SkillStatus.HAVE)
    qtbot.waitUntil(lambda: bool(errors))
    assert window.editor.stack.count() == before and errors == ["Could not save your change"]


def test_a_restore_from_the_window_starts_a_fresh_undo_history(window, monkeypatch, qtbot):
    """Undoing a tick made before the window's own restore used to say another window changed it."""
    from PySide6.QtWidgets import QFileDialog

    from careerdesk.domain.plan import SkillStatus

    backup = window.desk.back_up()
    window.editor.set_status("kafka", "Kafka", SkillStatus.HAVE)
    assert window.editor.stack.canUndo()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    monkeypatch.setattr("careerdesk.ui.data_actions.ask", lambda *a, **k: True)
    window.actions_["restore"].trigger()
    assert window.desk.entry("kafka").status is SkillStatus.NONE  # the backup had no Kafka
    assert not window.editor.stack.canUndo()

"""Full disk, a locked database, a second writer, odd paths: clear messages, nothing lost."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from careerdesk.domain.plan import SkillStatus
from careerdesk.service import Desk
from careerdesk.store import db as dbmod
from careerdesk.store.errors import DataUnwritable
from careerdesk.store.store import Store, StoreError
from careerdesk.ui.start import build_window


@pytest.fixture
def window(qtbot, isolated_home, monkeypatch):
    errors = []
    monkeypatch.setattr("careerdesk.ui.main_window.show_error", lambda *args: errors.append(args[1:]))
    w = build_window(isolated_home)
    qtbot.addWidget(w)
    w.show()
    w.errors = errors
    return w


def row_of(window, name: str):
    """The skill's row in the checklist, on the Skills tab shown (where a person ticks)."""
    window.show_tab_named("skills")
    model = window.skills.model
    for r in range(model.rowCount()):
        if model.index(r).data() == name:
            return model.index(r)
    raise AssertionError(name)


def tick(window, name: str) -> bool:
    return window.skills.model.setData(row_of(window, name), Qt.CheckState.Checked.value,
                                       Qt.ItemDataRole.CheckStateRole)


def test_full_disk_shows_a_message_and_the_tick_is_not_shown(window, isolated_home, qtbot):
    assert tick(window, "SQL")
    store = window.desk.store
    pages = store.db.execute("PRAGMA user.page_count").fetchone()[0]
    store.db.execute(f"PRAGMA user.max_page_count = {pages}")  # the disk is now full
    for size in (1900, 300, 40, 0):  # pack every page until not even a tiny row fits
        with pytest.raises(DataUnwritable, match="full"):
            for i in range(2000):
                store.ledger.set_note(f"filler {size} {i}", "F", "x" * size, "")
    assert not tick(window, "PostgreSQL")
    qtbot.waitUntil(lambda: bool(window.errors))  # the message opens once the click is done
    assert window.errors[0][0] == "Could not save your change"
    assert "disk is full" in window.errors[0][1]
    assert row_of(window, "PostgreSQL").data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    window.close()
    again = Store(isolated_home, store.data_dir)
    assert "sql" in again.ledger.had() and "postgresql" not in again.ledger.had()
    again.close()


def test_locked_database_shows_a_message_then_works(window, isolated_home, monkeypatch, qtbot):
    window.desk.store.db.execute("PRAGMA busy_timeout = 200")
    other = sqlite3.connect(isolated_home / "careerdesk.sqlite", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        assert not tick(window, "SQL")
        qtbot.waitUntil(lambda: bool(window.errors))
        assert "in use by another program" in window.errors[0][1]
        assert row_of(window, "SQL").data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert tick(window, "SQL")  # once the lock is gone, everything works again


def test_cli_and_window_write_side_by_side(window, isolated_home):
    env = {k: v for k, v in os.environ.items() if k != "CAREERDESK_DATA"}
    cli = [sys.executable, "-m", "careerdesk", "--home", str(isolated_home), "skills", "tick"]
    gui_skills = ["SQL", "PostgreSQL", "Docker", "Kubernetes"]
    cli_skills = ["Go", "Rust", "Terraform", "Kafka"]
    for mine, theirs in zip(gui_skills, cli_skills, strict=True):
        assert tick(window, mine)
        subprocess.run([*cli, theirs], check=True, env=env, capture_output=True, timeout=60)
    window.pick_up_outside_changes()
    had = window.desk.had
    assert {s.casefold() for s in gui_skills + cli_skills} <= had
    # the window now shows what the CLI ticked, without a restart
    window.open_role("devops-engineer")
    shown = {window.skills.model.index(r).data() for r in range(window.skills.model.rowCount())
             if window.skills.model.index(r).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked}
    expected = {s.name for s in window.current_role.skills} & set(gui_skills + cli_skills)
    assert shown == expected and expected


def test_a_file_where_the_folder_should_be_is_a_clear_error(tmp_path, fixture_data):
    blocker = tmp_path / "blocker"
    blocker.write_text("I am a file")
    with pytest.raises(StoreError, match="Cannot use the data folder .*blocker/home"):
        Store(blocker / "home", fixture_data)


def test_wal_and_busy_timeout_are_on(isolated_home, fixture_data):
    store = Store(isolated_home, fixture_data)
    assert store.db.execute("PRAGMA user.journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] == dbmod.BUSY_TIMEOUT_MS
    assert store.db.execute("PRAGMA user.synchronous").fetchone()[0] == 2  # FULL
    Desk(store).set_skill_status(["SQL"], SkillStatus.HAVE)
    store.close()

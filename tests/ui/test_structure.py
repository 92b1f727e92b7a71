"""One door, one broadcast, tabs by registration: the structure every feature stands on."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from careerdesk.service import Changes
from careerdesk.ui import settings as keys
from careerdesk.ui.settings import open_settings
from careerdesk.ui.start import build_window
from careerdesk.ui.tabs import ROLE_TABS, Tab, register_tab, unregister_tab
from tests.conftest import ROOT
from tests.reliability.test_environment import row_of


@pytest.fixture
def window(qtbot, isolated_home, fixture_data, monkeypatch):
    monkeypatch.setenv("CAREERDESK_DATA", str(fixture_data))
    w = build_window(isolated_home)
    qtbot.addWidget(w)
    w.show()
    return w


def test_a_cli_change_reaches_the_open_window_through_the_broadcast(window, qtbot, isolated_home, fixture_data):
    heard: list[Changes] = []
    window.desk.changes.subscribe(heard.append)
    window.open_role("backend-engineer")
    assert row_of(window, "SQL").data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    env = {**os.environ, "CAREERDESK_DATA": str(fixture_data)}
    subprocess.run([sys.executable, "-m", "careerdesk", "--home", str(isolated_home), "skills", "tick", "SQL"],
                   cwd=ROOT, env=env, check=True, capture_output=True, timeout=60)
    qtbot.waitUntil(lambda: any(c.outside for c in heard), timeout=5000)  # no activation, no restart
    assert heard[-1].skills and heard[-1].outside
    assert row_of(window, "SQL").data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert "1 of this role's" in window.header_progress_text.text()


def test_a_change_made_here_is_announced_once(window):
    heard: list[Changes] = []
    window.desk.changes.subscribe(heard.append)
    window.open_role("backend-engineer")
    assert window.skills.model.setData(row_of(window, "SQL"), Qt.CheckState.Checked.value,
                                       Qt.ItemDataRole.CheckStateRole)
    assert heard == [Changes(skills=True)]
    assert "1 of this role's" in window.header_progress_text.text()  # routed to the header too


class NotesView(QLabel):
    """A test-only sixth tab: shows the role's title and counts the changes it hears."""

    def __init__(self) -> None:
        super().__init__()
        self.heard: list[Changes] = []

    def show_role(self, role) -> None:
        self.setText(f"Notes on {role.title}")

    def on_changes(self, changes: Changes) -> None:
        self.heard.append(changes)


@pytest.fixture
def sixth_tab():
    register_tab(Tab("notes", "Notes", lambda desk, editor: NotesView()))  # the one line a new tab needs
    yield
    unregister_tab("notes")


def test_a_sixth_tab_is_one_line_of_registration(sixth_tab, window, qtbot, isolated_home):
    assert window.tabs.count() == 6 and window.tabs.tabText(5) == "Notes"
    notes = window.views["notes"]
    window.open_role("data-engineer")
    window.tabs.setCurrentIndex(5)
    assert notes.text() == "Notes on Data Engineer"
    window.skills.model.setData(row_of(window, "SQL"), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert not notes.heard  # hidden: it hears the change once it is shown
    window.tabs.setCurrentIndex(5)
    assert notes.heard == [Changes(skills=True)]
    window.close()  # saves state: the tab by name
    again = build_window(isolated_home)
    qtbot.addWidget(again)
    assert again.tabs.currentWidget() is again.views["notes"]


def test_tabs_are_remembered_by_name_so_a_new_tab_shifts_nothing(window, qtbot, isolated_home):
    window.tabs.setCurrentIndex(3)  # FAQ
    window.close()
    assert open_settings(isolated_home).value(keys.LAST_TAB) == "faq"
    register_tab(Tab("notes", "Notes", lambda desk, editor: NotesView()), position=0)
    try:
        again = build_window(isolated_home)
        qtbot.addWidget(again)
        assert again.tabs.currentWidget() is again.views["faq"]
    finally:
        unregister_tab("notes")
    assert [t.name for t in ROLE_TABS] == ["overview", "responsibilities", "skills", "faq", "career_path"]


def test_a_tab_saved_by_position_by_an_older_version_still_opens(qtbot, isolated_home, fixture_data, monkeypatch):
    monkeypatch.setenv("CAREERDESK_DATA", str(fixture_data))
    settings = open_settings(isolated_home)
    settings.setValue(keys.LAST_TAB, 4)
    settings.sync()
    w = build_window(isolated_home)
    qtbot.addWidget(w)
    assert w.tabs.currentWidget() is w.views["career_path"]

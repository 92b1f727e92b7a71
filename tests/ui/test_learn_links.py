"""Learning links in the window: shown on the Skills tab, in the gap and the skill menu;
opened in the system browser only when clicked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QListView

from careerdesk.ui.skill_actions import skill_menu
from careerdesk.ui.views.gap import LinkRole


@pytest.fixture
def opened(monkeypatch):
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toString()) or True)
    return urls


def test_skills_tab_shows_the_selected_skills_link(qtbot, window, opened):
    window.open_role("backend-engineer")
    window.tabs.setCurrentIndex(2)
    view = window.findChild(QListView, "skillChecklist")
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "PostgreSQL")
    view.setCurrentIndex(model.index(row, 0))
    label = window.skills.learn
    assert "Where to learn PostgreSQL" in label.text()
    assert 'href="https://www.postgresql.org/docs/current/tutorial.html"' in label.text()
    assert opened == []  # shown, not opened
    label.linkActivated.emit("https://www.postgresql.org/docs/current/tutorial.html")
    assert opened == ["https://www.postgresql.org/docs/current/tutorial.html"]
    label.linkActivated.emit("file:///etc/passwd")  # only https is ever handed on
    assert len(opened) == 1


def test_what_to_learn_next_links_open_on_click(qtbot, window, opened):
    window.show_mode(1)
    view = window.plan_view
    view.target.setCurrentIndex(view.target.findData("backend-architect"))
    gap = view.gap_view
    missing = gap.model_.item(0)
    links = [missing.child(r, 4) for r in range(missing.rowCount())]
    assert all(link.data(LinkRole).startswith("https://") for link in links if link.text())
    first = next(link for link in links if link.text())
    assert opened == []
    gap.scrollTo(first.index())
    rect = gap.visualRect(first.index())
    qtbot.mouseClick(gap.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [first.data(LinkRole)]
    menu = skill_menu(gap, window.editor, "kafka", "Kafka")
    learn = [a for a in menu.actions() if a.objectName() == "learnLink"]
    assert learn and learn[0].text().startswith("Learn: ")
    learn[0].trigger()
    assert opened[-1] == "https://kafka.apache.org/quickstart"

"""The real main window over the bundled catalogue, driven like a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyleOptionViewItem,
    QTabWidget,
)

from careerdesk.domain.profile import SkillKind
from careerdesk.ui.models.roles import RoleIdRole
from careerdesk.ui.models.skills import GroupStartRole
from careerdesk.ui.start import build_window
from careerdesk.ui.views.checklist import HEADER_HEIGHT
from tests.ui.conftest import activate


@pytest.fixture
def open_window(qtbot, isolated_home):
    """Builds a window on the test home; call again to 'restart the app'."""
    windows = []

    def make():
        window = build_window(isolated_home)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    return make


def role_titles(window) -> list[str]:
    view = window.findChild(QListView, "roleList")
    model = view.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def checklist_row(window, name: str) -> int:
    model = window.findChild(QListView, "skillChecklist").model()
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    return names.index(name)


def select_role(qtbot, window, title: str) -> None:
    view = window.findChild(QListView, "roleList")
    row = role_titles(window).index(title)
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.findChild(QLabel, "roleTitle").text() == title


def click_check(qtbot, window, name: str) -> None:
    """Click exactly on the check box of the skill's row, where a person would (on the Skills tab)."""
    window.show_tab_named("skills")
    view = window.findChild(QListView, "skillChecklist")
    index = view.model().index(checklist_row(window, name), 0)
    view.scrollTo(index)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    if index.data(GroupStartRole):
        option.rect.setTop(option.rect.top() + HEADER_HEIGHT)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def test_tabs_are_the_five_sections_in_order(open_window):
    tabs = open_window().findChild(QTabWidget, "roleTabs")
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Overview", "Responsibilities", "Skills", "FAQ", "Career Path"]


def test_first_launch_shows_catalogue_and_backend_engineer(open_window):
    window = open_window()
    assert len(role_titles(window)) >= 5
    assert window.findChild(QLabel, "roleTitle").text() == "Backend Engineer"
    assert "server-side logic" in window.overview.plain_text()


def test_the_open_role_is_shown_in_the_middle_of_the_list(qtbot, open_window):
    """Opened by the window (at start, from a career-path card), a role far down the list comes
    to the middle, among its neighbours, not to the bottom edge under unrelated roles."""
    window = open_window()
    window.resize(1100, 700)
    qtbot.wait(50)
    view = window.role_list
    view.scrollToTop()
    window.open_role("onet-29-1141-00")  # Registered Nurses, hundreds of rows down
    rect = view.visualRect(view.currentIndex())
    height = view.viewport().height()
    assert height / 4 < rect.center().y() < 3 * height / 4, (rect, height)
    below = view.model().index(view.currentIndex().row() + 1, 0)
    window.open_role(below.data(RoleIdRole))  # the next row: already in sight, the list stays put
    assert view.visualRect(view.currentIndex()).top() == rect.bottom() + 1


@pytest.mark.parametrize("typed", ["back", "Server-Side Engineer", "API Developer", "api dev"])
def test_typing_finds_backend_engineer(qtbot, open_window, typed):
    window = open_window()
    search = window.findChild(QLineEdit, "roleSearch")
    qtbot.keyClicks(search, typed)
    assert role_titles(window)[0] == "Backend Engineer"
    assert len(role_titles(window)) < window.desk.role_count()


def test_search_updates_as_you_type_and_clears(qtbot, open_window):
    window = open_window()
    search = window.findChild(QLineEdit, "roleSearch")
    total = len(role_titles(window))
    qtbot.keyClicks(search, "zzzz")
    assert role_titles(window) == []
    assert window.result_count.text() == "0 roles"
    search.clear()
    assert len(role_titles(window)) == total


def test_family_filter(qtbot, open_window):
    window = open_window()
    window.family.setCurrentIndex(window.family.findData("Engineering Leadership"))
    titles = role_titles(window)
    assert "Engineering Manager" in titles and "Backend Engineer" not in titles


def test_selecting_a_role_fills_every_tab_as_it_is_shown(qtbot, open_window):
    window = open_window()
    select_role(qtbot, window, "Engineering Manager")
    role = window.desk.role("engineering-manager")
    window.show_tab_named("responsibilities")
    assert role.responsibilities[0] in window.responsibilities.plain_text()
    window.show_tab_named("faq")
    assert window.faq.items[0].question.text() == role.faq[0].question
    window.show_tab_named("skills")
    assert window.skills.model.rowCount() == len(role.skills)
    for i in range(5):
        window.tabs.setCurrentIndex(i)
        assert window.tabs.currentWidget().isVisible()


def test_ticking_updates_progress_at_once_and_survives_restart(qtbot, open_window):
    window = open_window()
    window.tabs.setCurrentIndex(2)
    role = window.desk.role("backend-engineer")
    total = len(role.skills)
    click_check(qtbot, window, "PostgreSQL")
    click_check(qtbot, window, "Communication")
    summary = window.findChild(QLabel, "skillSummary")
    assert summary.text() == f"2 of {total} skills, {200 // total}%"
    soft = [s for s in role.skills if s.kind is SkillKind.SOFT]
    assert window.skills.group_labels[SkillKind.SOFT].text() == f"Soft skills: 1 of {len(soft)}"
    # keyboard: Space on the current row toggles it too
    view = window.findChild(QListView, "skillChecklist")
    view.setCurrentIndex(view.model().index(checklist_row(window, "SQL"), 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert summary.text().startswith("3 of")
    click_check(qtbot, window, "Communication")  # untick
    assert summary.text().startswith("2 of")
    window.close()

    again = open_window()
    assert again.findChild(QLabel, "roleTitle").text() == "Backend Engineer"
    model = again.findChild(QListView, "skillChecklist").model()
    checked = {model.index(r, 0).data() for r in range(model.rowCount())
               if model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked}
    assert checked == {"PostgreSQL", "SQL"}


def test_a_tick_shows_under_every_role_with_that_skill(qtbot, open_window):
    window = open_window()
    click_check(qtbot, window, "PostgreSQL")
    window.open_role("data-engineer")
    model = window.skills.model
    row = checklist_row(window, "PostgreSQL")
    assert model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_career_path_steps_open_their_roles(qtbot, open_window):
    window = open_window()
    window.tabs.setCurrentIndex(4)
    path = window.career_path
    titles = [b.accessibleName() for b in path.step_buttons]
    assert titles == ["Open Lead Backend Engineer", "Open Backend Architect",
                      "Open Engineering Manager", "Open Principal Engineer"]
    assert all(b.isEnabled() for b in path.step_buttons)
    qtbot.mouseClick(path.step_buttons[0], Qt.MouseButton.LeftButton)
    assert window.findChild(QLabel, "roleTitle").text() == "Lead Backend Engineer"
    assert window.role_list.currentIndex().data() == "Lead Backend Engineer"
    # the role we came from is listed as leading here, and opens it again
    back = [b for b in window.career_path.incoming_buttons if b.text() == "Backend Engineer"]
    assert back
    qtbot.mouseClick(back[0], Qt.MouseButton.LeftButton)
    assert window.findChild(QLabel, "roleTitle").text() == "Backend Engineer"


def test_career_path_says_which_steps_are_related_moves(qtbot, open_window):
    window = open_window()
    window.open_role("data-scientist")
    window.show_tab_named("career_path")
    steps = {b.accessibleName(): b.accessibleDescription() for b in window.career_path.step_buttons}
    assert steps["Open Machine Learning Engineer"].startswith("Related move: ")
    assert steps["Open Head of Data"].split(" ")[1] == "of"  # a next step: just the tally


def test_career_path_step_shows_progress(qtbot, open_window):
    window = open_window()
    click_check(qtbot, window, "Communication")
    window.show_tab_named("career_path")
    caption = window.career_path.step_buttons[2].accessibleDescription()
    manager = window.desk.role("engineering-manager")
    has_comm = any(s.name == "Communication" for s in manager.skills)
    assert caption.startswith(f"{1 if has_comm else 0} of {len(manager.skills)} skills")


def test_opening_a_role_outside_the_filter_clears_it(qtbot, open_window):
    window = open_window()
    qtbot.keyClicks(window.search, "backend")
    window.open_role("engineering-manager")
    assert window.search.text() == ""
    assert window.role_list.currentIndex().data() == "Engineering Manager"


def test_window_remembers_size_splitter_role_and_tab(qtbot, open_window):
    window = open_window()
    window.resize(760, 560)  # fits the offscreen screen, which restoreGeometry clamps to
    window.splitter.setSizes([300, 440])
    select_role(qtbot, window, "Engineering Manager")
    window.tabs.setCurrentIndex(3)
    sizes = window.splitter.sizes()
    window.close()
    again = open_window()
    assert (again.width(), again.height()) == (760, 560)
    assert again.splitter.sizes() == sizes
    assert again.findChild(QLabel, "roleTitle").text() == "Engineering Manager"
    assert again.tabs.currentIndex() == 3


def test_faq_expands_and_collapses(qtbot, open_window):
    window = open_window()
    window.tabs.setCurrentIndex(3)
    items = window.faq.items
    assert items[0].answer.isVisible() and not items[1].answer.isVisible()
    qtbot.mouseClick(items[1].toggle, Qt.MouseButton.LeftButton)
    assert items[1].answer.isVisible()
    collapse = [b for b in window.faq.findChildren(QPushButton) if b.text() == "Collapse all"][0]
    qtbot.mouseClick(collapse, Qt.MouseButton.LeftButton)
    assert not any(i.answer.isVisible() for i in items)


def test_ctrl_f_focuses_search(qtbot, open_window):
    window = open_window()
    activate(window)
    window.tabs.setFocus()
    qtbot.keyClick(window.tabs, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()


def test_every_interactive_widget_has_an_accessible_name(open_window):
    window = open_window()
    for index in range(window.tabs.count()):  # a tab's widgets are made when it is first shown
        window.tabs.setCurrentIndex(index)
    for name in ("roleSearch", "roleList", "roleTabs", "skillChecklist", "careerPath", "familyFilter"):
        widget = window.findChild(QPushButton, name) or window.findChild(object, name)
        assert widget is not None and widget.accessibleName(), name
    for button in window.findChildren(QPushButton):
        assert button.accessibleName() or button.text(), button


def test_the_status_bar_counts_ticks_in_the_singular_too(qtbot, open_window):
    window = open_window()
    window.tabs.setCurrentIndex(2)
    click_check(qtbot, window, "PostgreSQL")
    assert window.status.text().endswith("·  1 skill ticked")
    click_check(qtbot, window, "Communication")
    assert window.status.text().endswith("·  2 skills ticked")

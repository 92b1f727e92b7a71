"""Role pickers in My plan find a role by typing part of its title, and the window builds
My plan only when it is first shown, filled."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from careerdesk.domain.plan import SkillStatus
from careerdesk.domain.profile import RoleProfile
from careerdesk.ui.start import build_window


def suggestions(combo) -> list[str]:
    model = combo.completer().completionModel()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_my_plan_is_built_after_the_window_painted_and_shown_filled(qtbot, isolated_home):
    w = build_window(isolated_home)
    qtbot.addWidget(w)
    assert w.plan_view_if_built is None  # not part of the first paint
    w.show()
    qtbot.waitUntil(lambda: w.plan_view_if_built is not None)  # built once the window is up
    assert w.pages.currentWidget() is w.reader
    window = w
    window.show_mode(1)
    view = window.plan_view_if_built
    assert view is not None and window.pages.currentWidget() is view
    assert view.choices.rowCount() == len(window.desk.find_roles("")) + 1  # "(choose a role)" first
    assert view.headline.text()  # never an empty page


@pytest.mark.parametrize("picker", ["target", "current", "compare_b"])
def test_typing_part_of_a_title_lists_only_matching_roles_and_choosing_one_sets_it(qtbot, window, picker):
    window.show_mode(1)
    view = window.plan_view
    combo = {"target": view.target, "current": view.current, "compare_b": view.compare.b}[picker]
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "ARCHIT")  # the middle of "Backend Architect", any case
    found = suggestions(combo)
    assert found and all("archit" in title.casefold() for title in found)
    assert "Backend Architect" in found
    assert combo.completer().popup().isVisible()
    assert combo.maxVisibleItems() <= 12  # never a screen-high list
    popup = combo.completer().popup()
    popup.setCurrentIndex(combo.completer().completionModel().index(found.index("Backend Architect"), 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentData() == "backend-architect"
    if picker == "target":
        assert window.desk.plan().target_role == "backend-architect"


def test_text_that_names_no_role_is_put_back_on_leaving(qtbot, window):
    window.show_mode(1)
    view = window.plan_view
    view.target.setCurrentIndex(view.target.findData("backend-architect"))
    view.target.lineEdit().setText("no such role at all")
    view.target.lineEdit().editingFinished.emit()
    assert view.target.lineEdit().text() == "Backend Architect"
    assert window.desk.plan().target_role == "backend-architect"


def test_best_fit_is_ranked_when_its_tab_is_shown_and_again_after_a_change(qtbot, window):
    window.show_mode(1)
    view = window.plan_view
    assert view.fit_model.rowCount() == 0  # not shown yet: not ranked yet
    view.tabs.setCurrentWidget(view.fit_page)
    assert view.fit_model.rowCount() == window.desk.role_count()
    view.tabs.setCurrentIndex(0)
    window.desk.set_status("figma", "Figma", SkillStatus.HAVE)
    view.refresh()
    view.tabs.setCurrentWidget(view.fit_page)
    assert view.fit_model.index(0, 0).data() in {"UX Designer", "UI Designer", "Design Manager",
                                                  "Web and Digital Interface Designers"}


def test_a_role_added_while_the_plan_was_built_is_offered_by_the_pickers(qtbot, window):
    window.show_mode(1)
    window.show_mode(0)
    data = window.desk.role("backend-architect").model_dump()
    window.desk.import_roles([RoleProfile.model_validate({**data, "id": "my-own", "title": "Zany Own Role"})])
    window.show_mode(1)
    combo = window.plan_view.target
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "zany")
    assert suggestions(combo) == ["Zany Own Role"]

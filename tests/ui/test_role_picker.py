"""Role pickers in My plan find a role by typing part of its title, and the window builds
My plan only when it is first shown, filled."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from careerdesk.ui.start import build_window
from tests.ui.conftest import activate


@pytest.fixture
def window(qtbot, isolated_home):
    w = build_window(isolated_home)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    activate(w)
    return w


def suggestions(combo) -> list[str]:
    model = combo.completer().completionModel()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_my_plan_is_built_when_first_shown_and_shown_filled(qtbot, window):
    assert window.plan_view_if_built is None
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

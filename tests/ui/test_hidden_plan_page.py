"""My plan, hidden behind the role reader, answers its height for a width from what it measured
while nothing in it changes (ui/hidden_page.py): a role switch no longer lays it out, and every
answer is the one Qt gives, before and after a change inside it, a theme, and a visit."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget

from tests.ui.test_tab_switch import settle

WIDTHS = (300, 420, 504, 508, 573, 640, 900)
ROLES = ("backend-engineer", "data-engineer", "ux-designer", "scrum-master", "bi-analyst")


def _answers(view) -> list[int]:
    return [view.heightForWidth(w) for w in WIDTHS]


def _qt_answers(view) -> list[int]:
    return [QWidget.heightForWidth(view, w) for w in WIDTHS]  # (Qt's own, nothing kept)


def _headline_measures(window, role_id: str) -> int:
    """Times My plan's headline was asked its height while `role_id` opened and was painted."""
    headline, asked = window.plan_view.headline, []

    def watch(frame, event, _arg) -> None:
        if event == "call" and frame.f_code.co_name == "heightForWidth" and frame.f_locals.get("self") is headline:
            asked.append(1)

    sys.setprofile(watch)
    try:
        window.open_role(role_id)
        settle()
    finally:
        sys.setprofile(None)
    return len(asked)


def _built(qtbot, window):
    """My plan as a start leaves it: built and loaded 400 ms after the first paint, hidden."""
    qtbot.waitUntil(lambda: window.plan_view_if_built is not None and bool(window.plan_view_if_built.headline.text()))
    return window.plan_view


def test_a_role_switch_asks_hidden_my_plan_nothing(qtbot, window):
    view = _built(qtbot, window)
    window.show_tab_named("skills")
    settle()
    assert not view.isVisible()
    measures = [_headline_measures(window, role_id) for role_id in ROLES]
    assert measures == [0] * len(ROLES)  # (35 a switch before)
    assert _answers(view) == _qt_answers(view)  # (Qt's own, asked after: it lays the plan out)


def test_hidden_my_plan_answers_as_qt_after_changes_inside_a_theme_and_a_visit(qtbot, window):
    view = _built(qtbot, window)
    settle()
    before = _answers(view)
    assert before == _qt_answers(view)
    view.headline.setText("A much longer headline than before, " * 12)  # (a change inside, hidden)
    settle()
    assert _answers(view) == _qt_answers(view) != before
    window.set_theme("dark")
    settle()
    assert _answers(view) == _qt_answers(view)
    window.show_mode(1)  # My plan on screen, and back to the roles
    settle()
    assert view.isVisible() and _answers(view) == _qt_answers(view)
    window.show_mode(0)
    settle()
    assert not view.isVisible()
    window.open_role(ROLES[0])
    settle()
    assert _answers(view) == _qt_answers(view)
    view.headline.setText("Short.")
    settle()
    assert _answers(view) == _qt_answers(view)

"""What a keystroke in the search box changes in the window, and what it must leave alone: the
result count shows every text whole without re-laying out the window, and the list's rows
paint as the style painted them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QImage

from careerdesk.ui import role_list


class LayoutRequests(QObject):
    """Counts the layout requests reaching the finder's parents."""

    def __init__(self, watched):
        super().__init__()
        self.seen: list[str] = []
        for widget in watched:
            widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LayoutRequest:
            self.seen.append(obj.objectName() or type(obj).__name__)
        return False


def placed_as_a_plain_label(window) -> bool:
    """Where the finder's layout put the count label before it had a holder: as wide as the
    list above it and at its left edge, one line high."""
    count, above = window.result_count, window.role_list
    at = count.mapTo(window.finder, QPoint(0, 0))
    return (at.x() == above.mapTo(window.finder, QPoint(0, 0)).x() and count.width() == above.width()
            and count.height() == count.sizeHint().height() and count.isVisible())


def test_a_new_count_does_not_lay_the_window_out_again(qtbot, window):
    count = window.result_count
    # (what the window's start left to lay out: My plan is built into the window after 400 ms)
    qtbot.waitUntil(lambda: window.plan_view_if_built is not None)
    # (the box's clear button is laid out whenever it comes back after fading out: not watched)
    qtbot.keyClicks(window.search, "e")
    qtbot.wait(20)
    window.search.clear()
    qtbot.wait(20)
    assert count.text() == "1,080 roles"
    # (the finder, where the label's request went on: the window and the splitter also hear
    # the other side, where My plan and the open role's page settle in their own time)
    requests = LayoutRequests([window.finder])
    for _ in range(2):
        qtbot.keyClicks(window.search, "e")
        qtbot.wait(1)
        assert count.text() == "The best 200 matches; type more to narrow"
        window.search.clear()
        qtbot.wait(1)
        assert count.text() == "1,080 roles"
    assert requests.seen == []
    assert placed_as_a_plain_label(window)
    window.resize(window.width() + 120, window.height() + 40)  # it follows the finder's width
    qtbot.waitUntil(lambda: placed_as_a_plain_label(window) and count.width() > 0)


def grab_list(window) -> QImage:
    return window.role_list.viewport().grab().toImage()


@pytest.mark.parametrize("focus", [False, True])
def test_rows_paint_as_with_the_style_drawing_every_rows_panel(qtbot, window, monkeypatch, focus):
    """The delegate leaves out the style's item panel where the style draws nothing (not
    selected, focused or under the mouse): the list must look the same as with it."""
    qtbot.keyClicks(window.search, "engineer")
    window.open_role(window.roles.row_at(2).id)  # a selected row among plain ones
    if focus:
        window.role_list.setFocus()
        qtbot.waitUntil(window.role_list.hasFocus)
    qtbot.wait(1)
    fast = grab_list(window)
    found = role_list.RoleListDelegate.row_state
    monkeypatch.setattr(role_list.RoleListDelegate, "row_state",  # every row's panel drawn, as before
                        staticmethod(lambda view, index: (found(view, index)[0], True)))
    window.role_list.viewport().update()
    qtbot.wait(1)
    assert grab_list(window) == fast

"""The role list paints a row's panel (the selection's highlight, the focus frame) and picks its
text colours by the state the view gives the row. Since round 9 it finds that state as the view
does (ui/role_list.py `row_state`) instead of reading `option.state`, whose QStyle enums cost
every start ~50 M instructions: pixel for pixel the same, in every state a row can be in."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QStyle

from careerdesk.ui.role_list import RoleListDelegate
from tests.ui.conftest import activate


class StateFromOption(RoleListDelegate):
    """The delegate as it was: the state read from the option the view paints the row with."""

    def paint(self, painter, option, index):
        self.state = option.state
        super().paint(painter, option, index)

    def row_state(self, view, index):
        flag = QStyle.StateFlag
        return (bool(self.state & flag.State_Selected),
                bool(self.state & (flag.State_Selected | flag.State_HasFocus | flag.State_MouseOver)))


def _painted(view, delegate):
    view.setItemDelegate(delegate)
    view.viewport().repaint()
    return view.viewport().grab().toImage()


def _same_either_way(view) -> None:
    ours, before = RoleListDelegate(view), StateFromOption(view)
    assert _painted(view, ours) == _painted(view, before)
    assert _painted(view, ours) == _painted(view, RoleListDelegate(view))  # (and the cache changes nothing)


def test_every_state_a_row_can_be_in_paints_as_before(window, qtbot):
    view = window.role_list
    selection = view.selectionModel()
    assert selection.selectedIndexes(), "the opened role is selected"
    _same_either_way(view)  # selected and current, the list not focused

    activate(window)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    _same_either_way(view)  # selected, current and focused: highlight and focus frame

    other = view.model().index(selection.currentIndex().row() + 1, 0)
    selection.setCurrentIndex(other, QItemSelectionModel.SelectionFlag.NoUpdate)
    _same_either_way(view)  # the selection on one row, the focus frame on the next

    selection.clearSelection()
    _same_either_way(view)  # nothing selected: the focus frame alone

    window.search.setFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    _same_either_way(view)  # current but not focused: no panel at all


def test_the_style_draws_nothing_for_a_row_under_the_mouse(window):
    """The view's hover state is the one row_state leaves out: this app's style draws nothing
    for it, so a row in it paints as a row in none."""
    view = window.role_list
    view.selectionModel().clearSelection()
    delegate = StateFromOption(view)
    view.setItemDelegate(delegate)
    plain = _painted(view, delegate)

    class Hovered(StateFromOption):
        def paint(self, painter, option, index):
            option.state |= QStyle.StateFlag.State_MouseOver
            super().paint(painter, option, index)

    assert _painted(view, Hovered(view)) == plain

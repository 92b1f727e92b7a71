"""The role list paints its rows' colours without `QPainter.setPen` where it can (ui/pen_free.py:
a start without the `Qt` namespace's Python enums, ~110 M instructions): the Text pen the
viewport's painter begins with, PlaceholderText as that pen at opacity 129/256, HighlightedText
through a hidden widget rendered onto the row. Pixel for pixel what `setPen` painted, in every
state a row can be in, in each theme and in palettes where only `setPen` can paint the same."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QPointF, QRect
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import QApplication

from careerdesk.ui import theme
from careerdesk.ui.pen_free import HighlightedPen
from careerdesk.ui.role_list import RoleListDelegate
from careerdesk.ui.style import refresh_style_sheets
from tests.ui.conftest import activate


@pytest.fixture(autouse=True)
def _light_after():
    """The application's palette light again after each test (the dark theme and the palettes
    set here are the application's, and would outlive the test's window)."""
    yield
    theme.apply(theme.LIGHT)


class WithPen(RoleListDelegate):
    """The delegate as it was: every colour set with setPen."""

    def _painted_without_pen(self, *args) -> bool:
        return False


class Counted(RoleListDelegate):
    """Ours, counting the rows it painted without setPen, selected and not."""

    def __init__(self, parent):
        super().__init__(parent)
        self.drawn = {True: 0, False: 0}

    def _painted_without_pen(self, painter, option, selected, colours, lines) -> bool:
        done = super()._painted_without_pen(painter, option, selected, colours, lines)
        self.drawn[selected] += done
        return done


def _painted(view, delegate) -> tuple:
    """The list as grab() paints it, and as the window's backing store holds it (where the
    list's painter is offset by the list's place in the window)."""
    view.setItemDelegate(delegate)
    view.viewport().repaint()
    window = view.window()
    return view.viewport().grab().toImage(), window.screen().grabWindow(window.winId()).toImage()


def _same_as_with_pen(view) -> dict[bool, int]:
    ours = Counted(view)
    assert _painted(view, ours) == _painted(view, WithPen(view))
    return ours.drawn


def _palette_reached(window, qtbot, text: str) -> None:
    qtbot.waitUntil(lambda: window.role_list.palette().color(QPalette.ColorRole.Text).name() == text)


def _every_state(window, qtbot) -> list[dict[bool, int]]:
    """What each row state painted without setPen, each compared with setPen's pixels."""
    view = window.role_list
    selection = view.selectionModel()
    assert selection.selectedIndexes(), "the opened role is selected"
    window.search.setFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    counts = [_same_as_with_pen(view)]  # selected and current, the list not focused (as at a start)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    counts.append(_same_as_with_pen(view))  # selected, current and focused: highlight and focus frame
    current = selection.currentIndex()
    selection.setCurrentIndex(view.model().index(current.row() + 1, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    counts.append(_same_as_with_pen(view))  # the selection on one row, the focus frame on the next
    selection.clearSelection()
    counts.append(_same_as_with_pen(view))  # nothing selected: the focus frame alone
    selection.select(current, QItemSelectionModel.SelectionFlag.Select)
    return counts


def test_the_light_theme_paints_as_with_set_pen_and_never_calls_it(window, qtbot):
    activate(window)
    counts = _every_state(window, qtbot)
    assert all(c[False] > 5 for c in counts)  # every unselected row, however it is framed
    assert [c[True] > 0 for c in counts] == [True, True, True, False]


def test_the_dark_theme_paints_as_with_set_pen(window, qtbot):
    """Its PlaceholderText is a colour of its own: unselected rows take setPen."""
    activate(window)
    window.set_theme("dark")
    _palette_reached(window, qtbot, "#e6e8eb")
    counts = _every_state(window, qtbot)
    assert all(c[False] == 0 for c in counts)
    assert [c[True] > 0 for c in counts] == [True, True, True, False]


def test_other_colours_paint_as_with_set_pen(window, qtbot):
    """Text of any colour with its half-alpha placeholder; then a placeholder of a colour of its
    own, which only setPen can paint."""
    activate(window)
    palette = QPalette(QApplication.palette())
    palette.setColor(QPalette.ColorRole.Text, QColor("#336699"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(0x33, 0x66, 0x99, 0x80))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffeecc"))
    QApplication.setPalette(palette)
    refresh_style_sheets()  # as ui/theme.py does: the role list holds the style sheet, which pins its palette
    _palette_reached(window, qtbot, "#336699")
    counts = _every_state(window, qtbot)
    assert all(c[False] > 5 for c in counts)
    assert [c[True] > 0 for c in counts] == [True, True, True, False]
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#999999"))
    QApplication.setPalette(palette)
    refresh_style_sheets()
    qtbot.waitUntil(lambda: window.role_list.palette().color(QPalette.ColorRole.PlaceholderText).name() == "#999999")
    counts = _every_state(window, qtbot)
    assert all(c[False] == 0 for c in counts)  # (no half-alpha Text: set with setPen)


def test_the_hidden_widget_draws_nothing_in_a_colour_it_does_not_hold(window):
    view = window.role_list
    pen = HighlightedPen(view)
    image = QImage(40, 20, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    line = QStaticText("Nurse")
    line.prepare(font=QFont())
    painter = QPainter(image)
    other = QColor("#123456")
    assert not pen.draw(painter, QRect(0, 0, 40, 20), other, [(QFont(), QPointF(2, 2), line)])
    painter.end()
    assert image.constBits().tobytes() == bytes(40 * 20 * 4)
    painter = QPainter(image)
    assert pen.draw(painter, QRect(0, 0, 40, 20), view.palette().color(QPalette.ColorRole.HighlightedText),
                    [(QFont(), QPointF(2, 2), line)])
    painter.end()
    assert image.constBits().tobytes() != bytes(40 * 20 * 4)


def test_after_the_first_paint_the_list_sets_its_pen_again(window, qtbot):
    """render() is dear (a full repaint of the list ~830 µs against ~580 µs with setPen), and its
    point, a first paint without the `Qt` namespace's enums, is past once the window has painted."""
    delegate = window.role_list.itemDelegate()
    qtbot.waitUntil(lambda: delegate.without_pen is False)
    counted = Counted(window.role_list)
    counted.without_pen = False
    _painted(window.role_list, counted)
    assert counted.drawn == {True: 0, False: 0}

"""Text in the role list's colours without calling `QPainter.setPen` from Python.

PySide 6.11 makes the `Qt` namespace's Python enums (93 enums, 1,195 members, ~110 M
instructions: a fifth of a bare window's start) at the first call whose overloads include one of
them, whatever the argument, and `QPainter.setPen` has a `Qt.PenStyle` overload. The role list
(ui/role_list.py) paints in three colours, each had here another way where that paints the same
pixels (tests/ui/test_role_list_states.py), and set with `setPen` as before where it does not:

- Text: Qt begins a painter on a widget with its palette's foreground colour, which for a list's
  viewport is Text, so the row's painter already holds it (`holds` checks, never assumes).
- PlaceholderText, where it is Text at half alpha (Qt's default, and Fusion's light palette): the
  same pen at opacity 129/256, which the raster engine folds into the pen's alpha
  (255 * 129 >> 8 = 128). The dark theme's is a colour of its own: set with `setPen`.
- HighlightedText: `HighlightedPen`, a hidden widget whose foreground is HighlightedText, is
  rendered onto the row's painter, and the painter Qt begins on it starts with that pen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QPointF, QRect
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QRegion, QStaticText
from PySide6.QtWidgets import QWidget

Line = tuple[QFont, QPointF, QStaticText]  # a laid-out line, its font and where it is drawn

QUIET_OPACITY = 129 / 256  # (the raster engine keeps round(opacity * 256) = 129)


def holds(painter: QPainter, colour: QColor) -> bool:
    """Whether `painter` draws text in `colour` as it is: a solid pen of that colour, opaque."""
    pen = painter.pen()
    return pen.isSolid() and pen.color().rgba() == colour.rgba() and painter.opacity() == 1.0


def is_half(quiet: QColor, text: QColor) -> bool:
    """Whether `quiet` is `text` at half alpha (0x80), as QUIET_OPACITY paints it."""
    return quiet.rgba() == (text.rgba() & 0xFFFFFF) | 0x80000000


class HighlightedPen(QWidget):
    """Draws lines in its palette's HighlightedText onto another painter, never shown: Qt begins
    the painter of a widget being rendered with the widget's foreground colour."""

    _NOTHING_ELSE = QWidget.RenderFlag(0)  # (no background, no children: only the lines)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.hide()
        self.setForegroundRole(QPalette.ColorRole.HighlightedText)
        self._lines: list[Line] = []

    def draw(self, painter: QPainter, rect: QRect, colour: QColor, lines: Sequence[Line]) -> bool:
        """Draw `lines` onto `painter` in `colour`, in a box at `rect`; False (nothing drawn)
        where this widget's HighlightedText is not `colour` (another palette or colour group)."""
        if self.palette().color(self.foregroundRole()).rgba() != colour.rgba():
            return False
        # render() takes its offset on the painter's device (a window's backing store: the
        # list's place in the window added); a scaled or turned painter (high DPI) is left to setPen.
        device = painter.deviceTransform()
        dx, dy = device.dx(), device.dy()
        if ((device.m11(), device.m12(), device.m21(), device.m22()) != (1.0, 0.0, 0.0, 1.0)
                or not painter.worldTransform().isIdentity() or dx != int(dx) or dy != int(dy)):
            return False
        left, top = rect.left(), rect.top()
        self.resize(rect.size())
        self._lines = [(font, QPointF(at.x() - left, at.y() - top), line) for font, at, line in lines]
        self.render(painter, QPoint(left + int(dx), top + int(dy)), QRegion(), self._NOTHING_ELSE)
        self._lines = []
        return True

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        for font, at, line in self._lines:
            painter.setFont(font)
            painter.drawStaticText(at, line)
        painter.end()

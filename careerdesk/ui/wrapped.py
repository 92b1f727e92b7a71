"""A word-wrapped label that measures its height for a width once, not at every layout pass.

A wrapping QLabel answers `heightForWidth` by laying its whole text out again, every time it is
asked, and a role switch asks each wrapped label in the header and the tab on screen several
times (each layout level from the label up to the window asks again, at the same widths). The
answer depends only on the text, the width, the font, the style and the label's own settings,
so it is kept per width until one of those changes: any of the label's setters that change
what it shows or how (`setText` and the rest below), or a change event for the font, the
style (a theme's style sheet), the palette, the language or the layout direction.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

_MEASURE_AGAIN = frozenset({
    QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.PaletteChange, QEvent.Type.LanguageChange,
    QEvent.Type.LocaleChange, QEvent.Type.LayoutDirectionChange, QEvent.Type.ContentsRectChange,
    QEvent.Type.ApplicationFontChange, QEvent.Type.ThemeChange,
})
_KEEP = 16  # widths kept at most (a window being resized asks at every width it passes)


class WrappedLabel(QLabel):
    """A QLabel with word wrap on whose height for each width is measured once."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._heights: dict[int, int] = {}
        self.setWordWrap(True)
        if text:
            self.setText(text)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) >= _KEEP:
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def measure_again(self) -> None:
        """Forget the kept heights (and whatever else a subclass keeps of the text's measure):
        the next layout measures the text afresh."""
        self._heights.clear()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() in _MEASURE_AGAIN:
            self.measure_again()
        super().changeEvent(event)


def _forgetting(name: str):
    """QLabel's setter `name`, forgetting the kept heights first; QLabel then does what it
    always did (and asks its layout to measure again). `setText` with the text the label
    already shows keeps them: QLabel returns at once then, and a role switch sets several
    labels (the Skills hint, most often) to the text they have."""
    setter = getattr(QLabel, name)

    def forget_then_set(self: WrappedLabel, *args) -> None:
        if name != "setText" or args[0] != self.text():
            self.measure_again()
        setter(self, *args)

    forget_then_set.__name__ = forget_then_set.__qualname__ = name
    return forget_then_set


# Every setter that can change the text's lines or the room they have.
for _name in ("setText", "setNum", "clear", "setTextFormat", "setWordWrap", "setAlignment", "setIndent",
              "setMargin", "setFont", "setStyleSheet", "setContentsMargins", "setPixmap"):
    setattr(WrappedLabel, _name, _forgetting(_name))

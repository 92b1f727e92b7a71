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
        """Forget the kept heights: the next layout measures the text afresh."""
        self._heights.clear()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() in _MEASURE_AGAIN:
            self._heights.clear()
        super().changeEvent(event)

    # Every setter that can change the text's lines: the kept heights go first, then QLabel
    # does what it always did (and asks its layout to measure again).
    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        self._heights.clear()
        super().setText(text)

    def setNum(self, number) -> None:  # noqa: N802 (Qt override)
        self._heights.clear()
        super().setNum(number)

    def clear(self) -> None:
        self._heights.clear()
        super().clear()

    def setTextFormat(self, text_format) -> None:  # noqa: N802 (Qt override)
        self._heights.clear()
        super().setTextFormat(text_format)

    def setWordWrap(self, on: bool) -> None:  # noqa: N802 (Qt override)
        self._heights.clear()
        super().setWordWrap(on)

    def setAlignment(self, alignment) -> None:  # noqa: N802 (Qt override)
        self._heights.clear()
        super().setAlignment(alignment)

    def setIndent(self, indent: int) -> None:  # noqa: N802 (Qt override)
        self._heights.clear()
        super().setIndent(indent)

    def setMargin(self, margin: int) -> None:  # noqa: N802 (Qt override)
        self._heights.clear()
        super().setMargin(margin)

    def setFont(self, font) -> None:  # noqa: N802 (Qt override)
        self._heights.clear()
        super().setFont(font)

    def setStyleSheet(self, sheet: str) -> None:  # noqa: N802 (Qt override)
        self._heights.clear()
        super().setStyleSheet(sheet)

    def setContentsMargins(self, *margins) -> None:  # noqa: N802 (Qt override)
        self._heights.clear()
        super().setContentsMargins(*margins)

    def setPixmap(self, pixmap) -> None:  # noqa: N802 (Qt override)
        self._heights.clear()
        super().setPixmap(pixmap)

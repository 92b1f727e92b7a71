"""A stacked page that, while hidden, answers its height for a width from what it measured.

QStackedLayout asks every page for its height at a width, hidden or not (a stack is as tall as
its tallest page), and asks it over and over as the page on screen is laid out: a role switch
asked My plan, hidden behind the role reader, ~20 times at two widths (the stack's own, and its
size hint's). A box layout keeps its answer for one width only, so each question at the other
width laid the whole hidden plan out again (nested layouts, labels): ~1.3 M instructions of every
role switch, on every tab (docs/performance-switch15.md), for a page nobody was looking at.

While the page is hidden and nothing in it has changed, the answer for a width is the one it gave
before: it is kept per width. Anything that can change it ends the keeping: the page shown,
a change event (font, style, palette, language...), or a layout request, which Qt posts to the
page when anything in it changes size. A hidden page's layout is not run on that request (Qt
runs it when the page is shown), and until it runs, Qt posts no further request: the page runs
it on each request, so that the next change posts one again and is seen. That lays the hidden
page out once per change inside it (a tick shown in the plan), never on a role switch.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent

_KEEP = 16  # widths kept at most (a window being resized asks at every width it passes)


class KeptWhileHidden:
    """Mixin for a QWidget page of a QStackedWidget (before QWidget in the bases)."""

    _kept: dict[int, int] | None = None  # width -> height; None: not kept (shown, or not armed)

    def arm_keeping(self) -> None:
        """Start keeping answers, the page hidden: its layout run once (at its size, unseen) so
        that Qt tells it of the next change by a layout request."""
        if not self.isVisible() and self.layout() is not None:
            self.layout().activate()
            self._kept = {}

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        kept = self._kept
        if kept is None or self.isVisible():
            return super().heightForWidth(width)
        height = kept.get(width)
        if height is None:
            if len(kept) >= _KEEP:
                kept.clear()
            height = kept[width] = super().heightForWidth(width)
        return height

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.LayoutRequest and not self.isVisible():
            self._kept = None
            handled = super().event(event)
            self.arm_keeping()
            return handled
        if kind in (QEvent.Type.Show, QEvent.Type.Hide) or kind in _CHANGES:
            self._kept = None  # (shown: Qt answers; hidden again: armed by hideEvent)
        return super().event(event)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().hideEvent(event)
        self.arm_keeping()


_CHANGES = frozenset({
    QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.PaletteChange, QEvent.Type.LanguageChange,
    QEvent.Type.LocaleChange, QEvent.Type.LayoutDirectionChange, QEvent.Type.ContentsRectChange,
    QEvent.Type.ApplicationFontChange, QEvent.Type.ThemeChange, QEvent.Type.StyleAnimationUpdate,
    QEvent.Type.ChildAdded, QEvent.Type.ChildRemoved, QEvent.Type.Polish, QEvent.Type.PolishRequest,
})

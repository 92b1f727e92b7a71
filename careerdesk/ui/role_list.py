"""How a role looks in the finder list: its title, and its source and family underneath in a
quieter tone ("O*NET · Healthcare"), so "Data Scientist" and "Data Scientists" are told apart."""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPointF, QSize
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from careerdesk.ui.pen_free import QUIET_OPACITY, HighlightedPen, Line, holds, is_half

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractItemView

ELLIPSIS = "\u2026"
MIDDLE_DOT = "\u00b7"  # (between a row's source and its family: one character, one grapheme)
VARIANTS = "\x9c"  # (Qt's separator of a text's length variants: measured and elided up to it)


def plain_enough(text: str) -> bool:
    """Whether `elided` can elide `text` as Qt would: printable ASCII, and middle dots."""
    plain = text.replace(MIDDLE_DOT, "")
    return plain.isascii() and plain.isprintable()


def ellipsis_in(font: QFont) -> bool:
    """Whether `font` has the ellipsis (U+2026), for `elided`. Asked by code point: PySide 6.11
    hands `QFontMetricsF.inFont("\u2026")` to Qt as the str's first UTF-8 byte, sign-extended
    (U+FFE2, a full-width sign no Latin face has), and metrics look for a character their face
    lacks in every fallback face: each start opened a 4 MiB CJK fallback font (DroidSansFallbackFull
    here) at its first paint, ~6 M instructions, for another character than the one meant
    (docs/performance-start14.md). A face that has the ellipsis answers alone, as in Qt's own
    elide (which looks in the first face only: `QRawFont.fromFont` would ask that exactly, for two
    more Python enum types at the start; only a font without an ellipsis of its own tells them apart)."""
    return QFontMetricsF(font).inFontUcs4(ord(ELLIPSIS))


def elided(text: str, width: float, widths: QFontMetricsF, ellipsis: bool) -> str | None:
    """`text` elided at the right to fit `width`, as `QFontMetrics.elidedText` does it (Qt's
    QTextEngine::elidedText: whole characters while the width of the text so far, measured in
    the whole text as shaped, stays under the width less the ellipsis'), without Qt's
    `Qt.TextElideMode` (ui/qt_int.py). `ellipsis`: whether the font's own face has one
    (`ellipsis_in`). None where only Qt can say: text outside printable ASCII and the family
    line's middle dot ("O*NET · Healthcare"), where a character and a grapheme may differ."""
    if VARIANTS not in text and widths.horizontalAdvance(text) <= width:
        return text
    if not plain_enough(text):
        return None
    if len(text) == 1:  # (as Qt: one character is never elided)
        return text
    if ellipsis:
        ellipsis, available = ELLIPSIS, width - widths.horizontalAdvance(ELLIPSIS)
    else:
        ellipsis, available = "...", width - 3 * widths.horizontalAdvance(".")
    if available < 0:
        return ""
    end = 1
    while end < len(text) and widths.horizontalAdvance(text, end) < available:
        end += 1
    return text[:end - 1] + ellipsis


def shown_in(text: str, width: int, metrics: QFontMetrics, widths: QFontMetricsF, ellipsis: bool,
             own_elide: bool = True) -> QStaticText:
    """A line showing `text` elided to `width`, as plain text. Qt's `Qt` enums (ui/qt_int.py)
    are made only for a line that needs them: one `elided` cannot shorten, and one Qt could
    take for markup (`Qt.mightBeRichText` needs a "<" or "&lt;"); any other line shows the
    same in either text format. `own_elide` False: Qt's elide (the same text), once the enums
    are made anyway: `elided` measures the text once a character (~0.1 ms a long O*NET title),
    which made a keystroke's repaint at the built-in catalogue twice as dear."""
    shown = elided(text, width, widths, ellipsis) if own_elide else None
    if shown is None:
        from PySide6.QtCore import Qt

        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    static = QStaticText(shown)
    if "<" in shown or "&lt;" in shown:
        from PySide6.QtCore import Qt

        static.setTextFormat(Qt.TextFormat.PlainText)
    return static


class RoleListDelegate(QStyledItemDelegate):
    """Paints every visible row that changed on each keystroke, so what does not change from
    row to row is made once: the fonts, the colours, the source names, and each line's text
    laid out (QStaticText, elided to the width), kept by text and width. Laying text out
    (shaping, eliding) was most of a row's paint; a kept line draws its glyphs directly."""

    # Lines kept laid out: ~15 screens of rows, the ones used last (a full cache lets its least
    # recently used quarter go, so the screens just shown stay laid out). Each line holds ~0.8
    # KiB of Qt memory (glyphs and positions): 4096 of them held ~3 MiB at 10,000 roles once
    # someone had searched and clicked through a few dozen roles.
    _KEPT_LINES = 1024

    def __init__(self, parent=None):
        super().__init__(parent)
        self._font: QFont | None = None  # the view's font the rest was made for
        self._lines: dict[tuple[str, int, bool], tuple[QStaticText, float]] = {}
        self._colours: tuple[int, tuple] | None = None
        self._sources: dict[str, str] | None = None
        self._families: dict[tuple[str, str], str] = {}  # (source, family) -> "O*NET · Healthcare"
        self._highlighted_pen: HighlightedPen | None = None
        # Until the window's first paint (then set off: window_state.after_first_paint), the
        # colours without setPen (ui/pen_free.py); after it setPen is cheaper per row (a full
        # repaint ~580 µs against ~830 µs: render() is dear) and the `Qt` enums are made anyway.
        self.without_pen = True

    def _fonts_for(self, font: QFont) -> None:
        if self._font is None or self._font != font:
            self._font = QFont(font)
            self._bold = QFont(font)
            self._bold.setWeight(QFont.Weight.DemiBold)
            self._small = QFont(font)
            self._small.setPointSizeF(font.pointSizeF() * 0.9)
            self._metrics = (QFontMetrics(self._small), QFontMetrics(self._bold))
            self._widths = (QFontMetricsF(self._small), QFontMetricsF(self._bold))
            self._ellipsis = (ellipsis_in(self._small), ellipsis_in(self._bold))
            self._line_height = QFontMetrics(font).height()
            self._lines.clear()

    def _line(self, text: str, width: int, bold: bool) -> tuple[QStaticText, float]:
        """`text` elided to `width` and laid out in the bold or the small font, and how far
        below the top of its line box it sits (centred in the box, as AlignVCenter did)."""
        key = (text, width, bold)
        line = self._lines.pop(key, None)  # (put back below: the dict's order is the order of use)
        if line is None:
            if len(self._lines) >= self._KEPT_LINES:
                for old in list(islice(self._lines, self._KEPT_LINES // 4)):
                    del self._lines[old]
            metrics = self._metrics[bold]
            static = shown_in(text, width, metrics, self._widths[bold], self._ellipsis[bold],
                              own_elide=self.without_pen)
            static.prepare(font=self._bold if bold else self._small)
            line = (static, (self._line_height - metrics.height()) / 2)
        self._lines[key] = line
        return line

    def _palette_colours(self, palette: QPalette) -> tuple:
        if self._colours is None or self._colours[0] != palette.cacheKey():
            role = QPalette.ColorRole
            self._colours = (palette.cacheKey(), (palette.color(role.Text), palette.color(role.HighlightedText),
                                                  palette.color(role.PlaceholderText)))
        return self._colours[1]

    @staticmethod
    def row_state(view: QAbstractItemView, index: QModelIndex) -> tuple[bool, bool]:
        """Whether the row at `index` is selected, and whether the style draws anything of its
        panel (a selected row's highlight, the current row's focus frame; in any other state the
        panel is empty, and asking the style for it cost a third of a row's paint). Found as the
        view finds them to set the option's state; reading `option.state` instead made QStyle's
        566 Python enum members on every start (~50 M instructions: docs/performance.md, round 9).
        (The view's hover state is left out: this app's style draws nothing for it.)"""
        selection = view.selectionModel()
        selected = selection.isSelected(index)
        if selected:
            return True, True
        return False, index == selection.currentIndex() and (view.hasFocus() or view.viewport().hasFocus())

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802 (Qt override)
        """Only the index, for the panel (paint): QStyledItemDelegate's own asks the model for
        every role it reads, which cost more than the panel itself."""
        option.index = index

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        line = option.fontMetrics.height()
        return QSize(200, line * 2 + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row_at = getattr(index.model(), "row_at", None)
        row = row_at(index.row()) if row_at is not None else None
        widget = option.widget
        if row is None or widget is None:
            return
        selected, panel = self.row_state(widget, index)
        if panel:
            # The item's panel (selection, focus) as the style draws it, with no text: the option as
            # the view made it, plus the index (initStyleOption below).
            super().paint(painter, option, index)
        self._fonts_for(option.font)
        text, highlighted, quiet = self._palette_colours(option.palette)
        rect = option.rect.adjusted(10, 6, -8, -6)
        width = rect.width()
        family = self._families.get((row.source, row.family))
        if family is None:
            if self._sources is None:
                self._sources = {"curated": self.tr("Curated"), "onet": self.tr("O*NET"), "mine": self.tr("Yours")}
            source = self._sources.get(row.source or "", "")
            family = self._families[(row.source, row.family)] = " · ".join(
                part for part in (source, row.family or "") if part)
        title_line, title_dy = self._line(row.title, width, True)
        family_line, family_dy = self._line(family, width, False)
        left, top = rect.left(), rect.top()
        lines = ((self._bold, QPointF(left, top + title_dy), title_line),
                 (self._small, QPointF(left, top + self._line_height + 1 + family_dy), family_line))
        painter.save()
        if not (self.without_pen and self._painted_without_pen(painter, option, selected,
                                                               (text, highlighted, quiet), lines)):
            painter.setPen(highlighted if selected else text)
            for n, (font, at, line) in enumerate(lines):
                if n and not selected:
                    painter.setPen(quiet)
                painter.setFont(font)
                painter.drawStaticText(at, line)
        painter.restore()

    def _painted_without_pen(self, painter: QPainter, option: QStyleOptionViewItem, selected: bool,
                             colours: tuple, lines: tuple[Line, Line]) -> bool:
        """The row's lines drawn in their colours without `setPen` (ui/pen_free.py: a start
        without the `Qt` namespace's Python enums), or False with nothing drawn where that
        would not paint the same pixels."""
        text, highlighted, quiet = colours
        if selected:
            if self._highlighted_pen is None:
                self._highlighted_pen = HighlightedPen(option.widget)
            return self._highlighted_pen.draw(painter, option.rect, highlighted, lines)
        if not (holds(painter, text) and is_half(quiet, text)):
            return False
        (bold, title_at, title_line), (small, family_at, family_line) = lines
        painter.setFont(bold)
        painter.drawStaticText(title_at, title_line)
        painter.setOpacity(QUIET_OPACITY)
        painter.setFont(small)
        painter.drawStaticText(family_at, family_line)
        return True

"""The Skills tab's checklist rows: a group heading above each group's first skill, a check box,
the name, tags and the role's detail, drawn from lines laid out once and kept."""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QFontMetricsF, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from careerdesk.ui.models.skills import ChecklistRow

HEADER_HEIGHT = 40
LEARNING_COLOUR = QColor("#b7791f")
TAG_MARGIN = 12  # between the right-hand tags ("learning", "note") and the scroll bar
ROW_HEIGHT = 30
_ROW_FEATURES = QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator | QStyleOptionViewItem.ViewItemFeature.HasDisplay
_NO_BRUSH = QBrush()
_SELECTED = QStyle.StateFlag.State_Selected
_VARIANTS = "\x9c"  # separates a text's length variants: elidedText picks one, measures do not


class ChecklistDelegate(QStyledItemDelegate):
    """Draws a group heading above the first skill of each group, and a skill's
    role-specific detail in a quieter colour after its name."""

    _sizes: dict[tuple[str, bool], QSize] | None = None
    _font: QFont | None = None  # the font the kept sizes were measured in
    # (width a row takes besides its name's, height, whether two names measured agreed on both)
    _frame: tuple[int, int, bool] | None = None
    _lines: dict[tuple[str, int], tuple[QStaticText | str, int]] = {}  # noqa: RUF012 (replaced, never changed in place)
    _widths: dict[str, float] = {}  # noqa: RUF012 (replaced, never changed in place)
    _line_font: QFont | None = None  # the font the kept lines were laid out in

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: dict[int, QSize] = {}  # each row's size, until the model's rows change

    def watch(self, model) -> None:
        """Keep each row's size until `model`'s rows change (a new role, rows in or out)."""
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.rowsMoved,
                       model.layoutChanged):
            signal.connect(self._forget_rows)

    def _forget_rows(self, *_args) -> None:
        self._rows.clear()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        # The list measures every row of a role when it opens and each row again as it paints;
        # a row's size follows from its name, whether it heads a group and the font alone, so
        # each is measured once, and each row's size is kept until the rows change. The font is
        # compared, not keyed: QFont.key() builds a string, ~30 us a call, 40 calls a switch.
        font = option.font
        if self._sizes is None or len(self._sizes) > 5000 or self._font != font:
            self._sizes, self._font, self._frame = {}, QFont(font), None
            self._rows.clear()
        size = self._rows.get(index.row())
        if size is None:
            row = index.model().row(index.row())
            key = (row.name, row.group_start)
            size = self._sizes.get(key)
            if size is None:
                size = self._measure(option, index, row)
                size.setHeight(max(size.height(), ROW_HEIGHT) + (HEADER_HEIGHT if key[1] else 0))
                self._sizes[key] = size
            self._rows[index.row()] = size
        return QSize(size)

    def _measure(self, option: QStyleOptionViewItem, index: QModelIndex, row: ChecklistRow) -> QSize:
        """What QStyledItemDelegate measures (the model has no size of its own to give), with the
        option filled from one call to the model, not seven through Qt. A one-line name of plain
        letters measures its width (`_name_width`) plus what the check box and margins take, and
        the one line's height: after two names in a row measured by the style agree on those two,
        a name's size is its width, measured once for the row's paint as well (the style lays it
        out as a paragraph: 3,941 names at six font sizes measured the same both ways)."""
        self._use_font(option.font)
        name = row.name
        plain = bool(name) and name.isascii() and name.isprintable() and name == name.strip()
        if plain and self._frame is not None and self._frame[2]:
            extra, height, _ = self._frame
            return QSize(self._name_width(name) + extra, height)
        opt = self._row_option(option, index, row)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        size = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, opt, QSize(), widget)
        if plain:
            frame = (size.width() - self._name_width(name), size.height())
            self._frame = (*frame, self._frame is not None and self._frame[:2] == frame)
        return size

    def _name_width(self, name: str) -> int:
        """The width the style lays a one-line name out in: its advance, and the last letter's
        overhang where it has one ("r" in a bigger font), ceiled."""
        overhang = -self._line_metrics_f.rightBearing(name[-1])
        return math.ceil(self._text_width(name) + (overhang if overhang > 0 else 0.0))

    @staticmethod
    def _row_option(option: QStyleOptionViewItem, index: QModelIndex, row: ChecklistRow) -> QStyleOptionViewItem:
        """`option` as `initStyleOption` completes it for this model's rows, which give a name
        and a check state and nothing else it asks for (font, alignment, colours, icon)."""
        opt = QStyleOptionViewItem(option)
        opt.index = index
        opt.features = opt.features | _ROW_FEATURES
        opt.checkState = row.check
        opt.text = row.name
        opt.backgroundBrush = _NO_BRUSH
        opt.styleObject = None  # (as Qt: no style animations inside item views)
        return opt

    def _item_option(self, option: QStyleOptionViewItem, index: QModelIndex) -> QStyleOptionViewItem:
        opt = QStyleOptionViewItem(option)
        if index.model().row(index.row()).group_start:
            opt.rect = QRect(option.rect.adjusted(0, HEADER_HEIGHT, 0, 0))
        return opt

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        # A switch paints every row on screen: one call to the model for all the row shows
        # (`ChecklistRow`), and as few calls into Qt as draw what the rows always drew.
        model = index.model()
        row = model.row(index.row())
        palette = option.palette
        if row.group_start:
            painter.save()
            font = QFont(option.font)
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.05)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            header = QRect(option.rect.left() + 6, option.rect.top() + 8, option.rect.width() - 12, HEADER_HEIGHT - 12)
            painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             model.group_label(row.kind))
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(header.left(), header.bottom() + 2, header.right(), header.bottom() + 2)
            painter.restore()
        opt = self._row_option(option, index, row)
        opt.text = ""
        if row.group_start:
            opt.rect = option.rect.adjusted(0, HEADER_HEIGHT, 0, 0)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        # Fusion outlines check boxes in a shade of the window colour, which all but vanishes
        # on a dark palette; a quiet outline in the text colour keeps them visible in both.
        box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, widget)
        text_colour = palette.color(QPalette.ColorRole.Text)
        painter.save()
        outline = QColor(text_colour)
        outline.setAlpha(110)
        painter.setPen(outline)
        painter.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        selected = _SELECTED in opt.state
        colour = palette.color(QPalette.ColorRole.HighlightedText) if selected else text_colour
        font = opt.font
        painter.setFont(font)
        painter.setPen(colour)
        tags = self._tags_of(row)
        tags_width = painter.fontMetrics().horizontalAdvance(tags) + 12 if tags else 0
        # The name gives way to the tags, and the tags keep clear of the scroll bar.
        width = text_rect.width()
        shown, used = self._line(font, row.name, width - tags_width - TAG_MARGIN)
        self._draw_line(painter, text_rect, shown)
        if tags:
            if not selected:
                painter.setPen(LEARNING_COLOUR if row.learning
                               else palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(text_rect.adjusted(0, 0, -TAG_MARGIN, 0),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, tags)
            painter.setPen(colour)
            tags_width += TAG_MARGIN
        used += 10
        if row.detail and used < width - tags_width:
            if not selected:
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            rest = text_rect.adjusted(used, 0, -tags_width, 0)
            self._draw_line(painter, rest, self._line(font, row.detail, rest.width())[0])
        painter.restore()

    def _line(self, font: QFont, text: str, width: int) -> tuple[QStaticText, int]:
        """`text` elided to `width`, laid out once (QStaticText) and kept, with its advance.
        Eliding and laying out each name and detail again on every paint was most of a row's
        paint, and a role switch paints every visible row."""
        self._use_font(font)
        key = (text, width)
        line = self._lines.get(key)
        if line is None:
            advance_f = self._text_width(text)
            if advance_f <= width and _VARIANTS not in text:
                # Where the text fits, elidedText gives it back whole after measuring it as this
                # does, and horizontalAdvance rounds the same measure: one measure, not two.
                elided, advance = text, int(advance_f + 0.5)
            else:
                elided = self._line_metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
                advance = self._line_metrics.horizontalAdvance(elided)
            if elided.isascii() and elided.isprintable():
                static = QStaticText(elided)
                static.setTextFormat(Qt.TextFormat.PlainText)
                static.prepare(font=font)
                line = self._lines[key] = (static, advance)
            else:
                # QStaticText takes its direction from the text (Arabic first: the English after
                # it moved left) and expands tabs, where drawText keeps the row left to right and
                # draws a tab as a space: such lines are drawn as text, as they always were.
                line = self._lines[key] = (elided, advance)
        return line

    def _use_font(self, font: QFont) -> None:
        """Lines, and widths of texts, are kept for one font: another (or too many) starts afresh."""
        if self._line_font != font or len(self._lines) > 4000 or len(self._widths) > 4000:
            self._lines, self._widths, self._line_font = {}, {}, QFont(font)
            self._line_metrics = QFontMetrics(font)
            self._line_metrics_f = QFontMetricsF(font)
            self._line_height = self._line_metrics_f.height()

    def _text_width(self, text: str) -> float:
        """QFontMetricsF.horizontalAdvance of `text` in the kept lines' font, measured once."""
        width = self._widths.get(text)
        if width is None:
            width = self._widths[text] = self._line_metrics_f.horizontalAdvance(text)
        return width

    def _draw_line(self, painter: QPainter, rect: QRect, line: QStaticText | str) -> None:
        """Where drawText with AlignLeft | AlignVCenter put it: the line's box centred in `rect`."""
        if isinstance(line, str):
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
        else:
            painter.drawStaticText(QPointF(rect.left(), rect.top() + (rect.height() - self._line_height) / 2), line)

    def _tags(self, index: QModelIndex) -> str:
        return self._tags_of(index.model().row(index.row()))

    def _tags_of(self, row: ChecklistRow) -> str:
        if not (row.learning or row.note):
            return ""
        parts = []
        if row.learning:
            parts.append(self.tr("learning"))
        if row.note:
            parts.append(self.tr("✎ note"))
        return "  ·  ".join(parts)

    def editorEvent(self, event, model, option: QStyleOptionViewItem, index: QModelIndex) -> bool:  # noqa: N802
        # Check-box hit testing must use the same rectangle the check box was drawn in.
        return super().editorEvent(event, model, self._item_option(option, index), index)

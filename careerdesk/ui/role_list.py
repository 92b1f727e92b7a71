"""How a role looks in the finder list: its title, and its source and family underneath in a
quieter tone ("O*NET · Healthcare"), so "Data Scientist" and "Data Scientists" are told apart."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from careerdesk.ui.models.roles import FamilyRole, SourceRole


class RoleListDelegate(QStyledItemDelegate):
    """Paints every visible row on each keystroke, so what does not change from row to row
    (the two fonts, the source names) is made once, not per row."""

    _fonts: tuple[QFont, QFont, QFont] | None = None  # (the view's font, bold, small)
    _sources: dict[str, str] | None = None

    def _fonts_for(self, font: QFont) -> tuple[QFont, QFont]:
        if self._fonts is None or self._fonts[0] != font:
            bold = QFont(font)
            bold.setWeight(QFont.Weight.DemiBold)
            small = QFont(font)
            small.setPointSizeF(font.pointSizeF() * 0.9)
            self._fonts = (QFont(font), bold, small)
        return self._fonts[1], self._fonts[2]

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        line = option.fontMetrics.height()
        return QSize(200, line * 2 + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_colour = opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        rect = opt.rect.adjusted(10, 6, -8, -6)
        line = opt.fontMetrics.height()
        painter.save()
        bold, small = self._fonts_for(opt.font)
        painter.setFont(bold)
        painter.setPen(text_colour)
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, rect.width()))
        painter.setFont(small)
        if not selected:
            painter.setPen(opt.palette.color(QPalette.ColorRole.PlaceholderText))
        bottom = QRect(rect.left(), rect.top() + line + 1, rect.width(), line)
        if self._sources is None:
            self._sources = {"curated": self.tr("Curated"), "onet": self.tr("O*NET"), "mine": self.tr("Yours")}
        source = self._sources.get(index.data(SourceRole) or "", "")
        family = " · ".join(part for part in (source, index.data(FamilyRole) or "") if part)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, family)
        painter.restore()

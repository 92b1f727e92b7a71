"""The progress picture: per skill group, a bar split into have / learning / not yet.
Painted with QPainter, so the window, the PDF and the printout show the same chart."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from careerdesk.domain import i18n
from careerdesk.domain.report import GroupCounts

HAVE, LEARNING, MISSING = QColor("#2f80c8"), QColor("#f2b134"), QColor("#dde3ea")


class BarColours(NamedTuple):
    """The three bar segments. Paper keeps the print colours; the window passes colours from
    its palette, so the empty part of a bar is not a near-white stripe in dark appearance."""

    have: QColor = HAVE
    learning: QColor = LEARNING
    missing: QColor = MISSING


PRINT_COLOURS = BarColours()
LABEL_W, COUNT_W, BAR_H, GAP, LEGEND_H = 130.0, 70.0, 16.0, 12.0, 22.0


def chart_height(groups: list[GroupCounts]) -> float:
    return len(groups) * (BAR_H + GAP) + LEGEND_H + 4


def paint_chart(p: QPainter, rect: QRectF, groups: list[GroupCounts], font: Callable[[int, bool], QFont],
                ink: QColor, muted: QColor, bars: BarColours = PRINT_COLOURS) -> None:
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    label_metrics = QFontMetricsF(font(10, True))
    label_w = max([LABEL_W, *(label_metrics.horizontalAdvance(g.kind.label) + 14 for g in groups)])
    bar_w = max(rect.width() - label_w - COUNT_W, 40.0)
    y = rect.top() + 4
    middle = int(Qt.AlignmentFlag.AlignVCenter)
    for g in groups:
        p.setFont(font(10, True))
        p.setPen(ink)
        p.drawText(QRectF(rect.left(), y, label_w, BAR_H), middle, g.kind.label)
        x = rect.left() + label_w
        p.fillRect(QRectF(x, y, bar_w, BAR_H), bars.missing)
        for count, colour in ((g.have, bars.have), (g.learning, bars.learning)):
            w = bar_w * count / g.total if g.total else 0
            p.fillRect(QRectF(x, y, w, BAR_H), colour)
            x += w
        p.setFont(font(10, False))
        count = i18n.translate("PlanChart", "{have} of {total}").format(have=g.have, total=g.total)
        p.drawText(QRectF(rect.left() + label_w + bar_w + 8, y, COUNT_W, BAR_H), middle, count)
        y += BAR_H + GAP
    x = rect.left() + label_w
    p.setFont(font(9, False))
    legend_metrics = QFontMetricsF(font(9, False))
    for colour, name in ((bars.have, i18n.translate("PlanChart", "Have")),
                         (bars.learning, i18n.translate("PlanChart", "Learning")),
                         (bars.missing, i18n.translate("PlanChart", "Not yet"))):
        # 90 points a name fits the English words; a longer translation moves the next one on.
        name_w = max(80.0, legend_metrics.horizontalAdvance(name) + 4)
        p.fillRect(QRectF(x, y + 3, 10, 10), colour)
        p.setPen(muted)
        p.drawText(QRectF(x + 14, y, name_w, 16), middle, name)
        x += name_w + 10
    p.restore()
